// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

#include <cstdint>

// The composer's only source of chance. PCG32 (O'Neill's XSH-RR variant) with our own bounded and
// floating-point draws, so that a seed gives the same song with every compiler, standard library
// and platform. Never use <random> distributions or QRandomGenerator for music.
namespace musiaia::music {

class Random
{
public:
    explicit Random(std::uint64_t seed, std::uint64_t stream = 0x5851f42d4c957f2dULL);

    // An independent generator for a named purpose ("bass", "fills"): a different name or salt
    // gives an unrelated sequence, and drawing from one never shifts another.
    static Random forPurpose(std::uint64_t seed, QStringView purpose, std::uint64_t salt = 0);

    std::uint32_t next();
    // Uniform integer in [low, high] (inclusive); low when high < low.
    int between(int low, int high);
    // Uniform double in [0, 1).
    double unit();
    // Uniform double in [low, high).
    double uniform(double low, double high);
    // True with probability p.
    bool chance(double p);
    // A value around 0 with a triangular distribution of half-width `width` (sum of two uniforms):
    // cheap, bounded, and more natural than a flat jitter for humanising.
    double jitter(double width);
    // An index drawn in proportion to the weights (all weights <= 0: index 0).
    int weighted(const QList<double> &weights);

    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(between(0, int(items.size()) - 1));
    }

private:
    std::uint64_t m_state = 0;
    std::uint64_t m_increment = 0;
};

// Deterministic 64-bit mixing of a seed with text and numbers (SplitMix64 over FNV-1a).
std::uint64_t mixSeed(std::uint64_t seed, QStringView text, std::uint64_t salt = 0);

} // namespace musiaia::music

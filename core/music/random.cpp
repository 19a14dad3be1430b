// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/random.h"

namespace musiaia::music {

namespace {

std::uint64_t splitMix64(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

} // namespace

std::uint64_t mixSeed(std::uint64_t seed, QStringView text, std::uint64_t salt)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;   // FNV-1a over the UTF-16 code units
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return splitMix64(splitMix64(seed ^ hash) ^ splitMix64(salt + 0x632be59bd9b4e019ULL));
}

Random::Random(std::uint64_t seed, std::uint64_t stream)
    : m_increment((stream << 1u) | 1u)
{
    next();
    m_state += seed;
    next();
}

Random Random::forPurpose(std::uint64_t seed, QStringView purpose, std::uint64_t salt)
{
    const std::uint64_t mixed = mixSeed(seed, purpose, salt);
    return Random(mixed, splitMix64(mixed));
}

std::uint32_t Random::next()
{
    const std::uint64_t old = m_state;
    m_state = old * 6364136223846793005ULL + m_increment;
    const auto xorShifted = std::uint32_t(((old >> 18u) ^ old) >> 27u);
    const auto rotation = std::uint32_t(old >> 59u);
    return (xorShifted >> rotation) | (xorShifted << ((32u - rotation) & 31u));
}

int Random::between(int low, int high)
{
    if (high <= low)
        return low;
    const auto range = std::uint32_t(std::int64_t(high) - std::int64_t(low) + 1);
    // Lemire's multiply-and-reject: unbiased, and the same on every platform.
    std::uint64_t product = std::uint64_t(next()) * range;
    auto low32 = std::uint32_t(product);
    if (low32 < range) {
        const std::uint32_t threshold = (0u - range) % range;
        while (low32 < threshold) {
            product = std::uint64_t(next()) * range;
            low32 = std::uint32_t(product);
        }
    }
    return int(std::int64_t(low) + std::int64_t(product >> 32));
}

double Random::unit()
{
    return double(next() >> 8) * (1.0 / 16777216.0);
}

double Random::uniform(double low, double high)
{
    return low + (high - low) * unit();
}

bool Random::chance(double p)
{
    if (p <= 0.0)
        return false;
    if (p >= 1.0)
        return true;
    return unit() < p;
}

double Random::jitter(double width)
{
    return (unit() + unit() - 1.0) * width;
}

int Random::weighted(const QList<double> &weights)
{
    double total = 0.0;
    for (double w : weights)
        total += w > 0.0 ? w : 0.0;
    if (total <= 0.0)
        return 0;
    double target = unit() * total;
    for (int i = 0; i < weights.size(); ++i) {
        const double w = weights.at(i) > 0.0 ? weights.at(i) : 0.0;
        if (target < w)
            return i;
        target -= w;
    }
    for (int i = int(weights.size()) - 1; i >= 0; --i) {
        if (weights.at(i) > 0.0)
            return i;
    }
    return 0;
}

} // namespace musiaia::music

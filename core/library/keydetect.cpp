// SPDX-License-Identifier: GPL-3.0-or-later
#include "keydetect.h"

#include "library/aubiosupport.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace musiaia::library {
namespace {

// Probe-tone ratings (Krumhansl & Kessler 1982) and Temperley's Kostka-Payne corpus profiles
// (2001), tonic first.
constexpr double KrumhanslMajor[12] = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88};
constexpr double KrumhanslMinor[12] = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17};
constexpr double TemperleyMajor[12] = {0.748, 0.060, 0.488, 0.082, 0.670, 0.460, 0.096, 0.715, 0.104, 0.366, 0.057, 0.400};
constexpr double TemperleyMinor[12] = {0.712, 0.084, 0.474, 0.618, 0.049, 0.460, 0.105, 0.747, 0.404, 0.067, 0.133, 0.330};

double pearson(const Chroma &chroma, const double *profile, int tonic)
{
    double meanX = 0, meanY = 0;
    for (int i = 0; i < 12; ++i) {
        meanX += chroma[size_t(i)];
        meanY += profile[i];
    }
    meanX /= 12;
    meanY /= 12;
    double sxy = 0, sxx = 0, syy = 0;
    for (int i = 0; i < 12; ++i) {
        const double x = chroma[size_t((tonic + i) % 12)] - meanX;
        const double y = profile[i] - meanY;
        sxy += x * y;
        sxx += x * x;
        syy += y * y;
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0.0;
}

} // namespace

ChromaProfile computeChroma(const std::vector<float> &mono, int sampleRate)
{
    ChromaProfile profile{};
    unsigned window = 4096;
    while (double(sampleRate) / window > 6.0)
        window *= 2;
    const size_t hop = window / 2;
    if (mono.size() < hop)
        return profile;
    Spectrum spectrum(window);
    if (!spectrum.isValid())
        return profile;
    const double binHz = double(sampleRate) / window;
    const unsigned low = unsigned(50.0 / binHz), high = std::min(spectrum.bins() - 2, unsigned(2500.0 / binHz));
    struct Peak
    {
        double frequency;
        double magnitude;
    };
    std::vector<Peak> peaks;
    for (size_t start = 0; start + hop <= mono.size(); start += hop) {
        const float *mag = spectrum.magnitudes(mono.data(), mono.size(), start);
        float frameMax = 0;
        for (unsigned k = low; k <= high; ++k)
            frameMax = std::max(frameMax, mag[k]);
        if (frameMax <= 0)
            continue;
        peaks.clear();
        for (unsigned k = std::max(low, 1u); k <= high; ++k) {
            if (mag[k] < 0.02f * frameMax || mag[k] <= mag[k - 1] || mag[k] < mag[k + 1])
                continue;
            // Parabolic interpolation on the log magnitude for the true peak frequency.
            const double a = std::log(mag[k - 1] + 1e-9), b = std::log(mag[k] + 1e-9), c = std::log(mag[k + 1] + 1e-9);
            const double denominator = a - 2 * b + c;
            const double offset = denominator != 0 ? 0.5 * (a - c) / denominator : 0.0;
            peaks.push_back({(k + std::clamp(offset, -0.5, 0.5)) * binHz, double(mag[k])});
        }
        Chroma &target = start < mono.size() / 4 ? profile.opening : profile.whole;
        for (size_t i = 0; i < peaks.size(); ++i) {
            double weight = std::sqrt(peaks[i].magnitude);
            for (size_t j = 0; j < i; ++j) {
                const double ratio = peaks[i].frequency / peaks[j].frequency;
                const double harmonic = std::round(ratio);
                if (harmonic >= 2 && harmonic <= 8 && std::abs(ratio - harmonic) < 0.015 * harmonic
                    && 2 * peaks[j].magnitude >= peaks[i].magnitude) {
                    weight *= 0.2;
                    break;
                }
            }
            const double midi = 69.0 + 12.0 * std::log2(peaks[i].frequency / 440.0);
            const double nearest = std::round(midi);
            const double tuning = std::pow(std::cos(std::numbers::pi * (midi - nearest)), 2.0);
            const int pitchClass = ((int(nearest) % 12) + 12) % 12;
            target[size_t(pitchClass)] += weight * tuning;
        }
    }
    // `whole` so far holds the other three quarters.
    for (size_t i = 0; i < 12; ++i)
        profile.whole[i] += profile.opening[i];
    for (Chroma *chroma : {&profile.whole, &profile.opening}) {
        double total = 0;
        for (double v : *chroma)
            total += v;
        if (total > 0) {
            for (double &v : *chroma)
                v /= total;
        }
    }
    return profile;
}

int strongPitchClasses(const Chroma &chroma)
{
    const double top = *std::max_element(chroma.begin(), chroma.end());
    if (top <= 0)
        return 0;
    return int(std::count_if(chroma.begin(), chroma.end(), [top](double v) { return v >= 0.5 * top; }));
}

std::optional<KeyEstimate> estimateKey(const Chroma &chroma)
{
    if (*std::max_element(chroma.begin(), chroma.end()) <= 0)
        return std::nullopt;
    struct Score
    {
        MusicalKey key;
        double r;
    };
    std::vector<Score> scores;
    for (int tonic = 0; tonic < 12; ++tonic) {
        scores.push_back({{tonic, false}, 0.5 * (pearson(chroma, KrumhanslMajor, tonic) + pearson(chroma, TemperleyMajor, tonic))});
        scores.push_back({{tonic, true}, 0.5 * (pearson(chroma, KrumhanslMinor, tonic) + pearson(chroma, TemperleyMinor, tonic))});
    }
    std::sort(scores.begin(), scores.end(), [](const Score &a, const Score &b) { return a.r > b.r; });
    const Score &best = scores[0];
    const Score &second = scores[1];
    if (best.r <= 0.2)
        return std::nullopt;
    // A clear winner over the runner-up (usually the relative key or a fifth away) and a good fit.
    const double margin = best.r - second.r;
    // Never as sure as a key written in the name or a tag (0.9).
    const double confidence = std::clamp((0.35 + 4.0 * margin) * std::clamp(best.r / 0.8, 0.0, 1.0), 0.1, 0.8);
    KeyEstimate estimate;
    estimate.key = best.key;
    estimate.runnerUp = second.key;
    estimate.confidence = confidence;
    estimate.detail = QStringLiteral("chroma against key profiles: %1 (r=%2), then %3 (r=%4)")
                          .arg(best.key.name()).arg(best.r, 0, 'f', 2).arg(second.key.name()).arg(second.r, 0, 'f', 2);
    return estimate;
}

} // namespace musiaia::library

namespace musiaia::library {

std::optional<KeyEstimate> estimateLoopKey(const ChromaProfile &profile)
{
    // Both are normalised; the opening holds about a quarter of the energy, so this counts it
    // about three times.
    Chroma weighted{};
    for (size_t i = 0; i < 12; ++i)
        weighted[i] = profile.whole[i] + 0.5 * profile.opening[i];
    return estimateKey(weighted);
}

} // namespace musiaia::library

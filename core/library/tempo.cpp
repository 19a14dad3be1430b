// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempo.h"

#include "library/aubiosupport.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace musiaia::library {
namespace {

constexpr double WindowLow = 85.0;
constexpr double WindowHigh = 175.0;

double foldIntoWindow(double bpm)
{
    if (bpm <= 0)
        return bpm;
    while (bpm < WindowLow)
        bpm *= 2;
    while (bpm >= WindowHigh)
        bpm /= 2;
    return bpm;
}

// aubio's beat tracker over the loop played several times (a loop is meant to repeat, and the
// tracker needs a few seconds to settle).
std::optional<std::pair<double, double>> aubioTempo(const std::vector<float> &mono, int sampleRate)
{
    const unsigned window = 1024 * unsigned(std::max(1, sampleRate / 44100));
    const unsigned hop = window / 2;
    auto tempo = makeAubio<TempoPtr>(new_aubio_tempo, "default", window, hop, unsigned(sampleRate));
    auto input = makeAubio<FvecPtr>(new_fvec, hop);
    auto output = makeAubio<FvecPtr>(new_fvec, 2u);
    if (!tempo || !input || !output)
        return std::nullopt;
    const double seconds = double(mono.size()) / sampleRate;
    const int repeats = std::clamp(int(std::ceil(20.0 / std::max(seconds, 0.5))), 1, 8);
    const size_t total = mono.size() * size_t(repeats);
    for (size_t at = 0; at + hop <= total; at += hop) {
        for (unsigned j = 0; j < hop; ++j)
            input->data[j] = mono[(at + j) % mono.size()];
        aubio_tempo_do(tempo.get(), input.get(), output.get());
    }
    const double bpm = aubio_tempo_get_bpm(tempo.get());
    const double confidence = aubio_tempo_get_confidence(tempo.get());
    if (!(bpm > 30 && bpm < 300))
        return std::nullopt;
    return std::pair{bpm, confidence};
}

// Circular autocorrelation of the onset strength (a loop wraps around), sampled at a beat period.
double cyclicAcf(const std::vector<float> &x, double lagFrames)
{
    const size_t n = x.size();
    if (n < 4 || lagFrames <= 0)
        return 0;
    const size_t lag0 = size_t(std::floor(lagFrames));
    const double fraction = lagFrames - double(lag0);
    double sum = 0, energy = 0;
    for (size_t i = 0; i < n; ++i) {
        const double a = x[(i + lag0) % n];
        const double b = x[(i + lag0 + 1) % n];
        sum += x[i] * (a * (1 - fraction) + b * fraction);
        energy += double(x[i]) * x[i];
    }
    return energy > 0 ? sum / energy : 0;
}

// The tempo (60-200 BPM) whose beat period and its multiples best line up with the onsets,
// weighted towards the 85-175 window.
std::optional<std::pair<double, double>> acfTempo(const AudioFeatures &features)
{
    if (features.onsetStrength.size() < 16 || features.hopSeconds <= 0)
        return std::nullopt;
    std::vector<float> x = features.onsetStrength;
    double mean = 0;
    for (float v : x)
        mean += v;
    mean /= double(x.size());
    for (float &v : x)
        v = float(std::max(0.0, v - mean));
    double bestScore = -1, bestBpm = 0;
    for (double bpm = 60; bpm <= 200; bpm += 0.5) {
        const double lag = 60.0 / bpm / features.hopSeconds;
        if (lag * 2 > double(x.size()))
            continue;
        const double score = cyclicAcf(x, lag) + 0.5 * cyclicAcf(x, 2 * lag) + 0.25 * cyclicAcf(x, 4 * lag)
            + 0.25 * cyclicAcf(x, lag / 2);
        const double prior = (bpm >= WindowLow && bpm < WindowHigh) ? 1.0 : 0.8;
        if (score * prior > bestScore) {
            bestScore = score * prior;
            bestBpm = bpm;
        }
    }
    if (bestBpm <= 0)
        return std::nullopt;
    return std::pair{bestBpm, std::clamp(bestScore / 2.0, 0.0, 1.0)};
}

} // namespace

int wholeBars(double seconds, double bpm)
{
    if (seconds <= 0 || bpm <= 0)
        return 0;
    const double bars = seconds * bpm / 240.0;
    for (int n : {1, 2, 4, 8, 16, 32, 3, 6, 12}) {
        if (std::abs(bars - n) <= 0.015 * n)
            return n;
    }
    return 0;
}

std::optional<TempoEstimate> estimateTempo(const std::vector<float> &mono, int sampleRate, const AudioFeatures &features)
{
    if (mono.empty() || sampleRate <= 0)
        return std::nullopt;
    const double seconds = double(mono.size()) / sampleRate;
    const auto fromAubio = aubioTempo(mono, sampleRate);
    const auto fromAcf = acfTempo(features);

    struct Candidate
    {
        double bpm;
        double confidence;
        QString how;
    };
    QList<Candidate> proposals;
    if (fromAubio)
        proposals.append({foldIntoWindow(fromAubio->first), std::clamp(fromAubio->second / 4.0, 0.2, 0.8),
                          QStringLiteral("aubio %1 BPM").arg(fromAubio->first, 0, 'f', 1)});
    if (fromAcf)
        proposals.append({foldIntoWindow(fromAcf->first), std::clamp(fromAcf->second, 0.2, 0.8),
                          QStringLiteral("onset autocorrelation %1 BPM").arg(fromAcf->first, 0, 'f', 1)});
    if (proposals.isEmpty())
        return std::nullopt;

    // A proposal confirmed by the loop length wins, snapped to the tempo the length implies.
    // Both proposals agreeing (within 3 %) add to the confidence.
    std::optional<TempoEstimate> best;
    for (const Candidate &candidate : std::as_const(proposals)) {
        for (int bars : {1, 2, 4, 8, 16, 32, 3, 6, 12}) {
            const double exact = 240.0 * bars / seconds;
            if (exact < 60 || exact > 200)
                continue;
            const double folded = foldIntoWindow(exact);
            if (std::abs(folded - candidate.bpm) > 0.03 * folded)
                continue;
            const bool powerOfTwo = (bars & (bars - 1)) == 0;
            double confidence = 0.6 + 0.3 * candidate.confidence + (powerOfTwo ? 0.05 : -0.1);
            int agreeing = 0;
            for (const Candidate &other : std::as_const(proposals))
                agreeing += std::abs(other.bpm - folded) <= 0.03 * folded ? 1 : 0;
            if (agreeing > 1)
                confidence += 0.05;
            const int foldedBars = wholeBars(seconds, folded);
            TempoEstimate estimate{folded, std::clamp(confidence, 0.0, 0.85), foldedBars,
                                   QStringLiteral("%1; the loop is %2 bars at %3 BPM")
                                       .arg(candidate.how).arg(foldedBars).arg(folded, 0, 'f', 2)};
            if (!best || estimate.confidence > best->confidence)
                best = estimate;
            break;
        }
    }
    if (best)
        return best;

    // No whole number of bars: the loop is not trimmed to the bar (or not a loop); keep the more
    // confident proposal, with less confidence.
    const Candidate &top = *std::max_element(proposals.cbegin(), proposals.cend(),
                                             [](const Candidate &a, const Candidate &b) { return a.confidence < b.confidence; });
    return TempoEstimate{std::round(top.bpm * 10) / 10, top.confidence * 0.6, 0,
                         top.how + QStringLiteral("; the length is not a whole number of bars")};
}

} // namespace musiaia::library

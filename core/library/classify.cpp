// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify.h"

#include <algorithm>
#include <cmath>

namespace musiaia::library {
namespace {

// 0 below `from`, 1 above `to`, linear between (or the reverse when from > to).
double ramp(double x, double from, double to)
{
    if (from == to)
        return x >= to ? 1.0 : 0.0;
    return std::clamp((x - from) / (to - from), 0.0, 1.0);
}

double midiToHz(int midi)
{
    return 440.0 * std::pow(2.0, (midi - 69) / 12.0);
}

// The share of clear onsets within 25 ms of a sixteenth-note grid at `bpm`, anchored on the first.
double gridFit(const AudioFeatures &f, double bpm)
{
    if (bpm <= 0)
        return 0;
    const double sixteenth = 15.0 / bpm;
    std::optional<double> anchor;
    int clear = 0, onGrid = 0;
    for (size_t i = 0; i < f.onsets.size(); ++i) {
        if (f.onsetRises[i] < 6.0)
            continue;
        if (!anchor)
            anchor = f.onsets[i];
        const double steps = (f.onsets[i] - *anchor) / sixteenth;
        ++clear;
        onGrid += std::abs(steps - std::round(steps)) * sixteenth <= 0.025 ? 1 : 0;
    }
    return clear > 0 ? double(onGrid) / clear : 0.0;
}

} // namespace

int strongOnsetCount(const AudioFeatures &features)
{
    return int(std::count_if(features.onsetRises.begin(), features.onsetRises.end(), [](double rise) { return rise >= 6.0; }));
}

bool mayBeLoop(const AudioFeatures &features)
{
    return features.effectiveLength >= 1.2 && strongOnsetCount(features) >= 3;
}

Classification classify(const ClassifierInput &input)
{
    const AudioFeatures &f = input.features;
    Classification result;

    const int strong = strongOnsetCount(f);
    const double high = f.bandRatio[3] + f.bandRatio[4];
    const double air = f.bandRatio[4];
    const double low = f.bandRatio[0];
    const double pitchClarity = input.pitch ? input.pitch->confidence : 0.0;
    const double f0 = input.pitch ? midiToHz(input.pitch->midiNote) : 0.0;
    const double drift = input.pitch ? std::abs(input.pitch->driftSemitones) : 0.0;

    // One-shot or loop: a loop has several clear onsets on a grid and lasts a whole number of bars.
    double loopScore = ramp(f.effectiveLength, 1.2, 2.0) * ramp(strong, 3, 6) * ramp(f.periodicity, 0.3, 0.6);
    if (input.tempo && input.tempo->bars > 0)
        loopScore = std::min(1.0, loopScore * 1.3);
    else
        loopScore *= 0.6;
    // Played to a grid: the clear onsets fall on sixteenths of the tempo (rain and applause do not).
    const double onGrid = input.tempo ? gridFit(f, input.tempo->bpm) : 0.0;
    loopScore *= ramp(onGrid, 0.6, 0.85);
    const bool loop = loopScore >= 0.5;
    result.kind = loop ? QStringLiteral("loop") : QStringLiteral("one-shot");
    result.kindConfidence = loop ? std::clamp(0.45 + 0.4 * loopScore, 0.5, 0.85)
                                 : std::clamp(0.85 - 0.6 * loopScore, 0.5, 0.85);
    if (f.effectiveLength < 1.0)
        result.kindConfidence = 0.9;   // too short for any loop

    // Character of the sound.
    const double percussive = std::max(ramp(f.sustain, 0.55, 0.35), ramp(f.effectiveLength, 0.3, 0.15));
    const double sustained = 1.0 - percussive;
    const double noisy = std::max(ramp(f.flatness, 0.015, 0.06), ramp(f.midFlatness, 0.05, 0.12));
    const double harmonic = ramp(f.midFlatness, 0.03, 0.01);
    const double pitched = ramp(pitchClarity, 0.25, 0.55);
    const double glide = ramp(drift, 4.0, 8.0) * pitched;
    // How many notes sound at once matters only to a one-shot that is harmonic or glides (the
    // scores below multiply it by those); a loop's scores do not look at it.
    const int pitchClasses = !loop && (harmonic > 0 || glide > 0) ? strongPitchClasses(input.chroma()) : 0;
    const double polyphonic = pitchClasses >= 3 ? harmonic : 0.0;
    // A sweep: the spectrum moves one way by more than an octave or two (a riser, a downlifter), or
    // a clear single pitch glides (a zap), over a sound that lasts: every short hit darkens as it
    // decays, and a slowly wobbling texture goes up and down.
    const double early = std::max(f.centroidEarly, 1.0), middle = std::max(f.centroidMiddle, 1.0),
                 late = std::max(f.centroidLate, 1.0);
    const bool monotonic = (early < middle && middle < late) || (early > middle && middle > late);
    const double spectralSweep = monotonic ? ramp(std::abs(std::log2(late / early)), 1.2, 2.0) : 0.0;
    const double pitchSweep = glide * (pitchClasses >= 3 ? 0.0 : 1.0);
    const double sweep = std::max(spectralSweep, pitchSweep) * ramp(f.effectiveLength, 0.25, 0.5);
    const double spread = input.pitch ? input.pitch->spreadSemitones : 0.0;

    QList<std::pair<QString, double>> scores;
    if (loop) {
        const double drums = std::max(ramp(f.midFlatness, 0.03, 0.08), ramp(f.flatness, 0.005, 0.02));
        scores = {{QStringLiteral("drum-loop"), drums}, {QStringLiteral("music-loop"), 1.0 - drums}};
    } else {
        const double shortness = ramp(f.effectiveLength, 0.6, 0.3);
        scores = {
            {QStringLiteral("kick"), ramp(low, 0.5, 0.8) * percussive * ramp(f.centroid, 250, 120) * ramp(f.effectiveLength, 2.0, 1.3)
                                         * ramp(f.decayTime, 1.2, 0.7)
                                         * (f0 > 0 ? ramp(f0, 95, 75) : 1.0)},
            {QStringLiteral("tom"), percussive * ramp(pitchClarity, 0.2, 0.4) * ramp(f0, 70, 85) * ramp(f0, 400, 300)
                                        * ramp(f.centroid, 600, 400) * (1.0 - noisy) * ramp(f.decayTime, 0.9, 0.5)},
            {QStringLiteral("snare"), percussive * noisy * ramp(f.centroid, 500, 800) * ramp(f.centroid, 8000, 6000)
                                          * ramp(air, 0.7, 0.5) * ramp(f.effectiveLength, 0.9, 0.6) * ramp(f.bandRatio[2], 0.65, 0.45)},
            {QStringLiteral("clap"), percussive * noisy * ramp(f.bursts, 1.5, 2.5) * ramp(f.centroid, 900, 1500)
                                         * ramp(f.centroid, 4500, 3500) * ramp(f.effectiveLength, 0.9, 0.6)
                                         * ramp(f.bandRatio[2], 0.35, 0.55)},
            {QStringLiteral("closed-hat"), ramp(air, 0.4, 0.7) * ramp(f.effectiveLength, 0.35, 0.2)},
            {QStringLiteral("open-hat"), ramp(air, 0.35, 0.6) * ramp(f.effectiveLength, 0.2, 0.35) * ramp(f.effectiveLength, 1.6, 1.1)},
            {QStringLiteral("cymbal"), std::max(ramp(high, 0.35, 0.65), 0.6 * noisy * ramp(f.centroid, 1500, 3000))
                                           * ramp(f.effectiveLength, 0.9, 1.4) * (1.0 - 0.5 * sustained) * (1.0 - sweep)},
            {QStringLiteral("perc"), 0.45 * percussive * shortness},
            {QStringLiteral("bass"), pitched * ramp(f.sustain, 0.3, 0.45) * ramp(f0, 200, 150) * ramp(f.effectiveLength, 5.0, 3.0)
                                         * ramp(low, 0.1, 0.3)
                                         * (1.0 - polyphonic)},
            {QStringLiteral("lead"), pitched * ramp(f.sustain, 0.35, 0.5) * ramp(f0, 150, 200) * ramp(f.attackTime, 0.2, 0.08)
                                         * ramp(spread, 0.35, 0.15)
                                         * (1.0 - polyphonic) * ramp(f.effectiveLength, 4.0, 2.5)},
            {QStringLiteral("pad"), harmonic * ramp(f.effectiveLength, 1.5, 2.5)
                                        * std::max(ramp(f.attackTime, 0.1, 0.3), polyphonic) * ramp(f.sustain, 0.25, 0.4)},
            {QStringLiteral("chord"), polyphonic * ramp(f.effectiveLength, 1.8, 1.2) * ramp(f.attackTime, 0.15, 0.05) * 0.9},
            {QStringLiteral("vocal"), pitched * std::max(ramp(f.attackTime, 0.02, 0.06), ramp(spread, 0.15, 0.3))
                                          * ramp(f.centroid, 180, 300)
                                          * ramp(f.centroid, 2500, 2000) * (1.0 - polyphonic) * ramp(f.effectiveLength, 0.6, 1.0) * 0.8},
            {QStringLiteral("fx"), std::max(sweep, ramp(f.energyCentroid, 0.55, 0.7))},
            {QStringLiteral("texture"), ramp(f.effectiveLength, 2.5, 4.0) * ramp(strong, 6, 3) * (1.0 - 0.7 * pitched)
                                            * (1.0 - polyphonic) * ramp(f.sustain, 0.1, 0.3)},
        };
    }
    std::sort(scores.begin(), scores.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    result.scores = scores;
    const double best = scores.front().second;
    const double second = scores.size() > 1 ? scores.at(1).second : 0.0;
    result.type = best > 0.05 ? scores.front().first : QStringLiteral("perc");
    // Sure when the winner is strong and clearly ahead; never as sure as a name or a tag.
    result.typeConfidence = std::clamp(0.3 + 0.5 * best * (best - second) / std::max(best, 1e-6), 0.2, 0.8);
    result.detail = QStringLiteral("%1 s long, %2 % of its energy under 150 Hz, %3 % above 3 kHz, centroid %4 Hz, "
                                   "%5 clear onsets%6")
                        .arg(f.effectiveLength, 0, 'f', 2)
                        .arg(int(std::lround(low * 100)))
                        .arg(int(std::lround(high * 100)))
                        .arg(int(std::lround(f.centroid)))
                        .arg(strong)
                        .arg(input.pitch && pitchClarity > 0.3 ? QStringLiteral(", pitch %1 Hz").arg(int(std::lround(input.pitch->hz)))
                                                              : QString());
    return result;
}

} // namespace musiaia::library

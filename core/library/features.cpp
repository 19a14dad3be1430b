// SPDX-License-Identifier: GPL-3.0-or-later
#include "features.h"

#include "library/aubiosupport.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace musiaia::library {
namespace {

constexpr double BandEdges[4] = {150.0, 800.0, 3000.0, 6000.0};

int bandOf(double frequency)
{
    int band = 0;
    while (band < 4 && frequency >= BandEdges[band])
        ++band;
    return band;
}

// Peaks of a fine (1 ms) envelope of the sound above 1 kHz in the 80 ms after the attack, each
// separated from the next by a dip of at least a third: several bursts make a hand clap. High-passed
// first, so that the ripple of a low sine (a kick) does not count.
int countBursts(const std::vector<float> &mono, int sampleRate, double start)
{
    const size_t step = size_t(std::max(1, sampleRate / 1000));
    const size_t from = size_t(std::max(0.0, start - 0.005) * sampleRate);
    const size_t to = std::min(mono.size(), from + size_t(0.08 * sampleRate));
    // Two cascaded one-pole high-passes at about 1 kHz, then a 4 ms RMS every millisecond (noise
    // flickers at finer scales).
    const double a = std::exp(-2.0 * 3.14159265358979 * 1000.0 / sampleRate);
    double x1 = 0, y1 = 0, y2 = 0, z1 = 0;
    std::vector<double> squares;
    squares.reserve(to > from ? to - from : 0);
    for (size_t i = from; i < to; ++i) {
        const double x = mono[i];
        y1 = a * (y1 + x - x1);
        x1 = x;
        const double y = a * (y2 + y1 - z1);
        z1 = y1;
        y2 = y;
        squares.push_back(y * y);
    }
    std::vector<double> fine;
    const size_t span = 4 * step;
    for (size_t i = 0; i + span <= squares.size(); i += step) {
        double sum = 0;
        for (size_t j = i; j < i + span; ++j)
            sum += squares[j];
        fine.push_back(std::sqrt(sum / double(span)));
    }
    if (fine.size() < 3)
        return fine.empty() ? 0 : 1;
    const double top = *std::max_element(fine.begin(), fine.end());
    if (top <= 1e-6)
        return 0;
    int bursts = 0;
    double lastPeak = 0;
    double minSincePeak = top;
    bool armed = true;
    for (size_t i = 1; i + 1 < fine.size(); ++i) {
        const double v = fine[i];
        minSincePeak = std::min(minSincePeak, v);
        if (!armed && minSincePeak < 0.5 * lastPeak)
            armed = true;
        if (armed && v >= fine[i - 1] && v >= fine[i + 1] && v > 0.3 * top) {
            ++bursts;
            lastPeak = v;
            minSincePeak = v;
            armed = false;
        } else if (!armed && v > lastPeak) {
            lastPeak = v;   // still rising into the same burst
            minSincePeak = v;
        }
    }
    return std::max(bursts, 1);
}

} // namespace

unsigned analysisWindow(int sampleRate)
{
    unsigned size = 2048;
    while (sampleRate > 0 && double(size) / sampleRate < 0.04)
        size *= 2;
    while (double(size) / std::max(1, sampleRate) > 0.09 && size > 256)
        size /= 2;
    return size;
}

AudioFeatures computeFeatures(const std::vector<float> &mono, int sampleRate)
{
    AudioFeatures f;
    f.sampleRate = sampleRate;
    if (mono.empty() || sampleRate <= 0)
        return f;
    f.duration = double(mono.size()) / sampleRate;
    const unsigned window = analysisWindow(sampleRate);
    const size_t hop = window / 4;
    f.hopSeconds = double(hop) / sampleRate;
    const size_t frames = (mono.size() + hop - 1) / hop;

    // Time-domain envelope and zero crossings, per hop.
    f.envelope.resize(frames);
    std::vector<double> crossings(frames);
    for (size_t i = 0; i < frames; ++i) {
        const size_t from = i * hop;
        const size_t to = std::min(mono.size(), from + hop);
        double sum = 0;
        int zc = 0;
        for (size_t j = from; j < to; ++j) {
            sum += double(mono[j]) * mono[j];
            if (j > from && ((mono[j] >= 0) != (mono[j - 1] >= 0)))
                ++zc;
        }
        f.envelope[i] = float(std::sqrt(sum / double(std::max<size_t>(1, to - from))));
        crossings[i] = double(zc) / double(std::max<size_t>(1, to - from));
    }
    const auto peakIt = std::max_element(f.envelope.begin(), f.envelope.end());
    f.peak = *peakIt;
    const size_t peakIndex = size_t(peakIt - f.envelope.begin());
    f.peakTime = double(peakIndex) * f.hopSeconds;
    if (f.peak <= 1e-7)
        return f;   // digital silence: nothing else to say

    const double gate40 = f.peak * 0.01;   // -40 dB
    size_t first = 0;
    while (first < frames && f.envelope[first] < gate40)
        ++first;
    size_t last = frames - 1;
    while (last > first && f.envelope[last] < gate40)
        --last;
    f.leadingSilence = double(first) * f.hopSeconds;
    f.effectiveLength = double(last - first + 1) * f.hopSeconds;
    {
        size_t a10 = first;
        while (a10 < peakIndex && f.envelope[a10] < 0.1 * f.peak)
            ++a10;
        size_t a90 = a10;
        while (a90 < peakIndex && f.envelope[a90] < 0.9 * f.peak)
            ++a90;
        f.attackTime = double(a90 - a10) * f.hopSeconds;
        size_t d = peakIndex;
        while (d < frames && f.envelope[d] > f.peak * 0.1)
            ++d;
        f.decayTime = double(d - peakIndex) * f.hopSeconds;
        double sum = 0, weighted = 0;
        for (size_t i = first; i <= last; ++i) {
            sum += f.envelope[i];
            weighted += double(i - first) * f.envelope[i];
        }
        f.sustain = sum / double(last - first + 1) / f.peak;
        f.energyCentroid = last > first ? weighted / sum / double(last - first) : 0.0;
    }

    // Spectra: centroid, flatness, bands, flux.
    Spectrum spectrum(window);
    if (!spectrum.isValid())
        return f;
    const unsigned bins = spectrum.bins();
    const double binHz = double(sampleRate) / window;
    std::vector<float> previous(bins, 0.0f), compressed(bins);
    std::vector<int> binBand(bins);
    for (unsigned k = 0; k < bins; ++k)
        binBand[k] = bandOf(k * binHz);
    const unsigned flatLow = std::max(1u, unsigned(60.0 / binHz));
    const unsigned flatHigh = std::min(bins - 1, unsigned(16000.0 / binHz));
    const unsigned midLow = std::max(1u, unsigned(200.0 / binHz));
    const unsigned midHigh = std::min(bins - 1, unsigned(8000.0 / binHz));
    const double scale = 4.0 / window;   // a full-scale sine peaks near 1

    f.onsetStrength.assign(frames, 0.0f);
    double bandEnergy[5] = {};
    double earlyLow = 0, earlyTotal = 0;
    double centroidSum = 0, centroidWeight = 0, flatSum = 0, flatWeight = 0, zcSum = 0, zcWeight = 0;
    double midFlatSum = 0;
    int midFlatFrames = 0;
    std::vector<double> frameCentroid(frames, 0.0), frameWeight(frames, 0.0);
    const double loudGate = f.peak * f.peak * 0.001;   // -30 dB in power
    const size_t earlyEnd = peakIndex + size_t(std::ceil(0.06 / f.hopSeconds));
    for (size_t i = 0; i < frames; ++i) {
        // Centre the window on the hop, so that frame i describes the same time as envelope[i].
        const size_t start = i * hop >= window / 2 - hop / 2 ? i * hop - (window / 2 - hop / 2) : 0;
        const float *mag = spectrum.magnitudes(mono.data(), mono.size(), start);
        // Only loud frames describe the sound's colour; every frame counts for the onsets.
        const double envelopePower = double(f.envelope[i]) * f.envelope[i];
        const bool loud = envelopePower >= loudGate;
        double power = 0, weightedFrequency = 0, logSum = 0, linSum = 0, midLogSum = 0, midLinSum = 0;
        double bands[5] = {};
        double flux = 0;
        for (unsigned k = 1; k < bins; ++k) {
            const double m = mag[k] * scale;
            const double p = m * m;
            compressed[k] = float(std::log1p(100.0 * m));
            flux += std::max(0.0f, compressed[k] - previous[k]);
            if (!loud)
                continue;
            power += p;
            weightedFrequency += p * k * binHz;
            bands[binBand[k]] += p;
            if (k >= flatLow && k <= flatHigh) {
                // The mid band lies inside the flatness band: one logarithm serves both.
                const double logPower = std::log(p + 1e-12);
                logSum += logPower;
                linSum += p;
                if (k >= midLow && k <= midHigh) {
                    midLogSum += logPower;
                    midLinSum += p;
                }
            }
        }
        std::swap(previous, compressed);
        f.onsetStrength[i] = float(flux);
        if (!loud || power <= 0)
            continue;
        const double weight = envelopePower;
        const double centroid = weightedFrequency / power;
        frameCentroid[i] = centroid;
        frameWeight[i] = weight;
        centroidSum += centroid * weight;
        centroidWeight += weight;
        const unsigned count = flatHigh - flatLow + 1;
        const double flatness = linSum > 0 ? std::exp(logSum / count) / (linSum / count) : 0.0;
        flatSum += flatness * weight;
        flatWeight += weight;
        const unsigned midCount = midHigh - midLow + 1;
        if (midLinSum > 0) {
            midFlatSum += std::exp(midLogSum / midCount) / (midLinSum / midCount);
            ++midFlatFrames;
        }
        zcSum += crossings[i] * weight;
        zcWeight += weight;
        for (int b = 0; b < 5; ++b)
            bandEnergy[b] += bands[b] / power * weight;
        if (i >= peakIndex && i <= earlyEnd) {
            earlyLow += bands[0] / power * weight;
            earlyTotal += weight;
        }
    }
    if (centroidWeight > 0) {
        f.centroid = centroidSum / centroidWeight;
        f.flatness = flatSum / flatWeight;
        f.midFlatness = midFlatFrames > 0 ? midFlatSum / midFlatFrames : 0.0;
        f.zeroCrossingRate = zcSum / zcWeight;
        double total = 0;
        for (double e : bandEnergy)
            total += e;
        for (int b = 0; b < 5; ++b)
            f.bandRatio[b] = total > 0 ? bandEnergy[b] / total : 0.0;
        f.earlyLowRatio = earlyTotal > 0 ? earlyLow / earlyTotal : 0.0;
        // Centroid in the first and last third of the effective length.
        const size_t third = std::max<size_t>(1, (last - first + 1) / 3);
        auto meanCentroid = [&](size_t from, size_t to) {
            double s = 0, w = 0;
            for (size_t i = from; i < to && i < frames; ++i) {
                s += frameCentroid[i] * frameWeight[i];
                w += frameWeight[i];
            }
            return w > 0 ? s / w : f.centroid;
        };
        f.centroidEarly = meanCentroid(first, first + third);
        f.centroidMiddle = meanCentroid(first + third, last + 1 - third);
        f.centroidLate = meanCentroid(last + 1 - third, last + 1);
    }

    // Onsets: peaks of the flux above a local mean, on frames that are not near-silent.
    const float fluxMax = *std::max_element(f.onsetStrength.begin(), f.onsetStrength.end());
    if (fluxMax > 0) {
        for (float &v : f.onsetStrength)
            v /= fluxMax;
    }
    const size_t minGap = size_t(std::ceil(0.05 / f.hopSeconds));
    size_t lastOnset = 0;
    bool any = false;
    for (size_t i = 0; i + 1 < frames; ++i) {
        const float v = f.onsetStrength[i];
        const float before = i > 0 ? f.onsetStrength[i - 1] : 0.0f;   // a sound may start at once
        if (v < before || v < f.onsetStrength[i + 1] || v < 0.12f)
            continue;
        const size_t from = i >= 8 ? i - 8 : 0;
        const size_t to = std::min(frames, i + 9);
        double mean = 0;
        for (size_t j = from; j < to; ++j)
            mean += f.onsetStrength[j];
        mean /= double(to - from);
        if (v < mean + 0.08)
            continue;
        float after = 0, lowest = 1e9f;
        for (size_t j = i; j <= std::min(frames - 1, i + 2); ++j)
            after = std::max(after, f.envelope[j]);
        for (size_t j = i >= 3 ? i - 3 : 0; j < i; ++j)
            lowest = std::min(lowest, f.envelope[j]);
        if (i == 0)
            lowest = 0;
        if (after < f.peak * 0.03)   // quieter than -30 dB of the peak
            continue;
        if (after < 1.41f * lowest)  // no 3 dB rise: the beating of a held sound, not a new one
            continue;
        if (any && i - lastOnset < minGap)
            continue;
        f.onsets.push_back(double(i) * f.hopSeconds);
        f.onsetRises.push_back(lowest > 0 ? std::min(60.0, 20.0 * std::log10(double(after) / lowest)) : 60.0);
        lastOnset = i;
        any = true;
    }

    // Rhythmic regularity: the strongest autocorrelation of the onset strength at beat-like lags.
    {
        std::vector<double> x(f.onsetStrength.begin(), f.onsetStrength.end());
        const double mean = std::accumulate(x.begin(), x.end(), 0.0) / double(x.size());
        for (double &v : x)
            v -= mean;
        const double energy = std::inner_product(x.begin(), x.end(), x.begin(), 0.0);
        const size_t minLag = size_t(0.2 / f.hopSeconds);
        const size_t maxLag = std::min(x.size() / 2, size_t(2.0 / f.hopSeconds));
        for (size_t lag = minLag; energy > 0 && lag <= maxLag; ++lag) {
            double sum = 0;
            for (size_t i = 0; i + lag < x.size(); ++i)
                sum += x[i] * x[i + lag];
            // Unbiased: a lag covering half the signal is not penalised for its shorter overlap.
            const double normalised = sum / energy * double(x.size()) / double(x.size() - lag);
            f.periodicity = std::max(f.periodicity, normalised);
        }
        f.periodicity = std::clamp(f.periodicity, 0.0, 1.0);
    }

    f.bursts = countBursts(mono, sampleRate, f.onsets.empty() ? f.leadingSilence : f.onsets.front());
    return f;
}

} // namespace musiaia::library

// SPDX-License-Identifier: GPL-3.0-or-later
#include "pitch.h"

#include "library/aubiosupport.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace musiaia::library {
namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(middle), values.end());
    return values[middle];
}

// Every other sample of `signal` after a low-pass (a 31-tap Blackman-windowed sinc cutting at a
// fifth of the rate: flat through the notes YIN looks for, and what would fold back onto them is
// gone).
std::vector<float> halfRate(const std::vector<float> &signal)
{
    constexpr int Taps = 31;
    constexpr int Centre = Taps / 2;
    constexpr double Cutoff = 0.2;   // of the input rate
    static const std::array<float, Taps> kernel = [] {
        std::array<double, Taps> h{};
        double sum = 0;
        for (int i = 0; i < Taps; ++i) {
            const double x = i - Centre;
            const double sinc
                = x == 0 ? 2 * Cutoff : std::sin(2 * std::numbers::pi * Cutoff * x) / (std::numbers::pi * x);
            const double w = 0.42 - 0.5 * std::cos(2 * std::numbers::pi * i / (Taps - 1))
                + 0.08 * std::cos(4 * std::numbers::pi * i / (Taps - 1));
            h[size_t(i)] = sinc * w;
            sum += h[size_t(i)];
        }
        std::array<float, Taps> normalised{};
        for (int i = 0; i < Taps; ++i)
            normalised[size_t(i)] = float(h[size_t(i)] / sum);
        return normalised;
    }();
    std::vector<float> out((signal.size() + 1) / 2);
    const std::ptrdiff_t length = std::ptrdiff_t(signal.size());
    for (size_t n = 0; n < out.size(); ++n) {
        const std::ptrdiff_t at = std::ptrdiff_t(2 * n) - Centre;
        float sum = 0;
        if (at >= 0 && at + Taps <= length) {
            for (int k = 0; k < Taps; ++k)
                sum += kernel[size_t(k)] * signal[size_t(at + k)];
        } else {
            for (int k = 0; k < Taps; ++k) {
                if (at + k >= 0 && at + k < length)
                    sum += kernel[size_t(k)] * signal[size_t(at + k)];
            }
        }
        out[n] = sum;
    }
    return out;
}

std::optional<PitchEstimate> estimatePitchAt(const std::vector<float> &mono, int sampleRate)
{
    // A window long enough for two periods of a 30 Hz sub bass.
    unsigned window = 2048;
    while (double(window) / sampleRate < 0.07)
        window *= 2;
    const unsigned hop = window / 4;
    if (mono.size() < window / 2)
        return std::nullopt;
    // aubio's YIN ("yinfast") on each window by itself, rather than through aubio_pitch_do(): the
    // detector keeps no state between windows, so the frames whose answer would be thrown away
    // (quiet ones, most of a decaying hit) need not be analysed at all.
    auto yin = makeAubio<YinFastPtr>(new_aubio_pitchyinfast, window);
    auto buffer = makeAubio<FvecPtr>(new_fvec, window);
    auto output = makeAubio<FvecPtr>(new_fvec, 1u);
    if (!yin || !buffer || !output)
        return std::nullopt;
    aubio_pitchyinfast_set_tolerance(yin.get(), 0.15f);   // aubio_pitch's setting for yinfast

    // Loudness gate per hop: frames 30 dB under the loudest do not count.
    const size_t frames = mono.size() / hop;
    std::vector<double> rms(frames);
    double loudest = 0;
    for (size_t i = 0; i < frames; ++i) {
        double sum = 0;
        for (size_t j = i * hop; j < (i + 1) * hop; ++j)
            sum += double(mono[j]) * mono[j];
        rms[i] = std::sqrt(sum / hop);
        loudest = std::max(loudest, rms[i]);
    }
    if (loudest <= 1e-6)
        return std::nullopt;

    std::vector<double> notes;          // voiced frames, as fractional MIDI notes
    std::vector<size_t> noteFrames;
    size_t loudFrames = 0;
    for (size_t frame = 0; frame < frames; ++frame) {
        if (rms[frame] < loudest * 0.03)
            continue;
        ++loudFrames;
        // The window that starts at this hop (aubio_pitch_do() reports it one window late).
        const size_t start = frame * hop;
        for (unsigned j = 0; j < window; ++j) {
            const size_t at = start + j;
            buffer->data[j] = at < mono.size() ? mono[at] : 0.0f;
        }
        // aubio_pitch_do() reports 0 Hz when the newest hop of the window is under -50 dB.
        fvec_t newest{hop, buffer->data + (window - hop)};
        if (aubio_silence_detection(&newest, -50.0f) == 1)
            continue;
        aubio_pitchyinfast_do(yin.get(), buffer.get(), output.get());
        const smpl_t period = output->data[0];
        // As aubio_pitch_do() converts the period to Hz (in double, stored as float).
        const smpl_t hz = period > 0 ? smpl_t(double(sampleRate) / (period + 0.)) : smpl_t(0);
        const double confidence = aubio_pitchyinfast_get_confidence(yin.get());
        if (hz < 25 || hz > 4200 || confidence < 0.8)
            continue;
        notes.push_back(69.0 + 12.0 * std::log2(hz / 440.0));
        noteFrames.push_back(frame);
    }
    if (loudFrames == 0 || notes.empty())
        return std::nullopt;

    PitchEstimate estimate;
    const double centre = median(notes);
    size_t near = 0;
    std::vector<double> distances;
    for (double n : notes) {
        near += std::abs(n - centre) <= 0.5 ? 1 : 0;
        distances.push_back(std::abs(n - centre));
    }
    estimate.spreadSemitones = median(distances);
    estimate.voicedShare = double(notes.size()) / double(loudFrames);
    estimate.confidence = estimate.voicedShare * double(near) / double(notes.size());
    estimate.midiNote = int(std::lround(centre));
    estimate.hz = 440.0 * std::pow(2.0, (centre - 69.0) / 12.0);
    const size_t third = std::max<size_t>(1, notes.size() / 3);
    const std::vector<double> early(notes.begin(), notes.begin() + std::ptrdiff_t(third));
    const std::vector<double> late(notes.end() - std::ptrdiff_t(third), notes.end());
    estimate.driftSemitones = median(late) - median(early);
    return estimate;
}

} // namespace

std::optional<PitchEstimate> estimatePitch(const std::vector<float> &mono, int sampleRate)
{
    // Notes up to 4.2 kHz need no more than a 22 kHz rate: a 44.1 or 48 kHz sound is analysed at
    // half its rate (the same windows in time, half the samples in each).
    if (sampleRate >= 32000 && sampleRate % 2 == 0)
        return estimatePitch(halfRate(mono), sampleRate / 2);
    return estimatePitchAt(mono, sampleRate);
}

} // namespace musiaia::library

// SPDX-License-Identifier: GPL-3.0-or-later
#include "pitch.h"

#include "library/aubiosupport.h"

#include <algorithm>
#include <cmath>

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

} // namespace

std::optional<PitchEstimate> estimatePitch(const std::vector<float> &mono, int sampleRate)
{
    // A window long enough for two periods of a 30 Hz sub bass.
    unsigned window = 2048;
    while (double(window) / sampleRate < 0.07)
        window *= 2;
    const unsigned hop = window / 4;
    if (mono.size() < window / 2)
        return std::nullopt;
    auto pitch = makeAubio<PitchPtr>(new_aubio_pitch, "yinfast", window, hop, unsigned(sampleRate));
    auto input = makeAubio<FvecPtr>(new_fvec, hop);
    auto output = makeAubio<FvecPtr>(new_fvec, 1u);
    if (!pitch || !input || !output)
        return std::nullopt;
    aubio_pitch_set_unit(pitch.get(), "Hz");
    aubio_pitch_set_silence(pitch.get(), -50.0f);

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
    // aubio's estimate refers to the window that ends at the current hop: skip the first frames.
    const size_t latency = window / hop;
    for (size_t i = 0; i < frames + latency; ++i) {
        for (unsigned j = 0; j < hop; ++j) {
            const size_t at = i * hop + j;
            input->data[j] = at < mono.size() ? mono[at] : 0.0f;
        }
        aubio_pitch_do(pitch.get(), input.get(), output.get());
        if (i < latency - 1)
            continue;
        const size_t frame = i - (latency - 1);
        if (frame >= frames || rms[frame] < loudest * 0.03)
            continue;
        ++loudFrames;
        const double hz = output->data[0];
        const double confidence = aubio_pitch_get_confidence(pitch.get());
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

} // namespace musiaia::library

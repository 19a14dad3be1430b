// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

namespace musiaia::library {

// The note a tonal one-shot plays, from aubio's YIN pitch tracker: the median pitch of the frames
// it is sure of. ("yinfast"; aubio 0.4.9's "yinfft" always reports a confidence of 0.)
struct PitchEstimate
{
    int midiNote = 0;
    double hz = 0;
    double confidence = 0;      // voiced share of the loud frames x share of them near the median
    double voicedShare = 0;     // how much of the sound has a clear pitch at all
    double driftSemitones = 0;  // median pitch of the last third minus the first third
    double spreadSemitones = 0; // median distance from the median pitch (vibrato, glides, scoops)
};

std::optional<PitchEstimate> estimatePitch(const std::vector<float> &mono, int sampleRate);

} // namespace musiaia::library

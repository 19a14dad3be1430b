// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/features.h"

#include <QString>

#include <optional>
#include <vector>

namespace musiaia::library {

struct TempoEstimate
{
    double bpm = 0;
    double confidence = 0;
    int bars = 0;             // whole 4/4 bars the loop lasts at this tempo, 0 when it does not fit
    QString detail;           // how it was found, for the musician
};

// The tempo of a loop. aubio's beat tracker and the loop's own onset autocorrelation propose
// tempos; octave errors are resolved by preferring 85-175 BPM (where sample-pack loops live);
// then the loop length is checked against a whole number of bars (1, 2, 4, 8, 16...) and, when
// it fits, the tempo is snapped to the exact value the length implies.
std::optional<TempoEstimate> estimateTempo(const std::vector<float> &mono, int sampleRate,
                                           const AudioFeatures &features);

// The whole number of bars (1, 2, 3, 4, 6, 8, 12, 16, 32) that `seconds` lasts at `bpm`, within 1.5 %,
// or 0.
int wholeBars(double seconds, double bpm);

} // namespace musiaia::library

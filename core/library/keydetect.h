// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/musicalkey.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace musiaia::library {

using Chroma = std::array<double, 12>;   // energy per pitch class, C first, summing to 1

struct ChromaProfile
{
    Chroma whole;      // the whole sound
    Chroma opening;    // its first quarter (where a loop usually states its tonic chord)
};

// Pitch-class energy from spectral peaks (about 5 Hz resolution, refined by parabolic
// interpolation) between 50 Hz and 2.5 kHz, weighted by how close each peak is to a semitone.
// Peaks at a whole multiple of a stronger lower peak count one fifth (they are mostly its
// harmonics: the third harmonic would add a fifth, the fifth a major third), and magnitudes are
// square-rooted so that one loud note does not decide. All zeros for silence or unpitched sound.
ChromaProfile computeChroma(const std::vector<float> &mono, int sampleRate);

// How concentrated a chroma is: the number of pitch classes holding at least half the energy of
// the strongest (1 for a single note, 3 or more for chords, many for noise).
int strongPitchClasses(const Chroma &chroma);

struct KeyEstimate
{
    MusicalKey key;
    double confidence = 0;
    MusicalKey runnerUp;      // the next best key (often the relative or a fifth away)
    QString detail;
};

// The key whose profile correlates best with the chroma: the mean Pearson correlation with the
// Krumhansl-Kessler and the Temperley (Kostka-Payne) key profiles, over all 24 keys.
std::optional<KeyEstimate> estimateKey(const Chroma &chroma);
// For loops: the opening counts three times, since sample-pack loops mostly start on the tonic
// chord (measured on the test corpora, where one progression in four or five starts elsewhere:
// it turns most relative-key errors into right answers).
std::optional<KeyEstimate> estimateLoopKey(const ChromaProfile &profile);

} // namespace musiaia::library

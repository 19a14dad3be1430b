// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synthcorpus.h"

namespace musiaia::test {

// The General MIDI bank installed with the timgm6mb-soundfont package, or empty when absent.
QString generalMidiSoundFont();

// A second labelled corpus, rendered with FluidSynth from a General MIDI SoundFont: sampled drum
// kit hits (GM percussion notes), bass, lead, pad, piano/organ chords, choir voices and effect
// programs, and drum and music loops played from note patterns at known tempos and keys. Its
// sounds come from recordings, not from our own synthesis, so the analysis is not measured only on
// sounds shaped like its own assumptions. Every file has an uninformative name.
QList<CorpusItem> writeGeneralMidiCorpus(const QString &directory, const QString &soundFont, const CorpusOptions &options);

} // namespace musiaia::test

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"

#include <QByteArray>
#include <QString>

// Live Sets the writer tests (and the benchmark) build: small but covering what the writer writes.
namespace musiaia::als::testsets {

// A 16-bit stereo PCM WAV of `seconds` of a 440 Hz tone. Returns false when it cannot be written.
bool writeTestWav(const QString &path, double seconds = 0.5, int sampleRate = 44100);

// A set with nothing in it but its tempo.
LiveSet emptySet();

// One MIDI track holding one four-bar arrangement clip in A minor.
LiveSet oneMidiClipSet();

// Eight tracks: a group (drums, bass inside), MIDI and audio tracks with arrangement and session
// clips, two audio clips on `wavPath` (an existing WAV), three locators, named scenes, two returns
// with sends, a muted and a soloed track, pans, volumes and colours.
LiveSet eightTrackSet(const QString &wavPath);

// A realistic song: eight MIDI tracks over `bars` bars of 4/4 at 124 BPM with sixteenth hi-hats, a
// four-on-the-floor kick, snare, bass, chords, lead, pads and percussion (the writer benchmark uses
// 93 bars: three minutes, about 4,800 notes).
LiveSet songSet(int bars);

// Compiles and selects a C library locale that writes numbers with a decimal comma (de_DE, es_ES),
// compiling one with localedef into `scratchDir` when none is installed. Returns its name, or an
// empty string when no such locale could be had.
QByteArray selectCommaLocale(const QString &scratchDir);

} // namespace musiaia::als::testsets

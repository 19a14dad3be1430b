// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"
#include "music/plan.h"
#include "music/theory.h"

#include <QString>

// Hand-built songs whose measured quality is known: a 16-bar house song in A minor (an 8-bar
// intro of kick, hats and bass, then an 8-bar drop with everything) and its plan. The metrics
// tests put flaws into it; the command-line tests write it as a .als.
namespace musiaia::testsongs {

constexpr int IntroBars = 8;
constexpr int DropBars = 8;
constexpr int SongBars = IntroBars + DropBars;

music::Plan housePlan();
// The clean song for `plan` (housePlan() or a variant with the same sections and parts).
als::LiveSet houseSet(const music::Plan &plan);

// The chord of the plan's progression `barInSection` bars into a section.
music::Chord chordAt(const music::Plan &plan, int barInSection);
// The pitch of pitch class `pc` at or above `floor`.
int above(int pc, int floor);
// The track named so, added at the end when missing.
als::Track &trackNamed(als::LiveSet &set, const QString &name);
// A note at arrangement `beat`, in the clip of its section (made when missing).
void addNote(als::LiveSet &set, const QString &trackName, int pitch, double beat, double duration,
             double velocity);
// A velocity that moves with the note's index, as a humanised part does.
double vary(int index, double base);

} // namespace musiaia::testsongs

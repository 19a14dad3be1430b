// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"
#include "common/result.h"
#include "music/plan.h"

#include <QString>

#include <atomic>
#include <functional>

// The offline composer: a complete plan (see completePlan()) becomes a Live set. One MIDI track per
// part, named and coloured by role; an arrangement clip per section the part plays in, named after
// the section; a locator at every section; the plan's tempo, 4/4 and key as the set's scale. Drums
// are on General MIDI notes (drumVoicePitch()); FX are MIDI notes too (kFx* below). Device chains
// are left empty. Deterministic: the same plan gives the same set, note for note; each part draws
// only from its own seed, so a new seed for one part changes only that part.
namespace musiaia::music {

// The notes the FX track plays, one sound per note, for whoever loads the FX instrument.
inline constexpr int kFxImpactPitch = 36; // an impact or boom on a section's first beat
inline constexpr int kFxDownlifterPitch = 38; // a falling sweep into a quieter section
inline constexpr int kFxRiserPitch = 48; // a rising noise sweep into a louder section
inline constexpr int kFxReverseCrashPitch = 50; // a reversed cymbal into the next section
inline constexpr int kFxAtmospherePitch = 60; // a quiet noise or texture bed

struct ComposeProgress
{
    int partIndex = 0;
    int partCount = 0;
    QString partId;
};

struct ComposeOptions
{
    als::SchemaVersion schema = als::SchemaVersion::Live11;
    std::function<void(const ComposeProgress &)> progress; // called before each part
    const std::atomic_bool *cancel = nullptr; // set -> Cancelled error
};

// Fails with InvalidArgument when the plan is not complete or not valid, with Cancelled when
// `options.cancel` is set.
Result<als::LiveSet> composeSong(const Plan &complete, const ComposeOptions &options = {});

// Where each chord of the plan sounds: the progression of each section, chordBars bars per chord,
// starting again at every section. Bars count from the song's start.
struct ChordSpan
{
    int bar = 0;
    int bars = 1;
    Chord chord;
};
Result<QList<ChordSpan>> chordTimeline(const Plan &complete);

} // namespace musiaia::music

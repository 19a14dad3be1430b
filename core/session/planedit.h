// SPDX-License-Identifier: GPL-3.0-or-later
// A change asked for in the chat, applied to the current version's complete plan. Everything the
// musician did not ask to change stays as it was, seeds included, so that the composer writes the
// same notes there: "pásalo a Re menor" moves only the pitches, "otro bajo" gives only the bass a
// new seed, "quita la intro" leaves every other section's bars alone.
//
// The result may leave a few fields unset for music::completePlan() to choose again (the chords
// after a mood or mode change, the arrangement after a change of genre or an exact length).
#pragma once

#include "session/messagereader.h"
#include "session/wording.h"

#include "common/result.h"
#include "music/plan.h"

#include <QStringList>

#include <cstdint>

namespace musiaia::session {

struct EditedPlan
{
    music::Plan plan;
    QStringList swapSamplesFor;   // part ids whose samples are to be chosen again
    bool swapAllSamples = false;
    QStringList notes;            // for the musician: what could not be done, and why
};

// `salt` makes the new seeds ("otro bajo") differ from every earlier version's: pass the number
// the new version will have. Fails (InvalidArgument, with a message in `language`) when nothing
// asked for can be done: "quita la intro" on a song without one, a tempo out of range...
Result<EditedPlan> applyEdits(const music::Plan &current, const PlanEdits &edits, std::uint32_t salt,
                              Language language);

// A new seed for `what` ("bass", "song"), different from `previous` and from 0.
std::uint32_t freshSeed(std::uint32_t previous, QStringView what, std::uint32_t salt);

// The step "más rápido" takes from `tempo` in the genre (about 4 %, 2 to 8 BPM).
double tempoStep(double tempo);

} // namespace musiaia::session

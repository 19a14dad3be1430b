// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/genre.h"
#include "music/plan.h"

#include <QList>
#include <QString>

// What chooseSamples() and placeSamples() share: how drum voices map onto sample types.
namespace musiaia::library::detail {

// The sample type that plays a drum voice: the closed and pedal hats are one closed hat sound,
// rides and crashes one cymbal, shakers, congas, cowbells and the like one percussion sound.
QString slotForVoice(music::DrumVoice voice);

// The voices a part plays in this genre's patterns (every voice of its role when the genre is
// unknown); a "drums" part plays them all.
QList<music::DrumVoice> voicesOfPart(const music::Part &part, const music::GenreProfile *genre);

} // namespace musiaia::library::detail

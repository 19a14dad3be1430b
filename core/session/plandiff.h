// SPDX-License-Identifier: GPL-3.0-or-later
// A readable musical diff between two versions' plans: "tempo 124 → 128; bass regenerated; break
// +8 bars", in Spanish or English, and as data (VersionChange) for the UI and the local API.
#pragma once

#include "session/sessiontypes.h"
#include "session/wording.h"

#include "music/plan.h"

#include <QList>

namespace musiaia::session {

// What changed from `before` to `after`, in musical order: genre, tempo, key, mood, swing,
// chords, arrangement (sections), length, parts. A part whose seed changed was regenerated.
QList<VersionChange> diffPlans(const music::Plan &before, const music::Plan &after, Language language);

// The changes' texts joined with "; ".
QString changesText(const QList<VersionChange> &changes);

} // namespace musiaia::session

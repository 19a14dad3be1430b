// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "music/genre.h"
#include "music/plan.h"
#include "music/requestparser.h"

#include <QString>
#include <QStringList>

#include <cstdint>

// The offline planner: a partial plan (from the request parser, a model or a chat edit) made
// complete from the genre profile and the seed. Deterministic: the same partial plan always gives
// the same complete plan, and a field that is already set is never changed.
namespace musiaia::music {

// Fills every unset field of `partial`:
// - tempo, key, swing, chordBars from the profile (the defaults for seed 0, a choice in the genre's
//   range for other seeds; a mood picks its mode);
// - the progression from the profile's progressions that suit the mood and fit the key;
// - parts from the profile's templates (a section naming a role adds that role's part);
// - sections from the profile's arrangement, fitted to the length target (within 1 bar; the last
//   section takes the odd bars) or to the genre's usual length;
// - each part's style, colour and own seed (derived from the plan seed and the part id);
// - the title from genre, key and tempo.
// Fails (InvalidArgument) when validatePlan() fails or the genre is unknown.
Result<Plan> completePlan(const Plan &partial);

// A parsed request as a partial plan: the genre (guessed from the tempo, else house, with a note),
// what was asked of tempo, key, mood, swing and length, the parts asked in or out, the sections
// asked in, out, longer, shorter or exact. `seed` becomes the plan's seed. Notes say what was
// chosen for the musician (with the parser's own notes first).
Result<Plan> partialPlanFromRequest(const Request &request, std::uint32_t seed, QStringList *notes = nullptr);

// The seed the offline planner uses for a request when none is given: a hash of its normalised
// words, so that the same words give the same song and other words another one.
std::uint32_t seedForRequest(const QString &text);

// parseRequest() + partialPlanFromRequest() + completePlan(), with seedForRequest(). An empty
// request is an error (InvalidArgument); one with nothing musical in it makes the default genre,
// with a note.
Result<Plan> planFromText(const QString &request, QStringList *notes = nullptr);
// The same with a chosen seed.
Result<Plan> planFromText(const QString &request, std::uint32_t seed, QStringList *notes = nullptr);

// The part seed completePlan() gives a part without one (never 0).
std::uint32_t derivePartSeed(std::uint32_t planSeed, const QString &partId);

} // namespace musiaia::music

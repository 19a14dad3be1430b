// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/genre.h"
#include "music/plan.h"
#include "music/requestparser.h"

#include <QList>
#include <QStringList>

#include <cstdint>

// Internals shared by planner.cpp and planarrangement.cpp.
namespace musiaia::music::planner {

QString tr(const char *text);

// The choices completePlan() makes for an unset field; seed 0 gives the genre's defaults.
double chooseTempo(const GenreProfile &profile, std::uint32_t seed);
Key chooseKey(const GenreProfile &profile, std::uint32_t seed, Mood mood, int root = -1,
              std::optional<Mode> asked = std::nullopt, bool locked = false);
double chooseSwing(const GenreProfile &profile, std::uint32_t seed);
QStringList chooseProgression(const GenreProfile &profile, std::uint32_t seed, Mood mood, const Key &key);

// A part of `role` as the genre has it (template id, name, instrument, first style), with an id
// not yet used in `taken`.
Part partForRole(const GenreProfile &profile, PartRole role, const QList<Part> &taken);

// The ids of `parts` a profile section's part ids stand for: the part with the same id, else the
// parts with the template part's role.
QStringList mapTemplateParts(const GenreProfile &profile, const QStringList &templateIds,
                             const QList<Part> &parts);

// Sections fitted to `targetBars` (> 0) from the genre's arrangement, with the section requests
// applied (left out, added, longer, shorter, exact, parts in or out of one section). The parts
// must be final: sections refer to their ids. Notes say what could not be done.
QList<Section> arrangeSections(const GenreProfile &profile, const QList<Part> &parts, int targetBars,
                               const QList<SectionRequest> &requests, QStringList *notes);

// Parts of the plan that no section plays yet are placed where the genre plays their role.
void placeUnusedParts(const GenreProfile &profile, const QList<Part> &parts, QList<Section> *sections);

} // namespace musiaia::music::planner

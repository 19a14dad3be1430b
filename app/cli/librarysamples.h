// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"
#include "common/result.h"
#include "library/samplechoice.h"
#include "music/plan.h"

#include <QTextStream>

namespace musiaia::cli {

// For verbs that write songs (generate): samples from the musician's library (the default
// database, or --db) chosen for `plan` and placed into `set`, with one line per choice and per gap
// written to `report`. A library that does not exist yet or holds no samples leaves the set as it
// is and says so; it is not an error.
Result<library::SampleChoices> addLibrarySamples(als::LiveSet &set, const music::Plan &plan,
                                                 QTextStream &report);

} // namespace musiaia::cli

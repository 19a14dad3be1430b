// SPDX-License-Identifier: GPL-3.0-or-later
// The "choosing samples" step of a generation, from the musician's sample library
// (library::chooseSamples() and library::placeSamples()). A change keeps the samples of the version
// it changes (the plan's seed picks the same ones) except those asked to be swapped ("otro sample de
// kick", "cambia los samples"), which are picked again with a new seed.
#pragma once

#include "session/generation.h"

#include "store/database.h"

namespace musiaia::session {

SampleStep librarySampleStep(store::Database database);

} // namespace musiaia::session

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace musiaia::bench {

// True when CTest runs the benchmark as a quick smoke test: use small inputs.
bool smokeRun();
// ../shared (corpus, tools) or $MUSIAIA_SHARED_DIR; may not exist.
QString sharedDir();

} // namespace musiaia::bench

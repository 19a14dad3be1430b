// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace musiaia::cli {

// musiaia metrics FILE.als [--plan plan.json] [--json]
// Exit status: 0 when every metric passes, 1 when some fail, 2 for bad arguments or unreadable input.
int runMetrics(const QStringList &arguments);

} // namespace musiaia::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace musiaia::cli {

// musiaia analyze FILE.als [--json]
int runAnalyze(const QStringList &arguments);

} // namespace musiaia::cli

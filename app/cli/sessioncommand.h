// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace musiaia::cli {

// musiaia session --script FILE [--json] [-o DIR] [--provider NAME] [--conversation ID]
int runSession(const QStringList &arguments);

} // namespace musiaia::cli

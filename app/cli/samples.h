// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace musiaia::cli {

// musiaia samples import|search|show|fix|folders|stats|problems|remove-folder ...
int runSamples(const QStringList &arguments);

} // namespace musiaia::cli

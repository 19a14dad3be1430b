// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <functional>

namespace musiaia::gui {

// Starts the desktop application. `arguments` holds what is left after the global options
// (at most a set to analyse); `startLog` starts the JSON log once the application exists.
int run(int &argc, char **argv, const QStringList &arguments, const std::function<bool()> &startLog);

} // namespace musiaia::gui

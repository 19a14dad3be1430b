// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace musiaia::cli {

// musiaia chat "..." [--provider auto|glm|minimax|local] [--base-url URL] [--model M] ...
int runChat(const QStringList &arguments);

} // namespace musiaia::cli

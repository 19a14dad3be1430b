// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace musiaia::cli {

// musiaia generate "REQUEST" [-o DIR] [--seed N] [--live 11|12] [--plan FILE] [--print-plan]
//                  [--provider glm|minimax|local]
int runGenerate(const QStringList &arguments);

} // namespace musiaia::cli

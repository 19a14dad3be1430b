// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace musiaia::cli {

// musiaia keys status | set glm|minimax [--plain-file] | clear glm|minimax
int runKeys(const QStringList &arguments);
// musiaia ai-usage [--days N] [--json]: what was sent to the providers (sizes, never content).
int runAiUsage(const QStringList &arguments);

} // namespace musiaia::cli

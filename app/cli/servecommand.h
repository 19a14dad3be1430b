// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace musiaia::cli {

// musiaia serve [--port N] [--listen ADDRESS] [--allow-origin URL] [--regenerate-token] [--print-token]
int runServe(const QStringList &arguments);

} // namespace musiaia::cli

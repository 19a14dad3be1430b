// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace musiaia::cli {

// musiaia export-midi FILE.als OUT.mid
int runExportMidi(const QStringList &arguments);
// musiaia import-midi IN.mid [-o DIR] [--live 11|12]
int runImportMidi(const QStringList &arguments);

} // namespace musiaia::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QMimeData;

namespace musiaia::gui {

// What a drag onto the window carries, as far as MusiaIA is concerned: Live Sets to analyse and
// folders to import into the sample library. Anything else (web links, other files) is ignored.
struct DropPayload
{
    QStringList liveSets;   // local .als files that exist
    QStringList folders;    // local folders that exist

    bool isEmpty() const { return liveSets.isEmpty() && folders.isEmpty(); }
};

DropPayload dropPayload(const QMimeData *mime);

} // namespace musiaia::gui

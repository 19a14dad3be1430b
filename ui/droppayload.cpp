// SPDX-License-Identifier: GPL-3.0-or-later
#include "droppayload.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace musiaia::gui {

DropPayload dropPayload(const QMimeData *mime)
{
    DropPayload payload;
    if (!mime || !mime->hasUrls())
        return payload;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isDir())
            payload.folders << info.absoluteFilePath();
        else if (info.isFile() && info.suffix().compare(QLatin1String("als"), Qt::CaseInsensitive) == 0)
            payload.liveSets << info.absoluteFilePath();
    }
    return payload;
}

} // namespace musiaia::gui

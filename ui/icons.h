// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace musiaia::gui::icons {

// A monochrome line icon from resources/icons/ui/<name>.svg. It is drawn at paint time in the
// palette's colour for its mode (text, disabled text, highlighted text), so that it stays crisp at
// any device pixel ratio and follows a light/dark switch without reloading.
QIcon icon(const QString &name);
// The same icon always drawn in `color` (for example on an accent-filled button).
QIcon icon(const QString &name, const QColor &color);

} // namespace musiaia::gui::icons

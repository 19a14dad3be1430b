// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QPalette;
class QWidget;

namespace musiaia::gui {

// The look of MusiaIA: the Fusion style with a neutral light or dark palette (following the
// system's unless the user chooses), one restrained accent colour, and a small style sheet for
// the few custom surfaces (docks, search fields, scroll bars). Custom-painted widgets take their
// colours from here so that they follow a theme switch.
enum class ThemeChoice { System, Light, Dark };

namespace theme {

QString choiceName(ThemeChoice choice);              // "system", "light", "dark" (settings file)
ThemeChoice parseChoice(const QString &name);        // System for anything unknown

// Applies the style, palette and style sheet to the application. Call after QApplication exists;
// calling it again switches live.
void apply(ThemeChoice choice);
ThemeChoice currentChoice();
bool isDark();

// Colours derived from the active palette.
QColor accent();             // primary actions, focus, progress
QColor accentText();         // text drawn on accent()
QColor accentSoft();         // the musician's bubbles, selected navigation items
QColor surface();            // cards and assistant bubbles, one step off the window colour
QColor surfaceRaised();      // hover on cards, chips
QColor border();             // hairlines around cards and fields
QColor mutedText();          // secondary text (captions, hints)
QColor success();
QColor warning();
QColor danger();

// One of Ableton Live's 70 clip colours (palette index 0..69), for drawing tracks and clips the
// way the musician will see them in Live. Out-of-range indexes get a neutral grey.
QColor liveColor(int paletteIndex);

// Colour with alpha in [0, 1].
QColor withAlpha(QColor color, qreal alpha);
// Mixes `a` towards `b` by `amount` in [0, 1].
QColor mix(const QColor &a, const QColor &b, qreal amount);

// Font helpers: the application font scaled (1.0 = body), optionally semi-bold.
void setFontScale(QWidget *widget, qreal scale, bool semiBold = false);

} // namespace theme
} // namespace musiaia::gui

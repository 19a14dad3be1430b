// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QProcessEnvironment>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::gui::theme {
namespace {

struct State
{
    bool captured = false;
    QPalette systemPalette;
    ThemeChoice choice = ThemeChoice::System;
    bool dark = false;
};

State &state()
{
    static State s;
    return s;
}

bool paletteIsDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

// Qt 6.4 has no colour-scheme hint; GTK_THEME=Adwaita:dark is the common explicit signal.
bool systemPrefersDark(const QPalette &systemPalette)
{
    const QString gtkTheme = QProcessEnvironment::systemEnvironment().value(u"GTK_THEME"_s);
    if (gtkTheme.endsWith(u":dark"_s, Qt::CaseInsensitive))
        return true;
    return paletteIsDark(systemPalette);
}

void setAll(QPalette &palette, QPalette::ColorRole role, const QColor &color, const QColor &disabled)
{
    palette.setColor(QPalette::Active, role, color);
    palette.setColor(QPalette::Inactive, role, color);
    palette.setColor(QPalette::Disabled, role, disabled);
}

QPalette makePalette(bool dark)
{
    QPalette p;
    if (dark) {
        const QColor text(0xe6, 0xe6, 0xe9);
        const QColor disabledText(0x6c, 0x6d, 0x72);
        setAll(p, QPalette::Window, QColor(0x1d, 0x1e, 0x21), QColor(0x1d, 0x1e, 0x21));
        setAll(p, QPalette::WindowText, text, disabledText);
        setAll(p, QPalette::Base, QColor(0x16, 0x17, 0x19), QColor(0x1b, 0x1c, 0x1e));
        setAll(p, QPalette::AlternateBase, QColor(0x1b, 0x1c, 0x1f), QColor(0x1b, 0x1c, 0x1f));
        setAll(p, QPalette::Text, text, disabledText);
        setAll(p, QPalette::Button, QColor(0x2b, 0x2c, 0x31), QColor(0x25, 0x26, 0x2a));
        setAll(p, QPalette::ButtonText, text, disabledText);
        setAll(p, QPalette::BrightText, QColor(0xff, 0xff, 0xff), disabledText);
        setAll(p, QPalette::Light, QColor(0x3e, 0x3f, 0x45), QColor(0x3e, 0x3f, 0x45));
        setAll(p, QPalette::Midlight, QColor(0x33, 0x34, 0x39), QColor(0x33, 0x34, 0x39));
        setAll(p, QPalette::Mid, QColor(0x2a, 0x2b, 0x2f), QColor(0x2a, 0x2b, 0x2f));
        setAll(p, QPalette::Dark, QColor(0x0f, 0x10, 0x12), QColor(0x0f, 0x10, 0x12));
        setAll(p, QPalette::Shadow, QColor(0, 0, 0), QColor(0, 0, 0));
        setAll(p, QPalette::Highlight, QColor(0xe8, 0x66, 0x3d), QColor(0x4a, 0x4b, 0x50));
        setAll(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff), disabledText);
        setAll(p, QPalette::Link, QColor(0xff, 0x93, 0x6b), disabledText);
        setAll(p, QPalette::LinkVisited, QColor(0xe0, 0x86, 0x66), disabledText);
        setAll(p, QPalette::ToolTipBase, QColor(0x2b, 0x2c, 0x31), QColor(0x2b, 0x2c, 0x31));
        setAll(p, QPalette::ToolTipText, text, disabledText);
        setAll(p, QPalette::PlaceholderText, QColor(0x86, 0x87, 0x8d), disabledText);
    } else {
        const QColor text(0x1d, 0x1d, 0x20);
        const QColor disabledText(0xa2, 0xa2, 0xa8);
        setAll(p, QPalette::Window, QColor(0xf2, 0xf2, 0xf4), QColor(0xf2, 0xf2, 0xf4));
        setAll(p, QPalette::WindowText, text, disabledText);
        setAll(p, QPalette::Base, QColor(0xff, 0xff, 0xff), QColor(0xf6, 0xf6, 0xf7));
        setAll(p, QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf9), QColor(0xf7, 0xf7, 0xf9));
        setAll(p, QPalette::Text, text, disabledText);
        setAll(p, QPalette::Button, QColor(0xfa, 0xfa, 0xfb), QColor(0xf0, 0xf0, 0xf2));
        setAll(p, QPalette::ButtonText, text, disabledText);
        setAll(p, QPalette::BrightText, QColor(0xff, 0xff, 0xff), disabledText);
        setAll(p, QPalette::Light, QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0xff));
        setAll(p, QPalette::Midlight, QColor(0xe4, 0xe4, 0xe8), QColor(0xe4, 0xe4, 0xe8));
        setAll(p, QPalette::Mid, QColor(0xc6, 0xc6, 0xcc), QColor(0xc6, 0xc6, 0xcc));
        setAll(p, QPalette::Dark, QColor(0x9e, 0x9e, 0xa5), QColor(0x9e, 0x9e, 0xa5));
        setAll(p, QPalette::Shadow, QColor(0x50, 0x50, 0x58), QColor(0x50, 0x50, 0x58));
        setAll(p, QPalette::Highlight, QColor(0xcf, 0x4b, 0x22), QColor(0xd0, 0xd0, 0xd5));
        setAll(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff), disabledText);
        setAll(p, QPalette::Link, QColor(0xb9, 0x40, 0x1a), disabledText);
        setAll(p, QPalette::LinkVisited, QColor(0x96, 0x3a, 0x1d), disabledText);
        setAll(p, QPalette::ToolTipBase, QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0xff));
        setAll(p, QPalette::ToolTipText, text, disabledText);
        setAll(p, QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x93), disabledText);
    }
    return p;
}

QString styleSheet()
{
    const QPalette p = QApplication::palette();
    const QString borderName = border().name(QColor::HexArgb);
    const QString baseName = p.color(QPalette::Base).name();
    const QString windowName = p.color(QPalette::Window).name();
    const QString accentName = accent().name();
    const QString handle = withAlpha(p.color(QPalette::Text), isDark() ? 0.22 : 0.28).name(QColor::HexArgb);
    const QString handleHover = withAlpha(p.color(QPalette::Text), isDark() ? 0.38 : 0.45).name(QColor::HexArgb);
    const QString navSelected = accentSoft().name(QColor::HexArgb);
    const QString muted = mutedText().name();

    QString sheet;
    sheet += u"QMainWindow::separator { background: %1; width: 1px; height: 1px; }\n"_s.arg(borderName);
    sheet += u"QToolTip { border: 1px solid %1; padding: 4px 6px; }\n"_s.arg(borderName);
    // Slim, modern scroll bars.
    sheet += uR"(QScrollBar:vertical { background: transparent; width: 11px; margin: 0; }
QScrollBar:horizontal { background: transparent; height: 11px; margin: 0; }
QScrollBar::handle:vertical { background: %1; border-radius: 3px; min-height: 28px; margin: 2px 3px; }
QScrollBar::handle:horizontal { background: %1; border-radius: 3px; min-width: 28px; margin: 3px 2px; }
QScrollBar::handle:hover { background: %2; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
)"_s.arg(handle, handleHover);
    // Search and filter fields: rounded, with an accent focus ring.
    sheet += uR"(QLineEdit[musiaiaRole="search"] { border: 1px solid %1; border-radius: 7px;
    padding: 5px 8px; background: %2; }
QLineEdit[musiaiaRole="search"]:focus { border-color: %3; }
)"_s.arg(borderName, baseName, accentName);
    // Item views sit flush inside docks.
    sheet += uR"(QAbstractItemView[musiaiaRole="flush"] { border: none; background: %1; }
QHeaderView::section { background: %2; border: none; border-bottom: 1px solid %3;
    border-right: 1px solid %3; padding: 4px 6px; color: %4; }
)"_s.arg(baseName, windowName, borderName, muted);
    // Navigation lists (settings pages).
    sheet += uR"(QListWidget[musiaiaRole="nav"] { border: none; background: transparent; outline: 0; }
QListWidget[musiaiaRole="nav"]::item { padding: 8px 10px; border-radius: 7px; margin: 1px 0; }
QListWidget[musiaiaRole="nav"]::item:selected { background: %1; color: palette(text); }
)"_s.arg(navSelected);
    // Buttons: soft rounded rectangles; the default button (OK) and primary actions in the accent.
    const QColor button = p.color(QPalette::Button);
    sheet += uR"(QPushButton { border: 1px solid %1; border-radius: 6px; padding: 5px 14px; background: %2;
    color: %3; min-height: 18px; }
QPushButton:hover { background: %4; }
QPushButton:pressed { background: %5; }
QPushButton:focus { border-color: %6; }
QPushButton:disabled { color: %7; background: %8; }
QPushButton:default, QPushButton[musiaiaRole="primary"] { background: %6; color: %9; border-color: %6; }
QPushButton:default:hover, QPushButton[musiaiaRole="primary"]:hover { background: %10; border-color: %10; }
QPushButton:default:focus, QPushButton[musiaiaRole="primary"]:focus { border-color: %11; }
)"_s.arg(borderName, button.name(), p.color(QPalette::ButtonText).name(), mix(button, p.color(QPalette::ButtonText), 0.07).name(),
         mix(button, p.color(QPalette::ButtonText), 0.14).name(), accentName,
         p.color(QPalette::Disabled, QPalette::ButtonText).name(), p.color(QPalette::Disabled, QPalette::Button).name(),
         accentText().name(), accent().lighter(112).name(), p.color(QPalette::ButtonText).name());
    // Captions and hints.
    sheet += u"QLabel[musiaiaRole=\"caption\"] { color: %1; }\n"_s.arg(muted);
    return sheet;
}

// Ableton Live's clip colour palette (index 0..69), as sRGB.
constexpr std::array<unsigned, 70> livePalette = {
    0xff94a6, 0xffa529, 0xcc9927, 0xf7f47c, 0xbffb00, 0x1aff2f, 0x25ffa8, 0x5cffe8, 0x8bc5ff, 0x5480e4,
    0x92a7ff, 0xd86ce4, 0xe553a0, 0xffffff, 0xff3636, 0xf66c03, 0x99724b, 0xfff034, 0x87ff67, 0x3dc300,
    0x00bfaf, 0x19e9ff, 0x10a4ee, 0x007dc0, 0x886ce4, 0xb677c6, 0xff39d4, 0xd0d0d0, 0xe2675a, 0xffa374,
    0xd3ad71, 0xedffae, 0xd2e498, 0xbad074, 0x9bc48d, 0xd4fde1, 0xcdf1f8, 0xb9c1e3, 0xcdbbe4, 0xae98e5,
    0xe5dce1, 0xa9a9a9, 0xc6928b, 0xb78256, 0x99836a, 0xbfba69, 0xa6be00, 0x7db04d, 0x88c2ba, 0x9bb3c4,
    0x85a5c2, 0x8393cc, 0xa595b5, 0xbf9fbe, 0xbc7196, 0x7b7b7b, 0xaf3333, 0xa95131, 0x724f41, 0xdbc300,
    0x85961f, 0x539f31, 0x0a9c8e, 0x236384, 0x1a2f96, 0x2f52a2, 0x624bad, 0xa34bad, 0xcc2e6e, 0x3c3c3c,
};

} // namespace

QString choiceName(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return u"light"_s;
    case ThemeChoice::Dark:
        return u"dark"_s;
    case ThemeChoice::System:
        break;
    }
    return u"system"_s;
}

ThemeChoice parseChoice(const QString &name)
{
    if (name == u"light"_s)
        return ThemeChoice::Light;
    if (name == u"dark"_s)
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

void apply(ThemeChoice choice)
{
    State &s = state();
    if (!s.captured) {
        // The palette the platform gave us, before we replace it.
        s.systemPalette = QApplication::palette();
        s.captured = true;
    }
    s.choice = choice;
    s.dark = choice == ThemeChoice::Dark
        || (choice == ThemeChoice::System && systemPrefersDark(s.systemPalette));

    if (QStyle *fusion = QStyleFactory::create(u"Fusion"_s))
        QApplication::setStyle(fusion);
    QApplication::setPalette(makePalette(s.dark));
    qApp->setStyleSheet(styleSheet());
}

ThemeChoice currentChoice() { return state().choice; }
bool isDark() { return state().dark; }

QColor accent() { return QApplication::palette().color(QPalette::Active, QPalette::Highlight); }
QColor accentText() { return QApplication::palette().color(QPalette::Active, QPalette::HighlightedText); }

QColor accentSoft()
{
    const QPalette p = QApplication::palette();
    return mix(p.color(QPalette::Base), accent(), isDark() ? 0.26 : 0.14);
}

QColor surface()
{
    const QPalette p = QApplication::palette();
    return isDark() ? mix(p.color(QPalette::Window), QColor(Qt::white), 0.045)
                    : mix(p.color(QPalette::Base), p.color(QPalette::Window), 0.45);
}

QColor surfaceRaised()
{
    const QPalette p = QApplication::palette();
    return isDark() ? mix(p.color(QPalette::Window), QColor(Qt::white), 0.09)
                    : mix(p.color(QPalette::Base), p.color(QPalette::Window), 0.9);
}

QColor border()
{
    const QPalette p = QApplication::palette();
    return withAlpha(p.color(QPalette::WindowText), isDark() ? 0.12 : 0.13);
}

QColor mutedText()
{
    const QPalette p = QApplication::palette();
    return mix(p.color(QPalette::WindowText), p.color(QPalette::Window), isDark() ? 0.42 : 0.45);
}

QColor success() { return isDark() ? QColor(0x5c, 0xc9, 0x7b) : QColor(0x1f, 0x8f, 0x4a); }
QColor warning() { return isDark() ? QColor(0xf2, 0xc1, 0x4e) : QColor(0xa8, 0x6a, 0x00); }
QColor danger() { return isDark() ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28); }

QColor liveColor(int paletteIndex)
{
    if (paletteIndex < 0 || paletteIndex >= int(livePalette.size()))
        return QColor(0x9a, 0x9a, 0xa0);
    return QColor::fromRgb(livePalette[std::size_t(paletteIndex)]);
}

QColor withAlpha(QColor color, qreal alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    const auto lerp = [amount](float x, float y) { return x + (y - x) * float(amount); };
    return QColor::fromRgbF(lerp(a.redF(), b.redF()), lerp(a.greenF(), b.greenF()),
                            lerp(a.blueF(), b.blueF()), lerp(a.alphaF(), b.alphaF()));
}

void setFontScale(QWidget *widget, qreal scale, bool semiBold)
{
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else
        font.setPixelSize(qRound(font.pixelSize() * scale));
    if (semiBold)
        font.setWeight(QFont::DemiBold);
    widget->setFont(font);
}

} // namespace musiaia::gui::theme

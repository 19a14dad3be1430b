// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/settings.h"

#include <QLocale>

namespace musiaia::gui::language {

// The locale the interface uses for a language setting: the system's for System (Spanish for any
// Spanish locale, English otherwise, since those are the languages MusiaIA speaks).
QLocale localeFor(store::UiLanguage language, const QLocale &system = QLocale::system());

// Installs (or replaces) Qt's own and MusiaIA's translators for `language`. Every widget then
// receives a QEvent::LanguageChange and retranslates itself, so a switch applies live.
void apply(store::UiLanguage language);

// The language in use: QLocale::Spanish or QLocale::English.
QLocale::Language current();

} // namespace musiaia::gui::language

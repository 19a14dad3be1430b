// SPDX-License-Identifier: GPL-3.0-or-later
// The session answers in the musician's language (the language of their messages, not the UI's):
// musical words in Spanish and English, chosen per reply.
#pragma once

#include "common/language.h"
#include "music/plan.h"
#include "music/theory.h"

#include <QString>

namespace musiaia::session {

using Language = musiaia::Language;
using musiaia::say;

Language languageFromCode(const QString &code);   // "es" -> Spanish, anything else English
QString languageCode(Language language);          // "es" / "en"

// "bass" / "bajo", "hi-hats", "pads".
QString roleWord(music::PartRole role, Language language);
// "A minor" / "La menor", "F# dorian" / "Fa# dórico".
QString keyWord(const music::Key &key, Language language);
QString moodWord(music::Mood mood, Language language);
QString sectionKindWord(music::SectionKind kind, Language language);
// "3:06".
QString durationText(double seconds);
// "124" or "124.5".
QString tempoText(double tempo);
// The song's length in seconds at its tempo and time signature.
double planSeconds(const music::Plan &plan);

} // namespace musiaia::session

// SPDX-License-Identifier: GPL-3.0-or-later
// The language MusiaIA answers a musician in: the language of their messages, not the UI's. Core
// modules that write text for the musician (the chat session, the sample choices' reasons) take it
// as an argument and pick the wording with say().
#pragma once

#include <QString>

namespace musiaia {

enum class Language { English, Spanish };

inline QString say(Language language, const QString &english, const QString &spanish)
{
    return language == Language::Spanish ? spanish : english;
}

} // namespace musiaia

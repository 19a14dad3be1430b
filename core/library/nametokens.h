// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/evidence.h"

#include <QString>
#include <QStringList>

namespace musiaia::library {

// What a sample's file and folder names say, in English or Spanish: "Bombo_124bpm_Am.wav" in
// "Drums/Kicks" gives a type, a kind, a tempo and a key, each with a confidence.
struct NameHints
{
    QList<Evidence> evidence;   // all with Source::Name
    QStringList tags;           // recognised words, in English: "kick", "808", "shaker", "house"
};

// `baseName` is the file name without its extension; `folders` the folders between the imported
// root and the file, outermost first (the root's own name may be the first entry).
NameHints parseNameHints(const QString &baseName, const QStringList &folders);

// Lower-case words for search: accents removed, camelCase and letter/digit runs split
// ("KickHard_01" gives "kick", "hard", "01").
QStringList nameTokens(const QString &text);

// The words a musician may search for a type, in English and Spanish ("kick bombo bd").
QStringList typeSearchWords(const QString &type);

} // namespace musiaia::library

// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the session's stores (not part of the public API).
#pragma once

#include <QString>
#include <QVariant>

namespace musiaia::session {

// An FTS5 MATCH expression for what a musician typed in a search box: every word must appear, as a
// prefix ("hous" finds "house"); punctuation and FTS operators are dropped. Empty when the text
// has no word.
QString ftsMatchExpression(const QString &text);

// Text for a NOT NULL column: Qt binds a null QString as NULL, this binds it as ''.
inline QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QString(u""_qs)) : QVariant(text);
}

// Ends the process on the spot (no clean-up, as a crash or a kill would) when the environment
// variable MUSIAIA_CRASH_AT names `point`. Tests use it to stop a child process at the exact
// moments that recovery must settle.
void crashPointForTests(const char *point);

} // namespace musiaia::session

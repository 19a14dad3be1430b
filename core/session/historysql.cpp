// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysql.h"

#include <QRegularExpression>
#include <QStringList>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::session {

QString ftsMatchExpression(const QString &text)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    QStringList terms;
    for (auto it = word.globalMatch(text); it.hasNext();)
        terms << u"\""_s + it.next().captured() + u"\"*"_s;
    return terms.join(u' ');
}

void crashPointForTests(const char *point)
{
    static const QByteArray wanted = qgetenv("MUSIAIA_CRASH_AT");
    if (!wanted.isEmpty() && wanted == point)
        std::_Exit(86);
}

} // namespace musiaia::session

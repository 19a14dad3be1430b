// SPDX-License-Identifier: GPL-3.0-or-later
#include "apirouter.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::api {

bool parseId(QStringView text, qint64 *id)
{
    if (text.isEmpty() || text.size() > 15 || text.front() == u'0')
        return false;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c.unicode() - u'0');
    }
    *id = value;
    return true;
}

void ApiRouter::add(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    m_routes.append({method, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler)});
}

ApiRouter::Match ApiRouter::match(const QByteArray &method, const QByteArray &encodedPath) const
{
    Match result;
    if (!encodedPath.startsWith('/'))
        return result;
    QByteArrayList raw = encodedPath.mid(1).split('/');
    if (raw.size() > 1 && raw.last().isEmpty())
        raw.removeLast();   // a trailing slash
    QStringList segments;
    for (const QByteArray &segment : std::as_const(raw)) {
        if (segment.isEmpty())
            return result;   // "//"
        segments.append(QUrl::fromPercentEncoding(segment));
    }

    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QList<qint64> ids;
        bool matches = true;
        for (qsizetype i = 0; matches && i < segments.size(); ++i) {
            if (route.segments[i] == u"{id}"_s) {
                qint64 id = 0;
                matches = parseId(segments[i], &id);
                ids.append(id);
            } else {
                matches = route.segments[i] == segments[i];
            }
        }
        if (!matches)
            continue;
        if (route.method != method) {
            if (!result.allowedMethods.contains(route.method))
                result.allowedMethods.append(route.method);
            continue;
        }
        result.handler = &route.handler;
        result.ids = ids;
        result.allowedMethods.clear();
        return result;
    }
    return result;
}

} // namespace musiaia::api

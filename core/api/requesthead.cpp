// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesthead.h"

namespace musiaia::api {

QByteArray RequestHead::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RequestHead::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool RequestHead::headerHasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : value.split(',')) {
            if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

bool RequestHead::isWebSocketUpgrade() const
{
    return headerHasToken("Upgrade", "websocket") && headerHasToken("Connection", "upgrade");
}

QByteArray RequestHead::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

namespace {

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

} // namespace

HeadStatus parseRequestHead(QByteArrayView data, qsizetype maxSize, RequestHead *head)
{
    const qsizetype end = data.indexOf(QByteArrayView("\r\n\r\n"));
    if (end < 0)
        return data.size() > maxSize ? HeadStatus::TooLarge : HeadStatus::NeedMore;
    if (end + 4 > maxSize)
        return HeadStatus::TooLarge;

    const QList<QByteArray> lines = data.first(end).toByteArray().split('\n');
    const QByteArray requestLine = lines.value(0).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty() || !parts[2].startsWith("HTTP/1."))
        return HeadStatus::Malformed;
    RequestHead parsed;
    parsed.method = parts[0];
    parsed.target = parts[1];
    parsed.version = parts[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return HeadStatus::Malformed;
        parsed.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    parsed.size = end + 4;
    *head = std::move(parsed);
    return HeadStatus::Complete;
}

} // namespace musiaia::api

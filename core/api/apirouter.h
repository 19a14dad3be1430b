// SPDX-License-Identifier: GPL-3.0-or-later
// Routes by method and path. A pattern's "{id}" segment takes a positive decimal number and nothing
// else, so that no name, "..", or encoded separator from a request can select anything: requests
// that do not match a route exactly get 404 (or 405 when only the method is wrong).
#pragma once

#include "apirequest.h"

#include <QByteArrayList>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace musiaia::api {

using RouteHandler = std::function<void(const ApiRequest &request, const ApiReply &reply)>;

class ApiRouter
{
public:
    void add(const QByteArray &method, const QString &pattern, RouteHandler handler);

    struct Match
    {
        const RouteHandler *handler = nullptr;  // null: no route
        QList<qint64> ids;
        QByteArrayList allowedMethods;          // when the path matched but not the method
    };

    // `encodedPath` as it came on the wire ("/api/v1/projects/12"); segments are decoded one by
    // one, so that "%2F" never becomes a separator.
    Match match(const QByteArray &method, const QByteArray &encodedPath) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        RouteHandler handler;
    };
    QList<Route> m_routes;
};

// A positive decimal id of at most 15 digits ("0012" and "+3" are not ids).
bool parseId(QStringView text, qint64 *id);

} // namespace musiaia::api

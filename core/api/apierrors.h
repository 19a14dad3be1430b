// SPDX-License-Identifier: GPL-3.0-or-later
// The local API's error bodies: {"error": {"code": "not_found", "message": "..."}}, with the HTTP
// status each core error maps to.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace musiaia::api {

struct ApiError
{
    int status = 500;
    QString code;       // stable, snake_case: "unauthorized", "not_found", ...
    QString message;    // for the person writing the client

    QJsonObject toJson() const;
    QByteArray body() const;   // the JSON document, compact

    static ApiError badRequest(const QString &message);
    static ApiError unauthorized(const QString &message);
    static ApiError forbidden(const QString &message);
    static ApiError notFound(const QString &message);
    static ApiError methodNotAllowed(const QString &message);
    static ApiError payloadTooLarge(const QString &message);
    static ApiError tooManyRequests(const QString &message);
    static ApiError unavailable(const QString &message);
    static ApiError internal(const QString &message);
    // A core error: NotFound -> 404, InvalidArgument -> 400, Cancelled -> 409, ...
    static ApiError fromError(const Error &error);
};

// "Not Found" for 404, as the status line says it.
QByteArray reasonPhrase(int status);

} // namespace musiaia::api

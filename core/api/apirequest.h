// SPDX-License-Identifier: GPL-3.0-or-later
// What a route handler sees of a request (copied out of QHttpServerRequest, so that it outlives
// the call) and the reply it sends, now or later: ApiReply keeps the connection's responder and
// writes nothing when the client has gone away in the meantime.
#pragma once

#include "apierrors.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <memory>

class QHttpServerResponder;
class QIODevice;

namespace musiaia::api {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct ApiRequest
{
    QByteArray method;              // "GET"
    QString path;                   // decoded, for logs
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QHostAddress peer;
    QList<qint64> ids;              // the route's {id} captures, in order

    QByteArray header(QByteArrayView name) const;
    // The body as a JSON object; a 400 error when it is not one.
    bool jsonBody(QJsonObject *object, ApiError *error) const;
    // A query parameter, decoded; empty when absent.
    QString queryValue(const QString &name) const;
};

class ApiReply
{
public:
    // `extraHeaders` go on every response it sends (CORS for an allowed origin).
    ApiReply(QHttpServerResponder &&responder, HeaderList extraHeaders);

    void json(int status, const QJsonObject &body) const;
    void error(const ApiError &error, const HeaderList &headers = {}) const;
    void bytes(int status, const QByteArray &body, const QByteArray &contentType,
               const HeaderList &headers = {}) const;
    // Sends a file's bytes (from a seekable device, which the reply takes and deletes).
    void device(QIODevice *device, const QByteArray &contentType, const QByteArray &disposition) const;

    // False once the client has disconnected: long work can stop early.
    bool isConnected() const;
    bool isSent() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace musiaia::api

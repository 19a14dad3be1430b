// SPDX-License-Identifier: GPL-3.0-or-later
#include "apirequest.h"

#include "common/logging.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::api {

QByteArray ApiRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ApiRequest::jsonBody(QJsonObject *object, ApiError *error) const
{
    if (body.trimmed().isEmpty()) {
        *error = ApiError::badRequest(u"the request needs a JSON object as its body"_s);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiError::badRequest(u"the body is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString())
                                          .arg(parseError.offset));
        return false;
    }
    if (!document.isObject()) {
        *error = ApiError::badRequest(u"the body must be a JSON object"_s);
        return false;
    }
    *object = document.object();
    return true;
}

QString ApiRequest::queryValue(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

struct ApiReply::State
{
    std::unique_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    HeaderList extraHeaders;
    bool sent = false;

    bool canWrite() const { return !sent && socket && socket->state() == QAbstractSocket::ConnectedState; }

    void writeHead(int status, qint64 length, const QByteArray &contentType, const HeaderList &headers)
    {
        responder->writeStatusLine(QHttpServerResponder::StatusCode(status));
        responder->writeHeader("Content-Type", contentType);
        responder->writeHeader("Content-Length", QByteArray::number(length));
        responder->writeHeader("Cache-Control", "no-store");
        responder->writeHeader("X-Content-Type-Options", "nosniff");
        for (const auto &[key, value] : extraHeaders)
            responder->writeHeader(key, value);
        for (const auto &[key, value] : headers)
            responder->writeHeader(key, value);
    }

    ~State()
    {
        // A handler that dropped its reply without answering: the client still gets an answer.
        if (canWrite()) {
            const ApiError error = ApiError::internal(u"the request was not answered"_s);
            const QByteArray body = error.body();
            writeHead(error.status, body.size(), "application/json", {});
            responder->writeBody(body);
        }
    }
};

ApiReply::ApiReply(QHttpServerResponder &&responder, HeaderList extraHeaders)
    : m_state(std::make_shared<State>())
{
    m_state->socket = responder.socket();
    m_state->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    m_state->extraHeaders = std::move(extraHeaders);
}

bool ApiReply::isConnected() const
{
    return m_state->socket && m_state->socket->state() == QAbstractSocket::ConnectedState;
}

bool ApiReply::isSent() const
{
    return m_state->sent;
}

void ApiReply::bytes(int status, const QByteArray &body, const QByteArray &contentType, const HeaderList &headers) const
{
    if (!m_state->canWrite()) {
        if (!m_state->sent)
            qCDebug(lcApi) << "the client left before its answer" << status;
        m_state->sent = true;
        return;
    }
    m_state->sent = true;
    m_state->writeHead(status, body.size(), contentType, headers);
    m_state->responder->writeBody(body);
}

void ApiReply::json(int status, const QJsonObject &body) const
{
    bytes(status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", {});
}

void ApiReply::error(const ApiError &error, const HeaderList &headers) const
{
    bytes(error.status, error.body(), "application/json", headers);
}

void ApiReply::device(QIODevice *device, const QByteArray &contentType, const QByteArray &disposition) const
{
    if (!m_state->canWrite()) {
        m_state->sent = true;
        delete device;
        return;
    }
    m_state->sent = true;
    if (m_state->extraHeaders.isEmpty()) {
        m_state->responder->write(device, {{"Content-Type", contentType}, {"Content-Disposition", disposition},
                                           {"Cache-Control", "no-store"}, {"X-Content-Type-Options", "nosniff"}});
    } else {
        const auto &[corsKey, corsValue] = m_state->extraHeaders.first();
        m_state->responder->write(device, {{"Content-Type", contentType}, {"Content-Disposition", disposition},
                                           {"Cache-Control", "no-store"}, {"X-Content-Type-Options", "nosniff"},
                                           {corsKey, corsValue}});
    }
}

} // namespace musiaia::api

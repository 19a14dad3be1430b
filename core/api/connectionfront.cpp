// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionfront.h"

#include "common/logging.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::api {
namespace {

// Counts the bytes of the request being received on a connection QHttpServer reads, and closes it
// with 413 once they pass the cap: QHttpServer 6.4 would otherwise keep any body in memory.
// Connected to readyRead before QHttpServer is, so it sees the new bytes before they are read.
class BodyGuard final : public QObject
{
public:
    BodyGuard(QTcpSocket *socket, qint64 limit)
        : QObject(socket)
        , m_socket(socket)
        , m_limit(limit)
    {
        connect(socket, &QTcpSocket::readyRead, this, &BodyGuard::count);
    }

    void reset() { m_received = 0; }

private:
    void count()
    {
        m_received += m_socket->bytesAvailable();
        if (m_received <= m_limit)
            return;
        qCInfo(lcApi) << "closing a connection whose request passed" << m_limit << "bytes";
        // Nothing more is read: QHttpServer's slot (connected after this one) is cut off too.
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        ConnectionFront::refuse(m_socket, ApiError::payloadTooLarge(
                                              u"the request is larger than %1 bytes"_s.arg(m_limit)));
    }

    QTcpSocket *m_socket;
    qint64 m_limit;
    qint64 m_received = 0;
};

constexpr auto GuardName = "musiaia-body-guard";

// Lives and dies with its socket, keeping the count of open connections.
class OpenConnection final : public QObject
{
public:
    OpenConnection(QObject *socket, std::shared_ptr<int> count)
        : QObject(socket)
        , m_count(std::move(count))
    {
        ++*m_count;
    }
    ~OpenConnection() override { --*m_count; }

private:
    std::shared_ptr<int> m_count;
};

} // namespace

ConnectionFront::ConnectionFront(Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
}

void ConnectionFront::requestDispatched(QTcpSocket *socket)
{
    if (auto *guard = socket->findChild<BodyGuard *>(QLatin1StringView(GuardName), Qt::FindDirectChildrenOnly))
        guard->reset();
}

void ConnectionFront::refuse(QTcpSocket *socket, const ApiError &error, const HeaderList &headers)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray body = error.body();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(error.status) + ' ' + reasonPhrase(error.status)
                          + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                          + "\r\nCache-Control: no-store\r\nConnection: close\r\n";
    for (const auto &[key, value] : headers)
        response += key + ": " + value + "\r\n";
    response += "\r\n" + body;
    socket->write(response);
    // A lingering close: what the client is still sending (the body of a refused upload) is read
    // and dropped for a moment, so that it reads this answer instead of a connection reset.
    auto discarded = std::make_shared<qint64>(0);
    auto *linger = new QTimer(socket);
    linger->setSingleShot(true);
    connect(linger, &QTimer::timeout, socket, [socket] { socket->disconnectFromHost(); });
    connect(socket, &QTcpSocket::readyRead, linger, [socket, discarded] {
        *discarded += socket->readAll().size();
        if (*discarded > 64 * 1024 * 1024)
            socket->abort();
    });
    linger->start(1000);
}

void ConnectionFront::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Counted by a child rather than a connection: QWebSocketServer drops the socket's connections.
    new OpenConnection(socket, m_open);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (*m_open > m_limits.maxConnections) {
        refuse(socket, ApiError::unavailable(u"too many connections are open; try again shortly"_s),
               {{"Retry-After", "1"}});
        return;
    }
    auto *timeout = new QTimer(socket);
    timeout->setObjectName(u"musiaia-head-timeout"_s);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, socket, [socket] { socket->abort(); });
    timeout->start(m_limits.headTimeoutMs);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    if (socket->bytesAvailable() > 0)
        inspect(socket);
}

void ConnectionFront::detach(QTcpSocket *socket)
{
    QObject::disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    QObject::disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    delete socket->findChild<QTimer *>(u"musiaia-head-timeout"_s, Qt::FindDirectChildrenOnly);
}

void ConnectionFront::inspect(QTcpSocket *socket)
{
    RequestHead head;
    const QByteArray seen = socket->peek(m_limits.maxHeadBytes + 1);
    switch (parseRequestHead(seen, m_limits.maxHeadBytes, &head)) {
    case HeadStatus::NeedMore:
        return;
    case HeadStatus::TooLarge:
        detach(socket);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        refuse(socket, {431, u"headers_too_large"_s, u"the request's headers are too large"_s});
        return;
    case HeadStatus::Malformed:
        detach(socket);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        refuse(socket, ApiError::badRequest(u"not an HTTP/1.1 request"_s));
        return;
    case HeadStatus::Complete:
        break;
    }

    detach(socket);
    const QHostAddress peer = socket->peerAddress();
    if (head.isWebSocketUpgrade()) {
        const std::optional<ApiError> refusal = checkUpgrade ? checkUpgrade(head, peer)
                                                             : ApiError::notFound(u"no WebSocket here"_s);
        if (refusal) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            refuse(socket, *refusal);
            return;
        }
        handToWebSocket(socket);
        return;
    }
    bool lengthOk = true;
    const QByteArray length = head.header("Content-Length");
    if (!length.isEmpty() && (length.toLongLong(&lengthOk) > m_limits.maxBodyBytes || !lengthOk)) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        refuse(socket, lengthOk ? ApiError::payloadTooLarge(u"the body is larger than %1 bytes"_s.arg(m_limits.maxBodyBytes))
                                : ApiError::badRequest(u"Content-Length is not a number"_s));
        return;
    }
    handToHttp(socket);
}

void ConnectionFront::handToHttp(QTcpSocket *socket)
{
    // QHttpServer deletes the socket when it disconnects; the guard counts from the bytes here.
    auto *guard = new BodyGuard(socket, m_limits.maxBodyBytes + m_limits.maxHeadBytes);
    guard->setObjectName(QLatin1StringView(GuardName));
    addPendingConnection(socket);
    Q_EMIT newConnection();
    // Its bytes are already buffered: QHttpServer only reads on readyRead.
    QPointer<QTcpSocket> alive(socket);
    if (alive && alive->bytesAvailable() > 0)
        Q_EMIT alive->readyRead();
}

void ConnectionFront::handToWebSocket(QTcpSocket *socket)
{
    // From here the WebSocket that wraps the socket owns it.
    if (takeUpgrade) {
        takeUpgrade(socket);
    } else {
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace musiaia::api

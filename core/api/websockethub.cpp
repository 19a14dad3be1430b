// SPDX-License-Identifier: GPL-3.0-or-later
#include "websockethub.h"

#include "apierrors.h"

#include "common/logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::api {
namespace {

QJsonObject errorFrame(const ApiError &error)
{
    QJsonObject frame = error.toJson();
    frame.insert(u"type"_s, u"error"_s);
    return frame;
}

} // namespace

WebSocketHub::WebSocketHub(Limits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_server(new QWebSocketServer(u"MusiaIA"_s, QWebSocketServer::NonSecureMode, this))
{
    m_server->setHandshakeTimeout(10'000);
    connect(m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_server->nextPendingConnection())
            adopt(socket);
    });
}

WebSocketHub::~WebSocketHub()
{
    closeAll();
}

void WebSocketHub::closeAll()
{
    const auto clients = m_clients;
    m_clients.clear();
    for (QWebSocket *socket : clients) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"the server is stopping"_s);
        socket->deleteLater();
    }
}

void WebSocketHub::takeSocket(QTcpSocket *socket)
{
    // Frames come in bursts (a progress step per part): without TCP_NODELAY, Nagle's algorithm
    // holds each small frame back until the previous one is acknowledged, and the client's delayed
    // ACK makes that tens of milliseconds (bench_localapi, BM_ProgressEventLatency).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_server->handleConnection(socket);
    // The handshake is already buffered; QWebSocketServer reads it on readyRead.
    Q_EMIT socket->readyRead();
}

void WebSocketHub::adopt(QWebSocket *socket)
{
    if (m_clients.size() >= m_limits.maxClients) {
        socket->close(QWebSocketProtocol::CloseCodeTooMuchData, u"too many WebSocket clients"_s);
        socket->deleteLater();
        return;
    }
    const quint64 id = m_nextId++;
    socket->setParent(this);
    socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxIncomingMessageBytes));
    socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxIncomingMessageBytes));
    m_clients.insert(id, socket);
    connect(socket, &QWebSocket::textMessageReceived, this, [this, id](const QString &text) { receive(id, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, id] {
        send(id, errorFrame(ApiError::badRequest(u"send JSON text frames"_s)));
    });
    connect(socket, &QWebSocket::disconnected, this, [this, id, socket] {
        if (m_clients.remove(id)) {
            qCDebug(lcApi) << "WebSocket client" << id << "left";
            Q_EMIT clientDisconnected(id);
        }
        socket->deleteLater();
    });
    qCDebug(lcApi) << "WebSocket client" << id << "connected";
    Q_EMIT clientConnected(id);
}

void WebSocketHub::receive(quint64 clientId, const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        send(clientId, errorFrame(ApiError::badRequest(u"frames are JSON objects with a \"type\""_s)));
        return;
    }
    const QJsonObject frame = document.object();
    const QString type = frame.value(u"type"_s).toString();
    if (type.isEmpty()) {
        send(clientId, errorFrame(ApiError::badRequest(u"the frame has no \"type\""_s)));
        return;
    }
    if (type == u"ping"_s) {
        send(clientId, {{u"type"_s, u"pong"_s}, {u"id"_s, frame.value(u"id"_s)}});
        return;
    }
    Q_EMIT frameReceived(clientId, frame);
}

bool WebSocketHub::send(quint64 clientId, const QJsonObject &frame, Delivery delivery)
{
    QWebSocket *socket = m_clients.value(clientId);
    if (!socket)
        return false;
    const qint64 queued = socket->bytesToWrite();
    if (queued > m_limits.hardQueueBytes) {
        qCInfo(lcApi) << "disconnecting WebSocket client" << clientId << "which is not reading (" << queued
                      << "bytes waiting)";
        m_clients.remove(clientId);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        Q_EMIT clientDisconnected(clientId);
        return false;
    }
    if (delivery == Delivery::Droppable && queued > m_limits.softQueueBytes) {
        ++m_dropped;
        return false;
    }
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    // Handed to the kernel now rather than on the next pass of the event loop (never blocks: what
    // does not fit stays queued and counts against the bounds above).
    socket->flush();
    return true;
}

void WebSocketHub::broadcast(const QJsonObject &frame, Delivery delivery)
{
    const QList<quint64> ids = m_clients.keys();
    for (quint64 id : ids)
        send(id, frame, delivery);
}

} // namespace musiaia::api

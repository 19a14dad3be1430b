// SPDX-License-Identifier: GPL-3.0-or-later
// The WebSocket clients of /ws/chat: JSON text frames in and out. Sending never waits for a
// client: each one has a bounded queue (what its socket has not written yet). Past the soft bound,
// frames that can be lost (progress, reply deltas) are dropped for that client; past the hard
// bound, or when a frame that must arrive cannot be queued, the client is disconnected. A slow or
// dead client therefore costs a bounded amount of memory and never holds the others back.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>

class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace musiaia::api {

class WebSocketHub final : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 softQueueBytes = 256 * 1024;
        qint64 hardQueueBytes = 4 * 1024 * 1024;
        qint64 maxIncomingMessageBytes = 64 * 1024;
        int maxClients = 32;
    };
    enum class Delivery { Droppable, Essential };

    explicit WebSocketHub(Limits limits, QObject *parent = nullptr);
    ~WebSocketHub() override;

    void setLimits(const Limits &limits) { m_limits = limits; }

    // Takes an upgrade request's socket (the handshake is read and answered by QWebSocketServer).
    void takeSocket(QTcpSocket *socket);

    // False when the client is gone or the frame was dropped.
    bool send(quint64 clientId, const QJsonObject &frame, Delivery delivery = Delivery::Essential);
    void broadcast(const QJsonObject &frame, Delivery delivery = Delivery::Essential);
    bool hasClient(quint64 clientId) const { return m_clients.contains(clientId); }
    int clientCount() const { return int(m_clients.size()); }
    qint64 droppedFrames() const { return m_dropped; }
    void closeAll();

Q_SIGNALS:
    void clientConnected(quint64 clientId);
    void clientDisconnected(quint64 clientId);
    // A well-formed JSON object with a "type" (other than "ping", which the hub answers).
    void frameReceived(quint64 clientId, const QJsonObject &frame);

private:
    void adopt(QWebSocket *socket);
    void receive(quint64 clientId, const QString &text);

    Limits m_limits;
    QWebSocketServer *m_server;
    QHash<quint64, QWebSocket *> m_clients;
    quint64 m_nextId = 1;
    qint64 m_dropped = 0;
};

} // namespace musiaia::api

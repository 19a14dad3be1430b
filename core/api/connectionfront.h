// SPDX-License-Identifier: GPL-3.0-or-later
// The listening socket in front of the HTTP server and the WebSocket server, on one port.
//
// Qt 6.4's QHttpServer upgrades WebSocket requests itself, without a hook to look at them first,
// so a browser page from any origin could open one. This front reads each new connection's first
// request head (without consuming it), and then either hands the connection to QHttpServer (bind()
// to this QTcpServer; the bytes stay buffered for its parser), or, for an upgrade to /ws/chat that
// passes the token and origin checks, to a QWebSocketServer (handleConnection()), or answers the
// refusal itself (401, 403, 404, 413, 431, 503) and closes. It also bounds each request's size on
// connections QHttpServer keeps alive (BodyGuard) and the number of connections open at once.
#pragma once

#include "apierrors.h"
#include "apirequest.h"
#include "requesthead.h"

#include <QHostAddress>
#include <QTcpServer>

#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace musiaia::api {

class ConnectionFront final : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        qsizetype maxHeadBytes = 16 * 1024;
        qint64 maxBodyBytes = 1024 * 1024;
        int maxConnections = 64;
        int headTimeoutMs = 10'000;
    };

    explicit ConnectionFront(Limits limits, QObject *parent = nullptr);

    // Decides about a WebSocket upgrade: an error refuses it (with that status), nothing accepts.
    std::function<std::optional<ApiError>(const RequestHead &head, const QHostAddress &peer)> checkUpgrade;
    // Takes an accepted upgrade's socket (its handshake still unread).
    std::function<void(QTcpSocket *socket)> takeUpgrade;

    // The request on `socket` reached a route: its body count starts again for the next one.
    static void requestDispatched(QTcpSocket *socket);
    // Writes a complete error answer and closes the connection once it is sent.
    static void refuse(QTcpSocket *socket, const ApiError &error, const HeaderList &headers = {});

    int openConnections() const { return *m_open; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    void inspect(QTcpSocket *socket);
    void handToHttp(QTcpSocket *socket);
    void handToWebSocket(QTcpSocket *socket);
    void detach(QTcpSocket *socket);

    Limits m_limits;
    std::shared_ptr<int> m_open = std::make_shared<int>(0);   // shared with each connection's counter
};

} // namespace musiaia::api

// SPDX-License-Identifier: GPL-3.0-or-later
// The local API: the original design's REST routes and its /ws/chat WebSocket, served to programs
// on this computer. Off unless the settings or `musiaia serve` start it; 127.0.0.1 unless the
// user chooses another address (a warning is logged). Every request carries the token
// ("Authorization: Bearer ..."; a WebSocket may pass it as ?token=). See docs/local-api.md.
//
// Runs on the thread that creates it (the GUI thread in the app); everything slow (generation,
// zipping, sample imports) runs elsewhere and answers when done.
#pragma once

#include "apirouter.h"
#include "ratelimiter.h"
#include "routes.h"
#include "websockethub.h"

#include "common/result.h"
#include "store/database.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace musiaia::api {

class ChatBridge;
class ConnectionFront;
class ImportJobs;
struct RequestHead;

struct LocalApiOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;                   // 0 = any free port (tests)
    QString token;                      // required: the server refuses to start without one
    QStringList allowedOrigins;         // browser origins beyond http://127.0.0.1:<port> and localhost
    qint64 maxBodyBytes = 1024 * 1024;
    int maxConnections = 64;
    double rateBurst = 120;             // requests a client may make at once ...
    double ratePerSecond = 30;          // ... and per second after that; 0 = no limit
    WebSocketHub::Limits webSocket;
};

class LocalApiServer final : public QObject
{
    Q_OBJECT

public:
    LocalApiServer(store::Database database, const QString &projectsRoot, QObject *parent = nullptr);
    ~LocalApiServer() override;

    // Listens; the port it got. Fails when the port is taken or the options are unusable.
    Result<quint16> start(const LocalApiOptions &options);
    void stop();
    bool isListening() const;
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;         // http://127.0.0.1:8765
    QUrl webSocketUrl() const;    // ws://127.0.0.1:8765/ws/chat

    // A regenerated token takes effect at once (open WebSockets keep theirs until they close).
    void setToken(const QString &token) { m_options.token = token; }

    WebSocketHub *hub() const { return m_hub; }
    // TCP connections open now (HTTP and WebSocket).
    int openConnections() const;
    ApiRouter &router() { return m_router; }
    RouteContext &context() { return m_context; }
    // Chat and generation: each message in a session::ChatSession of its own (chatbridge.h). Its
    // sessions use the sample library; the app adds the AI assistant and the Live version.
    ChatBridge *chat() const { return m_chat; }

private:
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    std::optional<ApiError> checkUpgrade(const RequestHead &head, const QHostAddress &peer);
    bool originAllowed(const QByteArray &origin) const;
    bool hostAllowed(const QByteArray &host) const;
    bool authorised(const QByteArray &authorization) const;

    LocalApiOptions m_options;
    quint16 m_port = 0;
    RouteContext m_context;
    ApiRouter m_router;
    std::unique_ptr<RateLimiter> m_limiter;
    WebSocketHub *m_hub = nullptr;
    ImportJobs *m_imports = nullptr;
    ChatBridge *m_chat = nullptr;
    QHttpServer *m_http = nullptr;
    ConnectionFront *m_front = nullptr;
};

} // namespace musiaia::api

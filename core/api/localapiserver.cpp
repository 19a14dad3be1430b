// SPDX-License-Identifier: GPL-3.0-or-later
#include "localapiserver.h"

#include "apitoken.h"
#include "chatbridge.h"
#include "connectionfront.h"
#include "importjobs.h"
#include "requesthead.h"

#include "common/logging.h"
#include "session/chatsession.h"
#include "session/librarysamples.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::api {
namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

QByteArray headerOf(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

// "Bearer abc" -> "abc"
QByteArray bearerToken(const QByteArray &authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    if (trimmed.size() < 7 || trimmed.left(7).compare("bearer ", Qt::CaseInsensitive) != 0)
        return {};
    return trimmed.mid(7).trimmed();
}

} // namespace

LocalApiServer::LocalApiServer(store::Database database, const QString &projectsRoot, QObject *parent)
    : QObject(parent)
    , m_context{database, session::ProjectStore(database, projectsRoot), session::ConversationStore(database)}
    , m_hub(new WebSocketHub({}, this))
    , m_imports(new ImportJobs(database, m_hub, this))
    , m_chat(new ChatBridge(m_context.conversations, m_context.projects, m_hub, this))
{
    m_context.hub = m_hub;
    m_context.imports = m_imports;
    m_context.chat = m_chat;
    // Songs use the musician's sample library, as the window's chat does.
    m_chat->setSessionSetup([database](session::ChatSession &chat) { chat.setSampleStep(session::librarySampleStep(database)); });
    m_context.owner = this;
    addProjectRoutes(m_router, m_context);
    addSampleRoutes(m_router, m_context);
    addHistoryRoutes(m_router, m_context);
    addChatRoutes(m_router, m_context);
    m_router.add("GET", u"/ws/chat"_s, [](const ApiRequest &, const ApiReply &reply) {
        reply.error({426, u"upgrade_required"_s, u"/ws/chat is a WebSocket: connect with a WebSocket client"_s},
                     {{"Upgrade", "websocket"}});
    });
    connect(m_hub, &WebSocketHub::frameReceived, m_chat, &ChatBridge::handleFrame);
    connect(m_hub, &WebSocketHub::clientDisconnected, m_chat, &ChatBridge::clientLeft);
}

LocalApiServer::~LocalApiServer()
{
    stop();
}

bool LocalApiServer::isListening() const
{
    return m_front && m_front->isListening();
}

int LocalApiServer::openConnections() const
{
    return m_front ? m_front->openConnections() : 0;
}

QUrl LocalApiServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    const QHostAddress host = m_options.address == QHostAddress::Any || m_options.address == QHostAddress::AnyIPv4
                                  ? QHostAddress(QHostAddress::LocalHost)
                                  : m_options.address;
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

QUrl LocalApiServer::webSocketUrl() const
{
    QUrl url = baseUrl();
    url.setScheme(u"ws"_s);
    url.setPath(u"/ws/chat"_s);
    return url;
}

Result<quint16> LocalApiServer::start(const LocalApiOptions &options)
{
    stop();
    if (options.token.size() < 16)
        return makeError(ErrorCode::InvalidArgument, u"the local API needs a token of at least 16 characters"_s);
    if (options.address.isNull())
        return makeError(ErrorCode::InvalidArgument, u"the listen address is not an IP address"_s);
    m_options = options;
    m_limiter = std::make_unique<RateLimiter>(options.rateBurst, options.ratePerSecond);
    m_hub->setLimits(options.webSocket);

    ConnectionFront::Limits limits;
    limits.maxBodyBytes = options.maxBodyBytes;
    limits.maxConnections = options.maxConnections;
    m_http = new QHttpServer(this);
    m_front = new ConnectionFront(limits, nullptr);
    m_front->checkUpgrade = [this](const RequestHead &head, const QHostAddress &peer) { return checkUpgrade(head, peer); };
    m_front->takeUpgrade = [this](QTcpSocket *socket) { m_hub->takeSocket(socket); };
    if (!m_front->listen(options.address, options.port)) {
        const QString reason = m_front->errorString();
        delete m_front;
        m_front = nullptr;
        delete m_http;
        m_http = nullptr;
        return makeError(ErrorCode::Io, u"cannot listen on %1 port %2: %3"_s.arg(options.address.toString())
                                             .arg(options.port)
                                             .arg(reason));
    }
    m_http->bind(m_front);   // takes it as a child
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        dispatch(request, std::move(responder));
    });
    m_port = m_front->serverPort();
    if (!options.address.isLoopback()) {
        qCWarning(lcApi).noquote() << u"the local API listens on %1: other computers on the network can reach it "
                                      "(with the token). Use 127.0.0.1 to keep it to this computer."_s
                                          .arg(options.address.toString());
    }
    logging::event(lcApi(), u"local API listening"_s,
                   {{u"address"_s, options.address.toString()}, {u"port"_s, int(m_port)}});
    return m_port;
}

void LocalApiServer::stop()
{
    m_hub->closeAll();
    if (m_http) {
        if (m_front)
            m_front->close();
        // The sockets it still serves go with it (children of the front).
        m_http->deleteLater();
        m_http = nullptr;
        m_front = nullptr;
    }
    m_port = 0;
}

bool LocalApiServer::originAllowed(const QByteArray &origin) const
{
    if (origin.isEmpty())
        return true;   // not a browser
    QString given = QString::fromLatin1(origin).trimmed().toLower();
    while (given.endsWith(u'/'))
        given.chop(1);
    const QString port = QString::number(m_port);
    const QStringList own = {u"http://127.0.0.1:"_s + port, u"http://localhost:"_s + port, u"http://[::1]:"_s + port};
    if (own.contains(given))
        return true;
    for (QString allowed : m_options.allowedOrigins) {
        allowed = allowed.trimmed().toLower();
        while (allowed.endsWith(u'/'))
            allowed.chop(1);
        if (!allowed.isEmpty() && allowed == given)
            return true;
    }
    return false;
}

bool LocalApiServer::hostAllowed(const QByteArray &host) const
{
    // A page on another site that makes its name resolve to 127.0.0.1 (DNS rebinding) still sends
    // its own name as Host: on a loopback listener only loopback names are served.
    if (!m_options.address.isLoopback())
        return true;
    QByteArray name = host.trimmed().toLower();
    if (name.startsWith('[')) {
        name = name.mid(1, name.indexOf(']') - 1);
    } else if (const qsizetype colon = name.lastIndexOf(':'); colon >= 0) {
        name = name.left(colon);
    }
    return name == "127.0.0.1" || name == "localhost" || name == "::1";
}

bool LocalApiServer::authorised(const QByteArray &authorization) const
{
    return tokensEqual(bearerToken(authorization), m_options.token.toUtf8());
}

std::optional<ApiError> LocalApiServer::checkUpgrade(const RequestHead &head, const QHostAddress &peer)
{
    if (head.path() != "/ws/chat")
        return ApiError::notFound(u"no WebSocket at %1"_s.arg(QString::fromLatin1(head.path())));
    if (!originAllowed(head.header("Origin")))
        return ApiError::forbidden(u"WebSocket connections from this origin are not allowed"_s);
    if (!hostAllowed(head.header("Host")))
        return ApiError::forbidden(u"this server answers to 127.0.0.1 and localhost only"_s);
    int retryAfter = 1;
    if (!m_limiter->allow(peer.toString(), &retryAfter))
        return ApiError::tooManyRequests(u"too many requests; try again in %1 s"_s.arg(retryAfter));
    QByteArray token = bearerToken(head.header("Authorization"));
    if (token.isEmpty()) {
        const QByteArray target = head.target;
        const qsizetype query = target.indexOf('?');
        if (query >= 0)
            token = QUrlQuery(QString::fromLatin1(target.mid(query + 1))).queryItemValue(u"token"_s, QUrl::FullyDecoded).toUtf8();
    }
    if (token.isEmpty())
        return ApiError::unauthorized(u"send the token: Authorization: Bearer <token>, or ?token=<token>"_s);
    if (!tokensEqual(token, m_options.token.toUtf8()))
        return ApiError::unauthorized(u"the token is wrong"_s);
    return std::nullopt;
}

void LocalApiServer::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QTcpSocket *socket = responder.socket();
    ConnectionFront::requestDispatched(socket);

    ApiRequest api;
    api.method = methodName(request.method());
    api.headers = request.headers();
    api.peer = request.remoteAddress();
    const QUrl url = request.url();
    api.path = url.path();
    api.query = QUrlQuery(url);
    api.body = request.body();

    const QByteArray origin = headerOf(api.headers, "Origin");
    HeaderList cors;
    const bool originOk = originAllowed(origin);
    if (!origin.isEmpty() && originOk)
        cors = {{"Access-Control-Allow-Origin", origin}, {"Vary", "Origin"}};
    ApiReply reply(std::move(responder), cors);

    if (!originOk)
        return reply.error(ApiError::forbidden(u"requests from this origin are not allowed"_s));
    if (!hostAllowed(headerOf(api.headers, "Host")))
        return reply.error(ApiError::forbidden(u"this server answers to 127.0.0.1 and localhost only"_s));
    int retryAfter = 1;
    if (!m_limiter->allow(api.peer.toString(), &retryAfter)) {
        return reply.error(ApiError::tooManyRequests(u"too many requests; try again in %1 s"_s.arg(retryAfter)),
                           {{"Retry-After", QByteArray::number(retryAfter)}});
    }
    if (api.method == "OPTIONS" && !origin.isEmpty()) {
        // A browser's preflight carries no token; it only asks what the real request may send.
        return reply.bytes(204, {}, "text/plain",
                           {{"Access-Control-Allow-Methods", "GET, POST, OPTIONS"},
                            {"Access-Control-Allow-Headers", "Authorization, Content-Type"},
                            {"Access-Control-Max-Age", "600"}});
    }
    if (!authorised(headerOf(api.headers, "Authorization"))) {
        const bool missing = headerOf(api.headers, "Authorization").isEmpty();
        return reply.error(ApiError::unauthorized(missing ? u"send the token: Authorization: Bearer <token>"_s
                                                          : u"the token is wrong"_s),
                           {{"WWW-Authenticate", "Bearer realm=\"MusiaIA\""}});
    }
    const ApiRouter::Match match = m_router.match(api.method, url.path(QUrl::FullyEncoded).toLatin1());
    if (!match.handler) {
        if (!match.allowedMethods.isEmpty()) {
            return reply.error(ApiError::methodNotAllowed(u"%1 takes %2"_s.arg(api.path,
                                                                               QString::fromLatin1(match.allowedMethods.join(", ")))),
                               {{"Allow", match.allowedMethods.join(", ")}});
        }
        return reply.error(ApiError::notFound(u"no such route"_s));
    }
    if (api.body.size() > m_options.maxBodyBytes)
        return reply.error(ApiError::payloadTooLarge(u"the body is larger than %1 bytes"_s.arg(m_options.maxBodyBytes)));
    api.ids = match.ids;
    qCDebug(lcApi) << api.method << api.path;
    (*match.handler)(api, reply);
}

} // namespace musiaia::api

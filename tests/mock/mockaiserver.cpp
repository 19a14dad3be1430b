// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockaiserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::mock {
namespace {

constexpr qsizetype maxRequestBytes = 8 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray chunk(const QByteArray &bytes)
{
    return QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n";
}

// [[mock:name]] or [[mock:name?k=v;k=v]] at the start of the last user message.
bool magicPrefix(const QJsonObject &json, QString *scenario, QString *params)
{
    const QJsonArray messages = json.value(u"messages"_s).toArray();
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value(u"role"_s).toString() != u"user")
            continue;
        static const QRegularExpression prefix(u"^\\s*\\[\\[mock:([A-Za-z0-9_]+)(?:\\?([^\\]]*))?\\]\\]"_s);
        const auto match = prefix.match(message.value(u"content"_s).toString());
        if (!match.hasMatch())
            return false;
        *scenario = match.captured(1);
        *params = match.captured(2);
        return true;
    }
    return false;
}

} // namespace

Params parseParams(const QString &text)
{
    Params params;
    for (const QString &pair : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq < 0)
            params.insert(pair.trimmed(), u"1"_s);
        else
            params.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    return params;
}

ResponseScript ResponseScript::json(int status, const QJsonObject &body)
{
    return text(status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ResponseScript ResponseScript::text(int status, const QByteArray &contentType, const QByteArray &body)
{
    ResponseScript script;
    script.status = status;
    script.headers.append({"Content-Type", contentType});
    script.pieces.append({0, body});
    return script;
}

MockAiServer::MockAiServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_keys.insert(Dialect::Glm, {u"test-glm-key"_s});
    m_keys.insert(Dialect::MiniMax, {u"test-minimax-key"_s});
    connect(m_server, &QTcpServer::newConnection, this, &MockAiServer::onNewConnection);
}

MockAiServer::~MockAiServer() = default;

bool MockAiServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 MockAiServer::port() const
{
    return m_server->serverPort();
}

QString MockAiServer::baseUrl(Dialect dialect) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(port()).arg(dialect == Dialect::Glm ? u"/api/paas/v4"_s : u"/v1"_s);
}

void MockAiServer::setAcceptedKeys(Dialect dialect, const QStringList &keys)
{
    m_keys.insert(dialect, keys);
}

void MockAiServer::enqueue(const QStringList &scenarios)
{
    for (const QString &scenario : scenarios)
        m_queue.enqueue(scenario);
}

int MockAiServer::openConnections() const
{
    return int(m_buffers.size());
}

void MockAiServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void MockAiServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > maxRequestBytes)
            socket->abort();
        return;
    }
    MockRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = QString::fromLatin1(requestLine.value(1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (length < 0 || length > maxRequestBytes) {
        socket->abort();
        return;
    }
    if (buffer.size() < headerEnd + 4 + length)
        return;   // the body is still coming
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);   // one request per connection
    request.json = QJsonDocument::fromJson(request.body).object();
    handle(socket, std::move(request));
}

void MockAiServer::handle(QTcpSocket *socket, MockRequest request)
{
    const QString path = request.path.section(u'?', 0, 0);
    if (path.startsWith(u"/__mock/")) {
        play(socket, control(request));
        return;
    }
    static const QStringList glmPaths = {u"/api/paas/v4/chat/completions"_s, u"/api/coding/paas/v4/chat/completions"_s};
    static const QStringList miniMaxPaths = {u"/v1/chat/completions"_s, u"/v1/text/chatcompletion_v2"_s};
    if (glmPaths.contains(path)) {
        request.dialect = Dialect::Glm;
    } else if (miniMaxPaths.contains(path)) {
        request.dialect = Dialect::MiniMax;
    } else {
        request.rejectedBecause = u"unknown path"_s;
        m_requests.append(request);
        play(socket, ResponseScript::text(404, "text/plain", "404 page not found"));
        Q_EMIT requestHandled(int(m_requests.size() - 1));
        return;
    }
    if (request.method != "POST") {
        play(socket, ResponseScript::text(405, "text/plain", "method not allowed"));
        return;
    }

    // Scenario: header, then magic prefix, then the queue, then the default.
    QString scenario = QString::fromLatin1(request.headers.value("x-mock-scenario"));
    QString paramText = QString::fromLatin1(request.headers.value("x-mock-params"));
    QString prefixParams;
    if (scenario.isEmpty() && !magicPrefix(request.json, &scenario, &prefixParams))
        scenario.clear();
    if (!prefixParams.isEmpty())
        paramText += u';' + prefixParams;
    if (scenario.isEmpty() && !m_queue.isEmpty())
        scenario = m_queue.dequeue();
    if (scenario.isEmpty())
        scenario = m_defaultScenario;
    const qsizetype question = scenario.indexOf(u'?');
    if (question >= 0) {
        paramText += u';' + scenario.mid(question + 1);
        scenario = scenario.left(question);
    }
    request.scenario = scenario;

    ResponseScript script;
    const QString authorization = QString::fromLatin1(request.headers.value("authorization"));
    const QStringList &keys = m_keys.value(request.dialect);
    const QString key = authorization.startsWith(u"Bearer "_s) ? authorization.mid(7).trimmed() : QString();
    if (key.isEmpty() || (!keys.isEmpty() && !keys.contains(key))) {
        request.rejectedBecause = u"bad key"_s;
        script = unauthorized(request.dialect, {});
    } else if (auto invalid = validateRequest(request, &request.rejectedBecause, &request.warnings)) {
        script = *invalid;
    } else {
        const int seen = m_counters.value(scenario);
        m_counters[scenario] = seen + 1;
        script = buildScenario(request, scenario, parseParams(paramText), m_fixtures, seen);
    }
    m_requests.append(request);
    play(socket, script);
    Q_EMIT requestHandled(int(m_requests.size() - 1));
}

ResponseScript MockAiServer::control(const MockRequest &request)
{
    const QString path = request.path.section(u'?', 0, 0);
    if (path == u"/__mock/next" && request.method == "POST") {
        const QJsonArray list = request.json.value(u"scenarios"_s).toArray();
        for (const QJsonValue &value : list)
            m_queue.enqueue(value.toString());
        return ResponseScript::json(200, {{u"queued"_s, int(m_queue.size())}});
    }
    if (path == u"/__mock/reset" && request.method == "POST") {
        m_queue.clear();
        m_requests.clear();
        m_counters.clear();
        return ResponseScript::json(200, {{u"reset"_s, true}});
    }
    if (path == u"/__mock/requests") {
        QJsonArray array;
        for (const MockRequest &recorded : std::as_const(m_requests)) {
            QJsonObject headers;
            for (auto it = recorded.headers.cbegin(); it != recorded.headers.cend(); ++it)
                headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
            array.append(QJsonObject{{u"path"_s, recorded.path},
                                     {u"scenario"_s, recorded.scenario},
                                     {u"headers"_s, headers},
                                     {u"body"_s, recorded.json},
                                     {u"rejected"_s, recorded.rejectedBecause},
                                     {u"warnings"_s, QJsonArray::fromStringList(recorded.warnings)}});
        }
        return ResponseScript::json(200, {{u"requests"_s, array}});
    }
    return ResponseScript::text(404, "text/plain", "unknown control path");
}

void MockAiServer::play(QTcpSocket *socket, const ResponseScript &script)
{
    QPointer<QTcpSocket> guard(socket);
    auto writeHead = [guard, script] {
        if (!guard)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(script.status) + ' ' + reasonPhrase(script.status) + "\r\n";
        for (const auto &[name, value] : script.headers)
            head += name + ": " + value + "\r\n";
        if (script.chunked) {
            head += "Transfer-Encoding: chunked\r\n";
        } else {
            qsizetype total = 0;
            for (const auto &piece : script.pieces)
                total += piece.bytes.size();
            head += "Content-Length: " + QByteArray::number(total) + "\r\n";
        }
        head += "Connection: close\r\n\r\n";
        guard->write(head);
        guard->flush();
    };

    // Each piece after its delay, one after the other; then the ending.
    auto steps = std::make_shared<QList<std::function<void()>>>();
    auto runNext = std::make_shared<std::function<void(qsizetype)>>();
    QList<int> delays;
    steps->append(writeHead);
    delays.append(script.headersDelayMs);
    for (const auto &piece : script.pieces) {
        const QByteArray bytes = script.chunked ? chunk(piece.bytes) : piece.bytes;
        steps->append([guard, bytes] {
            if (guard) {
                guard->write(bytes);
                guard->flush();
            }
        });
        delays.append(piece.delayMs);
    }
    const ResponseScript::End end = script.end;
    const bool chunked = script.chunked;
    steps->append([guard, end, chunked] {
        if (!guard)
            return;
        switch (end) {
        case ResponseScript::End::Finish:
            if (chunked)
                guard->write("0\r\n\r\n");
            guard->disconnectFromHost();
            break;
        case ResponseScript::End::Close:
            guard->disconnectFromHost();   // FIN without the last chunk: an incomplete body
            break;
        case ResponseScript::End::Abort:
            guard->abort();
            break;
        case ResponseScript::End::KeepOpen:
            break;   // silence; the client's watchdog must notice
        }
    });
    delays.append(0);
    std::weak_ptr<std::function<void(qsizetype)>> weakNext = runNext;   // no reference cycle
    *runNext = [guard, steps, delays, weakNext](qsizetype index) {
        auto self = weakNext.lock();
        if (!guard || !self || index >= steps->size())
            return;
        auto step = [guard, steps, self, index] {
            if (!guard)
                return;
            steps->at(index)();
            (*self)(index + 1);
        };
        if (delays.at(index) > 0)
            QTimer::singleShot(delays.at(index), guard, step);
        else
            step();
    };
    (*runNext)(0);
}

} // namespace musiaia::mock

// SPDX-License-Identifier: GPL-3.0-or-later
// The local API's cost over the network stack: requests per second on a cheap route
// (GET /api/v1/projects on an empty history, token checked, JSON answered) against a baseline
// measured in the same run: a bare QTcpServer that answers every request head with a fixed HTTP
// response of the same size. Both are driven by the same keep-alive client on loopback, in one
// thread (the server's event loop is the client's), so the ratio is the API's own work per request.
//
// And the latency progress events add: a song generated through /ws/chat (the offline composer),
// each progress step timed from the moment the chat session's signal reaches the API to the moment
// the WebSocket client has the frame, against a bare QWebSocketServer echoing a frame of the same
// size, measured in the same iteration.
#include "api/chatbridge.h"
#include "api/localapiserver.h"
#include "store/database.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QWebSocketServer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;

namespace {

const QString Token = u"bench-token-0123456789abcdefghij"_s;

// A keep-alive HTTP client: sends `request`, pumps the event loop until the whole answer is in.
class Client
{
public:
    explicit Client(quint16 port)
    {
        m_socket.connectToHost(u"127.0.0.1"_s, port);
        m_socket.waitForConnected(5000);
    }

    // The answer's status, 0 on failure.
    int roundTrip(const QByteArray &request)
    {
        m_socket.write(request);
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            m_buffer += m_socket.readAll();
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const qsizetype at = m_buffer.indexOf("Content-Length: ");
                if (at >= 0 && at < headEnd) {
                    const qint64 length = m_buffer.mid(at + 16, m_buffer.indexOf('\r', at) - at - 16).toLongLong();
                    if (m_buffer.size() >= headEnd + 4 + length) {
                        const int status = m_buffer.mid(9, 3).toInt();
                        m_buffer.remove(0, headEnd + 4 + length);
                        return status;
                    }
                }
            }
            if (clock.elapsed() > 5000 || m_socket.state() != QAbstractSocket::ConnectedState)
                return 0;
        }
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray projectsRequest(quint16 port)
{
    return "GET /api/v1/projects HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
           + "\r\nAuthorization: Bearer " + Token.toUtf8() + "\r\nConnection: keep-alive\r\n\r\n";
}

// Answers each request head with the bytes the API sends for GET /api/v1/projects.
class FixedResponder : public QObject
{
public:
    explicit FixedResponder(QByteArray response)
        : m_response(std::move(response))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    qsizetype end;
                    while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                        buffer->remove(0, end + 4);
                        socket->write(m_response);
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QByteArray m_response;
};

struct ApiFixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::Database> database;
    std::unique_ptr<api::LocalApiServer> server;

    ApiFixture()
    {
        QLoggingCategory::setFilterRules(u"musiaia.*.info=false\nmusiaia.*.debug=false"_s);
        database = std::make_unique<store::Database>(dir.filePath(u"bench.sqlite"_s));
        (void)database->open();
        server = std::make_unique<api::LocalApiServer>(*database, dir.filePath(u"Projects"_s));
        api::LocalApiOptions options;
        options.token = Token;
        options.ratePerSecond = 0;   // measuring, not limiting
        (void)server->start(options);
    }
};

ApiFixture &fixture()
{
    static ApiFixture instance;
    return instance;
}

// The exact bytes the API answers, for the baseline to send.
QByteArray apiResponseBytes()
{
    const quint16 port = fixture().server->port();
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    socket.waitForConnected(5000);
    socket.write(projectsRequest(port));
    QByteArray bytes;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 2000) {
        QCoreApplication::processEvents();
        bytes += socket.readAll();
        if (bytes.contains("\r\n\r\n") && bytes.endsWith('}'))
            break;
    }
    return bytes;
}

void BM_BaselineFixedHttpResponse(benchmark::State &state)
{
    FixedResponder responder(apiResponseBytes());
    Client client(responder.port());
    const QByteArray request = projectsRequest(responder.port());
    for (auto _ : state) {
        if (client.roundTrip(request) != 200)
            state.SkipWithError("the baseline server did not answer");
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_ApiProjectsEmpty(benchmark::State &state)
{
    const quint16 port = fixture().server->port();
    Client client(port);
    const QByteArray request = projectsRequest(port);
    for (auto _ : state) {
        if (client.roundTrip(request) != 200)
            state.SkipWithError("the API did not answer 200");
    }
    state.SetItemsProcessed(state.iterations());
}

// The same client, a route that does not exist: the token is checked and the 404 answered, with no
// database work, which separates the HTTP stack's share from the history query's.
void BM_ApiUnknownRoute(benchmark::State &state)
{
    const quint16 port = fixture().server->port();
    Client client(port);
    QByteArray request = projectsRequest(port);
    request.replace("/api/v1/projects", "/api/v1/nothing");
    for (auto _ : state) {
        if (client.roundTrip(request) != 404)
            state.SkipWithError("the API did not answer 404");
    }
    state.SetItemsProcessed(state.iterations());
}


// A bare WebSocket echo on loopback, in the same thread: the floor for any frame's trip.
class EchoServer : public QObject
{
public:
    EchoServer()
        : m_server(u"echo"_s, QWebSocketServer::NonSecureMode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QWebSocket::textMessageReceived, socket,
                        [socket](const QString &text) { socket->sendTextMessage(text); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(u"ws://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

private:
    QWebSocketServer m_server;
};

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double mean(const QList<double> &values)
{
    double sum = 0;
    for (double value : values)
        sum += value;
    return values.isEmpty() ? 0 : sum / double(values.size());
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, qsizetype(p * double(values.size())))];
}

void BM_ProgressEventLatency(benchmark::State &state)
{
    ApiFixture &f = fixture();
    QWebSocket socket;
    QNetworkRequest request(f.server->webSocketUrl());
    request.setRawHeader("Authorization", "Bearer " + Token.toUtf8());
    socket.open(request);
    EchoServer echo;
    QWebSocket echoClient;
    echoClient.open(echo.url());
    if (!waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState
                                && echoClient.state() == QAbstractSocket::ConnectedState; },
                   10'000)) {
        state.SkipWithError("the WebSockets did not connect");
        return;
    }

    QElapsedTimer clock;
    clock.start();
    QList<qint64> emitted;
    QList<qint64> received;
    qsizetype frameBytes = 0;
    bool done = false;
    qint64 echoedAt = 0;
    QObject context;
    QObject::connect(f.server->chat(), &api::ChatBridge::progressReported, &context,
                     [&] { emitted.append(clock.nsecsElapsed()); });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &context, [&](const QString &text) {
        const qint64 now = clock.nsecsElapsed();
        if (text.contains(u"\"type\":\"progress\""_s)) {
            received.append(now);
            frameBytes = std::max(frameBytes, text.size());
        } else if (text.contains(u"\"type\":\"done\""_s)) {
            done = true;
        }
    });
    QObject::connect(&echoClient, &QWebSocket::textMessageReceived, &context,
                     [&](const QString &) { echoedAt = clock.nsecsElapsed(); });

    QList<double> latencies;
    QList<double> echoes;
    int round = 0;
    for (auto _ : state) {
        emitted.clear();
        received.clear();
        done = false;
        const QString tempo = QString::number(120 + (round++ % 10));
        socket.sendTextMessage(u"{\"type\":\"message\",\"conversation\":null,\"content\":\"Genera un track de house a %1 BPM\"}"_s.arg(tempo));
        if (!waitUntil([&] { return done; }, 600'000) || emitted.size() != received.size() || emitted.isEmpty()) {
            state.SkipWithError("the generation's progress frames did not all arrive");
            return;
        }
        for (qsizetype i = 0; i < emitted.size(); ++i)
            latencies << double(received[i] - emitted[i]) / 1000.0;
        // The floor: as many bare echoes of a frame that size as there were progress frames.
        const QString filler = QString(std::max<qsizetype>(frameBytes, 16), u'x');
        for (qsizetype i = 0; i < emitted.size(); ++i) {
            echoedAt = 0;
            const qint64 sent = clock.nsecsElapsed();
            echoClient.sendTextMessage(filler);
            if (!waitUntil([&] { return echoedAt != 0; }, 10'000)) {
                state.SkipWithError("the echo did not come back");
                return;
            }
            echoes << double(echoedAt - sent) / 1000.0;
        }
    }
    // Medians for the ratio: on a shared machine a few frames wait for a busy core, which moves
    // the means more than the typical frame.
    const double latencyMedian = percentile(latencies, 0.5);
    const double echoMedian = percentile(echoes, 0.5);
    state.counters["progress_frames"] = double(latencies.size());
    state.counters["progress_latency_us"] = mean(latencies);
    state.counters["progress_latency_p50_us"] = latencyMedian;
    state.counters["progress_latency_p95_us"] = percentile(latencies, 0.95);
    state.counters["echo_roundtrip_p50_us"] = echoMedian;
    state.counters["p50_latency_vs_echo"] = echoMedian > 0 ? latencyMedian / echoMedian : 0;
}

} // namespace

BENCHMARK(BM_BaselineFixedHttpResponse)->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ApiUnknownRoute)->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ApiProjectsEmpty)->UseRealTime()->Unit(benchmark::kMicrosecond);
// One song per iteration (pass --benchmark_min_time=10 for several).
BENCHMARK(BM_ProgressEventLatency)->UseRealTime()->Unit(benchmark::kMillisecond);

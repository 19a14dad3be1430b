// SPDX-License-Identifier: GPL-3.0-or-later
// A loopback HTTP/1.1 server that impersonates GLM (Z.ai/BigModel) and MiniMax closely enough that
// client tests exercise every parsing and error path (docs/ai-providers.md, section 4). It shares
// no code with the client on purpose: a bug in one is not hidden by the same bug in the other.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QStringList>

class QTcpServer;
class QTcpSocket;

namespace musiaia::mock {

enum class Dialect { Glm, MiniMax };

struct MockRequest
{
    QByteArray method;
    QString path;
    QMap<QByteArray, QByteArray> headers;   // lower-case names
    QByteArray body;
    QJsonObject json;
    Dialect dialect = Dialect::Glm;
    QString scenario;          // the scenario that answered
    QString rejectedBecause;   // validation failure, when the mock refused the request
    QStringList warnings;      // quality checks that did not fail the request
};

// What the mock answers with, beyond scenarios: texts and tool-call arguments.
struct Fixtures
{
    QString answer;
    QString reasoning;
    QHash<QString, QString> toolArguments;   // tool name -> arguments JSON text
};

// Scenario parameters ("delay_ms=200;stall_after=5").
using Params = QHash<QString, QString>;
Params parseParams(const QString &text);

// One scripted HTTP response: status line and headers (after headersDelayMs), then body pieces,
// each after its delay, then an ending.
struct ResponseScript
{
    enum class End { Finish, Close, Abort, KeepOpen };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool chunked = false;
    int headersDelayMs = 0;
    struct Piece
    {
        int delayMs = 0;
        QByteArray bytes;
    };
    QList<Piece> pieces;
    End end = End::Finish;

    static ResponseScript json(int status, const QJsonObject &body);
    static ResponseScript text(int status, const QByteArray &contentType, const QByteArray &body);
};

class MockAiServer : public QObject
{
    Q_OBJECT

public:
    explicit MockAiServer(QObject *parent = nullptr);
    ~MockAiServer() override;

    // 127.0.0.1 on `port` (0: a free one).
    bool listen(quint16 port = 0);
    quint16 port() const;
    QString baseUrl(Dialect dialect) const;   // http://127.0.0.1:<p>/api/paas/v4 or /v1

    // Keys that pass; an empty list accepts any non-empty Bearer key.
    void setAcceptedKeys(Dialect dialect, const QStringList &keys);
    void setDefaultScenario(const QString &scenario) { m_defaultScenario = scenario; }
    // The next requests answer with these scenarios, in order (before the default).
    void enqueue(const QStringList &scenarios);
    Fixtures &fixtures() { return m_fixtures; }

    const QList<MockRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int openConnections() const;

    // The scenario names each dialect knows.
    static QStringList scenarioNames(Dialect dialect);

Q_SIGNALS:
    void requestHandled(int index);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, MockRequest request);
    ResponseScript control(const MockRequest &request);
    void play(QTcpSocket *socket, const ResponseScript &script);

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<Dialect, QStringList> m_keys;
    QString m_defaultScenario = QStringLiteral("ok");
    QQueue<QString> m_queue;
    Fixtures m_fixtures;
    QList<MockRequest> m_requests;
    QHash<QString, int> m_counters;   // per-scenario request counts (429_then_ok)
};

// Scenario builders and request validation (mockscenarios.cpp, mockvalidation.cpp).
ResponseScript buildScenario(const MockRequest &request, const QString &scenario, const Params &params,
                             const Fixtures &fixtures, int seenBefore);
// The provider's real error reply when the request breaks its rules (4.2); warnings collected.
std::optional<ResponseScript> validateRequest(const MockRequest &request, QString *reason, QStringList *warnings);
ResponseScript unauthorized(Dialect dialect, const QString &variant);

} // namespace musiaia::mock

// SPDX-License-Identifier: GPL-3.0-or-later
// The GLM and MiniMax clients over real HTTP (QNetworkAccessManager) against the mock server:
// every scenario of the contract, the request rules the mock checks, retries, timeouts, cancel.
#include "ai/provider.h"

#include "mockaiserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "testsupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using namespace musiaia::ai;
using musiaia::mock::Dialect;
using musiaia::mock::MockAiServer;

namespace {

const QString answer = u"Un house a 124 BPM en La menor: bombo a negras, bajo en contratiempo y acordes Am\u2013F\u2013C\u2013G "
                       "con un pad c\u00e1lido. \u00bfLo quieres m\u00e1s oscuro?"_s;

// Retries without sleeping; records the delays asked for.
class InstantScheduler final : public Scheduler
{
public:
    QList<int> delays;
    bool hold = false;   // never fire: a retry wait that lasts until cancelled
    void after(int delayMs, QObject *context, std::function<void()> callback) override
    {
        delays << delayMs;
        if (!hold)
            QTimer::singleShot(0, context, std::move(callback));
    }
};

Dialect dialectOf(AiProvider provider)
{
    return provider == AiProvider::Glm ? Dialect::Glm : Dialect::MiniMax;
}

} // namespace

class TestAiClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<MockAiServer> m_server;
    QNetworkAccessManager m_network;
    InstantScheduler m_scheduler;

    ProviderConfig config(AiProvider provider)
    {
        ProviderConfig c;
        c.provider = provider;
        c.baseUrl = m_server->baseUrl(dialectOf(provider));
        c.model = provider == AiProvider::Glm ? u"glm-4.6"_s : u"MiniMax-M2"_s;
        c.apiKey = provider == AiProvider::Glm ? u"test-glm-key"_s : u"test-minimax-key"_s;
        c.policy.firstByteTimeoutMs = 3000;
        c.policy.idleTimeoutMs = 3000;
        return c;
    }

    ChatRequest request(const QString &text, bool stream = true)
    {
        ChatRequest r;
        r.messages = {ChatMessage::system(u"Eres MusiaIA."_s), ChatMessage::user(text)};
        r.stream = stream;
        return r;
    }

    // Runs a task to its end; the content and reasoning it streamed are collected.
    struct Run
    {
        ChatTask::State state;
        ChatResponse response;
        std::optional<ProviderError> error;
        QString streamed;
        QString streamedReasoning;
        int attempts = 0;
        int finishedSignals = 0;
    };
    Run run(HttpChatProvider &provider, const ChatRequest &chat, int timeoutMs = 15000)
    {
        std::unique_ptr<ChatTask> task(provider.send(chat));
        Run result;
        connect(task.get(), &ChatTask::contentReceived, this, [&result](const QString &d) { result.streamed += d; });
        connect(task.get(), &ChatTask::reasoningReceived, this, [&result](const QString &d) { result.streamedReasoning += d; });
        connect(task.get(), &ChatTask::finished, this, [&result] { ++result.finishedSignals; });
        if (!QTest::qWaitFor([&task] { return task->isDone(); }, timeoutMs))
            qWarning("task did not finish");
        QTest::qWait(20);   // nothing may arrive after finished()
        result.state = task->state();
        result.response = task->response();
        result.error = task->error();
        result.attempts = task->attempts();
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<MockAiServer>();
        QVERIFY(m_server->listen());
        m_scheduler.delays.clear();
        m_scheduler.hold = false;
    }
    void cleanup() { m_server.reset(); }

    void scenarios_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<QString>("outcome");   // "ok" or an errorKindName()
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("keepsPartial");
        const int glm = int(AiProvider::Glm);
        const int mm = int(AiProvider::MiniMax);
        auto row = [](const QString &name, int p, const QString &s, bool stream, const QString &outcome, int attempts,
                      bool partial = false) {
            QTest::newRow(qPrintable(name)) << p << s << stream << outcome << attempts << partial;
        };
        for (const int p : {glm, mm}) {
            const QString n = p == glm ? u"glm "_s : u"minimax "_s;
            row(n + u"ok stream"_s, p, u"ok"_s, true, u"ok"_s, 1);
            row(n + u"ok whole"_s, p, u"ok"_s, false, u"ok"_s, 1);
            row(n + u"ok keep-alive crlf split"_s, p, u"ok?keepalive=1;crlf=1;split=1"_s, true, u"ok"_s, 1);
            row(n + u"ok coalesced"_s, p, u"ok?coalesce=1"_s, true, u"ok"_s, 1);
            row(n + u"stream unicode"_s, p, u"stream_unicode"_s, true, u"ok"_s, 1);
            row(n + u"401"_s, p, u"401"_s, true, u"bad-key"_s, 1);
            row(n + u"429 then ok"_s, p, u"429_then_ok"_s, true, u"ok"_s, 3);
            row(n + u"429 always"_s, p, u"429"_s, true, u"rate-limited"_s, 4);
            row(n + u"balance"_s, p, u"balance"_s, true, u"no-balance"_s, 1);
            row(n + u"context"_s, p, u"context"_s, true, u"context-too-long"_s, 1);
            row(n + u"filter"_s, p, u"sensitive"_s, false, u"content-filtered"_s, 1);
            row(n + u"500"_s, p, u"500"_s, true, u"server-error"_s, 4);
            row(n + u"html error page"_s, p, u"html_error"_s, true, u"server-error"_s, 4);
            row(n + u"malformed whole"_s, p, u"malformed_json"_s, false, u"malformed"_s, 1);
            row(n + u"malformed event skipped"_s, p, u"malformed_json"_s, true, u"ok"_s, 1);
            row(n + u"stall"_s, p, u"stall?stall_after=6"_s, true, u"stalled"_s, 1, true);
            row(n + u"disconnect"_s, p, u"disconnect?close_after=6"_s, true, u"interrupted"_s, 1, true);
            row(n + u"reset mid-stream"_s, p, u"disconnect?close_after=6;rst=1"_s, true, u"interrupted"_s, 1, true);
            row(n + u"no [DONE]"_s, p, u"no_done"_s, true, u"ok"_s, 1);
            row(n + u"slow stream within the watchdog"_s, p, u"slow_stream?inter_chunk_ms=30"_s, true, u"ok"_s, 1);
            row(n + u"length"_s, p, u"length"_s, true, u"ok"_s, 1);
            row(n + u"tool call"_s, p, u"tool_call"_s, true, u"ok"_s, 1);
            row(n + u"tool call whole"_s, p, u"tool_call"_s, false, u"ok"_s, 1);
        }
        row(u"glm 401 gateway"_s, glm, u"401_gateway"_s, true, u"bad-key"_s, 1);
        row(u"glm 429 rate"_s, glm, u"429_rate"_s, true, u"rate-limited"_s, 4);
        row(u"glm model missing"_s, glm, u"400_model"_s, true, u"invalid-request"_s, 1);
        row(u"glm 503"_s, glm, u"503"_s, true, u"server-error"_s, 4);
        row(u"glm no thinking"_s, glm, u"ok_no_thinking"_s, true, u"ok"_s, 1);
        row(u"glm object arguments"_s, glm, u"tool_call_object_args"_s, false, u"ok"_s, 1);
        row(u"glm length, empty answer"_s, glm, u"length_empty"_s, true, u"ok"_s, 1);
        row(u"glm sensitive mid-stream"_s, glm, u"sensitive_midstream"_s, true, u"content-filtered"_s, 1, true);
        row(u"glm network_error mid-stream"_s, glm, u"network_error_midstream"_s, true, u"interrupted"_s, 1, true);
        row(u"glm error event mid-stream"_s, glm, u"error_event_midstream"_s, true, u"server-error"_s, 1, true);
        row(u"minimax think split"_s, mm, u"think_split"_s, true, u"ok"_s, 1);
        row(u"minimax reasoning split"_s, mm, u"ok_split"_s, true, u"ok"_s, 1);
        row(u"minimax cumulative details"_s, mm, u"stream_split_cumulative"_s, true, u"ok"_s, 1);
        row(u"minimax trailing full event"_s, mm, u"stream_final_full"_s, true, u"ok"_s, 1);
        row(u"minimax tool call without index"_s, mm, u"tool_call?no_index=1"_s, true, u"ok"_s, 1);
        row(u"minimax 401 style A"_s, mm, u"401_style_a"_s, true, u"bad-key"_s, 1);
        row(u"minimax 429 style A"_s, mm, u"429_style_a"_s, true, u"rate-limited"_s, 4);
        row(u"minimax balance 402"_s, mm, u"balance_402"_s, true, u"no-balance"_s, 1);
        row(u"minimax balance as 500: not retried"_s, mm, u"balance_500"_s, true, u"no-balance"_s, 1);
        row(u"minimax plan window"_s, mm, u"plan_window"_s, true, u"quota-reached"_s, 1);
        row(u"minimax invalid params"_s, mm, u"invalid_params"_s, true, u"invalid-request"_s, 1);
        row(u"minimax 500 style A"_s, mm, u"500_style_a"_s, true, u"server-error"_s, 4);
        row(u"minimax 408"_s, mm, u"timeout_408?delay_ms=10"_s, true, u"server-error"_s, 4);
        row(u"minimax sensitive style A"_s, mm, u"sensitive?style=a"_s, true, u"content-filtered"_s, 1);
    }
    void scenarios()
    {
        QFETCH(int, provider);
        QFETCH(QString, scenario);
        QFETCH(bool, stream);
        QFETCH(QString, outcome);
        QFETCH(int, attempts);
        QFETCH(bool, keepsPartial);
        const AiProvider id = AiProvider(provider);
        ProviderConfig c = config(id);
        c.policy.idleTimeoutMs = 500;
        c.miniMaxReasoningSplit = scenario.startsWith(u"ok_split"_s) || scenario.startsWith(u"stream_split"_s);
        if (scenario.startsWith(u"tool_call"_s))
            m_server->fixtures().toolArguments.insert(u"submit_plan"_s, u"{\"genre\":\"house\",\"bpm\":124}"_s);
        HttpChatProvider client(c, &m_network, &m_scheduler);
        ChatRequest chat = request(u"[[mock:%1]] Genera un track de house"_s.arg(scenario.section(u'?', 0, 0)), stream);
        if (scenario.startsWith(u"tool_call"_s))
            chat.tools = {ToolDefinition{u"submit_plan"_s, u"Submit the plan"_s,
                                         QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject()}}}};
        if (scenario.contains(u'?')) {
            // Parameters travel through the queue, once for each attempt.
            for (int i = 0; i < attempts; ++i)
                m_server->enqueue({scenario});
            chat.messages.last().content = u"Genera un track de house"_s;
        }

        const Run result = run(client, chat);
        const QString got = result.state == ChatTask::State::Succeeded ? u"ok"_s
                                                                       : result.error ? errorKindName(result.error->kind) : u"?"_s;
        QVERIFY2(got == outcome, qPrintable(u"got %1 (%2)"_s.arg(got, result.error ? result.error->message : QString())));
        QCOMPARE(result.attempts, attempts);
        QCOMPARE(m_server->requests().size(), qsizetype(attempts));
        QCOMPARE(result.finishedSignals, 1);
        for (const auto &recorded : m_server->requests())
            QVERIFY2(recorded.rejectedBecause.isEmpty(), qPrintable(recorded.rejectedBecause));
        if (result.error) {
            QVERIFY(!result.error->message.isEmpty());
            QVERIFY(result.error->message.contains(providerDisplayName(id)) || result.error->kind == ErrorKind::Cancelled);
        }
        if (keepsPartial)
            QVERIFY(!result.response.reasoning.isEmpty() || !result.response.content.isEmpty());
        QCOMPARE(result.streamed, result.response.content);   // shown == final, nothing duplicated
        QCOMPARE(result.streamedReasoning, result.response.reasoning);
        if (outcome == u"ok" && scenario.startsWith(u"ok"_s)) {
            QCOMPARE(result.response.content, answer);
            QVERIFY(result.response.usage.isKnown());
        }
        if (outcome == u"ok" && scenario.startsWith(u"tool_call"_s)) {
            QCOMPARE(result.response.toolCalls.size(), 1);
            QCOMPARE(result.response.toolCalls.first().name, u"submit_plan"_s);
            const QJsonObject arguments = QJsonDocument::fromJson(result.response.toolCalls.first().arguments.toUtf8()).object();
            QCOMPARE(arguments, (QJsonObject{{u"genre"_s, u"house"_s}, {u"bpm"_s, 124}}));
        }
        if (id == AiProvider::MiniMax && outcome == u"ok" && !result.response.content.isEmpty())
            QVERIFY(!result.response.content.contains(u"<think>"_s));
    }

    void requestsFollowEachProvidersRules()
    {
        ProviderConfig glmConfig = config(AiProvider::Glm);
        glmConfig.thinking = false;
        HttpChatProvider glm(glmConfig, &m_network, &m_scheduler);
        ChatRequest chat = request(u"hola"_s);
        chat.temperature = 0.0;
        QCOMPARE(run(glm, chat).state, ChatTask::State::Succeeded);
        const auto &g = m_server->requests().last();
        QCOMPARE(g.path, u"/api/paas/v4/chat/completions"_s);
        QCOMPARE(g.headers.value("authorization"), QByteArray("Bearer test-glm-key"));
        QCOMPARE(g.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(g.headers.value("user-agent").startsWith("MusiaIA/"));
        QCOMPARE(g.json.value(u"thinking"_s).toObject().value(u"type"_s).toString(), u"disabled"_s);
        QCOMPARE(g.json.value(u"do_sample"_s).toBool(true), false);
        QVERIFY(g.warnings.isEmpty());

        // MiniMax: two turns; the second replays the first assistant turn verbatim (<think> kept).
        HttpChatProvider miniMax(config(AiProvider::MiniMax), &m_network, &m_scheduler);
        ChatRequest first = request(u"hola"_s);
        first.messages.prepend(ChatMessage::system(u"Second system message."_s));
        first.temperature = 0.0;
        first.tools = {ToolDefinition{u"noop"_s, u"Does nothing"_s, {}}};
        m_server->fixtures().toolArguments.clear();
        const Run one = run(miniMax, first);
        QCOMPARE(one.state, ChatTask::State::Succeeded);
        const auto &m1 = m_server->requests().last();
        QCOMPARE(m1.path, u"/v1/chat/completions"_s);
        QCOMPARE(m1.headers.value("authorization"), QByteArray("Bearer test-minimax-key"));
        QVERIFY(m1.json.value(u"temperature"_s).toDouble() > 0.0);
        QVERIFY(m1.rejectedBecause.isEmpty());
        ChatRequest second = first;
        second.tools.clear();
        second.messages << one.response.assistantMessage << ChatMessage::user(u"m\u00e1s r\u00e1pido"_s);
        QCOMPARE(run(miniMax, second).state, ChatTask::State::Succeeded);
        const auto &m2 = m_server->requests().last();
        QVERIFY2(m2.rejectedBecause.isEmpty(), qPrintable(m2.rejectedBecause));
        QVERIFY2(m2.warnings.isEmpty(), qPrintable(m2.warnings.join(u'\n')));
        const QJsonArray messages = m2.json.value(u"messages"_s).toArray();
        QCOMPARE(messages.at(messages.size() - 2).toObject().value(u"content"_s).toString(),
                 one.response.assistantMessage.content);
        QVERIFY(one.response.assistantMessage.content.startsWith(u"<think>"_s));
    }

    void miniMaxSplitHistoryCarriesReasoningDetails()
    {
        ProviderConfig c = config(AiProvider::MiniMax);
        c.miniMaxReasoningSplit = true;
        HttpChatProvider miniMax(c, &m_network, &m_scheduler);
        const Run one = run(miniMax, request(u"hola"_s));
        QCOMPARE(one.state, ChatTask::State::Succeeded);
        QCOMPARE(one.response.assistantMessage.reasoningDetails.size(), 1);
        ChatRequest second = request(u"hola"_s);
        second.messages << one.response.assistantMessage << ChatMessage::user(u"otra vez"_s);
        QCOMPARE(run(miniMax, second).state, ChatTask::State::Succeeded);
        QVERIFY(m_server->requests().last().warnings.isEmpty());
        QVERIFY(m_server->requests().last().json.value(u"messages"_s).toArray().at(2).toObject()
                    .value(u"reasoning_details"_s).isArray());
    }

    void codingPlanAndCustomBaseUrls()
    {
        ProviderConfig c = config(AiProvider::Glm);
        c.baseUrl = u"http://127.0.0.1:%1/api/coding/paas/v4/"_s.arg(m_server->port());
        HttpChatProvider glm(c, &m_network, &m_scheduler);
        QCOMPARE(run(glm, request(u"hola"_s)).state, ChatTask::State::Succeeded);
        QCOMPARE(m_server->requests().last().path, u"/api/coding/paas/v4/chat/completions"_s);

        c.baseUrl = u"http://127.0.0.1:%1/wrong/v4"_s.arg(m_server->port());
        HttpChatProvider wrong(c, &m_network, &m_scheduler);
        const Run r = run(wrong, request(u"hola"_s));
        QCOMPARE(r.error->kind, ErrorKind::InvalidRequest);
        QCOMPARE(r.error->httpStatus, 404);
        QVERIFY(r.error->message.contains(u"base URL"_s));
    }

    void wrongKeyIsRejected()
    {
        ProviderConfig c = config(AiProvider::MiniMax);
        c.apiKey = u"sk-not-this-one"_s;
        HttpChatProvider miniMax(c, &m_network, &m_scheduler);
        const Run r = run(miniMax, request(u"hola"_s));
        QCOMPARE(r.error->kind, ErrorKind::BadKey);
        QCOMPARE(r.error->providerCode, u"2049"_s);
        QVERIFY(!r.error->message.contains(u"sk-not-this-one"_s));
        QCOMPARE(r.attempts, 1);
    }

    void notConfigured()
    {
        ProviderConfig c = config(AiProvider::Glm);
        c.apiKey.clear();
        HttpChatProvider glm(c, &m_network, &m_scheduler);
        QVERIFY(glm.unavailableReason().contains(u"GLM_API_KEY"_s));
        const Run r = run(glm, request(u"hola"_s));
        QCOMPARE(r.state, ChatTask::State::Failed);
        QCOMPARE(r.error->kind, ErrorKind::NotConfigured);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void networkDownIsRetriedWithGrowingBackoff()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();   // nothing listens there now
        ProviderConfig c = config(AiProvider::Glm);
        c.baseUrl = u"http://127.0.0.1:%1/api/paas/v4"_s.arg(port);
        HttpChatProvider glm(c, &m_network, &m_scheduler);
        const Run r = run(glm, request(u"hola"_s));
        QCOMPARE(r.error->kind, ErrorKind::NetworkDown);
        QCOMPARE(r.attempts, 4);
        QCOMPARE(m_scheduler.delays.size(), 3);
        for (qsizetype i = 0; i < m_scheduler.delays.size(); ++i) {
            const int base = 500 << i;
            QVERIFY2(m_scheduler.delays.at(i) >= base / 2 && m_scheduler.delays.at(i) <= base,
                     qPrintable(QString::number(m_scheduler.delays.at(i))));
        }
    }

    void retryAfterIsHonoured()
    {
        HttpChatProvider glm(config(AiProvider::Glm), &m_network, &m_scheduler);
        m_server->enqueue({u"429?retry_after=2"_s, u"ok"_s});
        const Run r = run(glm, request(u"hola"_s));
        QCOMPARE(r.state, ChatTask::State::Succeeded);
        QCOMPARE(m_scheduler.delays, QList<int>{2000});

        m_scheduler.delays.clear();
        m_server->enqueue({u"429?retry_after=3600"_s});
        const Run tooLong = run(glm, request(u"hola"_s));
        QCOMPARE(tooLong.error->kind, ErrorKind::RateLimited);
        QCOMPARE(tooLong.attempts, 1);
        QVERIFY(tooLong.error->message.contains(u"3600 s"_s));
        QVERIFY(m_scheduler.delays.isEmpty());
    }

    void firstByteTimeout()
    {
        ProviderConfig c = config(AiProvider::MiniMax);
        c.policy.firstByteTimeoutMs = 200;
        c.policy.maxRetries = 1;
        HttpChatProvider miniMax(c, &m_network, &m_scheduler);
        m_server->enqueue({u"slow_first_byte?headers_delay_ms=5000"_s, u"slow_first_byte?headers_delay_ms=5000"_s});
        QElapsedTimer clock;
        clock.start();
        const Run r = run(miniMax, request(u"hola"_s));
        QCOMPARE(r.error->kind, ErrorKind::FirstByteTimeout);
        QCOMPARE(r.attempts, 2);
        QVERIFY(clock.elapsed() < 3000);
        // Slow, but within the limit: fine.
        c.policy.firstByteTimeoutMs = 2000;
        HttpChatProvider patient(c, &m_network, &m_scheduler);
        m_server->enqueue({u"slow_first_byte?headers_delay_ms=300"_s});
        QCOMPARE(run(patient, request(u"hola"_s)).state, ChatTask::State::Succeeded);
    }

    void cancelAtAnyMoment_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("holdRetry");
        QTest::addColumn<int>("cancelAfterContent");   // -1: cancel after 50 ms
        QTest::newRow("while connecting") << u"slow_first_byte?headers_delay_ms=5000"_s << false << -1;
        QTest::newRow("waiting to retry") << u"429"_s << true << -1;
        QTest::newRow("mid-stream") << u"slow_stream?inter_chunk_ms=100"_s << false << 1;
        QTest::newRow("stalled stream") << u"stall?stall_after=8"_s << false << -1;
    }
    void cancelAtAnyMoment()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, holdRetry);
        QFETCH(int, cancelAfterContent);
        m_scheduler.hold = holdRetry;
        HttpChatProvider glm(config(AiProvider::Glm), &m_network, &m_scheduler);
        m_server->enqueue({scenario});
        std::unique_ptr<ChatTask> task(glm.send(request(u"hola"_s)));
        QSignalSpy finished(task.get(), &ChatTask::finished);
        QSignalSpy content(task.get(), &ChatTask::contentReceived);
        if (cancelAfterContent > 0)
            QVERIFY(QTest::qWaitFor([&content, cancelAfterContent] { return content.size() >= cancelAfterContent; }, 10000));
        else
            QTest::qWait(holdRetry ? 300 : 150);
        QVERIFY(!task->isDone());
        QElapsedTimer clock;
        clock.start();
        task->cancel();
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(task->state(), ChatTask::State::Cancelled);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(task->error()->kind, ErrorKind::Cancelled);
        const qsizetype shown = content.size();
        QTest::qWait(400);
        QCOMPARE(content.size(), shown);   // nothing after the stop
        QCOMPARE(finished.size(), 1);
        if (cancelAfterContent > 0)
            QVERIFY(!task->response().content.isEmpty());   // the partial answer stays
        task->cancel();   // idempotent
        QCOMPARE(finished.size(), 1);
    }

    void deletingATaskMidStreamIsSafe()
    {
        HttpChatProvider glm(config(AiProvider::Glm), &m_network, &m_scheduler);
        m_server->enqueue({u"slow_stream?inter_chunk_ms=50"_s});
        auto *task = glm.send(request(u"hola"_s));
        QSignalSpy content(task, &ChatTask::contentReceived);
        QVERIFY(QTest::qWaitFor([&task] { return task->state() == ChatTask::State::Receiving; }, 5000));
        delete task;
        QTest::qWait(200);
        QVERIFY(QTest::qWaitFor([this] { return m_server->openConnections() == 0; }, 3000));
    }

    void requestRecordCountsWithoutContent()
    {
        HttpChatProvider glm(config(AiProvider::Glm), &m_network, &m_scheduler);
        std::unique_ptr<ChatTask> task(glm.send(request(u"Genera un track de house a 124 BPM"_s)));
        QVERIFY(QTest::qWaitFor([&task] { return task->isDone(); }, 5000));
        const RequestRecord record = task->record();
        QCOMPARE(record.provider, AiProvider::Glm);
        QCOMPARE(record.model, u"glm-4.6"_s);
        QCOMPARE(record.characters, int(u"Eres MusiaIA.Genera un track de house a 124 BPM"_s.size()));
        QVERIFY(record.estimatedTokens > 5);
        QCOMPARE(record.outcome, u"ok"_s);
        QCOMPARE(record.usage.totalTokens, 170);
        QVERIFY(record.startedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestAiClient)
#include "tst_aiclient.moc"

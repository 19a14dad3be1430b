// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of the AI clients on recorded replies: SSE framing at every chunk boundary, <think>
// splitting, stream assembly for both providers, request bodies, error classification.
#include "ai/completion.h"
#include "ai/networkpolicy.h"
#include "ai/sse.h"
#include "ai/thinksplitter.h"
#include "ai/wireformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using namespace musiaia::ai;

namespace {

const QString answer = u"Un house a 124 BPM en La menor: bombo a negras, bajo en contratiempo y acordes Am\u2013F\u2013C\u2013G "
                       "con un pad c\u00e1lido. \u00bfLo quieres m\u00e1s oscuro?"_s;
const QString reasoning = u"The user wants house at 124 BPM in A minor. Four-on-the-floor kick, offbeat bass, a i-VI-III-VII "
                          "progression, and a 32-bar drop."_s;

QByteArray recorded(const QString &name)
{
    QFile file(QStringLiteral(MUSIAIA_AI_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing recorded reply %s", qPrintable(name));
    return file.readAll();
}

struct Assembled
{
    ChatResponse response;
    QString streamedContent;
    QString streamedReasoning;
    std::optional<ProviderError> error;
};

// Feeds `bytes` in pieces of `step` bytes (0: all at once), as the network might deliver them.
Assembled assemble(AiProvider provider, const QByteArray &bytes, qsizetype step)
{
    Assembled out;
    SseDecoder decoder;
    CompletionAssembler assembler(provider);
    auto take = [&](const QList<SseEvent> &events) {
        for (const SseEvent &event : events) {
            const auto update = assembler.feed(event);
            out.streamedContent += update.content;
            out.streamedReasoning += update.reasoning;
            if (update.error && !out.error)
                out.error = update.error;
        }
    };
    if (step <= 0)
        step = bytes.size();
    for (qsizetype at = 0; at < bytes.size(); at += step)
        take(decoder.feed(QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at))));
    take(decoder.finish());
    const auto last = assembler.finish();
    out.streamedContent += last.content;
    out.streamedReasoning += last.reasoning;
    out.response = assembler.response();
    return out;
}

} // namespace

class TestAiParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sseFraming_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QList<QByteArray>>("data");
        QTest::newRow("lf") << QByteArray("data: a\n\ndata: b\n\n") << QList<QByteArray>{"a", "b"};
        QTest::newRow("crlf") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n") << QList<QByteArray>{"a", "b"};
        QTest::newRow("cr") << QByteArray("data: a\r\rdata: b\r\r") << QList<QByteArray>{"a", "b"};
        QTest::newRow("comments") << QByteArray(": keep-alive\n\ndata: a\n: ping\n\n") << QList<QByteArray>{"a"};
        QTest::newRow("multi-line data") << QByteArray("data: {\"a\":\ndata: 1}\n\n") << QList<QByteArray>{"{\"a\":\n1}"};
        QTest::newRow("fields") << QByteArray("event: message\nid: 7\nretry: 10\ndata:x\n\n") << QList<QByteArray>{"x"};
        QTest::newRow("no final blank line") << QByteArray("data: a\n\ndata: [DONE]") << QList<QByteArray>{"a", "[DONE]"};
        QTest::newRow("empty events") << QByteArray("\n\n\n\ndata: a\n\n") << QList<QByteArray>{"a"};
        QTest::newRow("utf8") << QByteArray("data: \xe5\xa5\xbd\xf0\x9f\x8e\xb6\n\n")
                              << QList<QByteArray>{"\xe5\xa5\xbd\xf0\x9f\x8e\xb6"};
    }
    void sseFraming()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QList<QByteArray>, data);
        // Every split point, and byte by byte.
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            SseDecoder decoder;
            QList<QByteArray> got;
            for (const auto &e : decoder.feed(stream.left(cut)))
                got << e.data;
            for (const auto &e : decoder.feed(stream.mid(cut)))
                got << e.data;
            for (const auto &e : decoder.finish())
                got << e.data;
            QCOMPARE(got, data);
        }
        SseDecoder decoder;
        QList<QByteArray> got;
        for (char c : stream) {
            for (const auto &e : decoder.feed(QByteArrayView(&c, 1)))
                got << e.data;
        }
        for (const auto &e : decoder.finish())
            got << e.data;
        QCOMPARE(got, data);
    }

    void sseEventNames()
    {
        SseDecoder decoder;
        const auto events = decoder.feed("event: error\ndata: {\"error\":{}}\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().event, QByteArray("error"));
    }

    void thinkSplitting_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("reasoning");
        QTest::addColumn<QString>("answer");
        QTest::newRow("block then answer") << u"<think>\nplan it\n</think>\n\nHello"_s << u"plan it\n"_s << u"Hello"_s;
        QTest::newRow("no block") << u"Just an answer < 3 > 2"_s << QString() << u"Just an answer < 3 > 2"_s;
        QTest::newRow("never closed") << u"<think>\nstill thinking"_s << u"still thinking"_s << QString();
        QTest::newRow("two blocks") << u"<think>a</think>x<think>b</think>y"_s << u"ab"_s << u"xy"_s;
        QTest::newRow("unicode") << u"<think>\u60f3\U0001F914</think>\u597d"_s << u"\u60f3\U0001F914"_s << u"\u597d"_s;
        QTest::newRow("lookalike") << u"<thin>not a tag</thin>"_s << QString() << u"<thin>not a tag</thin>"_s;
    }
    void thinkSplitting()
    {
        QFETCH(QString, content);
        QFETCH(QString, reasoning);
        QFETCH(QString, answer);
        // Whole, at every split point, and character by character.
        const auto whole = ThinkSplitter::splitAll(content);
        QCOMPARE(whole.reasoning, reasoning);
        QCOMPARE(whole.answer, answer);
        for (qsizetype cut = 0; cut <= content.size(); ++cut) {
            ThinkSplitter splitter;
            auto a = splitter.feed(content.left(cut));
            auto b = splitter.feed(content.mid(cut));
            auto c = splitter.finish();
            QCOMPARE(a.reasoning + b.reasoning + c.reasoning, reasoning);
            QCOMPARE(a.answer + b.answer + c.answer, answer);
        }
        ThinkSplitter splitter;
        QString r, s;
        for (QChar ch : content) {
            const auto piece = splitter.feed(QString(ch));
            r += piece.reasoning;
            s += piece.answer;
        }
        const auto rest = splitter.finish();
        QCOMPARE(r + rest.reasoning, reasoning);
        QCOMPARE(s + rest.answer, answer);
    }

    void recordedStreams_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("reasoningText");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<bool>("done");
        const int glm = int(AiProvider::Glm);
        const int mm = int(AiProvider::MiniMax);
        QTest::newRow("glm stream, keep-alive") << glm << u"glm-stream.sse"_s << answer << reasoning << u"stop"_s << true;
        QTest::newRow("glm unicode crlf") << glm << u"glm-stream-unicode-crlf.sse"_s
                                          << u"\u597d\u7684\uff01\u8fd9\u662f\u4e00\u9996 house \U0001F3B6\U0001F525 \u2014 \u00a1Vamos! \u5c0f\u8c03"_s
                                          << reasoning << u"stop"_s << true;
        QTest::newRow("minimax think split tag") << mm << u"minimax-stream-think.sse"_s << answer << reasoning << u"stop"_s << true;
        QTest::newRow("minimax reasoning split, no DONE") << mm << u"minimax-stream-split.sse"_s << answer << reasoning << u"stop"_s << false;
        QTest::newRow("minimax cumulative details") << mm << u"minimax-stream-split-cumulative.sse"_s << answer << reasoning << u"stop"_s << true;
        QTest::newRow("minimax trailing full event") << mm << u"minimax-stream-final-full.sse"_s << answer << reasoning << u"stop"_s << true;
    }
    void recordedStreams()
    {
        QFETCH(int, provider);
        QFETCH(QString, file);
        QFETCH(QString, content);
        QFETCH(QString, reasoningText);
        QFETCH(QString, finish);
        QFETCH(bool, done);
        const QByteArray bytes = recorded(file);
        for (qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(61), qsizetype(1000)}) {
            const Assembled got = assemble(AiProvider(provider), bytes, step);
            QVERIFY(!got.error);
            QCOMPARE(got.response.content, content);
            QCOMPARE(got.response.reasoning.trimmed(), reasoningText);
            QCOMPARE(got.streamedContent, content);   // what was shown equals the final text
            QCOMPARE(got.streamedReasoning, got.response.reasoning);
            QCOMPARE(got.response.finishReason, finish);
            QCOMPARE(got.response.sawDone, done);
            QCOMPARE(got.response.usage.totalTokens, 170);
            QCOMPARE(got.response.skippedChunks, 0);
        }
    }

    void miniMaxHistoryIsReplayedVerbatim()
    {
        const Assembled think = assemble(AiProvider::MiniMax, recorded(u"minimax-stream-think.sse"_s), 5);
        QCOMPARE(think.response.assistantMessage.content,
                 u"<think>\n"_s + reasoning + u"\n</think>\n\n"_s + answer);
        const Assembled split = assemble(AiProvider::MiniMax, recorded(u"minimax-stream-split-cumulative.sse"_s), 5);
        QCOMPARE(split.response.assistantMessage.content, answer);
        QCOMPARE(split.response.assistantMessage.reasoningDetails.size(), 1);
        const QJsonObject detail = split.response.assistantMessage.reasoningDetails.first().toObject();
        QCOMPARE(detail.value(u"text"_s).toString(), reasoning);
        QCOMPARE(detail.value(u"type"_s).toString(), u"reasoning.text"_s);
        QCOMPARE(detail.value(u"format"_s).toString(), u"MiniMax-response-v1"_s);
    }

    void recordedToolCalls_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QString>("file");
        QTest::newRow("glm whole call, index -1") << int(AiProvider::Glm) << u"glm-stream-tool-call.sse"_s;
        QTest::newRow("glm tool_stream fragments") << int(AiProvider::Glm) << u"glm-tool-stream.sse"_s;
        QTest::newRow("minimax fragments without index") << int(AiProvider::MiniMax) << u"minimax-stream-tool-call-no-index.sse"_s;
    }
    void recordedToolCalls()
    {
        QFETCH(int, provider);
        QFETCH(QString, file);
        for (qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(13)}) {
            const Assembled got = assemble(AiProvider(provider), recorded(file), step);
            QVERIFY(!got.error);
            QCOMPARE(got.response.toolCalls.size(), 1);
            const ToolCall call = got.response.toolCalls.first();
            QCOMPARE(call.name, u"get_weather"_s);
            QVERIFY(call.id.startsWith(u"call_"_s));
            QCOMPARE(QJsonDocument::fromJson(call.arguments.toUtf8()).object().value(u"city"_s).toString(), u"Beijing"_s);
            QCOMPARE(got.response.finishReason, u"tool_calls"_s);
            QVERIFY(!got.response.reasoning.isEmpty());
            QVERIFY(got.response.content.isEmpty());
            QCOMPARE(got.response.assistantMessage.toolCalls.size(), 1);
        }
    }

    void wholeReplies()
    {
        auto glm = parseCompletionBody(AiProvider::Glm, recorded(u"glm-ok.json"_s));
        QVERIFY(std::holds_alternative<ChatResponse>(glm));
        QCOMPARE(std::get<ChatResponse>(glm).content, answer);
        QCOMPARE(std::get<ChatResponse>(glm).reasoning, reasoning);
        QCOMPARE(std::get<ChatResponse>(glm).usage.promptTokens, 42);

        auto objectArgs = parseCompletionBody(AiProvider::Glm, recorded(u"glm-tool-call-object-args.json"_s));
        QVERIFY(std::holds_alternative<ChatResponse>(objectArgs));
        QCOMPARE(std::get<ChatResponse>(objectArgs).toolCalls.value(0).arguments, u"{\"city\":\"Beijing\"}"_s);

        auto think = parseCompletionBody(AiProvider::MiniMax, recorded(u"minimax-ok-think.json"_s));
        QVERIFY(std::holds_alternative<ChatResponse>(think));
        QCOMPARE(std::get<ChatResponse>(think).content, answer);
        QCOMPARE(std::get<ChatResponse>(think).reasoning.trimmed(), reasoning);
        QVERIFY(std::get<ChatResponse>(think).assistantMessage.content.startsWith(u"<think>"_s));

        auto balance = parseCompletionBody(AiProvider::MiniMax, recorded(u"minimax-balance-style-a.json"_s));
        QVERIFY(std::holds_alternative<ProviderError>(balance));
        QCOMPARE(std::get<ProviderError>(balance).kind, ErrorKind::NoBalance);
        QVERIFY(!std::get<ProviderError>(balance).retryable);

        auto sensitive = parseCompletionBody(AiProvider::MiniMax, recorded(u"minimax-sensitive-output.json"_s));
        QVERIFY(std::holds_alternative<ChatResponse>(sensitive));
        const auto filtered = finishReasonError(AiProvider::MiniMax, std::get<ChatResponse>(sensitive).finishReason);
        QVERIFY(filtered);
        QCOMPARE(filtered->kind, ErrorKind::ContentFiltered);

        for (const QByteArray &broken : {QByteArray("{\"choices\":[{\"message\":{\"content\":\"Hal"), QByteArray("<html>"),
                                         QByteArray("[]"), QByteArray("{\"choices\":[]}"), QByteArray()}) {
            auto parsed = parseCompletionBody(AiProvider::Glm, broken);
            QVERIFY(std::holds_alternative<ProviderError>(parsed));
            QCOMPARE(std::get<ProviderError>(parsed).kind, ErrorKind::Malformed);
        }
    }

    void brokenStreamEventsAreSkippedAndCounted()
    {
        const QByteArray bytes = "data: {\"choices\":[{\"delta\":{\"content\":\"lo\n\n" + recorded(u"glm-stream.sse"_s);
        const Assembled got = assemble(AiProvider::Glm, bytes, 17);
        QVERIFY(!got.error);
        QCOMPARE(got.response.skippedChunks, 1);
        QCOMPARE(got.response.content, answer);
    }

    void errorEventsInStreams()
    {
        const QByteArray glm = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n"
                               "data: {\"error\":{\"code\":\"500\",\"message\":\"Internal error\"}}\n\n";
        Assembled got = assemble(AiProvider::Glm, glm, 0);
        QVERIFY(got.error);
        QCOMPARE(got.error->kind, ErrorKind::ServerError);
        QCOMPARE(got.response.content, u"Hi"_s);   // the partial answer is kept
        const QByteArray miniMax = "data: {\"choices\":[],\"base_resp\":{\"status_code\":1027,\"status_msg\":\"output new_sensitive\"}}\n\n";
        got = assemble(AiProvider::MiniMax, miniMax, 0);
        QVERIFY(got.error);
        QCOMPARE(got.error->kind, ErrorKind::ContentFiltered);
    }

    void errorClassification_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        const int glm = int(AiProvider::Glm);
        const int mm = int(AiProvider::MiniMax);
        auto row = [](const char *name, int p, int s, const char *b, ErrorKind k, bool r) {
            QTest::newRow(name) << p << s << QByteArray(b) << int(k) << r;
        };
        row("glm 401 1002", glm, 401, R"j({"error":{"code":"1002","message":"Authorization Token illegal"}})j", ErrorKind::BadKey, false);
        row("glm 401 gateway", glm, 401, R"j({"error":{"code":"401","message":"token expired or incorrect"}})j", ErrorKind::BadKey, false);
        row("glm 1113 as 429: never retried", glm, 429, R"j({"error":{"code":"1113","message":"Insufficient balance"}})j", ErrorKind::NoBalance, false);
        row("glm 1302", glm, 429, R"j({"error":{"code":"1302","message":"High concurrency"},"request_id":"x"})j", ErrorKind::RateLimited, true);
        row("glm 1303 numeric code", glm, 429, R"j({"error":{"code":1303,"message":"frequency"}})j", ErrorKind::RateLimited, true);
        row("glm 1304 daily quota", glm, 429, R"j({"error":{"code":"1304","message":"daily"}})j", ErrorKind::QuotaReached, false);
        row("glm 1301 filter", glm, 400, R"j({"error":{"code":"1301","message":"unsafe"}})j", ErrorKind::ContentFiltered, false);
        row("glm 1261 too long", glm, 400, R"j({"error":{"code":"1261","message":"Prompt exceeds max length"}})j", ErrorKind::ContextTooLong, false);
        row("glm 1211 model", glm, 400, R"j({"error":{"code":"1211","message":"Model does not exist"}})j", ErrorKind::InvalidRequest, false);
        row("glm 500", glm, 500, R"j({"error":{"code":"500","message":"Internal error"}})j", ErrorKind::ServerError, true);
        row("glm anthropic route", glm, 429, R"j({"type":"error","error":{"type":"rate_limit_error","code":"1113","message":"[1113][Insufficient balance][r]"}})j", ErrorKind::NoBalance, false);
        row("html 502", glm, 502, "<html><body>502 Bad Gateway</body></html>", ErrorKind::ServerError, true);
        row("html 404", mm, 404, "<html>not found</html>", ErrorKind::InvalidRequest, false);
        row("minimax style B 2049", mm, 401, R"j({"type":"error","error":{"type":"authorized_error","message":"invalid api key (2049)","http_code":"401"}})j", ErrorKind::BadKey, false);
        row("minimax style A 1004", mm, 200, R"j({"base_resp":{"status_code":1004,"status_msg":"login fail"}})j", ErrorKind::BadKey, false);
        row("minimax 1008 style A", mm, 200, R"j({"id":"x","choices":null,"base_resp":{"status_code":1008,"status_msg":"insufficient balance"}})j", ErrorKind::NoBalance, false);
        row("minimax 1008 as 500", mm, 500, R"j({"type":"error","error":{"type":"insufficient_balance_error","message":"insufficient balance (1008)"}})j", ErrorKind::NoBalance, false);
        row("minimax 1002 style B", mm, 429, R"j({"type":"error","error":{"type":"rate_limit_error","message":"rate limit (1002)"}})j", ErrorKind::RateLimited, true);
        row("minimax 2056 plan window", mm, 429, R"j({"type":"error","error":{"type":"rate_limit_error","message":"usage limit exceeded, resets at 18:00 (2056)"}})j", ErrorKind::QuotaReached, false);
        row("minimax 2013 openai route", mm, 400, R"j({"error":{"message":"invalid params, invalid chat setting (2013)","type":"bad_request_error","param":"","code":null}})j", ErrorKind::InvalidRequest, false);
        row("minimax 1039", mm, 200, R"j({"base_resp":{"status_code":1039,"status_msg":"token limit"}})j", ErrorKind::ContextTooLong, false);
        row("minimax 1024 style A", mm, 200, R"j({"base_resp":{"status_code":1024,"status_msg":"internal error"}})j", ErrorKind::ServerError, true);
        row("minimax 1027", mm, 200, R"j({"base_resp":{"status_code":1027,"status_msg":"output new_sensitive"}})j", ErrorKind::ContentFiltered, false);
        row("unknown 429", mm, 429, "{}", ErrorKind::RateLimited, true);
        row("402", mm, 402, "{}", ErrorKind::NoBalance, false);
        row("408", mm, 408, R"j({"type":"error","error":{"type":"api_error","message":"request timeout (1001)"}})j", ErrorKind::ServerError, true);
    }
    void errorClassification()
    {
        QFETCH(int, provider);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        const ProviderError error = decodeErrorReply(AiProvider(provider), status, "application/json", body, {});
        QCOMPARE(errorKindName(error.kind), errorKindName(ErrorKind(kind)));
        QCOMPARE(error.retryable, retryable);
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.message.contains(providerDisplayName(AiProvider(provider))), qPrintable(error.message));
    }

    void retryAfter()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("2", now), 2000);
        QCOMPARE(parseRetryAfter(" 0.5 ", now), 500);
        QCOMPARE(parseRetryAfter("Sat, 28 Nov 2026 12:00:30 GMT", now), 30000);
        QCOMPARE(parseRetryAfter("Sat, 28 Nov 2026 11:00:00 GMT", now), 0);   // in the past: now
        QCOMPARE(parseRetryAfter("", now), -1);
        QCOMPARE(parseRetryAfter("soon", now), -1);
        QCOMPARE(parseRetryAfter("-3", now), -1);
        const ProviderError withHeader = decodeErrorReply(AiProvider::Glm, 429, "application/json",
                                                           R"j({"error":{"code":"1302","message":"x"}})j", "2", now);
        QCOMPARE(withHeader.retryAfterMs, 2000);
    }

    void backoffHasJitterAndACap()
    {
        NetworkPolicy policy;
        QCOMPARE(retryDelayMs(1, policy, 0.0, -1), 250);
        QCOMPARE(retryDelayMs(1, policy, 0.999999, -1), 499);
        QCOMPARE(retryDelayMs(3, policy, 0.0, -1), 1000);
        QCOMPARE(retryDelayMs(10, policy, 0.999999, -1), 7999);   // capped at 8 s
        QCOMPARE(retryDelayMs(1, policy, 0.5, 2000), 2000);      // Retry-After wins
    }

    void glmRequestBody()
    {
        ChatRequest request;
        request.messages = {ChatMessage::system(u"sys"_s), ChatMessage::user(u"hola"_s)};
        request.temperature = 0.0;
        request.thinking = false;
        request.tools = {ToolDefinition{u"submit_plan"_s, u"d"_s, {}}};
        WireOptions options{u"glm-4.6"_s, 4096, false};
        const QJsonObject body = buildChatBody(AiProvider::Glm, request, options);
        QCOMPARE(body.value(u"model"_s).toString(), u"glm-4.6"_s);
        QCOMPARE(body.value(u"thinking"_s).toObject().value(u"type"_s).toString(), u"disabled"_s);
        QCOMPARE(body.value(u"do_sample"_s).toBool(true), false);
        QVERIFY(body.value(u"temperature"_s).toDouble() > 0.0);
        QCOMPARE(body.value(u"max_tokens"_s).toInt(), 4096);
        QCOMPARE(body.value(u"tool_choice"_s).toString(), u"auto"_s);
        QCOMPARE(body.value(u"tool_stream"_s).toBool(), true);
        QCOMPARE(body.value(u"messages"_s).toArray().size(), 2);
        request.temperature = 1.7;
        QCOMPARE(buildChatBody(AiProvider::Glm, request, options).value(u"temperature"_s).toDouble(), 1.0);
        options.model = u"glm-4.5"_s;
        QVERIFY(!buildChatBody(AiProvider::Glm, request, options).contains(u"tool_stream"_s));
    }

    void miniMaxRequestBody()
    {
        ChatRequest request;
        ChatMessage previous;
        previous.role = ChatMessage::Role::Assistant;
        previous.content = u"<think>\nhmm\n</think>\n\nHi"_s;
        previous.toolCalls = {ToolCall{u"call_function_1_1"_s, u"submit_plan"_s, u"{\"a\": 1, broken"_s}};
        request.messages = {ChatMessage::system(u"one"_s), ChatMessage::user(u"hola"_s), previous,
                            ChatMessage::toolResult(u"call_function_1_1"_s, u"ok"_s), ChatMessage::system(u"two"_s)};
        request.temperature = 0.0;
        request.tools = {ToolDefinition{u"submit_plan"_s, u"d"_s, {}}};
        const QJsonObject body = buildChatBody(AiProvider::MiniMax, request, WireOptions{u"MiniMax-M2"_s, 2048, true});
        const QJsonArray messages = body.value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 4);   // one merged system message
        QCOMPARE(messages.at(0).toObject().value(u"content"_s).toString(), u"one\n\ntwo"_s);
        QCOMPARE(messages.at(2).toObject().value(u"content"_s).toString(), previous.content);   // <think> kept
        QCOMPARE(messages.at(2).toObject().value(u"tool_calls"_s).toArray().at(0).toObject()
                     .value(u"function"_s).toObject().value(u"arguments"_s).toString(), u"{}"_s);   // made valid
        QVERIFY(body.value(u"temperature"_s).toDouble() > 0.0);
        QCOMPARE(body.value(u"max_completion_tokens"_s).toInt(), 2048);
        QVERIFY(!body.contains(u"max_tokens"_s));
        QCOMPARE(body.value(u"reasoning_split"_s).toBool(), true);
        QCOMPARE(body.value(u"stream_options"_s).toObject().value(u"include_usage"_s).toBool(), true);
        QVERIFY(body.value(u"tools"_s).toArray().at(0).toObject().value(u"function"_s).toObject()
                    .value(u"parameters"_s).isObject());
        QVERIFY(!body.contains(u"thinking"_s));
    }

    void endpoints()
    {
        QCOMPARE(chatCompletionsUrl(u"https://api.z.ai/api/paas/v4/"_s).toString(),
                 u"https://api.z.ai/api/paas/v4/chat/completions"_s);
        QCOMPARE(endpointDefaults(AiProvider::Glm).mainland, u"https://open.bigmodel.cn/api/paas/v4"_s);
        QCOMPARE(endpointDefaults(AiProvider::MiniMax).international, u"https://api.minimax.io/v1"_s);
        QCOMPARE(endpointDefaults(AiProvider::MiniMax).mainland, u"https://api.minimaxi.com/v1"_s);
    }

    void tokenEstimate()
    {
        QCOMPARE(estimateTokens(QString()), 0);
        QCOMPARE(estimateTokens(u"abcdefgh"_s), 2);
        QVERIFY(estimateTokens(u"\u597d\u7684\u597d\u7684\u597d\u7684"_s) >= 4);
    }
};

QTEST_GUILESS_MAIN(TestAiParsing)
#include "tst_aiparsing.moc"

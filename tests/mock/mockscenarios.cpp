// SPDX-License-Identifier: GPL-3.0-or-later
// Every scenario of the mock-server contract (docs/ai-providers.md 4.3 and 4.4).
#include "mockaiserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::mock {
namespace {

constexpr qint64 created = 1760443200;   // fixed: deterministic replies

QString defaultAnswer()
{
    return u"Un house a 124 BPM en La menor: bombo a negras, bajo en contratiempo y acordes Am\u2013F\u2013C\u2013G "
           "con un pad c\u00e1lido. \u00bfLo quieres m\u00e1s oscuro?"_s;
}
QString defaultReasoning()
{
    return u"The user wants house at 124 BPM in A minor. Four-on-the-floor kick, offbeat bass, a i-VI-III-VII "
           "progression, and a 32-bar drop."_s;
}

QString hexId(const QJsonObject &json, int length, int seen)
{
    const QByteArray seed = QJsonDocument(json).toJson(QJsonDocument::Compact) + QByteArray::number(seen);
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(length));
}

QStringList splitText(const QString &text, int size = 9)
{
    QStringList parts;
    for (qsizetype i = 0; i < text.size(); i += size) {
        qsizetype length = size;
        if (i + length < text.size() && text.at(i + length).isLowSurrogate())
            ++length;   // never split a surrogate pair inside the JSON text itself
        parts << text.mid(i, length);
        i += length - size;
    }
    return parts;
}

QByteArray event(const QJsonObject &object)
{
    return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
}

struct Context
{
    const MockRequest &request;
    const Params &params;
    const Fixtures &fixtures;
    int seen;
    bool glm() const { return request.dialect == Dialect::Glm; }
    bool stream() const { return request.json.value(u"stream"_s).toBool(); }
    QString model() const { return request.json.value(u"model"_s).toString(); }
    int param(const QString &name, int fallback) const
    {
        bool ok = false;
        const int value = params.value(name).toInt(&ok);
        return ok ? value : fallback;
    }
    QString answer() const { return fixtures.answer.isEmpty() ? defaultAnswer() : fixtures.answer; }
    QString reasoning() const { return fixtures.reasoning.isEmpty() ? defaultReasoning() : fixtures.reasoning; }
    bool thinking() const
    {
        return request.json.value(u"thinking"_s).toObject().value(u"type"_s).toString() != u"disabled";
    }
    bool split() const { return request.json.value(u"reasoning_split"_s).toBool(); }
    // The tool the request offers that the fixtures have arguments for (or the first one).
    QPair<QString, QString> tool() const
    {
        const QJsonArray tools = request.json.value(u"tools"_s).toArray();
        // args=<fixture name>: answer with that fixture's arguments (an invalid plan, say).
        if (const QString chosen = params.value(u"args"_s); !chosen.isEmpty() && fixtures.toolArguments.contains(chosen)) {
            const QString name = tools.isEmpty() ? chosen
                                                 : tools.first().toObject().value(u"function"_s).toObject().value(u"name"_s).toString();
            return {name, fixtures.toolArguments.value(chosen)};
        }
        for (const QJsonValue &tool : tools) {
            const QString name = tool.toObject().value(u"function"_s).toObject().value(u"name"_s).toString();
            if (fixtures.toolArguments.contains(name))
                return {name, fixtures.toolArguments.value(name)};
        }
        const QString first = tools.isEmpty() ? u"get_weather"_s
                                              : tools.first().toObject().value(u"function"_s).toObject().value(u"name"_s).toString();
        return {first, u"{\"city\":\"Beijing\"}"_s};
    }
    QString id() const { return glm() ? u"20251014120000"_s + hexId(request.json, 16, seen) : hexId(request.json, 32, seen); }
};

// ---- Envelopes ----------------------------------------------------------------------------------

QJsonObject glmUsage()
{
    return {{u"prompt_tokens"_s, 42}, {u"completion_tokens"_s, 128}, {u"total_tokens"_s, 170},
            {u"prompt_tokens_details"_s, QJsonObject{{u"cached_tokens"_s, 0}}}};
}

QJsonObject miniMaxUsage(bool withReasoning = true)
{
    QJsonObject usage{{u"total_tokens"_s, 170}, {u"total_characters"_s, 0}, {u"prompt_tokens"_s, 42},
                      {u"completion_tokens"_s, 128}};
    if (withReasoning)
        usage.insert(u"completion_tokens_details"_s, QJsonObject{{u"reasoning_tokens"_s, 64}});
    return usage;
}

QJsonObject miniMaxSensitivity(bool output = false)
{
    return {{u"input_sensitive"_s, false}, {u"output_sensitive"_s, output}, {u"input_sensitive_type"_s, 0},
            {u"output_sensitive_type"_s, output ? 1 : 0}, {u"output_sensitive_int"_s, 0}};
}

QJsonObject glmChunk(const Context &c, QJsonObject delta, const QString &finish = {}, bool usage = false)
{
    delta.insert(u"role"_s, u"assistant"_s);
    QJsonObject choice{{u"index"_s, 0}, {u"delta"_s, delta}};
    if (!finish.isEmpty())
        choice.insert(u"finish_reason"_s, finish);
    QJsonObject chunk{{u"id"_s, c.id()}, {u"created"_s, created}, {u"model"_s, c.model()},
                      {u"choices"_s, QJsonArray{choice}}};
    if (usage)
        chunk.insert(u"usage"_s, glmUsage());
    return chunk;
}

QJsonObject miniMaxChunk(const Context &c, QJsonObject delta, const QString &finish = {})
{
    delta.insert(u"role"_s, u"assistant"_s);
    delta.insert(u"name"_s, u"MiniMax AI"_s);
    delta.insert(u"audio_content"_s, QString());
    QJsonObject choice{{u"index"_s, 0}, {u"delta"_s, delta}};
    if (!finish.isEmpty())
        choice.insert(u"finish_reason"_s, finish);
    QJsonObject chunk = miniMaxSensitivity();
    chunk.insert(u"id"_s, c.id());
    chunk.insert(u"choices"_s, QJsonArray{choice});
    chunk.insert(u"created"_s, created);
    chunk.insert(u"model"_s, c.model());
    chunk.insert(u"object"_s, u"chat.completion.chunk"_s);
    chunk.insert(u"usage"_s, QJsonValue::Null);
    return chunk;
}

QJsonObject miniMaxUsageChunk(const Context &c)
{
    QJsonObject chunk = miniMaxSensitivity();
    chunk.insert(u"id"_s, c.id());
    chunk.insert(u"choices"_s, QJsonArray());
    chunk.insert(u"created"_s, created);
    chunk.insert(u"model"_s, c.model());
    chunk.insert(u"object"_s, u"chat.completion.chunk"_s);
    chunk.insert(u"usage"_s, miniMaxUsage());
    chunk.insert(u"base_resp"_s, QJsonObject{{u"status_code"_s, 0}, {u"status_msg"_s, QString()}});
    return chunk;
}

QJsonObject glmCompletion(const Context &c, QJsonObject message, const QString &finish)
{
    message.insert(u"role"_s, u"assistant"_s);
    return {{u"id"_s, c.id()},
            {u"request_id"_s, c.request.json.value(u"request_id"_s).toString(c.id())},
            {u"created"_s, created},
            {u"model"_s, c.model()},
            {u"choices"_s, QJsonArray{QJsonObject{{u"index"_s, 0}, {u"finish_reason"_s, finish}, {u"message"_s, message}}}},
            {u"usage"_s, glmUsage()}};
}

QJsonObject miniMaxCompletion(const Context &c, QJsonObject message, const QString &finish, bool outputSensitive = false)
{
    message.insert(u"role"_s, u"assistant"_s);
    message.insert(u"name"_s, u"MiniMax AI"_s);
    message.insert(u"audio_content"_s, QString());
    QJsonObject body = miniMaxSensitivity(outputSensitive);
    body.insert(u"id"_s, c.id());
    body.insert(u"choices"_s, QJsonArray{QJsonObject{{u"finish_reason"_s, finish}, {u"index"_s, 0}, {u"message"_s, message}}});
    body.insert(u"created"_s, created);
    body.insert(u"model"_s, c.model());
    body.insert(u"object"_s, u"chat.completion"_s);
    body.insert(u"usage"_s, miniMaxUsage());
    body.insert(u"base_resp"_s, QJsonObject{{u"status_code"_s, 0}, {u"status_msg"_s, QString()}});
    return body;
}

QJsonObject reasoningDetail(const QString &text)
{
    return {{u"type"_s, u"reasoning.text"_s}, {u"id"_s, u"reasoning-text-1"_s},
            {u"format"_s, u"MiniMax-response-v1"_s}, {u"index"_s, 0}, {u"text"_s, text}};
}

// ---- Errors -------------------------------------------------------------------------------------

ResponseScript glmError(int status, const QString &code, const QString &message, bool requestId = false)
{
    QJsonObject body{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
    if (requestId)
        body.insert(u"request_id"_s, u"20251014120000abcdef0123456789"_s);
    return ResponseScript::json(status, body);
}

ResponseScript miniMaxStyleB(int status, const QString &type, const QString &message)
{
    return ResponseScript::json(status, {{u"type"_s, u"error"_s},
                                         {u"error"_s, QJsonObject{{u"type"_s, type}, {u"message"_s, message},
                                                                  {u"http_code"_s, QString::number(status)}}},
                                         {u"request_id"_s, u"0af3d2c1b4e5f6a7b8c9d0e1f2a3b4c5"_s}});
}

ResponseScript miniMaxStyleA(const Context &c, int code, const QString &message)
{
    return ResponseScript::json(200, {{u"id"_s, c.id()},
                                      {u"choices"_s, QJsonValue::Null},
                                      {u"base_resp"_s, QJsonObject{{u"status_code"_s, code}, {u"status_msg"_s, message}}},
                                      {u"usage"_s, miniMaxUsage(false)}});
}

void withRetryAfter(ResponseScript &script, const Context &c)
{
    if (c.params.contains(u"retry_after"_s))
        script.headers.append({"Retry-After", c.params.value(u"retry_after"_s).toLatin1()});
}

// ---- Streams ------------------------------------------------------------------------------------

// Frames events into pieces as the parameters say: keep-alive comments, CRLF, split writes,
// coalesced writes, a stall or a disconnect after N events, a delay between events.
ResponseScript streamScript(const Context &c, QList<QByteArray> events, bool done = true)
{
    if (done && c.params.value(u"done"_s) != u"0")
        events.append("data: [DONE]\n\n");
    ResponseScript script;
    script.status = 200;
    script.chunked = true;
    script.headers.append({QByteArray("Content-Type"),
                           QByteArray(c.glm() ? "text/event-stream;charset=UTF-8" : "text/event-stream")});
    script.headers.append({QByteArray("Cache-Control"), QByteArray("no-cache")});
    const int stallAfter = c.param(u"stall_after"_s, -1);
    const int closeAfter = c.param(u"close_after"_s, -1);
    if (stallAfter >= 0 && stallAfter < events.size()) {
        events = events.first(stallAfter);
        script.end = ResponseScript::End::KeepOpen;
    } else if (closeAfter >= 0 && closeAfter < events.size()) {
        events = events.first(closeAfter);
        script.end = c.params.value(u"rst"_s) == u"1" ? ResponseScript::End::Abort : ResponseScript::End::Close;
    }
    const int gap = c.param(u"inter_chunk_ms"_s, 0);
    const bool keepAlive = c.params.value(u"keepalive"_s) == u"1";
    const bool crlf = c.params.value(u"crlf"_s) == u"1";
    const bool splitWrites = c.params.value(u"split"_s) == u"1";
    QList<QByteArray> writes;
    for (QByteArray e : std::as_const(events)) {
        if (keepAlive)
            e.prepend(": keep-alive\n\n");
        if (crlf)
            e.replace("\n", "\r\n");
        if (splitWrites && e.size() > 2) {
            writes << e.left(e.size() / 2) << e.mid(e.size() / 2);   // anywhere, even inside a character
        } else {
            writes << e;
        }
    }
    if (c.params.value(u"coalesce"_s) == u"1" && !writes.isEmpty())
        writes = {writes.join()};
    for (const QByteArray &write : std::as_const(writes))
        script.pieces.append({gap, write});
    script.headersDelayMs = c.param(u"headers_delay_ms"_s, 0);
    return script;
}

QList<QByteArray> glmTextEvents(const Context &c, const QString &answer, bool withReasoning)
{
    QList<QByteArray> events;
    if (withReasoning) {
        events << event(glmChunk(c, {{u"content"_s, QString()}, {u"reasoning_content"_s, u"\n"_s}}));
        for (const QString &piece : splitText(c.reasoning()))
            events << event(glmChunk(c, {{u"reasoning_content"_s, piece}}));
    }
    const QStringList pieces = splitText(answer);
    for (qsizetype i = 0; i < pieces.size(); ++i)
        events << event(glmChunk(c, {{u"content"_s, i == 0 ? u"\n"_s + pieces.at(i) : pieces.at(i)}}));
    return events;
}

ResponseScript glmOk(const Context &c, const QString &answer, bool withReasoning)
{
    if (!c.stream()) {
        QJsonObject message{{u"content"_s, answer}};
        if (withReasoning)
            message.insert(u"reasoning_content"_s, c.reasoning());
        return ResponseScript::json(200, glmCompletion(c, message, u"stop"_s));
    }
    QList<QByteArray> events = glmTextEvents(c, answer, withReasoning);
    events << event(glmChunk(c, {{u"content"_s, QString()}}, u"stop"_s, true));
    return streamScript(c, events);
}

ResponseScript glmToolCall(const Context &c, bool objectArguments)
{
    const auto [name, arguments] = c.tool();
    const QJsonValue argumentValue = objectArguments ? QJsonValue(QJsonDocument::fromJson(arguments.toUtf8()).object())
                                                     : QJsonValue(arguments);
    const QString callId = u"call_"_s + hexId(c.request.json, 20, c.seen);
    if (!c.stream()) {
        const QJsonObject call{{u"id"_s, callId}, {u"type"_s, u"function"_s},
                               {u"function"_s, QJsonObject{{u"name"_s, name}, {u"arguments"_s, argumentValue}}}};
        QJsonObject message{{u"content"_s, QString()}, {u"tool_calls"_s, QJsonArray{call}}};
        if (c.thinking())
            message.insert(u"reasoning_content"_s, c.reasoning());
        return ResponseScript::json(200, glmCompletion(c, message, u"tool_calls"_s));
    }
    QList<QByteArray> events;
    if (c.thinking()) {
        for (const QString &piece : splitText(c.reasoning()))
            events << event(glmChunk(c, {{u"reasoning_content"_s, piece}}));
    }
    events << event(glmChunk(c, {{u"content"_s, u"\n"_s}}));
    if (c.request.json.value(u"tool_stream"_s).toBool()) {
        // Incremental arguments, OpenAI style, accumulated by index.
        events << event(glmChunk(c, {{u"tool_calls"_s, QJsonArray{QJsonObject{
            {u"index"_s, 0}, {u"id"_s, callId}, {u"type"_s, u"function"_s},
            {u"function"_s, QJsonObject{{u"name"_s, name}, {u"arguments"_s, QString()}}}}}}}));
        for (const QString &fragment : splitText(arguments, 7))
            events << event(glmChunk(c, {{u"tool_calls"_s, QJsonArray{QJsonObject{
                {u"index"_s, 0}, {u"function"_s, QJsonObject{{u"arguments"_s, fragment}}}}}}}));
    } else {
        // The whole call in one chunk, with index -1 and the finish reason on the same chunk.
        events << event(glmChunk(c, {{u"tool_calls"_s, QJsonArray{QJsonObject{
            {u"id"_s, callId}, {u"index"_s, -1}, {u"type"_s, u"function"_s},
            {u"function"_s, QJsonObject{{u"name"_s, name}, {u"arguments"_s, argumentValue}}}}}}}, u"tool_calls"_s));
    }
    events << event(glmChunk(c, {{u"content"_s, QString()}}, u"tool_calls"_s, true));
    return streamScript(c, events);
}

// MiniMax content with inline <think>: the closing tag split across two deltas.
QList<QByteArray> miniMaxThinkEvents(const Context &c, const QString &answer, bool splitTag, QString *lastPiece)
{
    const QString full = u"<think>\n"_s + c.reasoning() + u"\n</think>\n\n"_s + answer;
    QStringList pieces;
    if (splitTag) {
        const qsizetype at = full.indexOf(u"</think>"_s) + 5;   // "...</thi" | "nk>\n\n..."
        pieces << splitText(full.left(at)) << splitText(full.mid(at));
    } else {
        pieces = splitText(full);
    }
    *lastPiece = pieces.takeLast();   // the finish chunk still carries content
    QList<QByteArray> events;
    for (const QString &piece : std::as_const(pieces))
        events << event(miniMaxChunk(c, {{u"content"_s, piece}}));
    return events;
}

ResponseScript miniMaxOk(const Context &c, const QString &scenario, const QString &answer)
{
    const bool split = c.split() || scenario.startsWith(u"stream_split"_s) || scenario == u"ok_split";
    if (!c.stream()) {
        QJsonObject message;
        if (split) {
            message.insert(u"content"_s, answer);
            message.insert(u"reasoning_content"_s, c.reasoning());
            message.insert(u"reasoning_details"_s, QJsonArray{reasoningDetail(c.reasoning())});
        } else {
            message.insert(u"content"_s, QString(u"<think>\n"_s + c.reasoning() + u"\n</think>\n\n"_s + answer));
        }
        return ResponseScript::json(200, miniMaxCompletion(c, message, u"stop"_s));
    }
    QList<QByteArray> events;
    QString last;
    if (split) {
        const bool cumulative = scenario == u"stream_split_cumulative" || c.params.value(u"cumulative"_s) == u"1";
        QString soFar;
        for (const QString &piece : splitText(c.reasoning())) {
            soFar += piece;
            const QString text = cumulative ? soFar : piece;
            events << event(miniMaxChunk(c, {{u"reasoning_content"_s, piece},
                                             {u"reasoning_details"_s, QJsonArray{reasoningDetail(text)}}}));
        }
        QStringList pieces = splitText(answer);
        last = pieces.takeLast();
        for (const QString &piece : std::as_const(pieces))
            events << event(miniMaxChunk(c, {{u"content"_s, piece}}));
    } else {
        events << miniMaxThinkEvents(c, answer, scenario == u"think_split" || scenario == u"stream_think", &last);
    }
    events << event(miniMaxChunk(c, {{u"content"_s, last}}, u"stop"_s));
    events << event(miniMaxUsageChunk(c));
    if (scenario == u"stream_final_full") {
        QJsonObject message{{u"content"_s, split ? answer : QString(u"<think>\n"_s + c.reasoning() + u"\n</think>\n\n"_s + answer)}};
        events << event(miniMaxCompletion(c, message, u"stop"_s));
    }
    return streamScript(c, events);
}

ResponseScript miniMaxToolCall(const Context &c)
{
    const auto [name, arguments] = c.tool();
    const QString callId = u"call_function_"_s + hexId(c.request.json, 12, c.seen) + u"_1"_s;
    const QString think = u"<think>\n"_s + c.reasoning() + u"\n</think>\n\n"_s;
    if (!c.stream()) {
        QJsonObject message{{u"content"_s, think},
                            {u"tool_calls"_s, QJsonArray{QJsonObject{
                                {u"id"_s, callId}, {u"type"_s, u"function"_s},
                                {u"function"_s, QJsonObject{{u"name"_s, name}, {u"arguments"_s, arguments}}},
                                {u"index"_s, 0}}}}};
        return ResponseScript::json(200, miniMaxCompletion(c, message, u"tool_calls"_s));
    }
    QList<QByteArray> events;
    for (const QString &piece : splitText(think))
        events << event(miniMaxChunk(c, {{u"content"_s, piece}}));
    const bool noIndex = c.params.value(u"no_index"_s) == u"1";
    const QStringList fragments = splitText(arguments, 11);
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        QJsonObject call{{u"function"_s, i == 0 ? QJsonObject{{u"name"_s, name}, {u"arguments"_s, fragments.at(i)}}
                                                : QJsonObject{{u"arguments"_s, fragments.at(i)}}}};
        if (i == 0) {
            call.insert(u"id"_s, callId);
            call.insert(u"type"_s, u"function"_s);
        }
        if (!noIndex)
            call.insert(u"index"_s, 0);
        events << event(miniMaxChunk(c, {{u"tool_calls"_s, QJsonArray{call}}}));
    }
    events << event(miniMaxChunk(c, {{u"content"_s, QString()}}, u"tool_calls"_s));
    events << event(miniMaxUsageChunk(c));
    return streamScript(c, events);
}

// The texts to answer with: a tool call when the request offers a tool the fixtures know, the
// JSON fixture for GLM's JSON mode, the answer otherwise.
bool wantsToolCall(const Context &c)
{
    const QJsonArray tools = c.request.json.value(u"tools"_s).toArray();
    for (const QJsonValue &tool : tools) {
        if (c.fixtures.toolArguments.contains(tool.toObject().value(u"function"_s).toObject().value(u"name"_s).toString()))
            return true;
    }
    return false;
}

QString answerFor(const Context &c)
{
    if (c.request.json.value(u"response_format"_s).toObject().value(u"type"_s).toString() == u"json_object"
        && c.fixtures.toolArguments.contains(u"__json__"_s))
        return c.fixtures.toolArguments.value(u"__json__"_s);
    return c.answer();
}

ResponseScript common(const Context &c, const QString &scenario, bool *handled)
{
    *handled = true;
    if (scenario == u"malformed_json") {
        if (!c.stream())
            return ResponseScript::text(200, "application/json", "{\"id\":\"x\",\"choices\":[{\"index\":0,\"message\":{\"content\":\"Hal");
        QList<QByteArray> events{"data: {\"id\":\"broken\",\"choices\":[{\"delta\":{\"content\":\"lost\n\n"};
        const ResponseScript ok = c.glm() ? glmOk(c, c.answer(), false) : miniMaxOk(c, u"ok"_s, c.answer());
        ResponseScript script = ok;
        script.pieces.prepend({0, events.first()});
        return script;
    }
    if (scenario == u"html_error")
        return ResponseScript::text(502, "text/html",
                                    "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
                                    "</h1></center><hr><center>nginx</center></body></html>");
    if (scenario == u"unknown_path")
        return ResponseScript::text(404, "text/plain", "404 page not found");
    *handled = false;
    return {};
}

ResponseScript glmScenario(const Context &c, const QString &scenario)
{
    bool handled = false;
    ResponseScript common_ = common(c, scenario, &handled);
    if (handled)
        return common_;
    if (scenario == u"401")
        return unauthorized(Dialect::Glm, {});
    if (scenario == u"401_gateway")
        return unauthorized(Dialect::Glm, u"gateway"_s);
    if (scenario == u"429" || scenario == u"429_concurrency") {
        ResponseScript script = glmError(429, u"1302"_s, u"High concurrency usage of this API, please reduce concurrency or contact customer service to increase limits"_s, true);
        withRetryAfter(script, c);
        return script;
    }
    if (scenario == u"429_rate")
        return glmError(429, u"1303"_s, u"Request frequency too high"_s);
    if (scenario == u"429_then_ok") {
        const int count = c.param(u"count"_s, 2);
        if (c.seen % (count + 1) < count) {
            ResponseScript script = glmError(429, u"1302"_s, u"Rate limit reached for requests"_s, true);
            withRetryAfter(script, c);
            return script;
        }
        return wantsToolCall(c) ? glmToolCall(c, false) : glmOk(c, answerFor(c), c.thinking());
    }
    if (scenario == u"balance" || scenario == u"429_balance")
        return glmError(429, u"1113"_s, u"Insufficient balance or no resource package. Please recharge."_s);
    if (scenario == u"400_filter" || scenario == u"sensitive")
        return glmError(400, u"1301"_s, u"\u7cfb\u7edf\u68c0\u6d4b\u5230\u8f93\u5165\u6216\u751f\u6210\u5185\u5bb9\u53ef\u80fd\u5305\u542b\u4e0d\u5b89\u5168\u6216\u654f\u611f\u5185\u5bb9 / The input or output may contain unsafe or sensitive content"_s);
    if (scenario == u"400_model")
        return glmError(400, u"1211"_s, u"\u6a21\u578b\u4e0d\u5b58\u5728 / Model does not exist"_s);
    if (scenario == u"400_too_long" || scenario == u"context")
        return glmError(400, u"1261"_s, u"Prompt exceeds max length"_s);
    if (scenario == u"500")
        return glmError(500, u"500"_s, u"Internal error"_s);
    if (scenario == u"503")
        return glmError(503, u"500"_s, u"Service unavailable"_s);
    if (scenario == u"tool_call" || scenario == u"stream_tool_call" || scenario == u"stream_tool_stream")
        return glmToolCall(c, false);
    if (scenario == u"tool_call_object_args")
        return glmToolCall(c, true);
    if (scenario == u"length" || scenario == u"length_empty") {
        const QString answer = scenario == u"length" ? c.answer().left(30) : QString();
        if (!c.stream()) {
            return ResponseScript::json(200, glmCompletion(c, {{u"content"_s, answer}, {u"reasoning_content"_s, c.reasoning()}},
                                                           u"length"_s));
        }
        QList<QByteArray> events = glmTextEvents(c, answer, true);
        events << event(glmChunk(c, {{u"content"_s, QString()}}, u"length"_s, true));
        return streamScript(c, events);
    }
    if (scenario == u"sensitive_midstream" || scenario == u"network_error_midstream" || scenario == u"error_event_midstream") {
        QList<QByteArray> events = glmTextEvents(c, c.answer(), false).first(3);
        if (scenario == u"error_event_midstream") {
            events << event({{u"error"_s, QJsonObject{{u"code"_s, u"500"_s}, {u"message"_s, u"Internal error"_s}}}});
            ResponseScript script = streamScript(c, events, false);
            script.end = ResponseScript::End::Close;
            return script;
        }
        events << event(glmChunk(c, {{u"content"_s, QString()}},
                                 scenario == u"sensitive_midstream" ? u"sensitive"_s : u"network_error"_s, true));
        return streamScript(c, events);
    }
    if (scenario == u"slow_first_byte") {
        ResponseScript script = glmOk(c, c.answer(), c.thinking());
        script.headersDelayMs = c.param(u"headers_delay_ms"_s, 30'000);
        return script;
    }
    if (scenario == u"stall" || scenario == u"disconnect" || scenario == u"slow_stream") {
        Params params = c.params;
        if (scenario == u"stall" && !params.contains(u"stall_after"_s))
            params.insert(u"stall_after"_s, u"4"_s);
        if (scenario == u"disconnect" && !params.contains(u"close_after"_s))
            params.insert(u"close_after"_s, u"4"_s);
        if (scenario == u"slow_stream" && !params.contains(u"inter_chunk_ms"_s))
            params.insert(u"inter_chunk_ms"_s, u"2000"_s);
        const Context adjusted{c.request, params, c.fixtures, c.seen};
        return glmOk(adjusted, adjusted.answer(), adjusted.thinking());
    }
    if (scenario == u"no_done") {
        Params params = c.params;
        params.insert(u"done"_s, u"0"_s);
        const Context adjusted{c.request, params, c.fixtures, c.seen};
        return glmOk(adjusted, adjusted.answer(), adjusted.thinking());
    }
    if (scenario == u"stream_unicode") {
        Params params = c.params;
        params.insert(u"split"_s, u"1"_s);
        const Context adjusted{c.request, params, c.fixtures, c.seen};
        return glmOk(adjusted, u"\u597d\u7684\uff01\u8fd9\u662f\u4e00\u9996 house \U0001F3B6\U0001F525 \u2014 \u00a1Vamos! \u5c0f\u8c03"_s, true);
    }
    if (scenario == u"ok_no_thinking")
        return glmOk(c, answerFor(c), false);
    // ok, stream, think_split and anything unknown: the normal answer.
    return wantsToolCall(c) ? glmToolCall(c, false) : glmOk(c, answerFor(c), c.thinking());
}

ResponseScript miniMaxScenario(const Context &c, const QString &scenario)
{
    bool handled = false;
    ResponseScript common_ = common(c, scenario, &handled);
    if (handled)
        return common_;
    if (scenario == u"401")
        return unauthorized(Dialect::MiniMax, {});
    if (scenario == u"401_style_a")
        return unauthorized(Dialect::MiniMax, u"style_a"_s);
    if (scenario == u"429") {
        ResponseScript script = miniMaxStyleB(429, u"rate_limit_error"_s, u"rate limit (1002)"_s);
        withRetryAfter(script, c);
        return script;
    }
    if (scenario == u"429_style_a")
        return miniMaxStyleA(c, 1002, u"rate limit"_s);
    if (scenario == u"429_then_ok") {
        const int count = c.param(u"count"_s, 2);
        if (c.seen % (count + 1) < count) {
            ResponseScript script = miniMaxStyleB(429, u"rate_limit_error"_s, u"rate limit (1002)"_s);
            withRetryAfter(script, c);
            return script;
        }
        return wantsToolCall(c) ? miniMaxToolCall(c) : miniMaxOk(c, u"ok"_s, c.answer());
    }
    if (scenario == u"balance")
        return miniMaxStyleA(c, 1008, u"insufficient balance"_s);   // plain JSON even on a stream request
    if (scenario == u"balance_402")
        return miniMaxStyleB(402, u"insufficient_balance_error"_s, u"insufficient balance (1008)"_s);
    if (scenario == u"balance_500")
        return miniMaxStyleB(500, u"insufficient_balance_error"_s, u"insufficient balance (1008)"_s);
    if (scenario == u"plan_window")
        return miniMaxStyleB(429, u"rate_limit_error"_s,
                             u"usage limit exceeded, 5-hour usage limit reached, resets at 2026-11-28T18:00:00Z (2056)"_s);
    if (scenario == u"context")
        return miniMaxStyleA(c, 1039, u"token limit"_s);
    if (scenario == u"invalid_params")
        return miniMaxStyleB(400, u"bad_request_error"_s, u"invalid params, invalid chat setting (2013)"_s);
    if (scenario == u"500")
        return miniMaxStyleB(500, u"api_error"_s, u"unknown error (1000)"_s);
    if (scenario == u"500_style_a")
        return miniMaxStyleA(c, 1024, u"internal error"_s);
    if (scenario == u"timeout_408") {
        ResponseScript script = miniMaxStyleB(408, u"api_error"_s, u"request timeout (1001)"_s);
        script.headersDelayMs = c.param(u"delay_ms"_s, 2000);
        return script;
    }
    if (scenario == u"sensitive" || scenario == u"sensitive_output") {
        if (c.params.value(u"style"_s) == u"a")
            return miniMaxStyleA(c, 1027, u"output new_sensitive"_s);
        return ResponseScript::json(200, miniMaxCompletion(c, {{u"content"_s, QString()}}, u"content_filter"_s, true));
    }
    if (scenario == u"tool_call" || scenario == u"stream_tool_call")
        return miniMaxToolCall(c);
    if (scenario == u"length") {
        // The <think> block never closed: the budget went on thinking.
        if (!c.stream())
            return ResponseScript::json(200, miniMaxCompletion(c, {{u"content"_s, QString(u"<think>\n"_s + c.reasoning())}}, u"length"_s));
        QList<QByteArray> events;
        for (const QString &piece : splitText(u"<think>\n"_s + c.reasoning()))
            events << event(miniMaxChunk(c, {{u"content"_s, piece}}));
        events << event(miniMaxChunk(c, {{u"content"_s, QString()}}, u"length"_s));
        events << event(miniMaxUsageChunk(c));
        return streamScript(c, events);
    }
    if (scenario == u"slow_first_byte") {
        ResponseScript script = miniMaxOk(c, u"ok"_s, c.answer());
        script.headersDelayMs = c.param(u"headers_delay_ms"_s, 30'000);
        return script;
    }
    if (scenario == u"stall" || scenario == u"disconnect" || scenario == u"slow_stream" || scenario == u"no_done") {
        Params params = c.params;
        if (scenario == u"stall" && !params.contains(u"stall_after"_s))
            params.insert(u"stall_after"_s, u"4"_s);
        if (scenario == u"disconnect" && !params.contains(u"close_after"_s))
            params.insert(u"close_after"_s, u"4"_s);
        if (scenario == u"slow_stream" && !params.contains(u"inter_chunk_ms"_s))
            params.insert(u"inter_chunk_ms"_s, u"2000"_s);
        if (scenario == u"no_done")
            params.insert(u"done"_s, u"0"_s);
        const Context adjusted{c.request, params, c.fixtures, c.seen};
        return miniMaxOk(adjusted, u"ok"_s, adjusted.answer());
    }
    if (scenario == u"stream_unicode") {
        Params params = c.params;
        params.insert(u"split"_s, u"1"_s);
        const Context adjusted{c.request, params, c.fixtures, c.seen};
        return miniMaxOk(adjusted, u"think_split"_s, u"\u597d\u7684\uff01house \U0001F3B6 \u00a1Vamos!"_s);
    }
    if (wantsToolCall(c) && scenario != u"think_split")
        return miniMaxToolCall(c);
    // ok, ok_think, ok_split, stream_think, stream_split(_cumulative), stream_final_full, think_split.
    return miniMaxOk(c, scenario, c.answer());
}

} // namespace

ResponseScript unauthorized(Dialect dialect, const QString &variant)
{
    if (dialect == Dialect::Glm) {
        if (variant == u"gateway")
            return glmError(401, u"401"_s, u"token expired or incorrect"_s);
        return glmError(401, u"1002"_s, u"Authorization Token illegal, please check the token."_s);
    }
    if (variant == u"style_a")
        return ResponseScript::json(200, {{u"base_resp"_s, QJsonObject{{u"status_code"_s, 1004},
            {u"status_msg"_s, u"login fail: Please carry the API secret key in the 'Authorization' field of the request header"_s}}}});
    return miniMaxStyleB(401, u"authorized_error"_s, u"invalid api key (2049)"_s);
}

ResponseScript buildScenario(const MockRequest &request, const QString &scenario, const Params &params,
                             const Fixtures &fixtures, int seenBefore)
{
    const Context context{request, params, fixtures, seenBefore};
    return request.dialect == Dialect::Glm ? glmScenario(context, scenario) : miniMaxScenario(context, scenario);
}

QStringList MockAiServer::scenarioNames(Dialect dialect)
{
    QStringList common = {u"ok"_s, u"tool_call"_s, u"401"_s, u"429"_s, u"429_then_ok"_s, u"balance"_s,
                          u"context"_s, u"sensitive"_s, u"500"_s, u"html_error"_s, u"malformed_json"_s,
                          u"slow_first_byte"_s, u"slow_stream"_s, u"stall"_s, u"disconnect"_s, u"no_done"_s,
                          u"stream_unicode"_s, u"length"_s};
    if (dialect == Dialect::Glm)
        common << u"ok_no_thinking"_s << u"401_gateway"_s << u"429_rate"_s << u"400_model"_s << u"503"_s
               << u"tool_call_object_args"_s << u"length_empty"_s << u"sensitive_midstream"_s
               << u"network_error_midstream"_s << u"error_event_midstream"_s;
    else
        common << u"think_split"_s << u"ok_split"_s << u"stream_split_cumulative"_s << u"stream_final_full"_s
               << u"401_style_a"_s << u"429_style_a"_s << u"balance_402"_s << u"balance_500"_s << u"plan_window"_s
               << u"invalid_params"_s << u"500_style_a"_s << u"timeout_408"_s;
    return common;
}

} // namespace musiaia::mock

// SPDX-License-Identifier: GPL-3.0-or-later
#include "wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::ai {
namespace {

QJsonValue validJsonArguments(const QString &arguments)
{
    // MiniMax refuses history whose arguments are not a valid JSON string (2013): re-serialise.
    const QJsonDocument document = QJsonDocument::fromJson(arguments.toUtf8());
    if (document.isObject())
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    return u"{}"_s;
}

QJsonObject messageJson(AiProvider provider, const ChatMessage &message)
{
    QJsonObject json{{u"role"_s, roleName(message.role)}, {u"content"_s, message.content}};
    if (message.role == ChatMessage::Role::Tool)
        json.insert(u"tool_call_id"_s, message.toolCallId);
    if (message.role != ChatMessage::Role::Assistant)
        return json;
    if (!message.toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ToolCall &call : message.toolCalls) {
            calls.append(QJsonObject{
                {u"id"_s, call.id},
                {u"type"_s, u"function"_s},
                {u"function"_s, QJsonObject{{u"name"_s, call.name},
                                            {u"arguments"_s, validJsonArguments(call.arguments)}}}});
        }
        json.insert(u"tool_calls"_s, calls);
    }
    if (provider == AiProvider::Glm && !message.reasoningContent.isEmpty())
        json.insert(u"reasoning_content"_s, message.reasoningContent);
    if (provider == AiProvider::MiniMax && !message.reasoningDetails.isEmpty())
        json.insert(u"reasoning_details"_s, message.reasoningDetails);
    return json;
}

QJsonArray toolsJson(const QList<ToolDefinition> &tools)
{
    QJsonArray array;
    for (const ToolDefinition &tool : tools) {
        QJsonObject parameters = tool.parameters;
        if (parameters.isEmpty())   // MiniMax: "function parameters is empty (2013)"
            parameters = QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject()}};
        array.append(QJsonObject{
            {u"type"_s, u"function"_s},
            {u"function"_s, QJsonObject{{u"name"_s, tool.name},
                                        {u"description"_s, tool.description},
                                        {u"parameters"_s, parameters}}}});
    }
    return array;
}

bool supportsToolStream(const QString &model)
{
    static const QRegularExpression newer(u"^glm-(4\\.[6-9]|[5-9])"_s, QRegularExpression::CaseInsensitiveOption);
    return newer.match(model).hasMatch();
}

QString codeSuffix(const QString &code, int httpStatus)
{
    if (!code.isEmpty())
        return u" (code %1)"_s.arg(code);
    if (httpStatus > 0)
        return u" (HTTP %1)"_s.arg(httpStatus);
    return {};
}

QString jsonCode(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

// "invalid api key (2049)" -> 2049; "[1113][Insufficient balance][req]" -> 1113.
QString codeInMessage(const QString &message)
{
    static const QRegularExpression trailing(u"\\((\\d{3,5})\\)\\s*$"_s);
    static const QRegularExpression leading(u"^\\[(\\d{3,5})\\]"_s);
    if (const auto m = trailing.match(message); m.hasMatch())
        return m.captured(1);
    if (const auto m = leading.match(message); m.hasMatch())
        return m.captured(1);
    return {};
}

} // namespace

EndpointDefaults endpointDefaults(AiProvider provider)
{
    switch (provider) {
    case AiProvider::Glm:
        return {u"https://api.z.ai/api/paas/v4"_s, u"https://open.bigmodel.cn/api/paas/v4"_s, u"glm-4.6"_s};
    case AiProvider::MiniMax:
        return {u"https://api.minimax.io/v1"_s, u"https://api.minimaxi.com/v1"_s, u"MiniMax-M2"_s};
    case AiProvider::Local:
        break;
    }
    return {};
}

QUrl chatCompletionsUrl(const QString &baseUrl)
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + u"/chat/completions"_s);
}

QJsonObject buildChatBody(AiProvider provider, const ChatRequest &request, const WireOptions &options)
{
    QJsonObject body{{u"model"_s, options.model}, {u"stream"_s, request.stream}};
    const int maxTokens = request.maxTokens > 0 ? request.maxTokens : options.maxTokens;

    QJsonArray messages;
    if (provider == AiProvider::MiniMax) {
        // Only one system message is supported: merge them, first.
        QStringList system;
        for (const ChatMessage &message : request.messages) {
            if (message.role == ChatMessage::Role::System)
                system << message.content;
        }
        if (!system.isEmpty())
            messages.append(QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, system.join(u"\n\n"_s)}});
    }
    for (const ChatMessage &message : request.messages) {
        if (provider == AiProvider::MiniMax && message.role == ChatMessage::Role::System)
            continue;
        messages.append(messageJson(provider, message));
    }
    body.insert(u"messages"_s, messages);

    if (!request.tools.isEmpty()) {
        body.insert(u"tools"_s, toolsJson(request.tools));
        body.insert(u"tool_choice"_s, u"auto"_s);   // the only choice either provider offers
    }

    if (provider == AiProvider::Glm) {
        body.insert(u"thinking"_s, QJsonObject{{u"type"_s, request.thinking ? u"enabled"_s : u"disabled"_s}});
        if (request.temperature) {
            if (*request.temperature <= 0.0) {
                body.insert(u"do_sample"_s, false);   // greedy, as the official SDK maps 0
                body.insert(u"temperature"_s, 0.01);
            } else {
                body.insert(u"temperature"_s, std::clamp(*request.temperature, 0.01, 1.0));
            }
        }
        body.insert(u"max_tokens"_s, std::clamp(maxTokens, 1, 131072));
        if (request.jsonObject)
            body.insert(u"response_format"_s, QJsonObject{{u"type"_s, u"json_object"_s}});
        if (request.stream && !request.tools.isEmpty() && supportsToolStream(options.model))
            body.insert(u"tool_stream"_s, true);
    } else {
        // M2 rejects temperature 0; (0, 1], 1.0 recommended; top_p sent explicitly.
        body.insert(u"temperature"_s, std::clamp(request.temperature.value_or(1.0), 0.01, 1.0));
        body.insert(u"top_p"_s, 0.95);
        body.insert(u"max_completion_tokens"_s, std::clamp(maxTokens, 1, 204800));
        if (request.stream)
            body.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
        if (options.miniMaxReasoningSplit)
            body.insert(u"reasoning_split"_s, true);
    }
    return body;
}

ProviderError classify(AiProvider provider, int httpStatus, const QString &code, const QString &providerMessage)
{
    ProviderError error;
    error.httpStatus = httpStatus;
    error.providerCode = code;
    error.providerMessage = providerMessage.left(500);
    const int number = code.toInt();

    auto set = [&error](ErrorKind kind, bool retryable) {
        error.kind = kind;
        error.retryable = retryable;
        return true;
    };
    bool known = false;
    if (provider == AiProvider::Glm && !code.isEmpty()) {
        if ((number >= 1000 && number <= 1004) || number == 401 || (number >= 1110 && number <= 1121 && number != 1113))
            known = set(ErrorKind::BadKey, false);
        else if (number == 1113)
            known = set(ErrorKind::NoBalance, false);   // arrives as HTTP 429: never retry it
        else if (number == 1300 || number == 1301)
            known = set(ErrorKind::ContentFiltered, false);
        else if (number == 1261)
            known = set(ErrorKind::ContextTooLong, false);
        else if (number == 1302 || number == 1303 || number == 1305 || number == 1312)
            known = set(ErrorKind::RateLimited, true);
        else if (number == 1304 || (number >= 1308 && number <= 1311) || number == 1313)
            known = set(ErrorKind::QuotaReached, false);
        else if ((number >= 1210 && number <= 1231))
            known = set(ErrorKind::InvalidRequest, false);
        else if (number == 500 || number == 1234)
            known = set(ErrorKind::ServerError, true);
    } else if (provider == AiProvider::MiniMax && !code.isEmpty()) {
        if (number == 1004 || number == 2049)
            known = set(ErrorKind::BadKey, false);
        else if (number == 1008)
            known = set(ErrorKind::NoBalance, false);
        else if (number == 1028 || number == 1030 || number == 2056 || number == 2061)
            known = set(ErrorKind::QuotaReached, false);
        else if (number == 1002 || number == 2045 || number == 1041)
            known = set(ErrorKind::RateLimited, true);
        else if (number == 1000 || number == 1001 || number == 1013 || number == 1024 || number == 1033)
            known = set(ErrorKind::ServerError, true);
        else if (number == 1026 || number == 1027)
            known = set(ErrorKind::ContentFiltered, false);
        else if (number == 1039)
            known = set(ErrorKind::ContextTooLong, false);
        else if (number == 2013 || number == 1042)
            known = set(ErrorKind::InvalidRequest, false);
    }
    if (!known) {
        if (httpStatus == 401 || httpStatus == 403)
            set(ErrorKind::BadKey, false);
        else if (httpStatus == 402)
            set(ErrorKind::NoBalance, false);
        else if (httpStatus == 413)
            set(ErrorKind::ContextTooLong, false);
        else if (httpStatus == 429)
            set(ErrorKind::RateLimited, true);
        else if (httpStatus == 408 || httpStatus >= 500)
            set(ErrorKind::ServerError, true);
        else
            set(ErrorKind::InvalidRequest, false);
    }

    const QString name = providerDisplayName(provider);
    const QString ref = codeSuffix(code, httpStatus);
    const QString said = error.providerMessage.isEmpty() ? QString() : u": \u201c%1\u201d"_s.arg(error.providerMessage);
    switch (error.kind) {
    case ErrorKind::BadKey:
        error.message = u"%1 did not accept the API key%2. Check the key in the settings, and that it "
                        "belongs to this endpoint (international or mainland)."_s.arg(name, ref);
        break;
    case ErrorKind::NoBalance:
        error.message = provider == AiProvider::Glm
            ? u"Your GLM account has no balance left%1. Recharge it; a Coding Plan key only works with the "
              "Coding Plan endpoint."_s.arg(ref)
            : u"Your MiniMax account has no balance left%1. Recharge it, or check that the key type "
              "(pay-as-you-go or plan) matches your account."_s.arg(ref);
        break;
    case ErrorKind::QuotaReached:
        error.message = u"The %1 usage limit is reached%2%3. It resets later; the other provider or the "
                        "offline composer can answer meanwhile."_s.arg(name, ref, said);
        break;
    case ErrorKind::RateLimited:
        error.message = u"%1 is limiting requests right now%2. Wait a moment and try again."_s.arg(name, ref);
        break;
    case ErrorKind::ContentFiltered:
        error.message = u"%1 refused the message or its answer on content grounds%2. Try rephrasing it."_s.arg(name, ref);
        break;
    case ErrorKind::ContextTooLong:
        error.message = u"The conversation is too long for %1%2. Start a new chat or shorten the message."_s.arg(name, ref);
        break;
    case ErrorKind::InvalidRequest:
        error.message = u"%1 did not accept the request%2%3. Check the model name and the base URL in the "
                        "settings."_s.arg(name, ref, said);
        break;
    case ErrorKind::ServerError:
        error.message = u"%1 had a server error%2. Try again in a moment."_s.arg(name, ref);
        break;
    default:
        break;
    }
    return error;
}

std::optional<ProviderError> errorInObject(AiProvider provider, const QJsonObject &object, int httpStatus)
{
    const QJsonValue errorValue = object.value(u"error"_s);
    if (errorValue.isObject()) {
        const QJsonObject error = errorValue.toObject();
        const QString message = error.value(u"message"_s).toString();
        QString code = jsonCode(error.value(u"code"_s));
        if (code.isEmpty())
            code = codeInMessage(message);
        int status = httpStatus;
        if (const int stated = jsonCode(error.value(u"http_code"_s)).toInt(); status < 400 && stated >= 400)
            status = stated;
        return classify(provider, status, code, message);
    }
    const QJsonObject baseResp = object.value(u"base_resp"_s).toObject();
    if (const int status = baseResp.value(u"status_code"_s).toInt(); status != 0)
        return classify(provider, httpStatus, QString::number(status), baseResp.value(u"status_msg"_s).toString());
    return std::nullopt;
}

ProviderError decodeErrorReply(AiProvider provider, int httpStatus, const QByteArray &contentType,
                               const QByteArray &body, const QByteArray &retryAfter, const QDateTime &now)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    ProviderError error;
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        if (auto inside = errorInObject(provider, document.object(), httpStatus))
            error = *inside;
        else
            error = classify(provider, httpStatus, {}, {});
    } else if (httpStatus >= 400) {
        // A proxy's or gateway's page: the status is all we can go on.
        error = classify(provider, httpStatus, {}, {});
        if (contentType.contains("html") || body.trimmed().startsWith('<'))
            error.message = u"%1 answered with an error page instead of its API (HTTP %2). %3"_s.arg(
                providerDisplayName(provider), QString::number(httpStatus),
                error.retryable ? u"Try again in a moment."_s : u"Check the base URL in the settings."_s);
    } else {
        error.kind = ErrorKind::Malformed;
        error.httpStatus = httpStatus;
        error.message = u"%1 sent a reply that could not be read (%2)."_s.arg(providerDisplayName(provider),
                                                                           parseError.errorString());
    }
    error.retryAfterMs = parseRetryAfter(retryAfter, now);
    return error;
}

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min(seconds, 86400.0) * 1000);
    // HTTP-date ("Sat, 28 Nov 2026 12:00:30 GMT"); Qt's RFC 2822 parser wants a numeric zone.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(u" GMT"_s) || text.endsWith(u" UTC"_s))
        text = text.chopped(4) + u" +0000"_s;
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(std::clamp<qint64>(now.msecsTo(at), 0, 86'400'000));
}

ProviderError transportError(AiProvider provider, ErrorKind kind, const QString &detail)
{
    ProviderError error;
    error.kind = kind;
    error.providerMessage = detail;
    const QString name = providerDisplayName(provider);
    switch (kind) {
    case ErrorKind::NetworkDown:
        error.retryable = true;
        error.message = u"Cannot reach %1 (%2). Check the network connection and the base URL."_s.arg(name, detail);
        break;
    case ErrorKind::FirstByteTimeout:
        error.retryable = true;
        error.message = u"%1 did not answer in time. Try again, or raise the timeout in the settings."_s.arg(name);
        break;
    case ErrorKind::Stalled:
        error.message = u"%1 stopped sending in the middle of the answer; the part received is kept."_s.arg(name);
        break;
    case ErrorKind::Interrupted:
        error.message = u"The connection to %1 broke during the answer (%2); the part received is kept."_s.arg(name, detail);
        break;
    case ErrorKind::Malformed:
        error.message = u"%1 sent a reply that could not be read (%2)."_s.arg(name, detail);
        break;
    case ErrorKind::Cancelled:
        error.message = u"Stopped."_s;
        break;
    case ErrorKind::NotConfigured:
        error.message = detail;
        break;
    default:
        error.message = detail;
        break;
    }
    return error;
}

} // namespace musiaia::ai

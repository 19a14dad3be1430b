// SPDX-License-Identifier: GPL-3.0-or-later
// Request validation as each provider does it (docs/ai-providers.md 4.2): a client bug gets the
// provider's real error reply, so tests catch it.
#include "mockaiserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::mock {
namespace {

ResponseScript glmInvalid(const QString &code, const QString &message)
{
    return ResponseScript::json(400, {{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}});
}

ResponseScript miniMaxInvalid(const QString &detail)
{
    return ResponseScript::json(400, {{u"error"_s, QJsonObject{{u"message"_s, u"invalid params, %1 (2013)"_s.arg(detail)},
                                                               {u"type"_s, u"bad_request_error"_s},
                                                               {u"param"_s, QString()},
                                                               {u"code"_s, QJsonValue::Null}}}});
}

int estimatedPromptTokens(const QJsonArray &messages)
{
    qsizetype characters = 0;
    for (const QJsonValue &message : messages)
        characters += message.toObject().value(u"content"_s).toString().size();
    return int(characters / 2);
}

std::optional<ResponseScript> validateGlm(const MockRequest &request, QString *reason, QStringList *warnings)
{
    const QJsonObject &json = request.json;
    auto fail = [reason](const QString &code, const QString &message) {
        *reason = message;
        return glmInvalid(code, message);
    };
    static const QStringList models = {u"glm-4.6"_s, u"glm-4.5"_s, u"glm-4.5-air"_s, u"glm-4.5-flash"_s,
                                       u"glm-4.7"_s, u"glm-4-plus"_s, u"glm-4-flash"_s, u"glm-4.5-x"_s};
    if (json.isEmpty())
        return fail(u"1210"_s, u"request body is not JSON"_s);
    if (!models.contains(json.value(u"model"_s).toString()))
        return fail(u"1211"_s, u"\u6a21\u578b\u4e0d\u5b58\u5728\uff0c\u8bf7\u68c0\u67e5\u6a21\u578b\u4ee3\u7801\u3002 / Model does not exist"_s);
    const QJsonArray messages = json.value(u"messages"_s).toArray();
    if (messages.isEmpty())
        return fail(u"1214"_s, u"messages must not be empty"_s);
    bool hasUserOrTool = false;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        const QString role = message.value(u"role"_s).toString();
        if (!QStringList{u"system"_s, u"user"_s, u"assistant"_s, u"tool"_s}.contains(role))
            return fail(u"1214"_s, u"messages.role illegal: %1"_s.arg(role));
        if (role == u"user" || role == u"tool")
            hasUserOrTool = true;
        if (role == u"tool" && message.value(u"tool_call_id"_s).toString().isEmpty())
            return fail(u"1214"_s, u"tool message without tool_call_id"_s);
        if (message.value(u"content"_s).isArray())
            warnings->append(u"content sent as an array: GLM ignores it"_s);
    }
    if (!hasUserOrTool)
        return fail(u"1214"_s, u"messages must not consist of only system or assistant messages"_s);
    if (json.contains(u"temperature"_s)) {
        const double t = json.value(u"temperature"_s).toDouble(-1);
        if (t < 0.0 || t > 1.0)
            return fail(u"1214"_s, u"temperature must be in [0, 1]"_s);
    }
    if (json.contains(u"top_p"_s)) {
        const double p = json.value(u"top_p"_s).toDouble(-1);
        if (p < 0.01 || p > 1.0)
            return fail(u"1214"_s, u"top_p must be in [0.01, 1]"_s);
    }
    if (json.contains(u"max_tokens"_s)) {
        const int m = json.value(u"max_tokens"_s).toInt(-1);
        if (m < 1 || m > 131072)
            return fail(u"1214"_s, u"max_tokens must be in [1, 131072]"_s);
    }
    if (json.contains(u"tool_choice"_s) && json.value(u"tool_choice"_s).toString() != u"auto")
        return fail(u"1214"_s, u"tool_choice only supports auto"_s);
    if (json.value(u"stop"_s).toArray().size() > 1)
        return fail(u"1214"_s, u"only one stop word is supported"_s);
    if (json.contains(u"thinking"_s)) {
        const QString type = json.value(u"thinking"_s).toObject().value(u"type"_s).toString();
        if (type != u"enabled" && type != u"disabled")
            return fail(u"1214"_s, u"thinking.type must be enabled or disabled"_s);
    }
    if (json.contains(u"response_format"_s)) {
        const QString type = json.value(u"response_format"_s).toObject().value(u"type"_s).toString();
        if (type != u"text" && type != u"json_object")
            return fail(u"1214"_s, u"response_format.type must be text or json_object"_s);
    }
    if (json.contains(u"request_id"_s)) {
        const qsizetype n = json.value(u"request_id"_s).toString().size();
        if (n < 6 || n > 64)
            return fail(u"1214"_s, u"request_id must have 6 to 64 characters"_s);
    }
    if (json.contains(u"user_id"_s)) {
        const qsizetype n = json.value(u"user_id"_s).toString().size();
        if (n < 6 || n > 128)
            return fail(u"1214"_s, u"user_id must have 6 to 128 characters"_s);
    }
    for (const char *unsupported : {"n", "presence_penalty", "frequency_penalty", "logit_bias", "parallel_tool_calls"}) {
        if (json.contains(QLatin1StringView(unsupported)))
            warnings->append(u"unsupported field sent: %1"_s.arg(QLatin1StringView(unsupported)));
    }
    if (estimatedPromptTokens(messages) > 200'000)
        return fail(u"1261"_s, u"Prompt exceeds max length"_s);
    return std::nullopt;
}

std::optional<ResponseScript> validateMiniMax(const MockRequest &request, QString *reason, QStringList *warnings)
{
    const QJsonObject &json = request.json;
    auto fail = [reason](const QString &detail) {
        *reason = detail;
        return miniMaxInvalid(detail);
    };
    if (json.isEmpty())
        return fail(u"request body is not JSON"_s);
    if (json.value(u"model"_s).toString().isEmpty())
        return fail(u"model is required"_s);
    const QJsonArray messages = json.value(u"messages"_s).toArray();
    if (messages.isEmpty())
        return fail(u"messages is empty"_s);
    int systemCount = 0;
    QSet<QString> callIds;
    bool previousAssistantLooksStripped = false;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        const QString role = message.value(u"role"_s).toString();
        if (role == u"system")
            ++systemCount;
        if (role == u"assistant") {
            const QJsonArray calls = message.value(u"tool_calls"_s).toArray();
            for (const QJsonValue &call : calls) {
                const QJsonObject object = call.toObject();
                const QString id = object.value(u"id"_s).toString();
                callIds.insert(id);
                const QJsonValue arguments = object.value(u"function"_s).toObject().value(u"arguments"_s);
                QJsonParseError parseError;
                QJsonDocument::fromJson(arguments.toString().toUtf8(), &parseError);
                if (!arguments.isString() || parseError.error != QJsonParseError::NoError)
                    return fail(u"invalid function arguments json string, tool_call_id: %1"_s.arg(id));
            }
            const bool hasThink = message.value(u"content"_s).toString().contains(u"<think>"_s);
            const bool hasDetails = message.value(u"reasoning_details"_s).isArray();
            if (!hasThink && !hasDetails)
                previousAssistantLooksStripped = true;
        }
        if (role == u"tool") {
            const QString id = message.value(u"tool_call_id"_s).toString();
            if (!callIds.contains(id))
                return fail(u"tool result's tool id(%1) not found"_s.arg(id));
        }
    }
    if (systemCount > 1)
        return fail(u"invalid chat setting"_s);
    if (previousAssistantLooksStripped)
        warnings->append(u"an earlier assistant turn has neither its <think> block nor reasoning_details"_s);
    const bool lenient = request.headers.value("x-mock-params").contains("lenient=1");
    if (json.contains(u"temperature"_s)) {
        const double t = json.value(u"temperature"_s).toDouble(-1);
        if (t <= 0.0 || t > (lenient ? 2.0 : 1.0))
            return fail(u"temperature must be in (0, 1]"_s);
    }
    const QJsonArray tools = json.value(u"tools"_s).toArray();
    for (const QJsonValue &tool : tools) {
        if (!tool.toObject().value(u"function"_s).toObject().value(u"parameters"_s).isObject())
            return fail(u"function parameters is empty"_s);
    }
    if (json.contains(u"tool_choice"_s)) {
        const QString choice = json.value(u"tool_choice"_s).toString();
        if (choice != u"auto" && choice != u"none")
            return fail(u"tool_choice must be auto or none"_s);
    }
    if (json.value(u"n"_s).toInt(1) > 1)
        return fail(u"n must be 1"_s);
    if (estimatedPromptTokens(messages) > 204'800)
        return std::optional<ResponseScript>(ResponseScript::json(200, {{u"base_resp"_s,
            QJsonObject{{u"status_code"_s, 1039}, {u"status_msg"_s, u"token limit"_s}}}}));
    return std::nullopt;
}

} // namespace

std::optional<ResponseScript> validateRequest(const MockRequest &request, QString *reason, QStringList *warnings)
{
    if (request.headers.value("content-type").split(';').first().trimmed() != "application/json") {
        *reason = u"Content-Type is not application/json"_s;
        return request.dialect == Dialect::Glm ? glmInvalid(u"1210"_s, *reason) : miniMaxInvalid(*reason);
    }
    return request.dialect == Dialect::Glm ? validateGlm(request, reason, warnings)
                                           : validateMiniMax(request, reason, warnings);
}

} // namespace musiaia::mock

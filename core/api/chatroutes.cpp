// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api/v1/chat/message, POST /api/v1/projects/generate and POST /api/v1/chat/cancel, over the
// chat bridge. By default a call is answered when the chat session has answered (a song takes
// seconds); with "wait": false it is answered at once with 202 and the conversation's id, and the
// caller follows the progress on the WebSocket or reads the history.
#include "chatbridge.h"
#include "routes.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::api {
namespace {

bool readConversation(const QJsonObject &body, qint64 *conversationId, ApiError *error)
{
    const QJsonValue value = body.value(u"conversation"_s);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble() || value.toDouble() < 1 || value.toDouble() != double(value.toInteger())) {
        *error
            = ApiError::badRequest(u"\"conversation\" is a conversation id (a positive number), or null"_s);
        return false;
    }
    *conversationId = value.toInteger();
    return true;
}

bool readWait(const QJsonObject &body, bool *wait, ApiError *error)
{
    const QJsonValue value = body.value(u"wait"_s);
    if (value.isUndefined())
        return true;
    if (!value.isBool()) {
        *error = ApiError::badRequest(u"\"wait\" is true or false"_s);
        return false;
    }
    *wait = value.toBool();
    return true;
}

enum class Wants { Reply, Song };

void run(RouteContext &context, const QString &text, qint64 conversationId, bool wait, Wants wants,
         const ApiReply &reply)
{
    ChatBridge::Finished finished;
    if (wait) {
        finished = [reply, wants](const ChatBridge::Outcome &outcome) {
            using Status = session::MessageRecord::Status;
            if (outcome.reply.status == Status::Cancelled)
                return reply.error({ 409, u"cancelled"_s, outcome.reply.content });
            if (outcome.reply.status == Status::Failed)
                return reply.error({ 500, u"failed"_s, outcome.reply.content });
            if (wants == Wants::Song && !outcome.version) {
                return reply.error(
                    { 422, u"no_song"_s,
                      u"the request did not make a song (conversation %1): %2"_s.arg(outcome.conversationId)
                          .arg(outcome.reply.content) });
            }
            reply.json(200, outcome.toJson());
        };
    }
    qint64 conversation = 0;
    ChatBridge::Request request;
    request.text = text;
    request.conversationId = conversationId;
    if (const std::optional<ApiError> refused
        = context.chat->start(request, std::move(finished), &conversation))
        return reply.error(*refused);
    if (!wait) {
        reply.json(202,
                   { { u"conversation"_s, conversation },
                     { u"status"_s, u"running"_s },
                     { u"historyUrl"_s, u"/api/v1/chat/history?conversation=%1"_s.arg(conversation) },
                     { u"cancelUrl"_s, u"/api/v1/chat/cancel"_s } });
    }
}

void message(RouteContext &context, const ApiRequest &request, const ApiReply &reply)
{
    QJsonObject body;
    ApiError error;
    if (!request.jsonBody(&body, &error))
        return reply.error(error);
    const QJsonValue text = body.contains(u"message"_s) ? body.value(u"message"_s) : body.value(u"content"_s);
    if (!text.isString() || text.toString().trimmed().isEmpty())
        return reply.error(ApiError::badRequest(
            u"send {\"message\": \"...\"} (and \"conversation\": ID to go on with one)"_s));
    qint64 conversationId = 0;
    bool wait = true;
    if (!readConversation(body, &conversationId, &error) || !readWait(body, &wait, &error))
        return reply.error(error);
    run(context, text.toString(), conversationId, wait, Wants::Reply, reply);
}

// The original design's requirements ({"style": "house", "bpm": 124, "key": "Am", "mood": "dark"})
// said as a request, which the session then reads like any other message.
bool requestFromRequirements(const QJsonObject &requirements, QString *text, ApiError *error)
{
    const auto textField = [&](const QString &name, QString *value) {
        const QJsonValue field = requirements.value(name);
        if (field.isUndefined() || field.isNull())
            return true;
        if (!field.isString()) {
            *error = ApiError::badRequest(u"requirements.%1 is text"_s.arg(name));
            return false;
        }
        *value = field.toString().simplified();
        return true;
    };
    QString style;
    QString key;
    QString mood;
    QString description;
    QString language;
    if (!textField(u"style"_s, &style) || !textField(u"key"_s, &key) || !textField(u"mood"_s, &mood)
        || !textField(u"description"_s, &description) || !textField(u"language"_s, &language)) {
        return false;
    }
    if (style.isEmpty()) {
        if (!textField(u"genre"_s, &style))
            return false;
    }
    double bpm = 0;
    if (const QJsonValue value = requirements.value(u"bpm"_s); !value.isUndefined() && !value.isNull()) {
        if (!value.isDouble() || value.toDouble() < 40 || value.toDouble() > 250) {
            *error = ApiError::badRequest(u"requirements.bpm is a tempo from 40 to 250"_s);
            return false;
        }
        bpm = value.toDouble();
    }
    if (style.isEmpty() && bpm == 0 && key.isEmpty() && mood.isEmpty() && description.isEmpty()) {
        *error = ApiError::badRequest(
            u"requirements needs at least one of style, bpm, key, mood, description"_s);
        return false;
    }
    const bool spanish = language == u"es"_s;
    QStringList words { spanish ? u"Genera un tema nuevo"_s : u"Generate a new"_s };
    if (!style.isEmpty())
        words << (spanish ? u"de "_s + style : style);
    if (!spanish)
        words << u"track"_s;
    if (bpm > 0)
        words << (spanish ? u"a"_s : u"at"_s) << QString::number(bpm) << u"BPM"_s;
    if (!key.isEmpty())
        words << (spanish ? u"en"_s : u"in"_s) << key;
    if (!mood.isEmpty())
        words << mood;
    *text = words.join(u' ');
    if (!description.isEmpty())
        *text += u", "_s + description;
    return true;
}

void generate(RouteContext &context, const ApiRequest &request, const ApiReply &reply)
{
    QJsonObject body;
    ApiError error;
    if (!request.jsonBody(&body, &error))
        return reply.error(error);
    QString text;
    if (const QJsonValue prompt
        = body.contains(u"prompt"_s) ? body.value(u"prompt"_s) : body.value(u"message"_s);
        !prompt.isUndefined()) {
        if (!prompt.isString() || prompt.toString().trimmed().isEmpty())
            return reply.error(ApiError::badRequest(u"\"prompt\" is the request, as text"_s));
        text = prompt.toString();
    } else if (const QJsonValue requirements = body.value(u"requirements"_s); requirements.isObject()) {
        if (!requestFromRequirements(requirements.toObject(), &text, &error))
            return reply.error(error);
    } else {
        return reply.error(ApiError::badRequest(
            u"send {\"prompt\": \"house a 124 BPM en La menor\"} or "
            "{\"requirements\": {\"style\": \"house\", \"bpm\": 124, \"key\": \"Am\"}}"_s));
    }
    qint64 conversationId = 0;
    bool wait = true;
    if (!readConversation(body, &conversationId, &error) || !readWait(body, &wait, &error))
        return reply.error(error);
    run(context, text, conversationId, wait, Wants::Song, reply);
}

void cancel(RouteContext &context, const ApiRequest &request, const ApiReply &reply)
{
    QJsonObject body;
    ApiError error;
    if (!request.jsonBody(&body, &error))
        return reply.error(error);
    qint64 conversationId = 0;
    if (!readConversation(body, &conversationId, &error))
        return reply.error(error);
    if (conversationId == 0)
        return reply.error(ApiError::badRequest(u"send {\"conversation\": ID}"_s));
    if (!context.chat->cancel(conversationId))
        return reply.error(
            ApiError::notFound(u"no message is running in conversation %1"_s.arg(conversationId)));
    reply.json(202, { { u"conversation"_s, conversationId }, { u"status"_s, u"cancelling"_s } });
}

} // namespace

void addChatRoutes(ApiRouter &router, RouteContext &context)
{
    RouteContext *c = &context;
    router.add("POST", u"/api/v1/chat/message"_s,
               [c](const ApiRequest &r, const ApiReply &reply) { message(*c, r, reply); });
    router.add("POST", u"/api/v1/chat/cancel"_s,
               [c](const ApiRequest &r, const ApiReply &reply) { cancel(*c, r, reply); });
    router.add("POST", u"/api/v1/projects/generate"_s,
               [c](const ApiRequest &r, const ApiReply &reply) { generate(*c, r, reply); });
}

} // namespace musiaia::api

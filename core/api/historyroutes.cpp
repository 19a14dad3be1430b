// SPDX-License-Identifier: GPL-3.0-or-later
// GET /api/v1/chat/history: a conversation's messages (the newest conversation unless
// ?conversation=ID), and GET /api/v1/chat/conversations.
#include "routes.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::api {
namespace {

void history(RouteContext &context, const ApiRequest &request, const ApiReply &reply)
{
    int limit = 50;
    int offset = 0;
    ApiError error;
    if (!readPaging(request, 50, 1000, &limit, &offset, &error))
        return reply.error(error);
    qint64 conversationId = 0;
    if (const QString wanted = request.queryValue(u"conversation"_s); !wanted.isEmpty()) {
        if (!parseId(wanted, &conversationId))
            return reply.error(ApiError::notFound(u"no such conversation"_s));
    } else {
        session::ConversationQuery query;
        query.limit = 1;
        const auto newest = context.conversations.list(query);
        if (!newest)
            return reply.error(ApiError::fromError(newest.error()));
        if (newest->isEmpty())
            return reply.json(200, {{u"conversation"_s, QJsonValue::Null}, {u"history"_s, QJsonArray()}});
        conversationId = newest->first().id;
    }
    const auto conversation = context.conversations.conversation(conversationId);
    if (!conversation)
        return reply.error(ApiError::fromError(conversation.error()));
    const auto messages = context.conversations.messages(conversationId, limit);
    if (!messages)
        return reply.error(ApiError::fromError(messages.error()));
    QJsonArray array;
    for (const session::MessageRecord &message : *messages)
        array.append(message.toJson());
    reply.json(200, {{u"conversation"_s, conversation->toJson()}, {u"history"_s, array}});
}

void conversations(RouteContext &context, const ApiRequest &request, const ApiReply &reply)
{
    session::ConversationQuery query;
    ApiError error;
    if (!readPaging(request, 50, 500, &query.limit, &query.offset, &error))
        return reply.error(error);
    query.text = request.queryValue(u"q"_s).trimmed();
    const auto list = context.conversations.list(query);
    if (!list)
        return reply.error(ApiError::fromError(list.error()));
    QJsonArray array;
    for (const session::ConversationInfo &info : *list)
        array.append(info.toJson());
    reply.json(200, {{u"conversations"_s, array}, {u"count"_s, array.size()}});
}

} // namespace

void addHistoryRoutes(ApiRouter &router, RouteContext &context)
{
    RouteContext *c = &context;
    router.add("GET", u"/api/v1/chat/history"_s, [c](const ApiRequest &r, const ApiReply &reply) { history(*c, r, reply); });
    router.add("GET", u"/api/v1/chat/conversations"_s,
               [c](const ApiRequest &r, const ApiReply &reply) { conversations(*c, r, reply); });
}

} // namespace musiaia::api

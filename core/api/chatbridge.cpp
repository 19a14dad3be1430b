// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatbridge.h"

#include "common/logging.h"
#include "session/chatsession.h"
#include "session/generation.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::api {
namespace {

constexpr qsizetype MaxMessageLength = 20'000;

QString downloadUrl(const session::VersionInfo &version)
{
    return u"/api/v1/projects/%1/download?version=%2"_s.arg(version.projectId).arg(version.number);
}

} // namespace

QJsonObject progressFrame(const session::Progress &progress)
{
    return { { u"type"_s, u"progress"_s },
             { u"step"_s, session::stepName(progress.step) },
             { u"progress"_s, progress.fraction },
             { u"text"_s, progress.text },
             { u"data"_s, progress.toJson() } };
}

QJsonObject ChatBridge::Outcome::toJson() const
{
    QJsonObject object { { u"response"_s, reply.content },
                         { u"status"_s, session::statusName(reply.status) },
                         { u"conversation"_s, conversationId },
                         { u"message"_s, reply.toJson() },
                         { u"timestamp"_s, session::timestampText(reply.createdAt) } };
    if (version) {
        QJsonObject versionJson = version->toJson();
        versionJson.insert(u"downloadUrl"_s, downloadUrl(*version));
        object.insert(u"version"_s, versionJson);
        object.insert(u"projectId"_s, version->projectId);
        object.insert(u"projectName"_s, projectName);
        object.insert(u"projectPath"_s, version->setPath);
        object.insert(u"downloadUrl"_s, downloadUrl(*version));
        object.insert(u"zipUrl"_s, QString(downloadUrl(*version) + u"&format=zip"_s));
    }
    return object;
}

ChatBridge::ChatBridge(session::ConversationStore conversations, session::ProjectStore projects,
                       WebSocketHub *hub, QObject *parent)
    : QObject(parent)
    , m_conversations(std::move(conversations))
    , m_projects(std::move(projects))
    , m_hub(hub)
{
}

ChatBridge::~ChatBridge()
{
    // A session stops its generation and waits for it when destroyed; a version is either
    // committed whole before that or not at all. Callers still waiting get the reply's own 500.
    const QList<session::ChatSession *> sessions = m_running.keys();
    m_running.clear();
    for (session::ChatSession *chat : sessions) {
        chat->disconnect(this);
        chat->cancel();
        delete chat;
    }
}

bool ChatBridge::isRunning(qint64 conversationId) const
{
    for (const Run &run : m_running) {
        if (run.conversationId == conversationId)
            return true;
    }
    return false;
}

void ChatBridge::tell(const Run &run, QJsonObject frame, WebSocketHub::Delivery delivery)
{
    frame.insert(u"conversation"_s, run.conversationId);
    if (run.clientId != 0)
        m_hub->send(run.clientId, frame, delivery);
    else if (run.fromRest)
        m_hub->broadcast(frame, delivery);
}

void ChatBridge::sendError(quint64 clientId, const ApiError &error)
{
    QJsonObject frame = error.toJson();
    frame.insert(u"type"_s, u"error"_s);
    m_hub->send(clientId, frame);
}

std::optional<ApiError> ChatBridge::start(const Request &request, Finished finished, qint64 *conversationId)
{
    const QString text = request.text.trimmed();
    if (text.isEmpty())
        return ApiError::badRequest(u"the message is empty"_s);
    if (text.size() > MaxMessageLength)
        return ApiError::payloadTooLarge(u"the message is longer than %1 characters"_s.arg(MaxMessageLength));
    if (request.conversationId > 0 && isRunning(request.conversationId)) {
        return ApiError { 409, u"conversation_busy"_s,
                          u"conversation %1 is still answering a message: wait for it, or cancel it"_s.arg(
                              request.conversationId) };
    }
    if (m_running.size() >= m_maxRunning) {
        return ApiError { 503, u"busy"_s,
                          u"MusiaIA is already working on %1 messages; try again when one is done"_s.arg(
                              m_maxRunning) };
    }

    auto chat = std::make_unique<session::ChatSession>(m_conversations, m_projects);
    if (m_setup)
        m_setup(*chat);
    qint64 createdConversation = 0;
    qint64 conversation = request.conversationId;
    if (conversation <= 0) {
        // Made now, as the window's chat makes it for a first message, so that the caller
        // knows its id before the first frame (ChatSession fills in the language).
        const auto created = m_conversations.create(text.simplified().left(60), {});
        if (!created)
            return ApiError::fromError(created.error());
        createdConversation = conversation = created->id;
    }
    if (const auto opened = chat->openConversation(conversation); !opened) {
        if (createdConversation > 0)
            (void)m_conversations.remove(createdConversation);
        return ApiError::fromError(opened.error());
    }

    session::ChatSession *session = chat.release();
    session->setParent(this);
    Run run;
    run.session = session;
    run.conversationId = conversation;
    run.clientId = request.clientId;
    run.fromRest = request.clientId == 0;
    run.finished = std::move(finished);
    m_running.insert(session, run);
    watch(session);
    if (conversationId)
        *conversationId = conversation;
    if (request.clientId != 0)
        m_clientConversation.insert(request.clientId, conversation);

    tell(run, { { u"type"_s, u"started"_s } }, WebSocketHub::Delivery::Essential);
    logging::event(lcApi(), u"chat message through the local API"_s,
                   { { u"conversation"_s, conversation },
                     { u"websocket"_s, request.clientId != 0 },
                     { u"length"_s, int(text.size()) } });
    // The session may answer (and finish) before send() returns: a greeting is answered at once.
    if (!session->send(text)) {
        m_running.remove(session);
        session->deleteLater();
        if (createdConversation > 0)
            (void)m_conversations.remove(createdConversation);
        return ApiError::internal(u"the chat session did not take the message"_s);
    }
    return std::nullopt;
}

void ChatBridge::watch(session::ChatSession *chat)
{
    using S = session::ChatSession;
    connect(chat, &S::replyDelta, this, [this, chat](const QString &delta) {
        const auto it = m_running.constFind(chat);
        if (it != m_running.cend() && it->clientId != 0)
            tell(*it, { { u"type"_s, u"delta"_s }, { u"content"_s, delta } },
                 WebSocketHub::Delivery::Droppable);
    });
    connect(chat, &S::progressed, this, [this, chat](const session::Progress &progress) {
        Q_EMIT progressReported();
        const auto it = m_running.constFind(chat);
        if (it != m_running.cend())
            tell(*it, progressFrame(progress), WebSocketHub::Delivery::Droppable);
    });
    connect(chat, &S::versionCreated, this,
            [this, chat](const session::VersionInfo &version, const QString &name) {
                const auto it = m_running.find(chat);
                if (it == m_running.end())
                    return;
                it->version = version;
                it->projectName = name;
            });
    connect(chat, &S::turnFinished, this, [this, chat](const session::MessageRecord &reply) {
        const auto it = m_running.find(chat);
        if (it == m_running.end())
            return;
        const Run run = *it;
        m_running.erase(it);
        Outcome outcome;
        outcome.reply = reply;
        outcome.version = run.version;
        outcome.projectName = run.projectName;
        outcome.conversationId = run.conversationId;
        if (run.clientId != 0) {
            QJsonObject message = outcome.toJson();
            message.insert(u"type"_s, u"message"_s);
            message.insert(u"content"_s, reply.content);
            tell(run, message, WebSocketHub::Delivery::Essential);
        }
        QJsonObject done { { u"type"_s, u"done"_s }, { u"status"_s, session::statusName(reply.status) } };
        if (run.version) {
            done.insert(u"versionId"_s, run.version->id);
            done.insert(u"projectId"_s, run.version->projectId);
            done.insert(u"downloadUrl"_s, downloadUrl(*run.version));
        }
        tell(run, done, WebSocketHub::Delivery::Essential);
        chat->deleteLater();
        if (run.finished)
            run.finished(outcome);
    });
}

bool ChatBridge::cancel(qint64 conversationId)
{
    for (const Run &run : std::as_const(m_running)) {
        if (run.conversationId == conversationId) {
            run.session->cancel();
            return true;
        }
    }
    return false;
}

void ChatBridge::handleFrame(quint64 clientId, const QJsonObject &frame)
{
    const QString type = frame.value(u"type"_s).toString();
    const Run *own = nullptr;
    for (const Run &run : std::as_const(m_running)) {
        if (run.clientId == clientId)
            own = &run;
    }
    if (type == u"cancel"_s) {
        if (!own)
            return sendError(clientId, ApiError::notFound(u"none of your messages is running"_s));
        own->session->cancel();
        return;
    }
    if (type != u"message"_s) {
        return sendError(
            clientId,
            ApiError::badRequest(u"unknown frame type \u201c%1\u201d (message, cancel, ping)"_s.arg(type)));
    }
    if (own) {
        return sendError(clientId,
                         ApiError { 409, u"conversation_busy"_s,
                                    u"wait for the answer to your last message, or cancel it"_s });
    }
    const QJsonValue content
        = frame.contains(u"content"_s) ? frame.value(u"content"_s) : frame.value(u"message"_s);
    if (!content.isString() || content.toString().trimmed().isEmpty())
        return sendError(clientId, ApiError::badRequest(u"a message frame has \"content\": the text"_s));

    Request request;
    request.text = content.toString();
    request.clientId = clientId;
    request.conversationId = m_clientConversation.value(clientId);
    if (frame.contains(u"conversation"_s)) {
        const QJsonValue given = frame.value(u"conversation"_s);
        if (given.isNull()) {
            request.conversationId = 0; // explicitly a new conversation
        } else if (given.isDouble() && given.toDouble() >= 1
                   && given.toDouble() == double(given.toInteger())) {
            request.conversationId = given.toInteger();
        } else {
            return sendError(
                clientId,
                ApiError::badRequest(u"\"conversation\" is a conversation id, or null for a new one"_s));
        }
    }
    if (const std::optional<ApiError> refused = start(request, {}))
        sendError(clientId, *refused);
}

void ChatBridge::clientLeft(quint64 clientId)
{
    // Its message goes on to the end (or to its cancel); only the frames stop.
    m_clientConversation.remove(clientId);
    for (Run &run : m_running) {
        if (run.clientId == clientId)
            run.clientId = 0;
    }
}

} // namespace musiaia::api

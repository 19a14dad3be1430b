// SPDX-License-Identifier: GPL-3.0-or-later
// The chat session behind the local API. Each message (a REST call or a WebSocket "message" frame)
// runs in a session::ChatSession of its own, opened on the conversation it names (or on a new one,
// created at once so that the caller knows its id), set up as the window's chat is. Several
// conversations run at once; one conversation runs one message at a time.
//
// Who hears what: a WebSocket client gets the frames of its own messages (started, progress, delta,
// message, done); a REST caller gets one answer at the end, and the progress of its message goes to
// every WebSocket client, tagged with the conversation. A caller that goes away does not stop the
// work: the song is finished and written to the history as a whole version (or, when cancelled,
// not at all), exactly as in the window.
#pragma once

#include "apierrors.h"
#include "websockethub.h"

#include "session/conversationstore.h"
#include "session/projectstore.h"
#include "session/sessiontypes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace musiaia::session {
class ChatSession;
struct Progress;
} // namespace musiaia::session

namespace musiaia::api {

class ChatBridge final : public QObject
{
    Q_OBJECT

public:
    using SessionSetup = std::function<void(session::ChatSession &)>;

    ChatBridge(session::ConversationStore conversations, session::ProjectStore projects, WebSocketHub *hub,
               QObject *parent = nullptr);
    ~ChatBridge() override; // cancels what still runs and waits for it

    // Called on every new session before it is used (AI assistant, sample library, Live version).
    void setSessionSetup(SessionSetup setup) { m_setup = std::move(setup); }
    // Messages worked on at once; more get 503.
    void setMaxRunning(int count) { m_maxRunning = count; }
    int runningCount() const { return int(m_running.size()); }
    bool isRunning(qint64 conversationId) const;

    // What a finished message gives its caller.
    struct Outcome
    {
        session::MessageRecord reply;
        std::optional<session::VersionInfo> version;
        QString projectName;
        qint64 conversationId = 0;
        QJsonObject toJson() const;
    };
    using Finished = std::function<void(const Outcome &outcome)>;

    struct Request
    {
        QString text;
        qint64 conversationId = 0; // 0 = a new conversation
        quint64 clientId = 0; // the WebSocket client that sent it; 0 = a REST caller
    };

    // Starts a message; `*conversationId` is the conversation it runs in. An error when it cannot
    // start (empty or too long, busy, unknown conversation); nothing is stored then.
    std::optional<ApiError> start(const Request &request, Finished finished,
                                  qint64 *conversationId = nullptr);
    // Stops the message running in the conversation (false when none runs).
    bool cancel(qint64 conversationId);

    // A WebSocket frame from `clientId` ("message", "cancel").
    void handleFrame(quint64 clientId, const QJsonObject &frame);
    void clientLeft(quint64 clientId);

Q_SIGNALS:
    // A session's progress reached the bridge, just before its frame is built and sent (the
    // benchmark times the way from here to the client).
    void progressReported();

private:
    struct Run
    {
        session::ChatSession *session = nullptr;
        qint64 conversationId = 0;
        quint64 clientId = 0; // 0: no WebSocket client (a REST caller, or one that left)
        bool fromRest = false;
        Finished finished;
        std::optional<session::VersionInfo> version;
        QString projectName;
    };

    void watch(session::ChatSession *chat);
    void tell(const Run &run, QJsonObject frame, WebSocketHub::Delivery delivery);
    void sendError(quint64 clientId, const ApiError &error);

    session::ConversationStore m_conversations;
    session::ProjectStore m_projects;
    WebSocketHub *m_hub;
    SessionSetup m_setup;
    int m_maxRunning = 4;
    QHash<session::ChatSession *, Run> m_running;
    QHash<quint64, qint64> m_clientConversation; // a WebSocket client's conversation so far
};

// {"type": "progress", "step", "progress", "text", "data": {...}} (the original design's frame,
// with the step and fraction at the top level where a client looks first).
QJsonObject progressFrame(const session::Progress &progress);

} // namespace musiaia::api

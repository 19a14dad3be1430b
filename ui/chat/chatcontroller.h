// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/chatbackend.h"

#include <QObject>
#include <QPointer>

namespace musiaia::gui {

class AssistantMessage;
class ChatPanel;

// Connects the chat panel to the session: the musician's messages go to the backend; what it
// answers (streamed words, thinking, generation steps, the song, an analysis) is shown as it
// arrives; Stop, Retry and New Chat are passed on.
class ChatController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatController)

public:
    explicit ChatController(ChatPanel *panel, QObject *parent = nullptr);

    // The backend is not owned; null means the chat cannot answer (`unavailableReason` says why).
    void setBackend(ChatBackend *backend, const QString &unavailableReason = {});
    ChatBackend *backend() const { return m_backend; }

public Q_SLOTS:
    void newChat();
    // Analyses a set in the chat; false when busy or without a backend.
    bool analyse(const QString &setPath);
    // Continues a song from a version ("more like this, but faster").
    void continueFrom(qint64 versionId);

Q_SIGNALS:
    void songCreated(const musiaia::session::VersionInfo &version);
    void message(const QString &text);

private:
    void submit(const QString &text);
    AssistantMessage *current();
    void finishTurn(session::MessageRecord::Status status, const QString &content);

    ChatPanel *m_panel;
    QPointer<ChatBackend> m_backend;
    QString m_unavailableReason;
    QPointer<AssistantMessage> m_current;
    QString m_lastUserText;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace musiaia::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatbackend.h"

namespace musiaia::session {
class ChatSession;
}

namespace musiaia::gui {

// The chat window's backend: core/session's ChatSession, its calls and signals passed through
// (progress as the window's ChatProgress). No decisions here.
class SessionChatBackend final : public ChatBackend
{
    Q_OBJECT

public:
    // `session` must outlive the backend.
    explicit SessionChatBackend(session::ChatSession &session, QObject *parent = nullptr);

    bool send(const QString &text) override;
    void cancel() override;
    bool isBusy() const override;
    void newConversation() override;
    bool analyze(const QString &setPath) override;
    Result<session::VersionInfo> continueFrom(qint64 versionId) override;

    session::ChatSession &session() const { return m_session; }

private:
    session::ChatSession &m_session;
};

} // namespace musiaia::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionchatbackend.h"

#include "session/chatsession.h"

namespace musiaia::gui {
namespace {

ChatProgress::Stage stageOf(session::Step step)
{
    switch (step) {
    case session::Step::Understanding:
        return ChatProgress::Stage::Understanding;
    case session::Step::ChoosingSamples:
        return ChatProgress::Stage::ChoosingSamples;
    case session::Step::Composing:
        return ChatProgress::Stage::Composing;
    case session::Step::Writing:
        return ChatProgress::Stage::Writing;
    case session::Step::Done:
        return ChatProgress::Stage::Done;
    }
    return ChatProgress::Stage::Understanding;
}

} // namespace

SessionChatBackend::SessionChatBackend(session::ChatSession &session, QObject *parent)
    : ChatBackend(parent)
    , m_session(session)
{
    using S = session::ChatSession;
    connect(&session, &S::userMessage, this, &ChatBackend::userMessage);
    connect(&session, &S::replyStarted, this, &ChatBackend::replyStarted);
    connect(&session, &S::replyDelta, this, &ChatBackend::replyDelta);
    connect(&session, &S::reasoningDelta, this, &ChatBackend::reasoningDelta);
    connect(&session, &S::progressed, this, [this](const session::Progress &progress) {
        Q_EMIT progressed(ChatProgress { stageOf(progress.step), progress.fraction, progress.text });
    });
    connect(&session, &S::versionCreated, this, &ChatBackend::versionCreated);
    connect(&session, &S::analysisReady, this,
            [this](const QString &setPath) { Q_EMIT analysisReady(setPath); });
    connect(&session, &S::turnFinished, this, [this](const session::MessageRecord &reply) {
        Q_EMIT turnFinished(reply.status, reply.content);
    });
    connect(&session, &S::busyChanged, this, &ChatBackend::busyChanged);
}

bool SessionChatBackend::send(const QString &text)
{
    return m_session.send(text);
}

void SessionChatBackend::cancel()
{
    m_session.cancel();
}

bool SessionChatBackend::isBusy() const
{
    return m_session.isBusy();
}

void SessionChatBackend::newConversation()
{
    m_session.newConversation();
}

bool SessionChatBackend::analyze(const QString &setPath)
{
    return m_session.analyze(setPath);
}

Result<session::VersionInfo> SessionChatBackend::continueFrom(qint64 versionId)
{
    return m_session.continueFrom(versionId);
}

} // namespace musiaia::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatcontroller.h"

#include "chat/analysiscard.h"
#include "chat/chatmessages.h"
#include "chat/chatpanel.h"
#include "chat/chatview.h"
#include "chat/composer.h"
#include "chat/songcard.h"

#include <QFileInfo>

namespace musiaia::gui {

using session::MessageRecord;

ChatController::ChatController(ChatPanel *panel, QObject *parent)
    : QObject(parent)
    , m_panel(panel)
{
    connect(panel, &ChatPanel::messageSubmitted, this, &ChatController::submit);
    connect(panel, &ChatPanel::stopRequested, this, [this] {
        if (m_backend)
            m_backend->cancel();
    });
}

void ChatController::setBackend(ChatBackend *backend, const QString &unavailableReason)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_backend = backend;
    m_unavailableReason = unavailableReason;
    if (!backend)
        return;
    m_connections << connect(backend, &ChatBackend::userMessage, this, [this](const QString &text) {
        m_panel->showTranscript();
        m_panel->view()->addUserMessage(text);
        m_lastUserText = text;
        // Retry belongs to the newest reply only.
        for (AssistantMessage *message : m_panel->view()->assistantMessages())
            message->setRetryable(false);
    });
    m_connections << connect(backend, &ChatBackend::replyStarted, this,
                             [this](const QString &provider, const QString &model) { current()->setProvider(provider, model); });
    m_connections << connect(backend, &ChatBackend::replyDelta, this, [this](const QString &text) { current()->appendText(text); });
    m_connections << connect(backend, &ChatBackend::reasoningDelta, this,
                             [this](const QString &text) { current()->appendReasoning(text); });
    m_connections << connect(backend, &ChatBackend::progressed, this,
                             [this](const ChatProgress &progress) { current()->setProgress(progress); });
    m_connections << connect(backend, &ChatBackend::versionCreated, this,
                             [this](const session::VersionInfo &version, const QString &projectName) {
                                 current()->addCard(new SongCard(projectName, version));
                                 Q_EMIT songCreated(version);
                             });
    m_connections << connect(backend, &ChatBackend::analysisReady, this,
                             [this](const QString &setPath) { current()->addCard(new AnalysisCard(setPath)); });
    m_connections << connect(backend, &ChatBackend::turnFinished, this, &ChatController::finishTurn);
    m_connections << connect(backend, &ChatBackend::busyChanged, m_panel->composer(), &ChatComposer::setBusy);
    m_panel->composer()->setBusy(backend->isBusy());
}

AssistantMessage *ChatController::current()
{
    if (!m_current) {
        m_panel->showTranscript();
        m_current = m_panel->view()->addAssistantMessage();
        connect(m_current, &AssistantMessage::stopRequested, this, [this] {
            if (m_backend)
                m_backend->cancel();
        });
        connect(m_current, &AssistantMessage::retryRequested, this, [this] {
            if (!m_lastUserText.isEmpty())
                submit(m_lastUserText);
        });
    }
    return m_current;
}

void ChatController::finishTurn(MessageRecord::Status status, const QString &content)
{
    AssistantMessage *message = current();
    message->finish(status, content);
    message->setRetryable(!m_lastUserText.isEmpty());
    m_current = nullptr;
}

void ChatController::submit(const QString &text)
{
    if (!m_backend) {
        m_panel->showTranscript();
        m_panel->view()->addUserMessage(text);
        AssistantMessage *message = m_panel->view()->addAssistantMessage();
        message->finish(MessageRecord::Status::Failed, m_unavailableReason);
        return;
    }
    if (!m_backend->send(text))
        Q_EMIT message(m_backend->isBusy() ? tr("MusiaIA is still answering: wait for it, or stop it first.") : QString());
}

void ChatController::newChat()
{
    if (m_backend) {
        m_backend->cancel();
        m_backend->newConversation();
    }
    m_current = nullptr;
    m_lastUserText.clear();
    m_panel->view()->clear();
    m_panel->showWelcome();
    m_panel->focusMessage();
}

bool ChatController::analyse(const QString &setPath)
{
    if (!m_backend || m_backend->isBusy())
        return false;
    return m_backend->analyze(setPath);
}

void ChatController::continueFrom(qint64 versionId)
{
    if (!m_backend)
        return;
    const Result<session::VersionInfo> version = m_backend->continueFrom(versionId);
    if (!version) {
        Q_EMIT message(version.errorMessage());
        return;
    }
    m_panel->showTranscript();
    m_panel->view()->addNote(tr("Now changing “%1”, version %2. Ask for a change: “faster”, “add a pad”, “in D minor”…")
                                 .arg(QFileInfo(version->setPath).completeBaseName())
                                 .arg(version->number));
    m_panel->focusMessage();
}

} // namespace musiaia::gui

// SPDX-License-Identifier: GPL-3.0-or-later
// The chat flow of the original design: every message is read as generate, modify the current
// song, analyse a set, or talk (by the configured provider when there is one, by the rules of
// messagereader.h otherwise), and answered. Songs are made off the GUI thread with progress
// (understanding, choosing samples, composing each part, writing, done) and can be stopped at any
// moment; every song and every change is a new version in the history (ProjectStore), never an
// overwrite. Messages are stored with who answered, tokens and timing (ConversationStore).
//
// One conversation at a time; one message at a time. Lives on the thread that uses it (the GUI
// thread, or a command-line verb's), whose event loop must run.
#pragma once

#include "session/conversationstore.h"
#include "session/generation.h"
#include "session/messagereader.h"
#include "session/projectstore.h"
#include "session/sessiontypes.h"
#include "session/wording.h"

#include "ai/aitypes.h"
#include "als/setreport.h"
#include "common/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

namespace musiaia::ai {
class Assistant;
class ChatTurn;
class PlanRequest;
} // namespace musiaia::ai

namespace musiaia::session {

class ChatSession : public QObject
{
    Q_OBJECT

public:
    ChatSession(ConversationStore conversations, ProjectStore projects, QObject *parent = nullptr);
    ~ChatSession() override; // stops and waits for a generation in progress

    // Null (the default): offline, rules and the offline composer only. Not owned.
    void setAssistant(ai::Assistant *assistant);
    // Only this provider (Local = offline), as the command line's --provider.
    void setForcedProvider(std::optional<ai::AiProvider> provider) { m_forced = provider; }
    void setSampleStep(SampleStep step) { m_samples = std::move(step); }
    void setSchema(als::SchemaVersion schema) { m_schema = schema; }

    const ConversationStore &conversations() const { return m_conversations; }
    const ProjectStore &projects() const { return m_projects; }

    // The conversation in use; id 0 until the first message of a new one.
    const ConversationInfo &conversation() const { return m_conversation; }
    // Starts afresh: the next message opens a new conversation.
    void newConversation();
    // Continues a stored conversation (its current song and analysed set come with it).
    Result<ConversationInfo> openConversation(qint64 conversationId);
    // The next change starts from this version (of any project).
    Result<VersionInfo> continueFrom(qint64 versionId);

    // False while busy or when the text is empty.
    bool send(const QString &text);
    // A set dropped on the chat. False while busy.
    bool analyze(const QString &setPath);
    // Stops what the current message started; nothing half-written is kept.
    void cancel();
    bool isBusy() const { return m_turn != nullptr; }

Q_SIGNALS:
    void userMessage(const QString &text);
    // What the message was read as, and by whom ("local" for the rules).
    void intentRead(musiaia::session::Intent intent, const QString &language, const QString &readBy);
    void replyStarted(const QString &provider, const QString &model);
    void replyDelta(const QString &text);
    void reasoningDelta(const QString &text);
    void progressed(const musiaia::session::Progress &progress);
    void versionCreated(const musiaia::session::VersionInfo &version, const QString &projectName);
    void analysisReady(const QString &setPath, const QJsonObject &reference);
    // The reply as stored (content, status, provider, tokens, timing, version).
    void turnFinished(const musiaia::session::MessageRecord &reply);
    void busyChanged(bool busy);

private:
    struct Turn;

    void begin(const QString &text, const QString &setPath);
    ReadingContext readingContext() const;
    void readByProvider();
    void dispatch();
    void generate();
    void modify();
    void analyzeSet(const QString &setPath, bool generateAfter);
    void talk();
    void render(RenderJob job);
    void onRendered();
    void say(const QString &text);
    void finish(MessageRecord::Status status, const QString &text = {});
    bool stopped() const;
    Result<void> ensureConversation();
    void addUsage(const ai::Usage &usage);
    std::optional<VersionInfo> currentVersion() const;

    ConversationStore m_conversations;
    ProjectStore m_projects;
    ai::Assistant *m_assistant = nullptr;
    std::optional<ai::AiProvider> m_forced;
    SampleStep m_samples;
    als::SchemaVersion m_schema = als::SchemaVersion::Live11;
    ConversationInfo m_conversation;
    std::unique_ptr<Turn> m_turn;
    QPointer<ai::ChatTurn> m_chatTurn;
    QPointer<ai::PlanRequest> m_planRequest;
    struct RenderOutcome
    {
        std::optional<RenderResult> result;
        std::optional<Error> error;
    };
    QFutureWatcher<RenderOutcome> m_render;
    struct AnalysisOutcome
    {
        std::optional<als::SetReport> report;
        std::optional<Error> error;
    };
    QFutureWatcher<AnalysisOutcome> m_analysis;
};

} // namespace musiaia::session

Q_DECLARE_METATYPE(musiaia::session::VersionInfo)
Q_DECLARE_METATYPE(musiaia::session::MessageRecord)

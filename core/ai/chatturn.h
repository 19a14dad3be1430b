// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aitypes.h"
#include "chattask.h"
#include "router.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace musiaia::ai {

class ChatProvider;

// Who answered a turn, and why not someone else.
struct TurnOutcome
{
    AiProvider answeredBy = AiProvider::Local;
    QString model;                  // empty for the offline composer
    ChatResponse response;          // the answer (partial when the turn failed mid-answer)
    QString routeReason;            // why the first provider was picked
    QStringList fallbackNotes;      // "GLM: no balance left (code 1113); MiniMax answered instead."
    std::optional<ProviderError> error;   // set when nobody could answer (or the user stopped it)
    QList<RequestRecord> records;   // one per provider request, for the privacy and cost view
    bool succeeded() const { return !error.has_value(); }
};

// One chat turn across providers, in the router's order: a provider that fails before showing
// anything hands over to the next; the offline composer answers last. A failure after part of the
// answer was shown keeps that part and does not start over elsewhere.
class ChatTurn : public QObject
{
    Q_OBJECT

public:
    // Answers the message without a model (the offline composer's reply).
    using OfflineReply = std::function<QString(const ChatRequest &request)>;

    // `providers` are not owned and must outlive the turn; their order is the route (Local entries
    // are served by `offline`).
    ChatTurn(QList<ChatProvider *> providers, RouteDecision route, ChatRequest request,
             OfflineReply offline, QObject *parent = nullptr);
    ~ChatTurn() override;

    void start();
    void cancel();
    bool isDone() const { return m_done; }
    const TurnOutcome &outcome() const { return m_outcome; }

    // The offline reply used when none is given: says what the offline composer can do, in the
    // language of the message.
    static QString defaultOfflineReply(const ChatRequest &request);

Q_SIGNALS:
    void providerStarted(musiaia::ai::AiProvider provider, const QString &model);
    void reasoningReceived(const QString &delta);
    void contentReceived(const QString &delta);
    void retrying(int attempt, int delayMs, const musiaia::ai::ProviderError &reason);
    void fallingBack(musiaia::ai::AiProvider from, const QString &why);
    void finished();

private:
    void tryNext();
    void onTaskFinished();
    void answerOffline();
    void finish();

    QList<AiProvider> m_order;
    QList<ChatProvider *> m_providers;
    ChatRequest m_request;
    OfflineReply m_offline;
    qsizetype m_next = 0;
    QPointer<ChatTask> m_task;
    bool m_shownOutput = false;
    bool m_done = false;
    bool m_cancelled = false;
    TurnOutcome m_outcome;
};

} // namespace musiaia::ai

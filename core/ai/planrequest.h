// SPDX-License-Identifier: GPL-3.0-or-later
// A song plan from a model: the request goes to the routed provider with the submit_plan tool
// (whose parameters are the Plan schema); the answer is validated with music::planFromJson(); an
// invalid plan gets one repair request; after that the offline parser's plan is used, with a note.
// A provider that fails hands over to the next one, then to the offline parser.
#pragma once

#include "chattask.h"
#include "router.h"

#include "music/plan.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace musiaia::ai {

class Assistant;
class ChatProvider;

struct PlanOutcome
{
    music::Plan plan;
    bool fromModel = false;         // false: the offline parser's plan
    AiProvider provider = AiProvider::Local;
    QString model;
    QString prose;                  // what to show the musician (the model's words, or a summary)
    QString reasoning;
    QString routeReason;
    QStringList notes;              // fallbacks and repairs, in words for the musician
    std::optional<Error> error;     // nothing usable at all (or stopped)
    QList<RequestRecord> records;
    bool succeeded() const { return !error.has_value(); }
};

class PlanRequest : public QObject
{
    Q_OBJECT

public:
    // The offline composer's reading of the request (music's request parser).
    using OfflinePlanner = std::function<Result<music::Plan>(const QString &request)>;

    PlanRequest(Assistant &assistant, QString request, RouteDecision route, OfflinePlanner offline,
                QObject *parent = nullptr);
    ~PlanRequest() override;

    void start();
    void cancel();
    bool isDone() const { return m_done; }
    const PlanOutcome &outcome() const { return m_outcome; }

    // The plan in a model's reply: submit_plan's arguments, else a JSON object in the text (fences
    // and <think> blocks stripped). Pure; the error names the field for the repair request.
    static Result<music::Plan> planFromReply(const ChatResponse &response);
    // The reply's words without any JSON object in them.
    static QString proseOf(const ChatResponse &response);

Q_SIGNALS:
    void providerStarted(musiaia::ai::AiProvider provider, const QString &model);
    void reasoningReceived(const QString &delta);
    void contentReceived(const QString &delta);
    void repairing(const QString &error);
    void fallingBack(musiaia::ai::AiProvider from, const QString &why);
    void finished();

private:
    void tryNext();
    void send(ChatProvider *provider);
    void onTaskFinished();
    void useOffline(const QString &why);
    void finish();

    Assistant &m_assistant;
    QString m_request;
    QString m_language;
    QList<AiProvider> m_order;
    OfflinePlanner m_offline;
    qsizetype m_next = 0;
    ChatRequest m_chat;
    ChatProvider *m_provider = nullptr;
    QPointer<ChatTask> m_task;
    bool m_repaired = false;
    bool m_cancelled = false;
    bool m_done = false;
    PlanOutcome m_outcome;
};

} // namespace musiaia::ai

// SPDX-License-Identifier: GPL-3.0-or-later
#include "planrequest.h"

#include "assistant.h"
#include "common/logging.h"
#include "prompts.h"
#include "thinksplitter.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::ai {
namespace {

// The outermost {...} in a text, fences and all around it ignored; empty when there is none.
QString jsonObjectIn(const QString &text, qsizetype *start = nullptr, qsizetype *end = nullptr)
{
    const qsizetype open = text.indexOf(u'{');
    const qsizetype close = text.lastIndexOf(u'}');
    if (open < 0 || close <= open)
        return {};
    if (start)
        *start = open;
    if (end)
        *end = close + 1;
    return text.mid(open, close - open + 1);
}

QString withoutThinking(const QString &content)
{
    return content.contains(u"<think>"_s) ? ThinkSplitter::splitAll(content).answer : content;
}

} // namespace

PlanRequest::PlanRequest(Assistant &assistant, QString request, RouteDecision route, OfflinePlanner offline,
                         QObject *parent)
    : QObject(parent)
    , m_assistant(assistant)
    , m_request(std::move(request))
    , m_language(guessLanguage(m_request))
    , m_order(route.order)
    , m_offline(std::move(offline))
{
    m_outcome.routeReason = route.reason;
}

PlanRequest::~PlanRequest()
{
    if (m_task)
        m_task->cancel();
}

void PlanRequest::start()
{
    QMetaObject::invokeMethod(this, &PlanRequest::tryNext, Qt::QueuedConnection);
}

void PlanRequest::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_task) {
        m_task->cancel();
        return;
    }
    m_outcome.error = makeError(ErrorCode::Cancelled, u"Stopped."_s);
    finish();
}

Result<music::Plan> PlanRequest::planFromReply(const ChatResponse &response)
{
    for (const ToolCall &call : response.toolCalls) {
        if (call.name == QLatin1StringView(kSubmitPlanTool))
            return music::planFromJson(call.arguments.toUtf8());
    }
    const QString json = jsonObjectIn(withoutThinking(response.content));
    if (json.isEmpty())
        return makeError(ErrorCode::InvalidResponse,
                         u"the reply has no plan: submit_plan was not called and there is no JSON object"_s);
    return music::planFromJson(json.toUtf8());
}

QString PlanRequest::proseOf(const ChatResponse &response)
{
    QString text = withoutThinking(response.content);
    qsizetype start = 0;
    qsizetype end = 0;
    if (!jsonObjectIn(text, &start, &end).isEmpty()) {
        text.remove(start, end - start);
        static const QRegularExpression fences(u"```(json)?"_s);
        text.remove(fences);
    }
    return text.trimmed();
}

void PlanRequest::tryNext()
{
    if (m_done)
        return;
    while (m_next < m_order.size()) {
        const AiProvider id = m_order.at(m_next++);
        if (id == AiProvider::Local) {
            useOffline(m_outcome.notes.isEmpty() ? QString() : u"no provider could answer"_s);
            return;
        }
        ChatProvider *provider = m_assistant.provider(id);
        if (!provider)
            continue;
        if (const QString why = provider->unavailableReason(); !why.isEmpty()) {
            m_outcome.notes << u"%1: %2"_s.arg(providerDisplayName(id), why);
            continue;
        }
        m_repaired = false;
        m_chat = ChatRequest{};
        m_chat.messages = {ChatMessage::system(planSystemPrompt(m_language)), ChatMessage::user(m_request)};
        m_chat.tools = {submitPlanTool()};
        m_chat.stream = true;
        m_outcome.provider = id;
        m_outcome.model = provider->model();
        Q_EMIT providerStarted(id, provider->model());
        send(provider);
        return;
    }
    useOffline(u"no provider could answer"_s);
}

void PlanRequest::send(ChatProvider *provider)
{
    m_provider = provider;
    ChatTask *task = provider->send(m_chat, this);
    m_task = task;
    connect(task, &ChatTask::reasoningReceived, this, &PlanRequest::reasoningReceived);
    connect(task, &ChatTask::contentReceived, this, &PlanRequest::contentReceived);
    connect(task, &ChatTask::finished, this, &PlanRequest::onTaskFinished);
}

void PlanRequest::onTaskFinished()
{
    ChatTask *task = m_task;
    if (!task)
        return;
    m_task = nullptr;
    task->deleteLater();
    m_outcome.records << task->record();
    m_assistant.record(task->record());
    const AiProvider id = task->provider();
    const QString name = providerDisplayName(id);

    if (task->state() != ChatTask::State::Succeeded) {
        const ProviderError error = task->error().value_or(ProviderError{});
        if (m_cancelled || error.kind == ErrorKind::Cancelled) {
            m_outcome.error = toError(error);
            finish();
            return;
        }
        m_outcome.notes << u"%1: %2"_s.arg(name, error.message);
        Q_EMIT fallingBack(id, error.message);
        tryNext();
        return;
    }

    const ChatResponse response = task->response();
    m_outcome.reasoning = response.reasoning;
    const Result<music::Plan> plan = planFromReply(response);
    if (plan) {
        m_outcome.plan = *plan;
        m_outcome.fromModel = true;
        m_outcome.prose = proseOf(response);
        if (m_outcome.prose.isEmpty())
            m_outcome.prose = describePlan(*plan, m_language);
        finish();
        return;
    }
    logging::event(lcAi(), u"a model's plan was not valid"_s,
                   {{u"provider"_s, store::settingName(id)}, {u"repaired"_s, m_repaired}});
    if (!m_repaired) {
        // One repair request, in the same conversation: the model sees its plan and the error.
        m_repaired = true;
        m_outcome.notes << u"%1's plan was not valid (%2); it was asked to repair it."_s.arg(name, plan.errorMessage());
        Q_EMIT repairing(plan.errorMessage());
        m_chat.messages << response.assistantMessage;
        const QString repair = planRepairPrompt(plan.errorMessage(), m_language);
        const ToolCall *call = nullptr;
        for (const ToolCall &candidate : response.toolCalls) {
            if (candidate.name == QLatin1StringView(kSubmitPlanTool))
                call = &candidate;
        }
        if (call && !call->id.isEmpty())
            m_chat.messages << ChatMessage::toolResult(call->id, repair);
        else
            m_chat.messages << ChatMessage::user(repair);
        send(m_provider);
        return;
    }
    m_outcome.prose = proseOf(response);
    useOffline(u"%1's plan was still not valid after one repair (%2)"_s.arg(name, plan.errorMessage()));
}

void PlanRequest::useOffline(const QString &why)
{
    const bool es = m_language == u"es";
    if (!why.isEmpty())
        m_outcome.notes << (es ? u"Se us\u00f3 el plan del compositor sin conexi\u00f3n: %1."_s
                               : u"The offline composer's plan was used: %1."_s).arg(why);
    if (!m_offline) {
        m_outcome.error = makeError(ErrorCode::Unsupported, u"There is no offline planner to fall back on."_s);
        finish();
        return;
    }
    const Result<music::Plan> plan = m_offline(m_request);
    if (!plan) {
        m_outcome.error = plan.error();
        finish();
        return;
    }
    const QString modelProse = m_outcome.fromModel ? QString() : m_outcome.prose;
    m_outcome.plan = *plan;
    m_outcome.fromModel = false;
    m_outcome.provider = AiProvider::Local;
    m_outcome.model.clear();
    m_outcome.prose = describePlan(*plan, m_language);
    if (!modelProse.isEmpty())
        m_outcome.prose = modelProse + u"\n\n"_s + m_outcome.prose;
    finish();
}

void PlanRequest::finish()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished();
}

} // namespace musiaia::ai

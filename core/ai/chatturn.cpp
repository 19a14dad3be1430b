// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatturn.h"

#include "common/logging.h"
#include "provider.h"
#include "wireformat.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::ai {

ChatTurn::ChatTurn(QList<ChatProvider *> providers, RouteDecision route, ChatRequest request,
                   OfflineReply offline, QObject *parent)
    : QObject(parent)
    , m_order(route.order)
    , m_providers(std::move(providers))
    , m_request(std::move(request))
    , m_offline(offline ? std::move(offline) : OfflineReply(&ChatTurn::defaultOfflineReply))
{
    m_outcome.routeReason = route.reason;
}

ChatTurn::~ChatTurn()
{
    if (m_task)
        m_task->cancel();
}

void ChatTurn::start()
{
    QMetaObject::invokeMethod(this, &ChatTurn::tryNext, Qt::QueuedConnection);
}

void ChatTurn::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_task) {
        m_task->cancel();   // finishes the task, which finishes the turn
        return;
    }
    m_outcome.error = transportError(AiProvider::Local, ErrorKind::Cancelled, {});
    finish();
}

void ChatTurn::tryNext()
{
    if (m_done)
        return;
    while (m_next < m_order.size()) {
        const AiProvider provider = m_order.at(m_next++);
        if (provider == AiProvider::Local) {
            answerOffline();
            return;
        }
        ChatProvider *client = nullptr;
        for (ChatProvider *candidate : std::as_const(m_providers)) {
            if (candidate && candidate->id() == provider)
                client = candidate;
        }
        if (!client)
            continue;
        if (const QString why = client->unavailableReason(); !why.isEmpty()) {
            m_outcome.fallbackNotes << u"%1: %2"_s.arg(providerDisplayName(provider), why);
            Q_EMIT fallingBack(provider, why);
            continue;
        }
        ChatTask *task = client->send(m_request, this);
        m_task = task;
        m_outcome.answeredBy = provider;
        m_outcome.model = client->model();
        connect(task, &ChatTask::reasoningReceived, this, [this](const QString &delta) {
            m_shownOutput = true;
            Q_EMIT reasoningReceived(delta);
        });
        connect(task, &ChatTask::contentReceived, this, [this](const QString &delta) {
            m_shownOutput = true;
            Q_EMIT contentReceived(delta);
        });
        connect(task, &ChatTask::retrying, this, &ChatTurn::retrying);
        connect(task, &ChatTask::finished, this, &ChatTurn::onTaskFinished);
        Q_EMIT providerStarted(provider, client->model());
        return;
    }
    // Nobody left (offline fallback not allowed): the last error stands.
    if (!m_outcome.error)
        m_outcome.error = transportError(AiProvider::Local, ErrorKind::NotConfigured,
                                         u"No AI provider is available and the offline fallback is off."_s);
    finish();
}

void ChatTurn::onTaskFinished()
{
    ChatTask *task = m_task;
    if (!task)
        return;
    m_task = nullptr;
    task->deleteLater();
    m_outcome.records << task->record();
    m_outcome.response = task->response();
    if (task->state() == ChatTask::State::Succeeded) {
        m_outcome.error.reset();
        finish();
        return;
    }
    const ProviderError error = task->error().value_or(ProviderError{});
    m_outcome.error = error;
    if (m_cancelled || error.kind == ErrorKind::Cancelled || m_shownOutput || m_next >= m_order.size()) {
        // A stop is a stop; a half-shown answer is not restarted elsewhere; the last one's error stands.
        finish();
        return;
    }
    const QString note = u"%1: %2"_s.arg(providerDisplayName(task->provider()), error.message);
    m_outcome.fallbackNotes << note;
    logging::event(lcAi(), u"falling back to the next provider"_s,
                   {{u"from"_s, store::settingName(task->provider())}, {u"kind"_s, errorKindName(error.kind)}});
    Q_EMIT fallingBack(task->provider(), error.message);
    tryNext();
}

void ChatTurn::answerOffline()
{
    m_outcome.answeredBy = AiProvider::Local;
    m_outcome.model.clear();
    m_outcome.error.reset();
    Q_EMIT providerStarted(AiProvider::Local, {});
    ChatResponse response;
    response.content = m_offline(m_request);
    response.finishReason = u"stop"_s;
    response.assistantMessage.role = ChatMessage::Role::Assistant;
    response.assistantMessage.content = response.content;
    m_outcome.response = response;
    Q_EMIT contentReceived(response.content);
    finish();
}

void ChatTurn::finish()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished();
}

QString ChatTurn::defaultOfflineReply(const ChatRequest &request)
{
    QString text;
    for (const ChatMessage &message : request.messages) {
        if (message.role == ChatMessage::Role::User)
            text = message.content;
    }
    if (guessLanguage(text) == u"es")
        return u"Ahora mismo no hay un modelo de IA disponible, pero el compositor sin conexi\u00f3n de MusiaIA "
               "sigue funcionando: p\u00eddeme por ejemplo \u201cgenera un house a 124 BPM en La menor, 3 minutos\u201d "
               "y escribo el proyecto de Ableton Live."_s;
    return u"No AI model is available right now, but MusiaIA's offline composer still works: ask for example "
           "\u201cmake a house track at 124 BPM in A minor, 3 minutes\u201d and I will write the Ableton Live project."_s;
}

} // namespace musiaia::ai

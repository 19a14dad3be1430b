// SPDX-License-Identifier: GPL-3.0-or-later
#include "assistant.h"

#include "common/logging.h"
#include "requestlog.h"
#include "store/secrets.h"
#include "store/settings.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPromise>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::ai {

Assistant::Assistant(const store::Settings &settings, store::Secrets &secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    m_network.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

Assistant::~Assistant() = default;

QFuture<void> Assistant::loadKeys()
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    auto pending = std::make_shared<int>(2);
    m_keyProblems.clear();
    for (const auto &[provider, secret] : {std::pair{AiProvider::Glm, store::SecretId::GlmApiKey},
                                           std::pair{AiProvider::MiniMax, store::SecretId::MiniMaxApiKey}}) {
        // An init-capture: clang 14 (the fuzz preset) cannot capture a structured binding by name.
        m_secrets.read(secret).then(this, [this, provider = provider, promise, pending](const Result<store::SecretValue> &read) {
            if (read)
                setApiKey(provider, read->value);
            else
                m_keyProblems << read.errorMessage();
            if (--*pending == 0)
                promise->finish();
        });
    }
    return promise->future();
}

void Assistant::setApiKey(AiProvider provider, const QString &key)
{
    m_keys.insert(provider, key.trimmed());
    m_providers.remove(provider);
}

void Assistant::setOverride(AiProvider provider, const Override &override)
{
    m_overrides.insert(provider, override);
    m_providers.remove(provider);
}

ProviderConfig Assistant::config(AiProvider provider) const
{
    ProviderConfig config = ProviderConfig::fromSettings(provider, m_settings, m_keys.value(provider));
    const Override override = m_overrides.value(provider);
    if (!override.baseUrl.trimmed().isEmpty())
        config.baseUrl = override.baseUrl.trimmed();
    if (!override.model.trimmed().isEmpty())
        config.model = override.model.trimmed();
    return config;
}

ChatProvider *Assistant::provider(AiProvider provider)
{
    if (provider == AiProvider::Local)
        return nullptr;
    auto &slot = m_providers[provider];
    if (!slot)
        slot = std::make_shared<HttpChatProvider>(config(provider), &m_network, m_scheduler);
    return slot.get();
}

QSet<AiProvider> Assistant::availableProviders() const
{
    QSet<AiProvider> available;
    for (AiProvider provider : {AiProvider::Glm, AiProvider::MiniMax}) {
        if (HttpChatProvider(config(provider), nullptr).unavailableReason().isEmpty())
            available << provider;
    }
    return available;
}

RouteDecision Assistant::route(MessagePurpose purpose, std::optional<AiProvider> forced) const
{
    if (forced) {
        RouteDecision decision;
        decision.order = {*forced};
        decision.reason = *forced == AiProvider::Local ? u"the offline composer was asked for"_s
                                                       : u"%1 was asked for"_s.arg(providerDisplayName(*forced));
        return decision;
    }
    return routeMessage(purpose, m_settings.value(store::settings::aiRouting),
                        m_settings.value(store::settings::aiFallback), availableProviders());
}

ChatTurn *Assistant::chat(const ChatRequest &request, const RouteDecision &route, ChatTurn::OfflineReply offline,
                          QObject *parent)
{
    QList<ChatProvider *> providers;
    for (AiProvider id : route.order) {
        if (ChatProvider *client = provider(id))
            providers << client;
    }
    auto *turn = new ChatTurn(providers, route, request, std::move(offline), parent);
    connect(turn, &ChatTurn::finished, this, [this, turn] {
        for (const RequestRecord &entry : turn->outcome().records)
            record(entry);
    });
    turn->start();
    return turn;
}

void Assistant::record(const RequestRecord &record)
{
    if (!m_database)
        return;
    if (const Result<void> saved = recordRequest(*m_database, record); !saved)
        qCWarning(lcAi).noquote() << "cannot record the request:" << saved.errorMessage();
}

PlanRequest *Assistant::planFromRequest(const QString &request, PlanRequest::OfflinePlanner offline,
                                        std::optional<AiProvider> forced, QObject *parent)
{
    auto *plan = new PlanRequest(*this, request, route(MessagePurpose::Generation, forced), std::move(offline), parent);
    plan->start();
    return plan;
}

PlanOutcome planFromRequestNow(const QString &request, const store::Settings &settings, store::Secrets &secrets,
                               const store::Database *database, std::optional<AiProvider> forced,
                               PlanRequest::OfflinePlanner offline, const std::function<void(const QString &)> &progress,
                               const Assistant::Override &override)
{
    auto say = [&progress](const QString &line) {
        if (progress)
            progress(line);
    };
    Assistant assistant(settings, secrets);
    assistant.setDatabase(database);
    {
        QEventLoop loop;
        QFutureWatcher<void> watcher;
        QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(assistant.loadKeys());
        if (!watcher.isFinished())
            loop.exec();
    }
    for (const QString &problem : assistant.keyProblems())
        say(problem);
    if (forced && *forced != AiProvider::Local)
        assistant.setOverride(*forced, override);

    std::unique_ptr<PlanRequest> task(assistant.planFromRequest(request, std::move(offline), forced));
    QObject::connect(task.get(), &PlanRequest::providerStarted, task.get(), [&say](AiProvider provider, const QString &model) {
        say(provider == AiProvider::Local ? u"The offline composer is planning\u2026"_s
                                          : u"%1 (%2) is planning\u2026"_s.arg(providerDisplayName(provider), model));
    });
    QObject::connect(task.get(), &PlanRequest::repairing, task.get(), [&say](const QString &error) {
        say(u"The plan was not valid (%1): asking for a repair\u2026"_s.arg(error));
    });
    QObject::connect(task.get(), &PlanRequest::fallingBack, task.get(), [&say](AiProvider from, const QString &why) {
        say(u"%1 did not answer: %2"_s.arg(providerDisplayName(from), why));
    });
    if (!task->isDone()) {
        QEventLoop loop;
        QObject::connect(task.get(), &PlanRequest::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return task->outcome();
}

} // namespace musiaia::ai

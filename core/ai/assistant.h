// SPDX-License-Identifier: GPL-3.0-or-later
// The front door to the AI providers for the session, the command line and the UI: keys from
// store::Secrets, endpoints and routing from store::Settings, one QNetworkAccessManager, and the
// request log.
#pragma once

#include "chatturn.h"
#include "planrequest.h"
#include "provider.h"
#include "router.h"

#include <QFuture>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

namespace musiaia::store {
class Database;
class Secrets;
class Settings;
} // namespace musiaia::store

namespace musiaia::ai {

class Assistant : public QObject
{
    Q_OBJECT

public:
    // `settings` and `secrets` must outlive the assistant.
    Assistant(const store::Settings &settings, store::Secrets &secrets, QObject *parent = nullptr);
    ~Assistant() override;

    // Reads both API keys (environment, session, opt-in file, keychain). Call again after the user
    // changes a key. Problems reading them (a failing keychain) are in keyProblems().
    QFuture<void> loadKeys();
    QStringList keyProblems() const { return m_keyProblems; }
    void setApiKey(AiProvider provider, const QString &key);

    // Command-line or test overrides of the settings, per provider; empty fields keep the setting.
    struct Override
    {
        QString baseUrl;
        QString model;
    };
    void setOverride(AiProvider provider, const Override &override);
    void setDatabase(const store::Database *database) { m_database = database; }
    void setScheduler(Scheduler *scheduler) { m_scheduler = scheduler; }

    ProviderConfig config(AiProvider provider) const;
    ChatProvider *provider(AiProvider provider);
    // Providers with a key and a usable base URL.
    QSet<AiProvider> availableProviders() const;

    // The route for a message: `forced` (the --provider option) means that provider alone.
    RouteDecision route(MessagePurpose purpose, std::optional<AiProvider> forced = std::nullopt) const;

    // Starts a chat turn along `route`; each request is recorded in the database when one is set.
    ChatTurn *chat(const ChatRequest &request, const RouteDecision &route,
                   ChatTurn::OfflineReply offline = {}, QObject *parent = nullptr);

    // Stores a request's record in the database (when one is set).
    void record(const RequestRecord &record);

    // A song plan for `request` (see PlanRequest), routed as structured generation; `forced` as in
    // route(). Started; delete it when done.
    PlanRequest *planFromRequest(const QString &request, PlanRequest::OfflinePlanner offline,
                                 std::optional<AiProvider> forced = std::nullopt, QObject *parent = nullptr);

private:
    const store::Settings &m_settings;
    store::Secrets &m_secrets;
    QNetworkAccessManager m_network;
    Scheduler *m_scheduler = nullptr;
    const store::Database *m_database = nullptr;
    QHash<AiProvider, QString> m_keys;
    QHash<AiProvider, Override> m_overrides;
    QHash<AiProvider, std::shared_ptr<HttpChatProvider>> m_providers;
    QStringList m_keyProblems;
};

// For command-line verbs (`musiaia generate --provider ...`): loads the keys, asks the routed
// provider for a plan (`forced`: that provider alone; Local: the offline planner), and waits for it
// in a local event loop (never call it on the GUI thread; use Assistant::planFromRequest there).
// Progress lines ("GLM glm-4.6 is planning...", repairs, fallbacks) go to `progress`; requests are
// recorded in `database` when given.
PlanOutcome planFromRequestNow(const QString &request, const store::Settings &settings, store::Secrets &secrets,
                               const store::Database *database, std::optional<AiProvider> forced,
                               PlanRequest::OfflinePlanner offline,
                               const std::function<void(const QString &)> &progress = {},
                               const Assistant::Override &override = {});

} // namespace musiaia::ai

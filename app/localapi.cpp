// SPDX-License-Identifier: GPL-3.0-or-later
#include "localapi.h"

#include "appcontext.h"

#include "api/apilauncher.h"
#include "api/chatbridge.h"
#include "api/localapiserver.h"
#include "common/logging.h"
#include "session/projectstore.h"
#include "store/settings.h"

#include <QFutureWatcher>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::app {

AppLocalApi::AppLocalApi(gui::AppContext &context, SessionSetup setupSession, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_setupSession(std::move(setupSession))
{
    connect(&m_context, &gui::AppContext::settingsChanged, this, &AppLocalApi::apply);
    apply();
}

AppLocalApi::~AppLocalApi() = default;

void AppLocalApi::apply()
{
    const store::Settings &settings = m_context.settings();
    const bool enabled = m_context.isOpen() && settings.value(store::settings::localApiEnabled);
    const QString wanted = enabled ? settings.value(store::settings::localApiAddress) + u' '
                                         + QString::number(settings.value(store::settings::localApiPort))
                                   : QString();
    if (m_server && wanted == m_running) {
        // Same place: only a regenerated token (Settings > Local API) to take up.
        api::LocalApiServer *server = m_server.get();
        api::ensureApiToken(m_context.secrets()).then(server, [server](const Result<api::ApiToken> &token) {
            if (token)
                server->setToken(token->value);
        });
        return;
    }
    m_server.reset();
    m_running = wanted;
    if (!enabled)
        return;
    m_server = std::make_unique<api::LocalApiServer>(m_context.database(), m_context.projects()->projectsRoot());
    if (m_setupSession)
        m_server->chat()->setSessionSetup(m_setupSession);
    auto *watcher = new QFutureWatcher<Result<api::Launched>>(m_server.get());
    connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher] {
        const Result<api::Launched> launched = watcher->result();
        if (!launched) {
            qCWarning(lcApi).noquote() << "the local API could not start:" << launched.errorMessage();
        } else {
            qCInfo(lcApi).noquote() << "local API at" << launched->baseUrl.toString() << "- token in"
                                    << launched->tokenLocation;
        }
        watcher->deleteLater();
    });
    watcher->setFuture(api::launchLocalApi(*m_server, m_context.settings(), m_context.secrets()));
}

} // namespace musiaia::app

// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerstatus.h"

#include "appcontext.h"
#include "futures.h"
#include "store/secrets.h"

#include <QNetworkInformation>

namespace musiaia::gui {

ProviderStatus::ProviderStatus(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&context, &AppContext::settingsChanged, this, &ProviderStatus::changed);
    connect(&context, &AppContext::secretsChanged, this, &ProviderStatus::readKeys);
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        const auto update = [this, info] {
            const bool down = info->reachability() == QNetworkInformation::Reachability::Disconnected;
            if (down != m_networkDown) {
                m_networkDown = down;
                Q_EMIT changed();
            }
        };
        connect(info, &QNetworkInformation::reachabilityChanged, this, update);
        update();
    }
    readKeys();
}

void ProviderStatus::refresh()
{
    readKeys();
}

void ProviderStatus::readKeys()
{
    // Replies of an older refresh are dropped: only the newest read counts.
    const int generation = ++m_generation;
    const auto note = [this, generation](bool *slot) {
        return [this, generation, slot](const Result<store::SecretValue> &value) {
            if (generation != m_generation)
                return;
            const bool set = value.hasValue() && value->isSet();
            if (*slot != set) {
                *slot = set;
                Q_EMIT changed();
            }
        };
    };
    whenReady(m_context.secrets().read(store::SecretId::GlmApiKey), this, note(&m_glmKey));
    whenReady(m_context.secrets().read(store::SecretId::MiniMaxApiKey), this, note(&m_miniMaxKey));
}

bool ProviderStatus::offline() const
{
    const store::AiRouting routing = m_context.settings().value(store::settings::aiRouting);
    return routing == store::AiRouting::OfflineOnly || m_networkDown || (!m_glmKey && !m_miniMaxKey);
}

QString ProviderStatus::text() const
{
    if (offline())
        return m_networkDown ? tr("No network · offline composer") : tr("Offline composer");
    const store::Settings &settings = m_context.settings();
    const QString glm = settings.value(store::settings::glmModel);
    const QString miniMax = settings.value(store::settings::miniMaxModel);
    switch (settings.value(store::settings::aiRouting)) {
    case store::AiRouting::PreferGlm:
        return m_glmKey ? glm : miniMax;
    case store::AiRouting::PreferMiniMax:
        return m_miniMaxKey ? miniMax : glm;
    case store::AiRouting::Auto:
    case store::AiRouting::OfflineOnly:
        break;
    }
    if (m_glmKey && m_miniMaxKey)
        return tr("%1 · %2").arg(glm, miniMax);
    return m_glmKey ? glm : miniMax;
}

QString ProviderStatus::toolTip() const
{
    const store::AiRouting routing = m_context.settings().value(store::settings::aiRouting);
    if (routing == store::AiRouting::OfflineOnly)
        return tr("Every message is answered by MusiaIA's own composer, on this computer. Nothing is sent "
                  "over the network. Click to change.");
    if (m_networkDown)
        return tr("The network is unreachable, so MusiaIA's own composer answers until it is back.");
    if (!m_glmKey && !m_miniMaxKey)
        return tr("No API key is set, so MusiaIA's own composer answers, on this computer. Add a GLM-4.6 or "
                  "MiniMax-M2 key to talk to a language model. Click to open the settings.");
    if (routing == store::AiRouting::Auto && m_glmKey && m_miniMaxKey)
        return tr("Song requests go to GLM-4.6 and conversation to MiniMax-M2; if one fails, the other "
                  "answers, then the offline composer. Click to change.");
    return tr("Messages go to the provider shown; if it fails, MusiaIA falls back as set in the settings. "
              "Click to change.");
}

} // namespace musiaia::gui

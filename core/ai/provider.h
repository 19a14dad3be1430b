// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aitypes.h"
#include "chattask.h"
#include "networkpolicy.h"

#include <QString>

class QNetworkAccessManager;

namespace musiaia::store {
class Settings;
}

namespace musiaia::ai {

// Everything needed to reach one provider. The API key comes from store::Secrets.
struct ProviderConfig
{
    AiProvider provider = AiProvider::Glm;
    QString baseUrl;     // "https://api.z.ai/api/paas/v4"
    QString model;
    QString apiKey;
    bool thinking = true;                 // GLM
    bool miniMaxReasoningSplit = false;   // MiniMax
    int maxOutputTokens = 32'768;
    NetworkPolicy policy;

    // Base URL from the region (or the custom URL), model and options from the settings.
    static ProviderConfig fromSettings(AiProvider provider, const store::Settings &settings, const QString &apiKey);
};

// A model provider: sends a chat request and hands back the task that carries it.
class ChatProvider
{
public:
    virtual ~ChatProvider() = default;
    virtual AiProvider id() const = 0;
    virtual QString model() const = 0;
    // Why this provider cannot be used (no key, no base URL); empty when it can.
    virtual QString unavailableReason() const = 0;
    // The task starts from the event loop; connect to its signals right away.
    virtual ChatTask *send(const ChatRequest &request, QObject *parent = nullptr) = 0;
};

// GLM-4.6 (Z.ai, BigModel) and MiniMax-M2 over their OpenAI-compatible chat completions.
class HttpChatProvider final : public ChatProvider
{
public:
    HttpChatProvider(ProviderConfig config, QNetworkAccessManager *network, Scheduler *scheduler = nullptr);

    AiProvider id() const override { return m_config.provider; }
    QString model() const override { return m_config.model; }
    QString unavailableReason() const override;
    ChatTask *send(const ChatRequest &request, QObject *parent = nullptr) override;

    const ProviderConfig &config() const { return m_config; }
    // The body send() would post (for tests and the privacy view).
    QByteArray requestBody(const ChatRequest &request) const;

private:
    ProviderConfig m_config;
    QNetworkAccessManager *m_network;
    Scheduler *m_scheduler;
};

} // namespace musiaia::ai

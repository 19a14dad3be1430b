// SPDX-License-Identifier: GPL-3.0-or-later
#include "provider.h"

#include "store/settings.h"
#include "wireformat.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::ai {

ProviderConfig ProviderConfig::fromSettings(AiProvider provider, const store::Settings &settings, const QString &apiKey)
{
    namespace s = store::settings;
    ProviderConfig config;
    config.provider = provider;
    config.apiKey = apiKey;
    config.policy = NetworkPolicy::fromSettings(settings);
    config.maxOutputTokens = settings.value(s::aiMaxOutputTokens);
    const EndpointDefaults defaults = endpointDefaults(provider);
    const bool glm = provider == AiProvider::Glm;
    const store::AiRegion region = settings.value(glm ? s::glmRegion : s::miniMaxRegion);
    const QString custom = settings.value(glm ? s::glmBaseUrl : s::miniMaxBaseUrl).trimmed();
    if (!custom.isEmpty())
        config.baseUrl = custom;   // an explicit URL wins over the region
    else
        config.baseUrl = region == store::AiRegion::Mainland ? defaults.mainland : defaults.international;
    config.model = settings.value(glm ? s::glmModel : s::miniMaxModel).trimmed();
    if (config.model.isEmpty())
        config.model = defaults.model;
    config.thinking = settings.value(s::glmThinking);
    config.miniMaxReasoningSplit = settings.value(s::miniMaxReasoningSplit);
    return config;
}

HttpChatProvider::HttpChatProvider(ProviderConfig config, QNetworkAccessManager *network, Scheduler *scheduler)
    : m_config(std::move(config))
    , m_network(network)
    , m_scheduler(scheduler)
{
}

QString HttpChatProvider::unavailableReason() const
{
    const QString name = providerDisplayName(m_config.provider);
    if (m_config.apiKey.isEmpty())
        return u"No %1 API key is set (settings, or the %2 environment variable)."_s.arg(
            name, m_config.provider == AiProvider::Glm ? u"GLM_API_KEY"_s : u"MINIMAX_API_KEY"_s);
    const QUrl url(m_config.baseUrl);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
        return u"The %1 base URL \u201c%2\u201d is not an http(s) URL."_s.arg(name, m_config.baseUrl);
    return {};
}

QByteArray HttpChatProvider::requestBody(const ChatRequest &request) const
{
    WireOptions options;
    options.model = m_config.model;
    options.maxTokens = m_config.maxOutputTokens;
    options.miniMaxReasoningSplit = m_config.miniMaxReasoningSplit;
    ChatRequest adjusted = request;
    adjusted.thinking = request.thinking && m_config.thinking;
    return QJsonDocument(buildChatBody(m_config.provider, adjusted, options)).toJson(QJsonDocument::Compact);
}

ChatTask *HttpChatProvider::send(const ChatRequest &request, QObject *parent)
{
    ChatTask::Setup setup;
    setup.provider = m_config.provider;
    setup.model = m_config.model;
    setup.url = chatCompletionsUrl(m_config.baseUrl);
    setup.apiKey = m_config.apiKey.toUtf8();
    setup.body = requestBody(request);
    setup.stream = request.stream;
    QString sent;
    for (const ChatMessage &message : request.messages)
        sent += message.content;
    setup.characters = int(sent.size());
    setup.estimatedTokens = estimateTokens(sent);
    setup.policy = m_config.policy;
    setup.network = m_network;
    setup.scheduler = m_scheduler;
    auto *task = new ChatTask(std::move(setup), parent);
    if (const QString why = unavailableReason(); !why.isEmpty()) {
        // Fail from the event loop like any other error, so callers need one code path.
        QMetaObject::invokeMethod(task, [task, why] {
            task->failWithoutRequest(transportError(task->provider(), ErrorKind::NotConfigured, why));
        }, Qt::QueuedConnection);
        return task;
    }
    task->start();
    return task;
}

} // namespace musiaia::ai

// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkpolicy.h"

#include "store/settings.h"

#include <musiaia/version.h>

#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::ai {

NetworkPolicy NetworkPolicy::fromSettings(const store::Settings &settings)
{
    NetworkPolicy policy;
    policy.firstByteTimeoutMs = std::max(100, settings.value(store::settings::aiFirstByteTimeoutMs));
    policy.idleTimeoutMs = std::max(100, settings.value(store::settings::aiIdleTimeoutMs));
    policy.maxRetries = std::clamp(settings.value(store::settings::aiMaxRetries), 0, 10);
    return policy;
}

QByteArray userAgent()
{
    return "MusiaIA/" MUSIAIA_VERSION_STRING " (Qt " + QByteArray(qVersion()) + ")";
}

QNetworkRequest makeProviderRequest(const QUrl &url, const QByteArray &apiKey, bool stream)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", stream ? "text/event-stream" : "application/json");
    request.setRawHeader("Authorization", "Bearer " + apiKey);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Our own watchdogs tell a slow first byte from a stalled stream; no transfer timeout here.
    request.setTransferTimeout(0);
    return request;
}

int retryDelayMs(int attempt, const NetworkPolicy &policy, double random01, int retryAfterMs)
{
    if (retryAfterMs >= 0)
        return retryAfterMs;
    const double exponential = policy.backoffBaseMs * std::pow(2.0, std::max(0, attempt - 1));
    const double capped = std::min<double>(exponential, policy.backoffCapMs);
    return int(capped * (0.5 + 0.5 * std::clamp(random01, 0.0, 1.0)));
}

namespace {
class RealTimeScheduler final : public Scheduler
{
public:
    void after(int delayMs, QObject *context, std::function<void()> callback) override
    {
        QTimer::singleShot(delayMs, context, std::move(callback));
    }
};
} // namespace

Scheduler &realTimeScheduler()
{
    static RealTimeScheduler scheduler;
    return scheduler;
}

} // namespace musiaia::ai

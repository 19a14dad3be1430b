// SPDX-License-Identifier: GPL-3.0-or-later
// The one place that decides how MusiaIA talks HTTP to model providers: user agent, timeouts,
// redirects, retries and their backoff.
#pragma once

#include <QNetworkRequest>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace musiaia::store {
class Settings;
}

namespace musiaia::ai {

struct NetworkPolicy
{
    int firstByteTimeoutMs = 60'000;   // until the reply's first byte
    int idleTimeoutMs = 180'000;       // the longest silence inside a reply (reasoning is slow)
    int maxRetries = 3;                // retries after the first attempt, for retryable errors only
    int backoffBaseMs = 500;
    int backoffCapMs = 8'000;
    int maxRetryAfterMs = 60'000;      // a longer Retry-After fails now and says when to try again

    static NetworkPolicy fromSettings(const store::Settings &settings);
};

QByteArray userAgent();   // "MusiaIA/0.1.0 (Qt 6.4.2)"

// A JSON POST to a provider: user agent, content type, accept, and a same-origin redirect policy
// (the API key must never follow a redirect to another host).
QNetworkRequest makeProviderRequest(const QUrl &url, const QByteArray &apiKey, bool stream);

// Exponential backoff with jitter (between half and all of base * 2^(attempt-1), capped), or the
// server's Retry-After when it sent one. `attempt` counts from 1; `random01` is in [0, 1).
int retryDelayMs(int attempt, const NetworkPolicy &policy, double random01, int retryAfterMs);

// Runs a callback later. Tests inject one that does not sleep.
class Scheduler
{
public:
    virtual ~Scheduler() = default;
    virtual void after(int delayMs, QObject *context, std::function<void()> callback) = 0;
};
Scheduler &realTimeScheduler();   // QTimer::singleShot

} // namespace musiaia::ai

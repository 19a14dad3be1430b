// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace musiaia::api {

RateLimiter::RateLimiter(double burst, double perSecond)
    : m_burst(burst)
    , m_perSecond(perSecond)
{
    m_clock.start();
}

bool RateLimiter::allow(const QString &client, int *retryAfterSeconds)
{
    if (!isEnabled())
        return true;
    const qint64 now = m_clock.elapsed();
    const double refillMs = m_burst / m_perSecond * 1000.0;
    if (now - m_lastSweepMs > refillMs + 1000) {
        m_lastSweepMs = now;
        m_buckets.removeIf([&](const auto &entry) { return now - entry.value().updatedMs > refillMs; });
    }
    auto it = m_buckets.find(client);
    if (it == m_buckets.end())
        it = m_buckets.insert(client, Bucket{m_burst, now});
    Bucket &bucket = *it;
    bucket.tokens = std::min(m_burst, bucket.tokens + double(now - bucket.updatedMs) / 1000.0 * m_perSecond);
    bucket.updatedMs = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return true;
    }
    if (retryAfterSeconds)
        *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_perSecond)));
    return false;
}

} // namespace musiaia::api

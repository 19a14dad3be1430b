// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace musiaia::api {

// A token bucket per client: `burst` requests at once, refilled at `perSecond`. Clients idle long
// enough to be full again are forgotten, so the table stays small.
class RateLimiter
{
public:
    RateLimiter(double burst, double perSecond);

    // Takes one token for `client`; false when its bucket is empty. `retryAfterSeconds` is set to
    // when the next token arrives.
    bool allow(const QString &client, int *retryAfterSeconds = nullptr);
    bool isEnabled() const { return m_perSecond > 0 && m_burst > 0; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    double m_burst;
    double m_perSecond;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace musiaia::api

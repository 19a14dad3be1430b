// SPDX-License-Identifier: GPL-3.0-or-later
// The privacy and cost view's data: one row per provider request (sizes and tokens, never content).
#pragma once

#include "chattask.h"

#include "common/result.h"

#include <QDateTime>
#include <QList>

namespace musiaia::store {
class Database;
}

namespace musiaia::ai {

Result<void> recordRequest(const store::Database &database, const RequestRecord &record);

// The newest first.
Result<QList<RequestRecord>> recentRequests(const store::Database &database, int limit = 100);

struct UsageTotals
{
    AiProvider provider = AiProvider::Glm;
    int requests = 0;
    qint64 characters = 0;
    qint64 estimatedTokens = 0;
    qint64 promptTokens = 0;       // as counted by the provider (requests that said)
    qint64 completionTokens = 0;
};
// Per provider, for requests started at or after `since`.
Result<QList<UsageTotals>> usageSince(const store::Database &database, const QDateTime &since);

} // namespace musiaia::ai

// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestlog.h"

#include "store/database.h"
#include "store/sql.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::ai {
namespace {

QVariant orNull(int value)
{
    return value >= 0 ? QVariant(value) : QVariant();
}

} // namespace

Result<void> recordRequest(const store::Database &database, const RequestRecord &record)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    auto query = store::prepare(*db, u"INSERT INTO ai_requests (started_at, provider, model, characters, "
                                      "estimated_tokens, prompt_tokens, completion_tokens, reasoning_tokens, "
                                      "duration_ms, attempts, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!query)
        return query.error();
    query->addBindValue(record.startedAt.toUTC().toString(Qt::ISODateWithMs));
    query->addBindValue(store::settingName(record.provider));
    query->addBindValue(record.model);
    query->addBindValue(record.characters);
    query->addBindValue(record.estimatedTokens);
    query->addBindValue(orNull(record.usage.promptTokens));
    query->addBindValue(orNull(record.usage.completionTokens));
    query->addBindValue(orNull(record.usage.reasoningTokens));
    query->addBindValue(record.durationMs);
    query->addBindValue(record.attempts);
    query->addBindValue(record.outcome);
    return store::exec(*query);
}

Result<QList<RequestRecord>> recentRequests(const store::Database &database, int limit)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    auto query = store::prepare(*db, u"SELECT started_at, provider, model, characters, estimated_tokens, "
                                      "prompt_tokens, completion_tokens, reasoning_tokens, duration_ms, attempts, "
                                      "outcome FROM ai_requests ORDER BY started_at DESC, id DESC LIMIT ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(limit);
    if (auto ran = store::exec(*query); !ran)
        return ran.error();
    QList<RequestRecord> records;
    while (query->next()) {
        RequestRecord record;
        record.startedAt = QDateTime::fromString(query->value(0).toString(), Qt::ISODateWithMs);
        store::parseSetting(query->value(1).toString(), &record.provider);
        record.model = query->value(2).toString();
        record.characters = query->value(3).toInt();
        record.estimatedTokens = query->value(4).toInt();
        record.usage.promptTokens = query->value(5).isNull() ? -1 : query->value(5).toInt();
        record.usage.completionTokens = query->value(6).isNull() ? -1 : query->value(6).toInt();
        record.usage.reasoningTokens = query->value(7).isNull() ? -1 : query->value(7).toInt();
        record.durationMs = query->value(8).toLongLong();
        record.attempts = query->value(9).toInt();
        record.outcome = query->value(10).toString();
        records << record;
    }
    return records;
}

Result<QList<UsageTotals>> usageSince(const store::Database &database, const QDateTime &since)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    auto query = store::prepare(*db, u"SELECT provider, COUNT(*), SUM(characters), SUM(estimated_tokens), "
                                      "TOTAL(prompt_tokens), TOTAL(completion_tokens) FROM ai_requests "
                                      "WHERE started_at >= ? GROUP BY provider ORDER BY provider"_s);
    if (!query)
        return query.error();
    query->addBindValue(since.toUTC().toString(Qt::ISODateWithMs));
    if (auto ran = store::exec(*query); !ran)
        return ran.error();
    QList<UsageTotals> totals;
    while (query->next()) {
        UsageTotals row;
        store::parseSetting(query->value(0).toString(), &row.provider);
        row.requests = query->value(1).toInt();
        row.characters = query->value(2).toLongLong();
        row.estimatedTokens = query->value(3).toLongLong();
        row.promptTokens = qint64(query->value(4).toDouble());
        row.completionTokens = qint64(query->value(5).toDouble());
        totals << row;
    }
    return totals;
}

} // namespace musiaia::ai

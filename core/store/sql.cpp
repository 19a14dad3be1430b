// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include "common/logging.h"

namespace musiaia::store {

Error databaseError(const QSqlError &error, const QString &context)
{
    QString text = error.text().trimmed();
    if (text.isEmpty())
        text = QStringLiteral("unknown database error");
    return makeError(ErrorCode::Database, context.isEmpty() ? text : context + QStringLiteral(": ") + text);
}

namespace {

// The first line of a statement, to say which one failed without dumping the whole SQL.
QString statementSummary(const QString &sql)
{
    QString summary = sql.simplified();
    if (summary.size() > 80)
        summary = summary.left(77) + QStringLiteral("...");
    return summary;
}

} // namespace

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return databaseError(query.lastError(), QStringLiteral("cannot prepare \"%1\"").arg(statementSummary(sql)));
    return query;
}

Result<void> exec(QSqlQuery &query)
{
    if (!query.exec()) {
        const Error error = databaseError(query.lastError(),
                                          QStringLiteral("\"%1\" failed").arg(statementSummary(query.lastQuery())));
        qCDebug(lcStore) << error.message;
        return error;
    }
    return {};
}

Result<void> execStatement(const QSqlDatabase &db, const QString &sql)
{
    Result<QSqlQuery> query = prepare(db, sql);
    if (!query)
        return query.error();
    return exec(*query);
}

Result<QVariant> queryValue(const QSqlDatabase &db, const QString &sql)
{
    Result<QSqlQuery> query = prepare(db, sql);
    if (!query)
        return query.error();
    if (Result<void> ran = exec(*query); !ran)
        return ran.error();
    return query->next() ? query->value(0) : QVariant();
}

} // namespace musiaia::store

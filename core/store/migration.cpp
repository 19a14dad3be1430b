// SPDX-License-Identifier: GPL-3.0-or-later
#include "migration.h"

#include "common/logging.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace musiaia::store {
namespace {

Result<int> userVersion(const QSqlDatabase &db)
{
    Result<QVariant> value = queryValue(db, QStringLiteral("PRAGMA user_version"));
    if (!value)
        return value.error();
    return value->toInt();
}

// Returns false when another connection applied the step first.
Result<bool> applyStep(QSqlDatabase &db, const Migration &step)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();

    // Another process may have applied this step while we waited for the write lock.
    Result<int> current = userVersion(db);
    if (!current)
        return current.error();
    if (*current >= step.version) {
        tx->rollback();
        return false;
    }

    for (const QString &statement : step.statements) {
        if (Result<void> ran = execStatement(db, statement); !ran)
            return ran.error();
    }
    if (step.apply) {
        if (Result<void> applied = step.apply(db); !applied)
            return applied.error();
    }

    // History, for whoever inspects a user's file; the version itself lives in the header.
    if (Result<void> made = execStatement(db, QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
        !made)
        return made.error();
    Result<QSqlQuery> history = prepare(db, QStringLiteral(
        "INSERT OR REPLACE INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
    if (!history)
        return history.error();
    history->addBindValue(step.version);
    history->addBindValue(step.name);
    history->addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (Result<void> recorded = exec(*history); !recorded)
        return recorded.error();

    // PRAGMA takes no bound parameters; the version is an int we own.
    if (Result<void> bumped = execStatement(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        !bumped)
        return bumped.error();
    if (Result<void> committed = tx->commit(); !committed)
        return committed.error();
    return true;
}

} // namespace

Result<void> validateMigrations(const std::vector<Migration> &migrations)
{
    int expected = 1;
    for (const Migration &step : migrations) {
        if (step.version != expected) {
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("migration \"%1\" has version %2, expected %3")
                                 .arg(step.name).arg(step.version).arg(expected));
        }
        ++expected;
    }
    return {};
}

Result<void> migrate(QSqlDatabase &db, const std::vector<Migration> &migrations)
{
    if (Result<void> valid = validateMigrations(migrations); !valid)
        return valid;
    Result<int> current = userVersion(db);
    if (!current)
        return current.error();
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (*current > latest) {
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("the database %1 has schema version %2, newer than this MusiaIA "
                                        "understands (%3); use a newer MusiaIA")
                             .arg(db.databaseName()).arg(*current).arg(latest));
    }
    for (const Migration &step : migrations) {
        if (step.version <= *current)
            continue;
        Result<bool> applied = applyStep(db, step);
        if (!applied) {
            return makeError(applied.errorCode(),
                             QStringLiteral("database migration %1 (%2) failed and was rolled back: %3")
                                 .arg(step.version).arg(step.name, applied.errorMessage()));
        }
        if (*applied)
            qCInfo(lcStore) << "applied migration" << step.version << step.name;
    }
    return {};
}

} // namespace musiaia::store

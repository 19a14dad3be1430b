// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace musiaia::store {

// Small helpers so that every statement is prepared and every failure becomes an Error with the
// driver's text (never the bound values, which may hold user data).
Error databaseError(const QSqlError &error, const QString &context);

// Prepares `sql` on `db`; the query is forward-only (cheaper; we never scroll back).
Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql);

// Runs a prepared query.
Result<void> exec(QSqlQuery &query);

// Prepares and runs a statement without parameters (DDL, PRAGMA).
Result<void> execStatement(const QSqlDatabase &db, const QString &sql);

// Prepares and runs `sql`, returning the first column of the first row (or an invalid QVariant
// when there is no row).
Result<QVariant> queryValue(const QSqlDatabase &db, const QString &sql);

} // namespace musiaia::store

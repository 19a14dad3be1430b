// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace musiaia::store {

// One step of the schema. Its statements run in order, then `apply` (when set) for what plain SQL
// cannot do (copying data through C++, say), all inside one transaction together with the bump of
// PRAGMA user_version to `version`: a step is applied entirely or not at all.
struct Migration
{
    int version = 0;          // strictly increasing, starting at 1
    QString name;             // short, for logs and errors: "library: samples and analysis"
    QStringList statements;   // SQL, one statement per entry
    std::function<Result<void>(QSqlDatabase &)> apply;
};

// The application's schema, in order (migrations.cpp). Modules append their steps there.
const std::vector<Migration> &applicationMigrations();

// Checks that versions start at 1 and increase by one.
Result<void> validateMigrations(const std::vector<Migration> &migrations);

// Brings `db` from its PRAGMA user_version to the last version in `migrations`. Each step runs in
// its own BEGIN IMMEDIATE transaction and re-reads the version inside it, so that two processes
// opening the same file at once do not apply a step twice. A failing step is rolled back and
// reported with its version and name; earlier steps stay applied. A file newer than the list is
// refused (it was written by a newer MusiaIA).
Result<void> migrate(QSqlDatabase &db, const std::vector<Migration> &migrations);

} // namespace musiaia::store

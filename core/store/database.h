// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "store/migration.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace musiaia::store {

// The MusiaIA database: one SQLite file (WAL, foreign keys on, busy timeout) whose schema is
// brought up to date by the migrations in migrations.cpp.
//
// Every thread gets its own named QSqlDatabase connection to the file, opened on first use by
// connection() and removed when the thread ends, so that code running on a worker (an import on a
// QThread, a QtConcurrent task) never shares a connection with the GUI thread. A Database object
// is cheap: it holds the path and the migration list; share it by reference or copy it.
class Database
{
public:
    // The data folder: $MUSIAIA_DATA_DIR when set, else QStandardPaths::AppDataLocation.
    static QString defaultDataDirectory();
    // The database file used when no path is given: setDefaultPath() if called (the --db option),
    // else defaultDataDirectory() + "/musiaia.sqlite".
    static QString defaultPath();
    static void setDefaultPath(const QString &path);

    // `path` empty means defaultPath(). `migrations` defaults to the application's own list;
    // tests pass their own.
    explicit Database(const QString &path = QString());
    Database(const QString &path, std::vector<Migration> migrations);

    QString path() const { return m_path; }

    // Creates the folder and the file when needed and migrates the schema to the latest version.
    // Call once (from any thread) before using connection(); calling it again is harmless.
    Result<void> open();

    // This thread's connection, opened on demand with the connection pragmas applied. Fails when
    // the file cannot be opened. Does not migrate: call open() first.
    Result<QSqlDatabase> connection() const;

    // PRAGMA user_version of the file, read through this thread's connection.
    Result<int> schemaVersion() const;
    int latestVersion() const;

    // Closes and removes this thread's connection now (it is removed at thread exit otherwise).
    void closeThreadConnection() const;

private:
    QString connectionName() const;

    QString m_path;
    std::vector<Migration> m_migrations;
};

} // namespace musiaia::store

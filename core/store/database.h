// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "store/migration.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <vector>

namespace musiaia::store {

// A prepared statement lent by Database::cachedQuery(). While the handle lives the statement is the
// holder's; when it goes away the statement is reset (its read snapshot released) and stays prepared
// for the next caller on this thread. Move-only; use it on the thread that asked for it.
class CachedQuery
{
public:
    CachedQuery(CachedQuery &&other) noexcept;
    CachedQuery &operator=(CachedQuery &&other) = delete;
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;
    ~CachedQuery();

    QSqlQuery &operator*() const { return *m_query; }
    QSqlQuery *operator->() const { return m_query; }

private:
    friend class Database;
    CachedQuery(QSqlQuery *query, bool *inUse, std::unique_ptr<QSqlQuery> own);

    QSqlQuery *m_query = nullptr;
    bool *m_inUse = nullptr;                 // the cache's flag; null for a statement of its own
    std::unique_ptr<QSqlQuery> m_own;        // set when the cached one was busy (nested use)
};

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

    // This thread's prepared statement for `sql`, prepared on first use and kept with the thread's
    // connection (up to a few dozen statements, the least recently used dropped first), so that a
    // statement run again and again (a search) is not parsed and planned again each time. Bind values
    // by position (bindValue(i, ...)) before exec(). Asked for again while still held (nested use),
    // the same SQL gets a statement of its own for that use.
    Result<CachedQuery> cachedQuery(const QString &sql) const;

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

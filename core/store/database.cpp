// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "common/logging.h"
#include "store/sql.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>
#include <QThreadStorage>

#include <algorithm>
#include <atomic>
#include <map>
#include <utility>

namespace musiaia::store {
namespace {

QMutex &defaultPathMutex()
{
    static QMutex mutex;
    return mutex;
}

QString &defaultPathOverride()
{
    static QString path;
    return path;
}

// A number per thread that is never reused, so that a connection name cannot be inherited by a
// later thread that happens to get the same native id.
quint64 threadSerial()
{
    static std::atomic<quint64> next{1};
    thread_local const quint64 serial = next++;
    return serial;
}

// A statement kept prepared for Database::cachedQuery().
struct CachedStatement
{
    std::unique_ptr<QSqlQuery> query;
    bool inUse = false;
    quint64 lastUse = 0;
};

// How many statements each connection keeps prepared: the searches' shapes (a few dozen) with room.
constexpr std::size_t MaxCachedStatements = 64;

// The connections this thread opened, and the statements kept prepared on each; removed when the
// thread ends. QThreadStorage (rather than thread_local) deletes them while a QThread finishes,
// before wait() returns, and also covers threads Qt did not start (std::thread, pool threads).
struct ThreadConnections
{
    QStringList names;
    std::map<QString, std::map<QString, CachedStatement>> statements;   // by connection, by SQL
    quint64 clock = 0;

    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            remove(name);
    }

    // The statements go first: a connection is closed only once nothing holds a statement of it.
    void remove(const QString &name)
    {
        statements.erase(name);
        if (!QSqlDatabase::contains(name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // Makes room for one more statement on `name`: drops the least recently used idle one.
    void makeRoom(std::map<QString, CachedStatement> &cache)
    {
        if (cache.size() < MaxCachedStatements)
            return;
        auto oldest = cache.end();
        for (auto it = cache.begin(); it != cache.end(); ++it) {
            if (!it->second.inUse && (oldest == cache.end() || it->second.lastUse < oldest->second.lastUse))
                oldest = it;
        }
        if (oldest != cache.end())
            cache.erase(oldest);
    }
};

ThreadConnections &threadConnections()
{
    static QThreadStorage<ThreadConnections *> storage;
    if (!storage.hasLocalData())
        storage.setLocalData(new ThreadConnections);
    return *storage.localData();
}

constexpr int BusyTimeoutMs = 5000;

} // namespace

QString Database::defaultDataDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("MUSIAIA_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(fromEnvironment);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Database::defaultPath()
{
    {
        QMutexLocker lock(&defaultPathMutex());
        if (!defaultPathOverride().isEmpty())
            return defaultPathOverride();
    }
    return defaultDataDirectory() + QStringLiteral("/musiaia.sqlite");
}

void Database::setDefaultPath(const QString &path)
{
    QMutexLocker lock(&defaultPathMutex());
    defaultPathOverride() = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

namespace {

// Switching a new file to WAL needs the file to itself, and SQLite answers "locked" at once rather
// than calling the busy handler when another connection is opening it too (two windows, or the
// app and a command-line verb, starting together). Wait and try again, as the busy timeout would.
Result<QVariant> switchToWal(const QSqlDatabase &db)
{
    Result<QVariant> current = queryValue(db, QStringLiteral("PRAGMA journal_mode"));
    if (current && current->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
        return current;
    QDeadlineTimer deadline(BusyTimeoutMs);
    for (int attempt = 0;; ++attempt) {
        Result<QVariant> mode = queryValue(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (mode || deadline.hasExpired())
            return mode;
        if (!mode.errorMessage().contains(QLatin1String("locked")) && !mode.errorMessage().contains(QLatin1String("busy")))
            return mode;
        QThread::msleep(static_cast<unsigned long>(std::min(5 + attempt * 5, 50)));
    }
}

} // namespace

Database::Database(const QString &path)
    : Database(path, applicationMigrations())
{
}

Database::Database(const QString &path, std::vector<Migration> migrations)
    : m_path(QFileInfo(path.isEmpty() ? defaultPath() : path).absoluteFilePath())
    , m_migrations(std::move(migrations))
{
}

int Database::latestVersion() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

QString Database::connectionName() const
{
    const QByteArray pathHash = QCryptographicHash::hash(m_path.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("musiaia-%1-%2").arg(QLatin1String(pathHash)).arg(threadSerial());
}

Result<void> Database::open()
{
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath())) {
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot create the folder %1 for the database").arg(file.absolutePath()));
    }
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();

    // WAL is a property of the file: readers never block the writer and the other way round.
    Result<QVariant> mode = switchToWal(*db);
    if (!mode)
        return mode.error();
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return makeError(ErrorCode::Database, QStringLiteral("%1 cannot use write-ahead logging (journal mode is %2)")
                                                  .arg(m_path, mode->toString()));
    }
    return migrate(*db, m_migrations);
}

Result<QSqlDatabase> Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }

    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return makeError(ErrorCode::Database, QStringLiteral("the Qt SQLite driver (QSQLITE) is not available"));
    if (!threadConnections().names.contains(name))
        threadConnections().names.append(name);
    // Statements prepared on an earlier, since closed, opening of this connection are dead.
    threadConnections().statements.erase(name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open())
        return databaseError(db.lastError(), QStringLiteral("cannot open the database %1").arg(m_path));

    // Per-connection settings. The first statement also checks that the file is a database.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
        QStringLiteral("PRAGMA synchronous = NORMAL"),   // durable at checkpoints; safe with WAL
        // A large sample library is tens of MB: read it through the memory map and keep the hot
        // pages in a bigger cache than the 2 MB default (bench/library: search latency).
        QStringLiteral("PRAGMA mmap_size = 268435456"),
        QStringLiteral("PRAGMA cache_size = -16384"),
    };
    for (const QString &pragma : pragmas) {
        if (Result<void> set = execStatement(db, pragma); !set) {
            db.close();
            return makeError(ErrorCode::Database,
                             QStringLiteral("cannot use %1 as a database: %2").arg(m_path, set.errorMessage()));
        }
    }
    // A file that is not SQLite opens fine and only fails on first read.
    if (Result<QVariant> probe = queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_schema")); !probe) {
        db.close();
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("%1 is not a MusiaIA database: %2").arg(m_path, probe.errorMessage()));
    }
    return db;
}

Result<int> Database::schemaVersion() const
{
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    Result<QVariant> version = queryValue(*db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return version->toInt();
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName();
    threadConnections().names.removeAll(name);
    threadConnections().remove(name);
}

Result<CachedQuery> Database::cachedQuery(const QString &sql) const
{
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    ThreadConnections &connections = threadConnections();
    std::map<QString, CachedStatement> &cache = connections.statements[connectionName()];
    auto found = cache.find(sql);
    if (found != cache.end() && found->second.inUse) {
        Result<QSqlQuery> own = prepare(*db, sql);
        if (!own)
            return own.error();
        auto query = std::make_unique<QSqlQuery>(std::move(*own));
        QSqlQuery *raw = query.get();
        return CachedQuery(raw, nullptr, std::move(query));
    }
    if (found == cache.end()) {
        Result<QSqlQuery> prepared = prepare(*db, sql);
        if (!prepared)
            return prepared.error();
        connections.makeRoom(cache);
        found = cache.emplace(sql, CachedStatement{std::make_unique<QSqlQuery>(std::move(*prepared))}).first;
    }
    found->second.inUse = true;
    found->second.lastUse = ++connections.clock;
    return CachedQuery(found->second.query.get(), &found->second.inUse, nullptr);
}

CachedQuery::CachedQuery(QSqlQuery *query, bool *inUse, std::unique_ptr<QSqlQuery> own)
    : m_query(query)
    , m_inUse(inUse)
    , m_own(std::move(own))
{
}

CachedQuery::CachedQuery(CachedQuery &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
    , m_own(std::move(other.m_own))
{
}

CachedQuery::~CachedQuery()
{
    if (!m_query)
        return;
    m_query->finish();   // ends the statement's read of the file; it stays prepared
    if (m_inUse)
        *m_inUse = false;
}

} // namespace musiaia::store

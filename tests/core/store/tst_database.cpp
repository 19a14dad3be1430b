// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/migration.h"
#include "store/sql.h"
#include "store/transaction.h"

#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace musiaia;
using namespace musiaia::store;

namespace {

// A small schema of our own, so that upgrades and failures can be staged step by step.
std::vector<Migration> notesSchema(int upTo)
{
    std::vector<Migration> all = {
        {1, QStringLiteral("notes"), {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")}, {}},
        {2, QStringLiteral("notes: author"), {QStringLiteral("ALTER TABLE notes ADD COLUMN author TEXT")}, {}},
        // A step done in C++: fills the new column from the old text.
        {3, QStringLiteral("notes: words"), {QStringLiteral("ALTER TABLE notes ADD COLUMN words INTEGER")},
         [](QSqlDatabase &db) -> Result<void> {
             auto select = prepare(db, QStringLiteral("SELECT id, text FROM notes"));
             if (!select)
                 return select.error();
             if (auto ran = exec(*select); !ran)
                 return ran;
             auto update = prepare(db, QStringLiteral("UPDATE notes SET words = ? WHERE id = ?"));
             if (!update)
                 return update.error();
             while (select->next()) {
                 update->addBindValue(select->value(1).toString().split(QLatin1Char(' ')).size());
                 update->addBindValue(select->value(0));
                 if (auto done = exec(*update); !done)
                     return done;
             }
             return {};
         }},
    };
    all.resize(size_t(upTo));
    return all;
}

int countRows(const QSqlDatabase &db, const QString &table)
{
    const Result<QVariant> value = queryValue(db, QStringLiteral("SELECT count(*) FROM ") + table);
    return value ? value->toInt() : -1;
}

bool tableExists(const QSqlDatabase &db, const QString &table)
{
    auto query = prepare(db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = ?"));
    if (!query)
        return false;
    query->addBindValue(table);
    return exec(*query) && query->next();
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void applicationMigrations_areOrdered()
    {
        QVERIFY_RESULT(validateMigrations(applicationMigrations()));
        QVERIFY(!applicationMigrations().empty());
    }

    void freshFile_getsLatestSchemaAndPragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/musiaia.sqlite"));
        Database database(path);
        QVERIFY_RESULT(database.open());
        QVERIFY(QFile::exists(path));
        QCOMPARE(database.schemaVersion().valueOr(-1), database.latestVersion());

        auto db = database.connection();
        QVERIFY_RESULT(db);
        QCOMPARE(queryValue(*db, QStringLiteral("PRAGMA journal_mode")).valueOr(QVariant()).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(queryValue(*db, QStringLiteral("PRAGMA foreign_keys")).valueOr(QVariant()).toInt(), 1);
        QCOMPARE(queryValue(*db, QStringLiteral("PRAGMA busy_timeout")).valueOr(QVariant()).toInt(), 5000);
        QCOMPARE(queryValue(*db, QStringLiteral("PRAGMA integrity_check")).valueOr(QVariant()).toString(),
                 QStringLiteral("ok"));
        QVERIFY(tableExists(*db, QStringLiteral("samples")));
        QVERIFY(tableExists(*db, QStringLiteral("samples_fts")));
        QCOMPARE(countRows(*db, QStringLiteral("schema_migrations")), database.latestVersion());

        // Opening again is harmless.
        QVERIFY_RESULT(database.open());
        QCOMPARE(database.schemaVersion().valueOr(-1), database.latestVersion());
    }

    void defaultPath_followsEnvironmentAndOverride()
    {
        QTemporaryDir dir;
        qputenv("MUSIAIA_DATA_DIR", dir.path().toUtf8());
        QCOMPARE(Database::defaultPath(), dir.path() + QStringLiteral("/musiaia.sqlite"));
        QCOMPARE(Database().path(), dir.path() + QStringLiteral("/musiaia.sqlite"));
        Database::setDefaultPath(dir.filePath(QStringLiteral("other.sqlite")));
        QCOMPARE(Database().path(), dir.filePath(QStringLiteral("other.sqlite")));
        Database::setDefaultPath(QString());
        qunsetenv("MUSIAIA_DATA_DIR");
        QVERIFY(Database::defaultPath().endsWith(QStringLiteral("/musiaia.sqlite")));
        QVERIFY(!Database::defaultPath().startsWith(dir.path()));
    }

    void olderFile_isUpgradedKeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        {
            Database old(path, notesSchema(1));
            QVERIFY_RESULT(old.open());
            QVERIFY_RESULT(execStatement(*old.connection(),
                                         QStringLiteral("INSERT INTO notes (text) VALUES ('four on the floor')")));
            QCOMPARE(old.schemaVersion().valueOr(-1), 1);
            old.closeThreadConnection();
        }
        Database current(path, notesSchema(3));
        QVERIFY_RESULT(current.open());
        QCOMPARE(current.schemaVersion().valueOr(-1), 3);
        {
            auto db = current.connection();
            QVERIFY_RESULT(db);
            QCOMPARE(queryValue(*db, QStringLiteral("SELECT words FROM notes")).valueOr(QVariant()).toInt(), 4);
            QCOMPARE(countRows(*db, QStringLiteral("schema_migrations")), 3);
        }
        current.closeThreadConnection();
    }

    void failingStep_rollsBackAndReports_data()
    {
        QTest::addColumn<bool>("failInCode");
        QTest::newRow("bad SQL") << false;
        QTest::newRow("failing function") << true;
    }

    void failingStep_rollsBackAndReports()
    {
        QFETCH(bool, failInCode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        std::vector<Migration> steps = notesSchema(2);
        Migration broken{3, QStringLiteral("notes: broken"),
                         {QStringLiteral("CREATE TABLE half_done (id INTEGER)"),
                          QStringLiteral("INSERT INTO notes (text) VALUES ('written by the broken step')")},
                         {}};
        if (failInCode) {
            broken.apply = [](QSqlDatabase &) -> Result<void> {
                return makeError(ErrorCode::Corrupt, QStringLiteral("the data could not be converted"));
            };
        } else {
            broken.statements << QStringLiteral("INSERT INTO no_such_table VALUES (1)");
        }
        steps.push_back(broken);

        Database database(path, steps);
        const Result<void> opened = database.open();
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(QStringLiteral("migration 3 (notes: broken)")),
                 qPrintable(opened.errorMessage()));
        QVERIFY2(opened.errorMessage().contains(QStringLiteral("rolled back")), qPrintable(opened.errorMessage()));
        if (failInCode)
            QCOMPARE(opened.errorCode(), ErrorCode::Corrupt);

        // Steps 1 and 2 stay; nothing of step 3 is left.
        QCOMPARE(database.schemaVersion().valueOr(-1), 2);
        {
            auto db = database.connection();
            QVERIFY_RESULT(db);
            QVERIFY(!tableExists(*db, QStringLiteral("half_done")));
            QCOMPARE(countRows(*db, QStringLiteral("notes")), 0);
            QCOMPARE(countRows(*db, QStringLiteral("schema_migrations")), 2);
        }
        database.closeThreadConnection();

        // Fixing the step lets the next start finish the upgrade.
        QVERIFY_RESULT(Database(path, notesSchema(3)).open());
    }

    void newerFile_isRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        Database newer(path, notesSchema(3));
        QVERIFY_RESULT(newer.open());
        newer.closeThreadConnection();

        Database older(path, notesSchema(2));
        const Result<void> opened = older.open();
        QVERIFY(!opened);
        QCOMPARE(opened.errorCode(), ErrorCode::Unsupported);
        QVERIFY(opened.errorMessage().contains(QStringLiteral("newer")));
        older.closeThreadConnection();
    }

    void badList_isRefused()
    {
        QTemporaryDir dir;
        std::vector<Migration> steps = notesSchema(3);
        steps.erase(steps.begin() + 1);
        const Result<void> opened = Database(dir.filePath(QStringLiteral("x.sqlite")), steps).open();
        QVERIFY(!opened);
        QCOMPARE(opened.errorCode(), ErrorCode::InvalidArgument);
    }

    void notADatabase_failsCleanly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        Database database(path);
        const Result<void> opened = database.open();
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(path), qPrintable(opened.errorMessage()));
        database.closeThreadConnection();
    }

    void unwritableFolder_failsCleanly()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A folder cannot be created below a regular file, even as root.
        const Result<void> opened = Database(dir.filePath(QStringLiteral("file/sub/db.sqlite"))).open();
        QVERIFY(!opened);
        QCOMPARE(opened.errorCode(), ErrorCode::Io);
    }

    void transaction_rollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("notes.sqlite")), notesSchema(1));
        QVERIFY_RESULT(database.open());
        {   // no QSqlDatabase copy may outlive the connection
            auto db = database.connection();
            QVERIFY_RESULT(db);
            {
                auto tx = Transaction::begin(*db);
                QVERIFY_RESULT(tx);
                QVERIFY_RESULT(execStatement(*db, QStringLiteral("INSERT INTO notes (text) VALUES ('dropped')")));
            }
            QCOMPARE(countRows(*db, QStringLiteral("notes")), 0);
            {
                auto tx = Transaction::begin(*db);
                QVERIFY_RESULT(tx);
                QVERIFY_RESULT(execStatement(*db, QStringLiteral("INSERT INTO notes (text) VALUES ('kept')")));
                Transaction moved = std::move(*tx);
                QVERIFY(!tx->isActive());
                QVERIFY(moved.isActive());
                QVERIFY_RESULT(moved.commit());
                QVERIFY(!moved.isActive());
                QVERIFY(!moved.commit());
            }
            QCOMPARE(countRows(*db, QStringLiteral("notes")), 1);
        }
        database.closeThreadConnection();
    }

    // A cached statement is prepared once per thread connection, lent to one user at a time, and
    // reset when given back: a search left half read must not pin an old snapshot of the file.
    void cachedQuery_preparedOnceLentOnceResetAfterUse()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("notes.sqlite")), notesSchema(1));
        QVERIFY_RESULT(database.open());
        {
            auto db = database.connection();
            QVERIFY_RESULT(db);
            for (int i = 0; i < 3; ++i)
                QVERIFY_RESULT(execStatement(*db, QStringLiteral("INSERT INTO notes (text) VALUES ('note')")));
        }
        const QString sql = QStringLiteral("SELECT count(*) FROM notes WHERE id >= ?");
        const auto countFrom = [&](int first) {
            auto query = database.cachedQuery(sql);
            if (!query)
                return -1;
            (*query)->bindValue(0, first);
            return exec(**query) && (*query)->next() ? (*query)->value(0).toInt() : -1;
        };
        const QSqlQuery *firstStatement = nullptr;
        {
            auto held = database.cachedQuery(sql);
            QVERIFY_RESULT(held);
            firstStatement = &**held;
            (*held)->bindValue(0, 1);
            QVERIFY_RESULT(exec(**held));
            QVERIFY((*held)->next());   // read, never finished by the holder
            QCOMPARE(countFrom(2), 2);  // the same SQL while held: a statement of its own
        }
        // Another connection writes; this one sees it (no statement of it still reads the old file).
        std::thread writer([&] {
            auto db = database.connection();
            if (db)
                (void)execStatement(*db, QStringLiteral("INSERT INTO notes (text) VALUES ('from another thread')"));
        });
        writer.join();
        {
            auto db = database.connection();
            QVERIFY_RESULT(db);
            QCOMPARE(countRows(*db, QStringLiteral("notes")), 4);
        }
        {
            auto again = database.cachedQuery(sql);
            QVERIFY_RESULT(again);
            QCOMPARE(&**again, firstStatement);   // prepared once, lent again
        }
        QCOMPARE(countFrom(1), 4);
        database.closeThreadConnection();   // the cached statements go with the connection
        QCOMPARE(countFrom(1), 4);          // and come back with a new one
        {
            auto db = database.connection();   // closed behind the cache's back: reopened, prepared anew
            QVERIFY_RESULT(db);
            db->close();
        }
        QCOMPARE(countFrom(1), 4);
        auto broken = database.cachedQuery(QStringLiteral("SELECT nothing FROM nowhere"));
        QVERIFY(!broken);
        database.closeThreadConnection();
    }

    void threads_eachGetTheirOwnConnection()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("notes.sqlite")), notesSchema(2));
        QVERIFY_RESULT(database.open());
        database.closeThreadConnection();

        constexpr int Threads = 4;
        constexpr int RowsPerThread = 100;
        std::vector<QString> names(Threads);
        std::atomic_int failures = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < RowsPerThread; ++i) {
                    auto db = database.connection();
                    if (!db) {
                        ++failures;
                        return;
                    }
                    names[size_t(t)] = db->connectionName();
                    // Small transactions from every thread at once: the busy timeout and BEGIN
                    // IMMEDIATE make them wait for each other instead of failing.
                    auto tx = Transaction::begin(*db);
                    auto insert = prepare(*db, QStringLiteral("INSERT INTO notes (text, author) VALUES (?, ?)"));
                    if (!tx || !insert) {
                        qWarning() << (tx ? insert.errorMessage() : tx.errorMessage());
                        ++failures;
                        return;
                    }
                    insert->addBindValue(QStringLiteral("row %1").arg(i));
                    insert->addBindValue(QStringLiteral("thread %1").arg(t));
                    if (!exec(*insert) || !tx->commit())
                        ++failures;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);

        // Every thread had its own connection, and each was removed when its thread ended.
        for (int t = 0; t < Threads; ++t) {
            QVERIFY(!names[size_t(t)].isEmpty());
            for (int u = t + 1; u < Threads; ++u)
                QVERIFY(names[size_t(t)] != names[size_t(u)]);
            QVERIFY2(!QSqlDatabase::contains(names[size_t(t)]), qPrintable(names[size_t(t)]));
        }
        {
            auto db = database.connection();
            QVERIFY_RESULT(db);
            QVERIFY(db->connectionName() != names.front());
            QCOMPARE(countRows(*db, QStringLiteral("notes")), Threads * RowsPerThread);
        }
        database.closeThreadConnection();
    }

    void qthread_connectionIsRemovedAtExit()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("notes.sqlite")), notesSchema(1));
        QVERIFY_RESULT(database.open());
        QString name;
        bool ok = false;
        QThread *thread = QThread::create([&] {
            auto db = database.connection();
            ok = db && execStatement(*db, QStringLiteral("INSERT INTO notes (text) VALUES ('from a QThread')"));
            name = db ? db->connectionName() : QString();
        });
        thread->start();
        QVERIFY(thread->wait(30000));
        delete thread;
        QVERIFY(ok);
        QVERIFY(!name.isEmpty());
        QVERIFY(!QSqlDatabase::contains(name));
        database.closeThreadConnection();
    }

    void concurrentOpen_migratesOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        std::mutex errorsMutex;
        QStringList errors;
        std::vector<std::thread> threads;
        for (int t = 0; t < 3; ++t) {
            threads.emplace_back([&] {
                if (Result<void> opened = Database(path, notesSchema(3)).open(); !opened) {
                    const std::lock_guard lock(errorsMutex);
                    errors.append(opened.errorMessage());
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        Database database(path, notesSchema(3));
        QCOMPARE(database.schemaVersion().valueOr(-1), 3);
        {
            auto db = database.connection();
            QVERIFY_RESULT(db);
            QCOMPARE(countRows(*db, QStringLiteral("schema_migrations")), 3);
        }
        database.closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Projects and versions on a real database file and a real projects folder: recording, listing,
// search, deletion with files, export, and recovery after a process died half-way.
#include "session/conversationstore.h"
#include "session/projectstore.h"

#include "store/database.h"
#include "store/sql.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using namespace musiaia::session;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int countRows(const store::Database &database, const QString &table)
{
    auto db = database.connection();
    if (!db)
        return -1;
    auto value = store::queryValue(*db, u"SELECT count(*) FROM "_s + table);
    return value ? value->toInt() : -1;
}

// A lock file as a process that has since ended would have left it.
void writeDeadLock(const QString &path)
{
    QProcess gone;
    gone.start(u"true"_s, {});
    QVERIFY(gone.waitForFinished());
    const qint64 pid = gone.processId() > 0 ? gone.processId() : 999999;
    writeFile(path, QByteArray::number(pid) + "\nmusiaia\n" + QSysInfo::machineHostName().toUtf8() + "\n");
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<ProjectStore> m_store;

    QString root() const { return m_dir->filePath(u"Projects"_s); }

    // A finished render: a set file (and a sample) in a staged folder, recorded as a version.
    Result<VersionInfo> addVersion(qint64 projectId, const QString &name, const QString &prompt, double tempo,
                                   qint64 parentId = 0)
    {
        auto staged = m_store->staging().create();
        if (!staged)
            return staged.error();
        als::LiveProjectPaths written;
        written.projectDir = staged->path() + u"/render Project"_s;
        written.setPath = written.projectDir + u"/render.als"_s;
        writeFile(written.setPath, "set for " + prompt.toUtf8());
        writeFile(written.projectDir + u"/Samples/Imported/kick.wav"_s, "RIFF");
        NewVersion version;
        version.projectId = projectId;
        version.projectName = name;
        version.parentId = parentId;
        version.prompt = prompt;
        version.language = u"es"_s;
        version.plan = QJsonObject { { u"genre"_s, u"house"_s }, { u"tempo"_s, tempo } };
        version.seed = 42;
        version.provider = u"local"_s;
        version.genre = u"house"_s;
        version.tempo = tempo;
        version.keyName = u"A minor"_s;
        version.bars = 96;
        version.seconds = 96 * 4 * 60.0 / tempo;
        version.samples = { { u"kick"_s, u"kick"_s, 0, u"/lib/kick.wav"_s, u"Samples/Imported/kick.wav"_s,
                              u"house kick"_s } };
        version.diff = parentId > 0 ? u"tempo 124 \u2192 %1"_s.arg(tempo) : QString();
        if (parentId > 0)
            version.changes = { { u"tempo"_s, {}, u"124"_s, QString::number(tempo), version.diff } };
        return m_store->commitVersion(*staged, written, version);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<store::Database>(m_dir->filePath(u"musiaia.sqlite"_s));
        QVERIFY_RESULT(m_database->open());
        m_store = std::make_unique<ProjectStore>(*m_database, root());
    }

    void cleanup()
    {
        m_store.reset();
        m_database->closeThreadConnection();
        m_database.reset();
        m_dir.reset();
    }

    void recordsVersionsInTheirOwnLiveProjectFolders()
    {
        auto first = addVersion(0, u"Night Drive"_s, u"house a 124 en La menor"_s, 124);
        QVERIFY_RESULT(first);
        QCOMPARE(first->number, 1);
        QCOMPARE(first->folder, root() + u"/Night Drive/Night Drive v1 Project"_s);
        QCOMPARE(first->setPath, first->folder + u"/Night Drive v1.als"_s);
        QCOMPARE(readFile(first->setPath), QByteArray("set for house a 124 en La menor"));
        QVERIFY(QFileInfo::exists(first->folder + u"/Samples/Imported/kick.wav"_s));
        QCOMPARE(first->samples.size(), 1);
        QCOMPARE(first->samples.first().reason, u"house kick"_s);

        auto second = addVersion(first->projectId, {}, u"a 128"_s, 128, first->id);
        QVERIFY_RESULT(second);
        QCOMPARE(second->number, 2);
        QCOMPARE(second->parentId, first->id);
        QCOMPARE(second->setPath, root() + u"/Night Drive/Night Drive v2 Project/Night Drive v2.als"_s);
        QCOMPARE(second->diff, u"tempo 124 \u2192 128"_s);
        QCOMPARE(second->changes.size(), 1);
        QCOMPARE(second->changes.first().to, u"128"_s);
        // The first version's files are untouched.
        QCOMPARE(readFile(first->setPath), QByteArray("set for house a 124 en La menor"));

        auto project = m_store->project(first->projectId);
        QVERIFY_RESULT(project);
        QCOMPARE(project->name, u"Night Drive"_s);
        QCOMPARE(project->versionCount, 2);
        QCOMPARE(project->latest.id, second->id);
        auto versions = m_store->versions(first->projectId);
        QVERIFY_RESULT(versions);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).prompt, u"house a 124 en La menor"_s);
        QCOMPARE(versions->at(1).tempo, 128.0);
        // Nothing is left in the staging area.
        QVERIFY(
            QDir(m_store->staging().path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));

        const QJsonObject json = project->toJson();
        QCOMPARE(json.value(u"versionCount"_s).toInt(), 2);
        QCOMPARE(json.value(u"latest"_s).toObject().value(u"tempo"_s).toDouble(), 128.0);
    }

    void projectNamesStayUnique()
    {
        auto a = addVersion(0, u"Night Drive"_s, u"uno"_s, 124);
        auto b = addVersion(0, u"night drive"_s, u"dos"_s, 124);
        QVERIFY_RESULT(a);
        QVERIFY_RESULT(b);
        auto pb = m_store->project(b->projectId);
        QVERIFY_RESULT(pb);
        QCOMPARE(pb->name, u"night drive 2"_s);
        // A folder made by hand also takes the name.
        QDir().mkpath(root() + u"/Sunrise"_s);
        auto c = addVersion(0, u"Sunrise"_s, u"tres"_s, 124);
        QVERIFY_RESULT(c);
        QVERIFY(c->setPath.endsWith(u"/Sunrise 2/Sunrise 2 v1 Project/Sunrise 2 v1.als"_s));
    }

    void listsAndSearches()
    {
        QVERIFY_RESULT(addVersion(0, u"Canci\u00f3n Oscura"_s, u"techno oscuro en Fa menor"_s, 130));
        QVERIFY_RESULT(addVersion(0, u"Beach"_s, u"deep house chill"_s, 120));
        auto all = m_store->list();
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().name, u"Beach"_s); // newest first

        auto byName = m_store->list({ u"cancion"_s }); // accents do not matter
        QVERIFY_RESULT(byName);
        QCOMPARE(byName->size(), 1);
        QCOMPARE(byName->first().name, u"Canci\u00f3n Oscura"_s);
        auto byPrefix = m_store->list({ u"osc fa"_s });
        QVERIFY_RESULT(byPrefix);
        QCOMPARE(byPrefix->size(), 1);
        auto none = m_store->list({ u"trance"_s });
        QVERIFY_RESULT(none);
        QVERIFY(none->isEmpty());
        auto operators = m_store->list({ u"\"chill\" *( -^"_s }); // FTS syntax is not passed through
        QVERIFY_RESULT(operators);
        QCOMPARE(operators->size(), 1);
        QCOMPARE(operators->first().name, u"Beach"_s);
        auto paged = m_store->list({ {}, 1, 1 });
        QVERIFY_RESULT(paged);
        QCOMPARE(paged->size(), 1);
        QCOMPARE(paged->first().name, u"Canci\u00f3n Oscura"_s);
    }

    void deletesProjectsWithTheirFiles()
    {
        ConversationStore conversations(*m_database);
        auto chat = conversations.create(u"chat"_s, u"es"_s);
        QVERIFY_RESULT(chat);
        auto first = addVersion(0, u"Gone"_s, u"uno"_s, 124);
        QVERIFY_RESULT(first);
        QVERIFY_RESULT(conversations.setCurrent(chat->id, first->projectId, first->id));
        QVERIFY_RESULT(addVersion(first->projectId, {}, u"dos"_s, 128, first->id));
        QVERIFY_RESULT(m_store->deleteProject(first->projectId));
        QVERIFY(!QFileInfo::exists(root() + u"/Gone"_s));
        QCOMPARE(countRows(*m_database, u"projects"_s), 0);
        QCOMPARE(countRows(*m_database, u"versions"_s), 0);
        QCOMPARE(countRows(*m_database, u"version_samples"_s), 0);
        QCOMPARE(countRows(*m_database, u"projects_fts"_s), 0);
        auto after = conversations.conversation(chat->id);
        QVERIFY_RESULT(after);
        QCOMPARE(after->currentProjectId, 0);
        QCOMPARE(m_store->project(first->projectId).errorCode(), ErrorCode::NotFound);
        QCOMPARE(m_store->deleteProject(first->projectId).errorCode(), ErrorCode::NotFound);
    }

    void deletesOneVersion()
    {
        ConversationStore conversations(*m_database);
        auto chat = conversations.create(u"chat"_s, u"es"_s);
        QVERIFY_RESULT(chat);
        auto first = addVersion(0, u"Keep"_s, u"uno"_s, 124);
        QVERIFY_RESULT(first);
        auto second = addVersion(first->projectId, {}, u"dos"_s, 128, first->id);
        QVERIFY_RESULT(second);
        QVERIFY_RESULT(conversations.setCurrent(chat->id, first->projectId, second->id));
        QVERIFY_RESULT(m_store->deleteVersion(second->id));
        QVERIFY(!QFileInfo::exists(second->folder));
        QVERIFY(QFileInfo::exists(first->setPath));
        auto after = conversations.conversation(chat->id);
        QVERIFY_RESULT(after);
        QCOMPARE(after->currentVersionId, first->id); // back to the newest remaining version
        // The next version takes the next number: numbers are never reused within a project.
        auto third = addVersion(first->projectId, {}, u"tres"_s, 126, first->id);
        QVERIFY_RESULT(third);
        QCOMPARE(third->number, 2);
        // Deleting the last versions deletes the project.
        QVERIFY_RESULT(m_store->deleteVersion(third->id));
        QVERIFY_RESULT(m_store->deleteVersion(first->id));
        QCOMPARE(countRows(*m_database, u"projects"_s), 0);
        QVERIFY(!QFileInfo::exists(root() + u"/Keep"_s));
    }

    void deletingAProjectWhoseFolderIsGoneStillWorks()
    {
        auto first = addVersion(0, u"Moved"_s, u"uno"_s, 124);
        QVERIFY_RESULT(first);
        QVERIFY(QDir(root() + u"/Moved"_s).removeRecursively());
        QVERIFY_RESULT(m_store->deleteProject(first->projectId));
        QCOMPARE(countRows(*m_database, u"projects"_s), 0);
    }

    void exportsAVersionFolder()
    {
        auto first = addVersion(0, u"Export Me"_s, u"uno"_s, 124);
        QVERIFY_RESULT(first);
        const QString destination = m_dir->filePath(u"Desktop"_s);
        auto exported = m_store->exportVersion(first->id, destination);
        QVERIFY_RESULT(exported);
        QCOMPARE(*exported, destination + u"/Export Me v1 Project"_s);
        QCOMPARE(readFile(*exported + u"/Export Me v1.als"_s), readFile(first->setPath));
        QVERIFY(QFileInfo::exists(*exported + u"/Samples/Imported/kick.wav"_s));
        auto again = m_store->exportVersion(first->id, destination);
        QVERIFY_RESULT(again);
        QCOMPARE(*again, destination + u"/Export Me v1 Project 2"_s);
        // Nothing half-copied is left beside them.
        QCOMPARE(QDir(destination).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(),
                 2);
        QCOMPARE(m_store->exportVersion(9999, destination).errorCode(), ErrorCode::NotFound);
        QVERIFY(QDir(first->folder).removeRecursively());
        QCOMPARE(m_store->exportVersion(first->id, destination).errorCode(), ErrorCode::NotFound);
    }

    void aFailedCommitRecordsNothing()
    {
        auto staged = m_store->staging().create();
        QVERIFY_RESULT(staged);
        writeFile(staged->path() + u"/x Project/x.als"_s, "x");
        NewVersion version;
        version.projectId = 12345; // gone
        version.prompt = u"m\u00e1s r\u00e1pido"_s;
        auto committed = m_store->commitVersion(
            *staged, { staged->path() + u"/x Project"_s, staged->path() + u"/x Project/x.als"_s, {} },
            version);
        QCOMPARE(committed.errorCode(), ErrorCode::NotFound);
        QCOMPARE(countRows(*m_database, u"versions"_s), 0);
        const QString stagedPath = staged->path();
        *staged = m_store->staging().create().value(); // the old one is discarded
        QVERIFY(!QFileInfo::exists(stagedPath));
    }

    void recoversWhatADeadProcessLeft()
    {
        auto kept = addVersion(0, u"Kept"_s, u"uno"_s, 124);
        QVERIFY_RESULT(kept);
        const QString staging = m_store->staging().path();

        // 1. A version half-written when its process died.
        writeFile(staging + u"/half/Samples/Imported/a.wav"_s, "RIFF");
        writeDeadLock(staging + u"/half.lock"_s);
        // 2. A version renamed into place whose transaction never committed.
        const QString orphan = root() + u"/Orphan/Orphan v1 Project"_s;
        writeFile(orphan + u"/Orphan v1.als"_s, "x");
        writeFile(
            staging + u"/placed.journal"_s,
            QJsonDocument(QJsonObject { { u"operation"_s, u"place"_s }, { u"path"_s, orphan } }).toJson());
        writeDeadLock(staging + u"/placed.lock"_s);
        // 3. A version placed and committed, but the journal was not removed yet.
        writeFile(staging + u"/committed.journal"_s,
                  QJsonDocument(QJsonObject { { u"operation"_s, u"place"_s }, { u"path"_s, kept->folder } })
                      .toJson());
        // 4. A deletion moved the folder away but died before the database forgot it: put back.
        auto doomed = addVersion(0, u"Doomed"_s, u"dos"_s, 124);
        QVERIFY_RESULT(doomed);
        const QString doomedProject = root() + u"/Doomed"_s;
        QVERIFY(QDir().rename(doomedProject, staging + u"/removal"_s));
        writeFile(staging + u"/removal.journal"_s,
                  QJsonDocument(QJsonObject { { u"operation"_s, u"remove"_s }, { u"path"_s, doomedProject } })
                      .toJson());
        writeDeadLock(staging + u"/removal.lock"_s);
        // 6. A process killed between creating its lock file and writing its id into it.
        writeFile(staging + u"/unwritten/Unwritten v1.als"_s, "x");
        writeFile(staging + u"/unwritten.lock"_s, "");
        // 5. Work in progress in this (live) process is left alone.
        auto live = m_store->staging().create();
        QVERIFY_RESULT(live);
        writeFile(live->path() + u"/render.als"_s, "busy");

        const RecoveryReport report = m_store->recover();
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.discardedStaging, 2);
        QCOMPARE(report.undonePlacements, 1);
        QCOMPARE(report.restoredRemovals, 1);
        QVERIFY(!QFileInfo::exists(orphan));
        QVERIFY(!QFileInfo::exists(root() + u"/Orphan"_s));
        QVERIFY(QFileInfo::exists(kept->setPath));
        QVERIFY(QFileInfo::exists(doomed->setPath));
        QVERIFY(QFileInfo::exists(live->path() + u"/render.als"_s));
        QStringList left = QDir(staging).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        left.sort();
        const QString liveId = QFileInfo(live->path()).fileName();
        QCOMPARE(left, (QStringList { liveId, liveId + u".lock"_s }));
        // Recovering again finds nothing to do.
        QVERIFY(m_store->recover().isEmpty());
    }

    void recoveryFinishesADeletionThatReachedTheDatabase()
    {
        auto gone = addVersion(0, u"Gone"_s, u"uno"_s, 124);
        QVERIFY_RESULT(gone);
        const QString staging = m_store->staging().path();
        const QString projectFolder = root() + u"/Gone"_s;
        QVERIFY(QDir().rename(projectFolder, staging + u"/removal"_s));
        writeFile(staging + u"/removal.journal"_s,
                  QJsonDocument(QJsonObject { { u"operation"_s, u"remove"_s }, { u"path"_s, projectFolder } })
                      .toJson());
        writeDeadLock(staging + u"/removal.lock"_s);
        {
            auto db = m_database->connection();
            QVERIFY_RESULT(db);
            QVERIFY_RESULT(store::execStatement(*db, u"DELETE FROM projects"_s));
        }
        const RecoveryReport report = m_store->recover();
        QCOMPARE(report.finishedRemovals, 1);
        QVERIFY(!QFileInfo::exists(staging + u"/removal"_s));
        QVERIFY(!QFileInfo::exists(projectFolder));
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"

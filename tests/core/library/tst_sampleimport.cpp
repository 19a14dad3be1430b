// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/sampleimport.h"
#include "library/samplesearch.h"
#include "library/samplestore.h"
#include "store/database.h"
#include "store/sql.h"

#include "synthcorpus.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>
#include <utility>
#include <sys/types.h>
#include <unistd.h>

using namespace musiaia;
using namespace musiaia::library;

namespace {

int rowCount(const store::Database &db, const QString &sql)
{
    auto connection = db.connection();
    if (!connection)
        return -1;
    const auto value = store::queryValue(*connection, sql);
    return value ? value->toInt() : -1;
}

// A small library on disk: a few named sounds, some broken files, a text file, a hidden file and
// a link back to the root.
struct Fixture
{
    QTemporaryDir dir;
    QString root;
    QString dbPath;

    Fixture()
    {
        root = dir.filePath(QStringLiteral("Samples"));
        dbPath = dir.filePath(QStringLiteral("library.sqlite"));
        QDir().mkpath(root + QStringLiteral("/Drums/Kicks"));
        test::writeAudioFile(root + QStringLiteral("/Drums/Kicks/Kick_Hard.wav"), test::renderKick(1));
        test::writeAudioFile(root + QStringLiteral("/Drums/Kicks/Bombo_Sub.wav"), test::renderKick(2));
        test::writeAudioFile(root + QStringLiteral("/Loops/Drum_Loop_124bpm.wav"), test::renderDrumLoop(124, 2, 3));
        test::writeAudioFile(root + QStringLiteral("/Loops/take_7.flac"), test::renderMusicLoop(128, 2, 9, true, 4), 44100,
                             QStringLiteral("flac"));
        QFile text(root + QStringLiteral("/readme.txt"));
        if (text.open(QIODevice::WriteOnly))
            text.write("credits\n");
        QFile hidden(root + QStringLiteral("/Drums/.DS_Store"));
        if (hidden.open(QIODevice::WriteOnly))
            hidden.write("x");
        broken = test::writeBrokenFiles(root + QStringLiteral("/Broken"));
        QFile::link(root, root + QStringLiteral("/Loops/back_to_root"));
    }

    store::Database database() const { return store::Database(dbPath); }

    QList<test::BrokenItem> broken;
};

QString problemFor(const ImportReport &report, const QString &path)
{
    for (const FileProblemReport &p : report.problems) {
        if (p.path == path)
            return problemName(p.problem);
    }
    return {};
}

} // namespace

class TestSampleImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void import_findsAnalysesAndReports()
    {
        Fixture f;
        const auto report = importFolder(f.database(), f.root);
        QVERIFY_RESULT(report);
        QCOMPARE(report->found, 4 + int(f.broken.size()));
        QCOMPARE(report->added, 4);
        QCOMPARE(report->skippedByExtension.value(QStringLiteral("txt")), 1);
        QCOMPARE(report->hidden, 1);
        QVERIFY(!report->cancelled);
        // Every broken file is reported with the right problem, and nothing else is.
        for (const test::BrokenItem &item : std::as_const(f.broken))
            QCOMPARE(problemFor(*report, item.path), item.problem);
        QCOMPARE(problemFor(*report, f.root + QStringLiteral("/Loops/back_to_root")), QStringLiteral("symlink-loop"));
        QCOMPARE(report->problems.size(), f.broken.size() + 1);

        SampleStore store(f.database());
        QCOMPARE(rowCount(f.database(), QStringLiteral("SELECT count(*) FROM samples")), 4);
        QCOMPARE(rowCount(f.database(), QStringLiteral("SELECT count(*) FROM import_problems")), int(f.broken.size()));
        SampleQuery kicks;
        kicks.types = {QStringLiteral("kick")};
        const auto hits = searchSamples(f.database(), kicks);
        QVERIFY_RESULT(hits);
        QCOMPARE(hits->size(), 2);
        SampleQuery loop;
        loop.text = QStringLiteral("drum loop");
        const auto loops = searchSamples(f.database(), loop);
        QVERIFY_RESULT(loops);
        QCOMPARE(loops->size(), 1);
        const SampleRecord &drumLoop = loops->first().sample;
        QVERIFY(drumLoop.bpm);
        QCOMPARE(drumLoop.bpm->value, 124.0);
        QCOMPARE(drumLoop.kind->value, loopKind());
        QCOMPARE(drumLoop.info.format, QStringLiteral("wav"));
        QVERIFY(drumLoop.loudness.has_value());
        const auto folders = store.folders();
        QVERIFY_RESULT(folders);
        QCOMPARE(folders->size(), 1);
        QCOMPARE(folders->first().scanState, QStringLiteral("complete"));
    }

    // A flat pack: the sounds sit in the imported folder itself, and one is moved there later.
    void filesInTheFolderItself_areImported()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("Flat Pack"));
        QDir().mkpath(root + QStringLiteral("/Sub"));
        test::writeAudioFile(root + QStringLiteral("/Kick_Flat.wav"), test::renderKick(3));
        test::writeAudioFile(root + QStringLiteral("/Sub/Kick_Deep.wav"), test::renderKick(4));
        const store::Database database(dir.filePath(QStringLiteral("library.sqlite")));
        const auto report = importFolder(database, root);
        QVERIFY_RESULT(report);
        QCOMPARE(report->added, 2);
        QVERIFY(report->problems.isEmpty());
        QVERIFY(QFile::rename(root + QStringLiteral("/Sub/Kick_Deep.wav"), root + QStringLiteral("/Kick_Deep.wav")));
        const auto again = importFolder(database, root);
        QVERIFY_RESULT(again);
        QCOMPARE(again->moved, 1);
        QCOMPARE(rowCount(database, QStringLiteral("SELECT count(*) FROM samples WHERE relative_dir = ''")), 2);
    }

    void reimport_isIncremental()
    {
        Fixture f;
        QVERIFY_RESULT(importFolder(f.database(), f.root));
        const auto again = importFolder(f.database(), f.root);
        QVERIFY_RESULT(again);
        QCOMPARE(again->unchanged, 4);
        QCOMPARE(again->added + again->updated + again->moved, 0);
        QCOMPARE(again->times.decode, 0.0);          // nothing was decoded again...
        QCOMPARE(again->problems.size(), f.broken.size() + 1);   // ...yet the broken files are still reported
        QCOMPARE(rowCount(f.database(), QStringLiteral("SELECT count(*) FROM samples")), 4);
    }

    void changedFile_isAnalysedAgain_correctionsStay()
    {
        Fixture f;
        QVERIFY_RESULT(importFolder(f.database(), f.root));
        const QString path = f.root + QStringLiteral("/Drums/Kicks/Kick_Hard.wav");
        const qint64 id = rowCount(f.database(), QStringLiteral("SELECT id FROM samples WHERE path = '%1'").arg(path));
        SampleStore store(f.database());
        QVERIFY_RESULT(store.correct(id, Field::Type, QStringLiteral("tom")));
        QVERIFY(test::writeAudioFile(path, test::renderKick(99), 48000));
        const auto again = importFolder(f.database(), f.root);
        QVERIFY_RESULT(again);
        QCOMPARE(again->updated, 1);
        const auto sample = store.sample(id);
        QVERIFY_RESULT(sample);
        QCOMPARE(sample->info.sampleRate, 48000);
        QCOMPARE(sample->type->value, QStringLiteral("tom"));   // the musician's word still wins
        QCOMPARE(sample->type->source, Source::User);
    }

    void movedFile_isRecognised()
    {
        Fixture f;
        QVERIFY_RESULT(importFolder(f.database(), f.root));
        const QString from = f.root + QStringLiteral("/Drums/Kicks/Bombo_Sub.wav");
        const qint64 id = rowCount(f.database(), QStringLiteral("SELECT id FROM samples WHERE path = '%1'").arg(from));
        SampleStore store(f.database());
        QVERIFY_RESULT(store.correct(id, Field::Root, QStringLiteral("A0")));
        QDir().mkpath(f.root + QStringLiteral("/Moved/Snares"));
        const QString to = f.root + QStringLiteral("/Moved/Snares/renamed.wav");
        QVERIFY(QFile::rename(from, to));
        const auto again = importFolder(f.database(), f.root);
        QVERIFY_RESULT(again);
        QCOMPARE(again->moved, 1);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->missing, 0);
        const auto sample = store.sample(id);
        QVERIFY_RESULT(sample);
        QCOMPARE(sample->path, to);
        QCOMPARE(sample->relativeDir, QStringLiteral("Moved/Snares"));
        QVERIFY(!sample->missing);
        QCOMPARE(sample->rootMidi->value, 33);              // the correction followed the file (A0, Live's naming)
        // What the names say was re-read: the new folder says snare, the old name said kick.
        const auto evidence = store.evidence(id);
        QVERIFY_RESULT(evidence);
        bool sawSnare = false;
        for (const Evidence &e : *evidence)
            sawSnare = sawSnare || (e.source == Source::Name && e.field == Field::Type && e.value == QStringLiteral("snare"));
        QVERIFY(sawSnare);
        QCOMPARE(rowCount(f.database(), QStringLiteral("SELECT count(*) FROM samples")), 4);
    }

    void deletedFile_isMarkedMissing_andComesBack()
    {
        Fixture f;
        QVERIFY_RESULT(importFolder(f.database(), f.root));
        const QString path = f.root + QStringLiteral("/Loops/take_7.flac");
        const QString keep = f.dir.filePath(QStringLiteral("take_7.flac"));
        QVERIFY(QFile::rename(path, keep));
        const auto again = importFolder(f.database(), f.root);
        QVERIFY_RESULT(again);
        QCOMPARE(again->missing, 1);
        SampleQuery all;
        QCOMPARE(searchSamples(f.database(), all)->size(), 3);
        all.includeMissing = true;
        QCOMPARE(searchSamples(f.database(), all)->size(), 4);
        QVERIFY(QFile::rename(keep, path));
        const auto back = importFolder(f.database(), f.root);
        QVERIFY_RESULT(back);
        QCOMPARE(back->restored, 1);
        QCOMPARE(rowCount(f.database(), QStringLiteral("SELECT count(*) FROM samples WHERE missing = 1")), 0);
    }

    void cancelledImport_resumesWithoutDuplicates()
    {
        QTemporaryDir dir;
        test::CorpusOptions options;
        options.oneShotsPerType = 3;
        options.drumLoops = 2;
        options.musicLoops = 2;
        options.variedFormats = false;
        const QList<test::CorpusItem> items = test::writeSyntheticCorpus(dir.filePath(QStringLiteral("lib")), options);
        store::Database db(dir.filePath(QStringLiteral("db.sqlite")));
        std::atomic_bool cancel = false;
        ImportOptions small;
        small.batchSize = 4;
        const auto first = importFolder(db, dir.filePath(QStringLiteral("lib")), small, &cancel, [&cancel](const ImportProgress &p) {
            if (p.done >= 10)
                cancel = true;
        });
        QVERIFY_RESULT(first);
        QVERIFY(first->cancelled);
        const int partial = rowCount(db, QStringLiteral("SELECT count(*) FROM samples"));
        QVERIFY2(partial >= 8 && partial < items.size(), qPrintable(QString::number(partial)));
        QCOMPARE(SampleStore(db).folders()->first().scanState, QStringLiteral("cancelled"));

        const auto second = importFolder(db, dir.filePath(QStringLiteral("lib")));
        QVERIFY_RESULT(second);
        QVERIFY(!second->cancelled);
        QCOMPARE(second->unchanged, partial);
        QCOMPARE(second->added, int(items.size()) - partial);
        QCOMPARE(rowCount(db, QStringLiteral("SELECT count(*) FROM samples")), int(items.size()));
        QCOMPARE(rowCount(db, QStringLiteral("SELECT count(DISTINCT content_hash) FROM samples")), int(items.size()));
        QCOMPARE(rowCount(db, QStringLiteral("SELECT count(*) FROM samples_fts")), int(items.size()));
    }

    void killedImport_resumesWithoutDuplicates()
    {
        QTemporaryDir dir;
        test::CorpusOptions options;
        options.oneShotsPerType = 6;
        options.drumLoops = 4;
        options.musicLoops = 4;
        options.variedFormats = false;
        const QList<test::CorpusItem> items = test::writeSyntheticCorpus(dir.filePath(QStringLiteral("lib")), options);
        const QString dbPath = dir.filePath(QStringLiteral("db.sqlite"));

        QProcess process;
        process.setProgram(test::appPath());
        process.setArguments({QStringLiteral("--db"), dbPath, QStringLiteral("samples"), QStringLiteral("import"),
                              dir.filePath(QStringLiteral("lib")), QStringLiteral("--threads"), QStringLiteral("1")});
        process.start();
        QVERIFY(process.waitForStarted());
        // Kill it once some batches are written (the progress lines say how far it got).
        QString progress;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 120000 && process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            progress += QString::fromUtf8(process.readAllStandardError());
            const int done = progress.section(QStringLiteral("importing: "), -1).section(QLatin1Char(' '), 0, 0).toInt();
            if (done >= 40)
                break;
        }
        QVERIFY2(process.state() == QProcess::Running, "the import finished before it could be killed");
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());

        store::Database db(dbPath);
        QVERIFY_RESULT(db.open());
        const int partial = rowCount(db, QStringLiteral("SELECT count(*) FROM samples"));
        QVERIFY2(partial > 0 && partial < items.size(), qPrintable(QString::number(partial)));
        QCOMPARE(rowCount(db, QStringLiteral("PRAGMA integrity_check")), 0);   // "ok" reads as 0

        const auto resumed = importFolder(db, dir.filePath(QStringLiteral("lib")));
        QVERIFY_RESULT(resumed);
        QCOMPARE(resumed->unchanged, partial);
        QCOMPARE(rowCount(db, QStringLiteral("SELECT count(*) FROM samples")), int(items.size()));
        QCOMPARE(rowCount(db, QStringLiteral("SELECT count(*) FROM samples_fts")), int(items.size()));
        QCOMPARE(SampleStore(db).folders()->first().scanState, QStringLiteral("complete"));
    }

    void unreadableFiles_areReported()
    {
        // Root reads everything, whatever the permissions: as root, run the import as "nobody".
        const bool root = ::geteuid() == 0;
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (root && setpriv.isEmpty())
            QSKIP("running as root without setpriv: permission errors cannot be produced here");
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/musiaia-perm-XXXXXX"));
        QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777));
        const QString lib = dir.filePath(QStringLiteral("lib"));
        QVERIFY(test::writeAudioFile(lib + QStringLiteral("/ok/kick.wav"), test::renderKick(5)));
        QVERIFY(test::writeAudioFile(lib + QStringLiteral("/closed/kick.wav"), test::renderKick(6)));
        QVERIFY(test::writeAudioFile(lib + QStringLiteral("/ok/secret.wav"), test::renderKick(7)));
        for (const QString &path : QStringList{lib, lib + QStringLiteral("/ok"), lib + QStringLiteral("/closed")})
            QFile::setPermissions(path, QFileDevice::Permissions(0x7755));
        QFile::setPermissions(lib + QStringLiteral("/ok/kick.wav"), QFileDevice::Permissions(0x6644));
        QFile::setPermissions(lib + QStringLiteral("/closed"), QFileDevice::Permissions());
        QFile::setPermissions(lib + QStringLiteral("/ok/secret.wav"), QFileDevice::Permissions());

        QProcess process;
        QStringList arguments = {test::appPath(), QStringLiteral("--db"), dir.filePath(QStringLiteral("db.sqlite")),
                                 QStringLiteral("samples"), QStringLiteral("import"), lib, QStringLiteral("--json"),
                                 QStringLiteral("--quiet")};
        if (root) {
            arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")}
                + arguments;
            process.setProgram(setpriv);
        } else {
            process.setProgram(arguments.takeFirst());
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), dir.path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        process.setProcessEnvironment(environment);
        process.setArguments(arguments);
        process.start();
        QVERIFY(process.waitForFinished(120000));
        QFile::setPermissions(lib + QStringLiteral("/closed"), QFileDevice::Permissions(0x7700));
        QFile::setPermissions(lib + QStringLiteral("/ok/secret.wav"), QFileDevice::Permissions(0x6600));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), 1);
        QStringList problems;
        for (const QJsonValue &value : report.value(QStringLiteral("problems")).toArray()) {
            const QJsonObject problem = value.toObject();
            problems << QDir(lib).relativeFilePath(problem.value(QStringLiteral("path")).toString()) + QLatin1Char(':')
                    + problem.value(QStringLiteral("problem")).toString();
        }
        problems.sort();
        QCOMPARE(problems, QStringList({QStringLiteral("closed:permission-denied"), QStringLiteral("ok/secret.wav:permission-denied")}));
    }

    void importer_runsOffTheCallingThread()
    {
        Fixture f;
        SampleImporter importer(f.database());
        // Signals come from the import thread: received here through queued connections, as the
        // window receives them (a QSignalSpy would record them on that thread, unguarded in Qt 6.4).
        QObject receiver;
        QList<std::pair<int, int>> progress;
        std::optional<ImportReport> report;
        int failures = 0;
        connect(&importer, &SampleImporter::progressChanged, &receiver,
                [&](int done, int total, const QString &) { progress.append({done, total}); });
        connect(&importer, &SampleImporter::finished, &receiver, [&](const ImportReport &r) { report = r; });
        connect(&importer, &SampleImporter::failed, &receiver, [&](const QString &) { ++failures; });
        QVERIFY(importer.start(f.root));
        QVERIFY(!importer.start(f.root));   // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value() || failures > 0, 120000);
        QCOMPARE(failures, 0);
        QCOMPARE(report->added, 4);
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().first, progress.last().second);   // done == total at the end
    }

    void missingFolder_failsCleanly()
    {
        QTemporaryDir dir;
        const auto report = importFolder(store::Database(dir.filePath(QStringLiteral("db.sqlite"))), dir.filePath(QStringLiteral("nope")));
        QVERIFY(!report);
        QCOMPARE(report.errorCode(), ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSampleImport)
#include "tst_sampleimport.moc"

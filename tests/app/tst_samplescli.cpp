// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia samples ...` as a musician types it, against a database in a temporary folder.
#include "synthcorpus.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestSamplesCli final : public QObject
{
    Q_OBJECT

private:
    using Run = musiaia::test::AppRun;

    QTemporaryDir m_dir;

    Run run(const QStringList &arguments)
    {
        musiaia::test::AppRunOptions options;
        options.environment = {{QStringLiteral("MUSIAIA_DATA_DIR"), m_dir.filePath(QStringLiteral("data"))}};
        options.workingDirectory = m_dir.path(); // "Samples/Loops" is a folder here, "Loops" is not
        return musiaia::test::runApp(arguments, options);
    }

    QString library() const { return m_dir.filePath(QStringLiteral("Samples")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(musiaia::test::writeAudioFile(library() + QStringLiteral("/Drums/Kick_Punchy.wav"), musiaia::test::renderKick(3)));
        QVERIFY(musiaia::test::writeAudioFile(library() + QStringLiteral("/Loops/Bucle_Bateria_126bpm.wav"),
                                              musiaia::test::renderDrumLoop(126, 2, 4)));
        QVERIFY(musiaia::test::writeAudioFile(library() + QStringLiteral("/Loops/Music Loop 120 Am.wav"),
                                              musiaia::test::renderMusicLoop(120, 2, 9, true, 5)));
        musiaia::test::writeBrokenFiles(library() + QStringLiteral("/Broken"));
    }

    void import_printsSummaryAndProgress()
    {
        const Run result = run({QStringLiteral("samples"), QStringLiteral("import"), library()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("3 added")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("could not be imported")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("truncated")), qPrintable(result.out));
        QVERIFY2(result.err.contains(QStringLiteral("importing: 3 of 9 files")) || result.err.contains(QStringLiteral("of 9 files")),
                 qPrintable(result.err));
        // Again: nothing to do.
        const Run again = run({QStringLiteral("samples"), QStringLiteral("import"), library(), QStringLiteral("--json"),
                               QStringLiteral("--quiet")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.err.isEmpty());
        const QJsonObject report = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("unchanged")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), 0);
    }

    void search_fixAndShow()
    {
        Run result = run({QStringLiteral("samples"), QStringLiteral("search"), QStringLiteral("bateria"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QJsonArray hits = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        const QJsonObject loop = hits.first().toObject();
        QCOMPARE(loop.value(QStringLiteral("type")).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("drum-loop"));
        QCOMPARE(loop.value(QStringLiteral("bpm")).toObject().value(QStringLiteral("value")).toDouble(), 126.0);
        const QString id = QString::number(loop.value(QStringLiteral("id")).toInteger());

        result = run({QStringLiteral("samples"), QStringLiteral("search"), QStringLiteral("--loop"), QStringLiteral("--bpm"),
                      QStringLiteral("118-122"), QStringLiteral("--key"), QStringLiteral("la menor")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Music Loop 120 Am")), qPrintable(result.out));

        result = run({QStringLiteral("samples"), QStringLiteral("fix"), id, QStringLiteral("--bpm"), QStringLiteral("63"),
                      QStringLiteral("--tag"), QStringLiteral("halftime")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("bpm   63  (user, 100 %)")), qPrintable(result.out));
        result = run({QStringLiteral("samples"), QStringLiteral("search"), QStringLiteral("halftime"), QStringLiteral("--bpm"),
                      QStringLiteral("60-65"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), 1);

        result = run({QStringLiteral("samples"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QVERIFY(!shown.value(QStringLiteral("evidence")).toArray().isEmpty());
        QCOMPARE(shown.value(QStringLiteral("bpm")).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("user"));

        result = run({QStringLiteral("samples"), QStringLiteral("fix"), id, QStringLiteral("--clear"), QStringLiteral("bpm")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("bpm   126")), qPrintable(result.out));
    }

    // The table names samples relative to their imported folder, so a folder is found the same way.
    void search_byFolder_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("inside an imported folder") << QStringLiteral("Loops")
                                                   << QStringList{QStringLiteral("Bucle_Bateria_126bpm"), QStringLiteral("Music Loop 120 Am")};
        QTest::newRow("from here") << QStringLiteral("Samples/Drums") << QStringList{QStringLiteral("Kick_Punchy")};
        QTest::newRow("absolute") << library() + QStringLiteral("/Drums") << QStringList{QStringLiteral("Kick_Punchy")};
        QTest::newRow("the imported folder") << library() << QStringList{QStringLiteral("Kick_Punchy"), QStringLiteral("Bucle_Bateria_126bpm"),
                                                                         QStringLiteral("Music Loop 120 Am")};
    }

    void search_byFolder()
    {
        QFETCH(QString, folder);
        QFETCH(QStringList, names);
        const Run result = run({QStringLiteral("samples"), QStringLiteral("search"), QStringLiteral("--folder"), folder, QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QStringList found;
        for (const QJsonValue &hit : QJsonDocument::fromJson(result.out.toUtf8()).array())
            found << hit.toObject().value(QStringLiteral("name")).toString();
        found.sort();
        names.sort();
        QCOMPARE(found, names);
    }

    void overview()
    {
        Run result = run({QStringLiteral("samples"), QStringLiteral("stats")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("3 samples in 1 folders")), qPrintable(result.out));
        result = run({QStringLiteral("samples"), QStringLiteral("folders"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), 1);
        result = run({QStringLiteral("samples"), QStringLiteral("problems")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("zero-length")));
    }

    void badInput_isExplained_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("no command") << QStringList{QStringLiteral("samples")} << 2 << "Usage: musiaia samples";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("samples"), QStringLiteral("dance")} << 2 << "unknown command";
        QTest::newRow("bad type") << QStringList{QStringLiteral("samples"), QStringLiteral("fix"), QStringLiteral("1"), QStringLiteral("--type"), QStringLiteral("banana")} << 2 << "is not a sample type";
        QTest::newRow("nothing to fix") << QStringList{QStringLiteral("samples"), QStringLiteral("fix"), QStringLiteral("1")} << 2 << "say what to fix";
        QTest::newRow("unknown sample") << QStringList{QStringLiteral("samples"), QStringLiteral("fix"), QStringLiteral("9999"), QStringLiteral("--type"), QStringLiteral("kick")} << 1 << "there is no sample 9999";
        QTest::newRow("unknown folder") << QStringList{QStringLiteral("samples"), QStringLiteral("search"), QStringLiteral("--folder"), QStringLiteral("Nowhere")} << 2 << "inside an imported folder";
        QTest::newRow("bad key") << QStringList{QStringLiteral("samples"), QStringLiteral("search"), QStringLiteral("--key"), QStringLiteral("H#")} << 2 << "is not a key";
        QTest::newRow("bad bpm") << QStringList{QStringLiteral("samples"), QStringLiteral("search"), QStringLiteral("--bpm"), QStringLiteral("fast")} << 2 << "is not a number";
        QTest::newRow("missing folder") << QStringList{QStringLiteral("samples"), QStringLiteral("import"), QStringLiteral("/nonexistent/folder")} << 1 << "does not exist";
    }

    void badInput_isExplained()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        const QString said = result.err + result.out;
        QVERIFY2(said.contains(says), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestSamplesCli)
#include "tst_samplescli.moc"

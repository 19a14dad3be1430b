// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia metrics` from the command line: a written song with and without its plan, a real set
// from the corpus, and the inputs it must refuse clearly.
#include "als/alswriter.h"
#include "metricssongs.h"
#include "music/plan.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace musiaia;
using namespace Qt::Literals::StringLiterals;
using musiaia::test::runApp;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QJsonObject jsonOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestMetricsCli : public QObject
{
    Q_OBJECT

private slots:
    void aCleanSongPassesAgainstItsPlan()
    {
        QTemporaryDir dir;
        const music::Plan plan = testsongs::housePlan();
        const QString set = dir.filePath(u"song.als"_s);
        const QString planPath = dir.filePath(u"plan.json"_s);
        QVERIFY_RESULT(als::writeLiveSet(testsongs::houseSet(plan), set));
        QVERIFY(writeFile(planPath, music::toJsonText(plan)));

        const test::AppRun text = runApp({ u"metrics"_s, set, u"--plan"_s, planPath });
        QVERIFY2(text.exitCode == 0, qPrintable(text.out + text.err));
        QVERIFY(text.out.contains(u"four-on-the-floor"_s));
        QVERIFY(text.out.contains(u"measured against the plan"_s));

        const test::AppRun json = runApp({ u"metrics"_s, set, u"--plan"_s, planPath, u"--json"_s });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = jsonOf(json.out);
        QCOMPARE(report.value(u"passed"_s).toBool(), true);
        QCOMPARE(report.value(u"withPlan"_s).toBool(), true);
        QCOMPARE(report.value(u"genre"_s).toString(), u"house"_s);
        QVERIFY(report.value(u"metrics"_s).toArray().size() >= 20);
    }

    void failingMetricsAreNamedAndExitNonZero()
    {
        QTemporaryDir dir;
        music::Plan plan = testsongs::housePlan();
        const QString set = dir.filePath(u"song.als"_s);
        QVERIFY_RESULT(als::writeLiveSet(testsongs::houseSet(plan), set));
        // The same song measured against a plan that asked for another tempo and key.
        plan.tempo = 128.0;
        plan.key = music::Key { 2, music::Mode::Minor };
        const QString planPath = dir.filePath(u"plan.json"_s);
        QVERIFY(writeFile(planPath, music::toJsonText(plan)));

        const test::AppRun run = runApp({ u"metrics"_s, set, u"--plan"_s, planPath });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"failing metrics: tempo, key"_s), qPrintable(run.err));
        QVERIFY(run.out.contains(u"Failing: tempo, key"_s));
    }

    void withoutAPlanTheSetIsMeasuredAsItIs()
    {
        QTemporaryDir dir;
        const QString set = dir.filePath(u"song.als"_s);
        QVERIFY_RESULT(als::writeLiveSet(testsongs::houseSet(testsongs::housePlan()), set));
        const test::AppRun run = runApp({ u"metrics"_s, set, u"--json"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject report = jsonOf(run.out);
        QCOMPARE(report.value(u"withPlan"_s).toBool(), false);
        for (const QJsonValue &metric : report.value(u"metrics"_s).toArray()) {
            if (metric[u"id"_s] == u"tempo"_s)
                QCOMPARE(metric[u"status"_s].toString(), u"skipped"_s);
            if (metric[u"id"_s] == u"in-key"_s)
                QCOMPARE(metric[u"status"_s].toString(), u"pass"_s);
        }
    }

    // A song from `musiaia generate`, measured with the plan it printed: every target holds, the
    // key finder's too.
    void aGeneratedSong_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("seed");
        QTest::newRow("house") << u"house a 124 BPM en La menor, 3 minutos"_s << u"7"_s;
        QTest::newRow("trap") << u"trap en Do menor, 2 minutos"_s << u"3"_s;
        QTest::newRow("drum and bass") << u"drum and bass in F minor, 64 bars"_s << u"11"_s;
    }

    void aGeneratedSong()
    {
        QFETCH(QString, request);
        QFETCH(QString, seed);
        QTemporaryDir dir;
        const test::AppRun generated
            = runApp({ u"generate"_s, request, u"-o"_s, dir.path(), u"--seed"_s, seed, u"--print-plan"_s });
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
        const QString planPath = dir.filePath(u"plan.json"_s);
        QVERIFY(writeFile(planPath, generated.out.toUtf8()));
        const qsizetype at = generated.err.indexOf(u"Wrote "_s);
        QVERIFY(at >= 0);
        const QString setPath = generated.err.mid(at + 6).section(u'\n', 0, 0).trimmed();
        QVERIFY2(QFile::exists(setPath), qPrintable(setPath));

        const test::AppRun run = runApp({ u"metrics"_s, setPath, u"--plan"_s, planPath, u"--json"_s });
        const QJsonObject report = jsonOf(run.out);
        QVERIFY2(!report.isEmpty(), qPrintable(run.err));
        QStringList failing;
        for (const QJsonValue &value : report.value(u"failing"_s).toArray())
            failing << value.toString();
        QCOMPARE(run.exitCode, failing.isEmpty() ? 0 : 1);
        QVERIFY2(failing.isEmpty(), qPrintable(failing.join(u", "_s) + u'\n' + run.out));
        int measured = 0;
        for (const QJsonValue &metric : report.value(u"metrics"_s).toArray()) {
            if (metric[u"status"_s].toString() != u"skipped"_s)
                ++measured;
        }
        QVERIFY2(measured >= 18, qPrintable(run.out));
        for (const char *id :
             { "tempo", "key", "key-heard", "length", "sections", "parts", "in-key", "empty-bars" }) {
            bool passed = false;
            for (const QJsonValue &metric : report.value(u"metrics"_s).toArray()) {
                if (metric[u"id"_s].toString() == QLatin1String(id))
                    passed = metric[u"status"_s].toString() == u"pass"_s;
            }
            QVERIFY2(passed, id);
        }
    }

    // A real set saved by Live 12.1: C minor on its scale, but the keys play in C major.
    void aCorpusSet()
    {
        MUSIAIA_REQUIRE_CORPUS();
        const QString set = QDir(test::corpusDir()).filePath(u"live12.1-jam.als"_s);
        const test::AppRun run = runApp({ u"metrics"_s, set, u"--json"_s });
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = jsonOf(run.out);
        QCOMPARE(report.value(u"bars"_s).toInt(), 80);
        const QJsonArray failing = report.value(u"failing"_s).toArray();
        QVERIFY(failing.contains(u"in-key"_s));
        QVERIFY(failing.contains(u"key-heard"_s));
        QVERIFY(run.err.contains(u"in-key"_s));

        // The default template has no notes: nothing fails, everything is skipped.
        const test::AppRun empty
            = runApp({ u"metrics"_s, QDir(test::corpusDir()).filePath(u"live11.3-default-template.als"_s) });
        QVERIFY2(empty.exitCode == 0, qPrintable(empty.out + empty.err));
        QVERIFY(empty.out.contains(u"0 failed"_s));
    }

    void badInputIsRefusedClearly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList { u"metrics"_s } << u"expected one Live Set"_s;
        QTest::newRow("missing file") << QStringList { u"metrics"_s, u"@DIR@/none.als"_s } << u"none.als"_s;
        QTest::newRow("not a set") << QStringList { u"metrics"_s, u"@DIR@/junk.als"_s } << u"junk.als"_s;
        QTest::newRow("missing plan")
            << QStringList { u"metrics"_s, u"@DIR@/song.als"_s, u"--plan"_s, u"@DIR@/no.json"_s }
            << u"cannot read the plan"_s;
        QTest::newRow("bad plan") << QStringList { u"metrics"_s, u"@DIR@/song.als"_s, u"--plan"_s,
                                                   u"@DIR@/bad.json"_s }
                                  << u"is not valid"_s;
        QTest::newRow("unknown option")
            << QStringList { u"metrics"_s, u"@DIR@/song.als"_s, u"--bogus"_s } << u"bogus"_s;
    }

    void badInputIsRefusedClearly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"junk.als"_s), "not a live set"));
        QVERIFY(writeFile(dir.filePath(u"bad.json"_s), R"({"tempo": "fast"})"));
        QVERIFY_RESULT(
            als::writeLiveSet(testsongs::houseSet(testsongs::housePlan()), dir.filePath(u"song.als"_s)));
        arguments.replaceInStrings(u"@DIR@"_s, dir.path());
        const test::AppRun run = runApp(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(u"musiaia metrics: "_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestMetricsCli)
#include "tst_metricscli.moc"

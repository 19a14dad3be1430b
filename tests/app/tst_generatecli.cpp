// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia generate` as a user runs it: the real binary, real project folders, als-lint on the set.
#include "als/alsreader.h"
#include "music/plan.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using musiaia::test::runApp;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The set's path from the "Wrote PATH" line.
QString writtenSet(const QString &text)
{
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u"Wrote "_s))
            return line.mid(6).trimmed();
    }
    return QString();
}

} // namespace

class TestGenerateCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString dir(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void writesAProjectThatPassesAlsLint()
    {
        const auto ran = runApp({ u"generate"_s, u"house a 124 BPM en La menor, 3 minutos"_s, u"-o"_s,
                                  dir(u"one"_s), u"--seed"_s, u"7"_s, u"--live"_s, u"11"_s });
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        const QString set = writtenSet(ran.out);
        QVERIFY2(QFile::exists(set), qPrintable(ran.out));
        QVERIFY(set.startsWith(dir(u"one"_s)));
        QVERIFY(set.endsWith(u" Project/House Am 124.als"_s));
        QVERIFY(ran.out.contains(u"124 BPM"_s));
        QVERIFY(ran.out.contains(u"93 bars"_s));

        const auto read = musiaia::als::readLiveSet(set);
        QVERIFY_RESULT(read);
        QCOMPARE(read->tempo, 124.0);
        QVERIFY(read->scale.has_value());
        QCOMPARE(read->scale->root, 9);
        QVERIFY(read->tracks.size() >= 8);
        QCOMPARE(read->locators.size(), 7);

        MUSIAIA_REQUIRE_ALS_LINT();
        const musiaia::test::LintReport lint = musiaia::test::runAlsLint(set);
        if (!lint.ran)
            QSKIP("python3 is missing: cannot run als-lint");
        QVERIFY2(lint.exitCode == 0 && lint.output.contains(u" 0 problems"_s), qPrintable(lint.output));
    }

    void sameSeedSameBytesOtherSeedOtherSong()
    {
        const QStringList request
            = { u"generate"_s, u"techno oscuro en Fa menor, 64 compases"_s, u"--live"_s, u"12"_s };
        const auto a = runApp(request + QStringList { u"-o"_s, dir(u"a"_s), u"--seed"_s, u"42"_s });
        const auto b = runApp(request + QStringList { u"-o"_s, dir(u"b"_s), u"--seed"_s, u"42"_s });
        const auto c = runApp(request + QStringList { u"-o"_s, dir(u"c"_s), u"--seed"_s, u"43"_s });
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0 && c.exitCode == 0, qPrintable(a.err + b.err + c.err));
        const QByteArray setA = readAll(writtenSet(a.out));
        QVERIFY(!setA.isEmpty());
        QCOMPARE(readAll(writtenSet(b.out)), setA);
        QVERIFY(readAll(writtenSet(c.out)) != setA);
        // Without --seed the request's words decide: the same words, the same song.
        const auto d = runApp(request + QStringList { u"-o"_s, dir(u"d"_s) });
        const auto e = runApp(request + QStringList { u"-o"_s, dir(u"e"_s) });
        QCOMPARE(readAll(writtenSet(d.out)), readAll(writtenSet(e.out)));
    }

    void printPlanRoundTrips()
    {
        const auto printed = runApp({ u"generate"_s, u"trap en Do menor, 2 minutos, sin pads"_s, u"-o"_s,
                                      dir(u"p1"_s), u"--seed"_s, u"5"_s, u"--print-plan"_s });
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        const auto plan = musiaia::music::planFromJson(printed.out.toUtf8());
        QVERIFY_RESULT(plan);
        QVERIFY(plan->isComplete());
        QCOMPARE(plan->genre, u"trap"_s);
        QVERIFY(plan->partsWithRole(musiaia::music::PartRole::Pad).isEmpty());
        const QString firstSet = writtenSet(printed.err);
        QVERIFY(QFile::exists(firstSet));

        const QString planPath = dir(u"plan.json"_s);
        QFile file(planPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(printed.out.toUtf8());
        file.close();
        const auto again = runApp({ u"generate"_s, u"--plan"_s, planPath, u"-o"_s, dir(u"p2"_s) });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(readAll(writtenSet(again.out)), readAll(firstSet));

        // --seed on a plan file composes it anew.
        const auto reseeded
            = runApp({ u"generate"_s, u"--plan"_s, planPath, u"-o"_s, dir(u"p3"_s), u"--seed"_s, u"6"_s });
        QVERIFY2(reseeded.exitCode == 0, qPrintable(reseeded.err));
        QVERIFY(readAll(writtenSet(reseeded.out)) != readAll(firstSet));
    }

    void localProviderUsesTheOfflinePlanner()
    {
        const auto ran
            = runApp({ u"--db"_s, dir(u"musiaia.sqlite"_s), u"generate"_s, u"deep house chill"_s, u"-o"_s,
                       dir(u"local"_s), u"--provider"_s, u"local"_s, u"--seed"_s, u"3"_s });
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        const auto direct = runApp(
            { u"generate"_s, u"deep house chill"_s, u"-o"_s, dir(u"direct"_s), u"--seed"_s, u"3"_s });
        QVERIFY2(direct.exitCode == 0, qPrintable(direct.err));
        QCOMPARE(readAll(writtenSet(ran.out)), readAll(writtenSet(direct.out)));
    }

    void badArgumentsAreRefusedClearly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList {} << u"say what to make"_s;
        QTest::newRow("empty") << QStringList { u"  "_s } << u"say what to make"_s;
        QTest::newRow("seed") << QStringList { u"house"_s, u"--seed"_s, u"abc"_s } << u"--seed"_s;
        QTest::newRow("negative seed") << QStringList { u"house"_s, u"--seed"_s, u"-3"_s } << u"--seed"_s;
        QTest::newRow("live") << QStringList { u"house"_s, u"--live"_s, u"10"_s }
                              << u"--live takes 11 or 12"_s;
        QTest::newRow("provider") << QStringList { u"house"_s, u"--provider"_s, u"gpt"_s }
                                  << u"unknown provider"_s;
        QTest::newRow("both") << QStringList { u"house"_s, u"--plan"_s, u"x.json"_s } << u"not both"_s;
        QTest::newRow("unknown option") << QStringList { u"house"_s, u"--tempo"_s, u"3"_s } << u"tempo"_s;
    }

    void badArgumentsAreRefusedClearly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto ran
            = runApp(QStringList { u"generate"_s } + arguments + QStringList { u"-o"_s, dir(u"bad"_s) });
        QCOMPARE(ran.exitCode, 2);
        QVERIFY2(ran.err.contains(message), qPrintable(ran.err));
        QVERIFY(!QDir(dir(u"bad"_s)).exists());
    }

    void badPlanFilesAreRefusedClearly()
    {
        const auto missing
            = runApp({ u"generate"_s, u"--plan"_s, dir(u"nope.json"_s), u"-o"_s, dir(u"bad"_s) });
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.contains(u"nope.json"_s), qPrintable(missing.err));

        const QString broken = dir(u"broken.json"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"genre": "house", "tempo": 900})");
        file.close();
        const auto ran = runApp({ u"generate"_s, u"--plan"_s, broken, u"-o"_s, dir(u"bad"_s) });
        QVERIFY(ran.exitCode != 0);
        QVERIFY2(ran.err.contains(u"tempo"_s), qPrintable(ran.err));
        QVERIFY(!QDir(dir(u"bad"_s)).exists());
    }
};

QTEST_GUILESS_MAIN(TestGenerateCli)
#include "tst_generatecli.moc"

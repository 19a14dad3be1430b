// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia generate` with a sample library, as a user runs it: import a folder of samples into a
// database, generate a song with that database, and check that the project holds the chosen samples,
// passes als-lint and that `musiaia analyze` finds every one of them.
#include "synthcorpus.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using musiaia::test::runApp;

namespace {

// The set's path from the "Wrote PATH" line.
QString writtenSet(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("Wrote ")))
            return line.mid(6).trimmed();
    }
    return QString();
}

} // namespace

class TestGenerateSamples final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString dir(const QString &name) const { return m_dir.filePath(name); }
    QString database() const { return dir(QStringLiteral("library.sqlite")); }

private Q_SLOTS:
    void initTestCase()
    {
        MUSIAIA_REQUIRE_ALS_LINT();
        // Drum hits with informative names, a drum loop and a music loop that fit house in A minor.
        const QString lib = dir(QStringLiteral("Samples"));
        musiaia::test::CorpusOptions options;
        options.oneShotsPerType = 2;
        options.drumLoops = 0;
        options.musicLoops = 0;
        options.variedFormats = false;
        QVERIFY(!musiaia::test::writeSyntheticCorpus(lib + QStringLiteral("/Pack"), options).isEmpty());
        QVERIFY(musiaia::test::writeAudioFile(lib + QStringLiteral("/Loops/House Drums 124bpm.wav"),
                                              musiaia::test::renderDrumLoop(124, 2, 4)));
        QVERIFY(musiaia::test::writeAudioFile(lib + QStringLiteral("/Loops/Keys Am 124bpm.wav"),
                                              musiaia::test::renderMusicLoop(124, 2, 9, true, 5)));
        const auto imported = runApp(
            { QStringLiteral("--db"), database(), QStringLiteral("samples"), QStringLiteral("import"), lib });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void generate_usesTheLibraryAndSaysWhy()
    {
        const auto ran
            = runApp({ QStringLiteral("--db"), database(), QStringLiteral("generate"),
                       QStringLiteral("house a 124 BPM en La menor, 2 minutos"), QStringLiteral("-o"),
                       dir(QStringLiteral("with")), QStringLiteral("--seed"), QStringLiteral("3") });
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        QVERIFY2(ran.out.contains(QStringLiteral("Samples from your library")), qPrintable(ran.out));
        QVERIFY2(ran.out.contains(QStringLiteral("kick: '")), qPrintable(ran.out));
        QVERIFY2(ran.out.contains(
                     QStringLiteral("music loop: 'Keys Am 124bpm.wav', 124 BPM in A minor = song key")),
                 qPrintable(ran.out));
        const QString setPath = writtenSet(ran.out);
        QVERIFY2(QFileInfo::exists(setPath), qPrintable(ran.out));

        // Copied into the project, and the set points at the copies.
        const QDir imported(QFileInfo(setPath).absolutePath() + QStringLiteral("/Samples/Imported"));
        const QStringList copies = imported.entryList(QDir::Files);
        QVERIFY2(copies.size() >= 5, qPrintable(copies.join(QLatin1Char(','))));
        QVERIFY(copies.contains(QStringLiteral("Keys Am 124bpm.wav")));

        const musiaia::test::LintReport lint = musiaia::test::runAlsLint(setPath);
        QVERIFY(lint.ran);
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.output));

        const auto analyzed = runApp({ QStringLiteral("analyze"), setPath, QStringLiteral("--json") });
        QVERIFY2(analyzed.exitCode == 0, qPrintable(analyzed.err));
        const QJsonObject report = QJsonDocument::fromJson(analyzed.out.toUtf8()).object();
        const QJsonArray samples = report.value(QStringLiteral("samples")).toArray();
        QCOMPARE(samples.size(), copies.size());
        for (const QJsonValue &sample : samples)
            QVERIFY2(sample.toObject().value(QStringLiteral("found")).toBool(), qPrintable(analyzed.out));
        QVERIFY2(!analyzed.out.contains(QStringLiteral("missing-samples")), qPrintable(analyzed.out));
    }

    void noSamples_writesMidiOnly()
    {
        const auto ran
            = runApp({ QStringLiteral("--db"), database(), QStringLiteral("generate"),
                       QStringLiteral("house a 124 BPM en La menor, 2 minutos"), QStringLiteral("-o"),
                       dir(QStringLiteral("without")), QStringLiteral("--seed"), QStringLiteral("3"),
                       QStringLiteral("--no-samples") });
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        QVERIFY(!ran.out.contains(QStringLiteral("Samples from your library")));
        const QString setPath = writtenSet(ran.out);
        QVERIFY(QFileInfo::exists(setPath));
        QVERIFY(!QFileInfo::exists(QFileInfo(setPath).absolutePath() + QStringLiteral("/Samples/Imported")));
    }

    void emptyLibrary_saysSoAndWritesTheSong()
    {
        const auto ran = runApp({ QStringLiteral("--db"), dir(QStringLiteral("empty.sqlite")),
                                  QStringLiteral("generate"), QStringLiteral("techno 130 BPM"),
                                  QStringLiteral("-o"), dir(QStringLiteral("empty")) });
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        QVERIFY2(ran.out.contains(QStringLiteral("no sample library yet")), qPrintable(ran.out));
        QVERIFY(QFileInfo::exists(writtenSet(ran.out)));
        QVERIFY(!QFileInfo::exists(dir(QStringLiteral("empty.sqlite")))); // not created as a side effect
    }

    void printPlan_keepsStdoutJson()
    {
        const auto ran = runApp({ QStringLiteral("--db"), database(), QStringLiteral("generate"),
                                  QStringLiteral("house a 124 BPM en La menor"), QStringLiteral("-o"),
                                  dir(QStringLiteral("json")), QStringLiteral("--print-plan") });
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        QJsonParseError error;
        QJsonDocument::fromJson(ran.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY2(ran.err.contains(QStringLiteral("Samples from your library")), qPrintable(ran.err));
    }
};

QTEST_GUILESS_MAIN(TestGenerateSamples)
#include "tst_generatesamples.moc"

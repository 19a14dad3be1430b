// SPDX-License-Identifier: GPL-3.0-or-later
// The Live Set verbs from the command line: analyze, export-midi and import-midi.
#include "als/alsreader.h"
#include "als/midi/midifile.h"

#include "testsupport.h"

#include <QDir>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using musiaia::test::runApp;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A small plain-XML Live 11 set: one MIDI track with one clip of two notes, at 100 BPM.
const QByteArray smallSet = R"(<?xml version="1.0" encoding="UTF-8"?>
<Ableton MajorVersion="5" MinorVersion="11.0_11300" Creator="Ableton Live 11.3.21" Revision="x">
	<LiveSet>
		<Tracks>
			<MidiTrack Id="12">
				<Name><EffectiveName Value="Bass" /><UserName Value="Bass" /></Name>
				<Color Value="5" />
				<TrackGroupId Value="-1" />
				<DeviceChain>
					<MainSequencer>
						<ClipTimeable><ArrangerAutomation><Events>
							<MidiClip Id="0" Time="4">
								<CurrentStart Value="4" /><CurrentEnd Value="12" />
								<Loop><LoopStart Value="0" /><LoopEnd Value="8" /><StartRelative Value="0" /><LoopOn Value="false" /></Loop>
								<Notes><KeyTracks><KeyTrack Id="0">
									<Notes>
										<MidiNoteEvent Time="0" Duration="1" Velocity="100" OffVelocity="64" NoteId="1" />
										<MidiNoteEvent Time="2" Duration="1" Velocity="90" OffVelocity="64" NoteId="2" />
									</Notes>
									<MidiKey Value="45" />
								</KeyTrack></KeyTracks></Notes>
							</MidiClip>
						</Events></ArrangerAutomation></ClipTimeable>
					</MainSequencer>
				</DeviceChain>
			</MidiTrack>
		</Tracks>
		<MasterTrack><DeviceChain><Mixer>
			<Tempo><Manual Value="100" /></Tempo>
			<TimeSignature><Manual Value="201" /></TimeSignature>
		</Mixer></DeviceChain></MasterTrack>
	</LiveSet>
</Ableton>
)";

} // namespace

class TestAlsVerbs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void analyze_text()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("small.als"));
        QVERIFY(writeFile(path, smallSet));
        const auto result = runApp({QStringLiteral("analyze"), path});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1String("Tempo 100 BPM, 4/4, no key set")), qPrintable(result.out));
        QVERIFY(result.out.contains(QLatin1String("Arrangement: 3 bars (0:07)")));
        QVERIFY(result.out.contains(QLatin1String("MIDI   Bass")));
        QVERIFY(result.out.contains(QLatin1String("2 notes")));
    }

    void analyze_json()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("small.als"));
        QVERIFY(writeFile(path, smallSet));
        const auto result = runApp({QStringLiteral("analyze"), path, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(json[QLatin1String("format")].toString(), QStringLiteral("musiaia.analyze/1"));
        QCOMPARE(json[QLatin1String("tempo")].toDouble(), 100.0);
        QCOMPARE(json[QLatin1String("counts")][QLatin1String("notes")].toInt(), 2);
        QCOMPARE(json[QLatin1String("tracks")][0][QLatin1String("name")].toString(), QStringLiteral("Bass"));
        QCOMPARE(json[QLatin1String("arrangement")][QLatin1String("lengthBeats")].toDouble(), 12.0);
    }

    void analyze_corpusSet()
    {
        MUSIAIA_REQUIRE_CORPUS();
        const auto result = runApp({QStringLiteral("analyze"), musiaia::test::corpusDir() + QStringLiteral("/live11.0-project.als"),
                                    QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8());
        QCOMPARE(json[QLatin1String("counts")][QLatin1String("notes")].toInt(), 258);
        QCOMPARE(json[QLatin1String("tempo")].toDouble(), 160.0);
        QStringList codes;
        for (const QJsonValue warning : json[QLatin1String("warnings")].toArray())
            codes << warning[QLatin1String("code")].toString();
        QVERIFY(codes.contains(QStringLiteral("missing-samples")));
        QVERIFY(codes.contains(QStringLiteral("third-party-plugins")));
    }

    void analyze_badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("not a set") << QByteArray("hello") << QStringLiteral("neither gzip-compressed nor XML");
        QTest::newRow("cut short") << smallSet.left(smallSet.size() / 2) << QStringLiteral("cut short");
        QTest::newRow("newer Live") << QByteArray(smallSet).replace("11.0_11300", "13.0_13000")
                                    << QStringLiteral("made with a newer Live");
        QTest::newRow("gzip garbage") << QByteArray("\x1f\x8b\x08\x00garbage", 12) << QStringLiteral("damaged");
    }

    void analyze_badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Bad Song.als"));
        QVERIFY(writeFile(path, content));
        const auto result = runApp({QStringLiteral("analyze"), path});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(QLatin1String("\"Bad Song.als\"")), qPrintable(result.err));
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
    }

    void analyze_usage()
    {
        QCOMPARE(runApp({QStringLiteral("analyze")}).exitCode, 2);
        QCOMPARE(runApp({QStringLiteral("analyze"), QStringLiteral("a.als"), QStringLiteral("b.als")}).exitCode, 2);
        const auto missing = runApp({QStringLiteral("analyze"), QStringLiteral("/nonexistent/x.als")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QLatin1String("does not exist")));
        const auto help = runApp({QStringLiteral("analyze"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("--json")));
    }

    void exportMidi()
    {
        QTemporaryDir dir;
        const QString set = dir.filePath(QStringLiteral("small.als"));
        const QString mid = dir.filePath(QStringLiteral("small.mid"));
        QVERIFY(writeFile(set, smallSet));
        const auto result = runApp({QStringLiteral("export-midi"), set, mid});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1String("1 tracks, 2 notes, 100 BPM")), qPrintable(result.out));
        const auto file = musiaia::als::midi::readMidiFile(mid);
        QVERIFY_RESULT(file);
        QCOMPARE(file->tracks.size(), 2);
        QCOMPARE(file->tracks.at(1).name, QStringLiteral("Bass"));
        QCOMPARE(file->tracks.at(1).notes,
                 QList<musiaia::als::midi::Note>({{1920, 480, 0, 45, 100, 64}, {2880, 480, 0, 45, 90, 64}}));
        QVERIFY(qAbs(file->tempos.first().bpm - 100.0) < 1e-3);
    }

    void exportMidi_failures()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("Broken.als"));
        QVERIFY(writeFile(broken, "not a set"));
        auto result = runApp({QStringLiteral("export-midi"), broken, dir.filePath(QStringLiteral("x.mid"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QLatin1String("\"Broken.als\"")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.mid"))));
        QCOMPARE(runApp({QStringLiteral("export-midi"), broken}).exitCode, 2);
        const QString set = dir.filePath(QStringLiteral("small.als"));
        QVERIFY(writeFile(set, smallSet));
        result = runApp({QStringLiteral("export-midi"), set, dir.filePath(QStringLiteral("no/such/folder/x.mid"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QLatin1String("\"x.mid\" could not be written")));
    }

    // export-midi, then import-midi of the result: a Live project with the same notes, lint-clean.
    void importMidi_data()
    {
        QTest::addColumn<QString>("live");
        QTest::newRow("Live 11") << QStringLiteral("11");
        QTest::newRow("Live 12") << QStringLiteral("12");
    }

    void importMidi()
    {
        QFETCH(QString, live);
        QTemporaryDir dir;
        const QString set = dir.filePath(QStringLiteral("small.als"));
        const QString mid = dir.filePath(QStringLiteral("My Tune.mid"));
        QVERIFY(writeFile(set, smallSet));
        QCOMPARE(runApp({QStringLiteral("export-midi"), set, mid}).exitCode, 0);
        const QString out = dir.filePath(QStringLiteral("projects"));
        const auto result = runApp({QStringLiteral("import-midi"), mid, QStringLiteral("-o"), out, QStringLiteral("--live"), live});
        QCOMPARE(result.exitCode, 0);
        const QString projectSet = out + QStringLiteral("/My Tune Project/My Tune.als");
        QVERIFY2(result.out.contains(projectSet), qPrintable(result.out));
        QVERIFY(QDir(out + QStringLiteral("/My Tune Project/Ableton Project Info")).exists());
        const auto read = musiaia::als::readLiveSet(projectSet);
        QVERIFY_RESULT(read);
        QCOMPARE(read->tempo, 100.0);
        QCOMPARE(read->origin.minorVersion.left(2), live);
        QCOMPARE(read->tracks.size(), 1);
        QCOMPARE(read->tracks.first().name, QStringLiteral("Bass"));
        const auto &notes = read->tracks.first().arrangementClips.first().notes;
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(0).start, 4.0);
        QCOMPARE(notes.at(1).start, 6.0);
        QCOMPARE(notes.at(1).velocity, 90.0);

        MUSIAIA_REQUIRE_ALS_LINT();
        const auto lint = musiaia::test::runAlsLint(projectSet);
        QVERIFY2(lint.ran && lint.exitCode == 0 && lint.output.contains(QLatin1String(" 0 problems")),
                 qPrintable(lint.output));
    }

    void importMidi_failures()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("Broken.mid"));
        QVERIFY(writeFile(broken, QByteArray("MThd\0\0\0\x06\0\x01\0\x02\x01\xe0MTrk\0\0\0\x20\0\x90", 24)));
        auto result = runApp({QStringLiteral("import-midi"), broken, QStringLiteral("-o"), dir.path()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("\"Broken.mid\" is cut short")), qPrintable(result.err));
        QVERIFY(QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());

        const QString silent = dir.filePath(QStringLiteral("Silent.mid"));
        QVERIFY(writeFile(silent, musiaia::als::midi::midiFileBytes(musiaia::als::midi::File{})));
        result = runApp({QStringLiteral("import-midi"), silent, QStringLiteral("-o"), dir.path()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("holds no notes")), qPrintable(result.err));

        QCOMPARE(runApp({QStringLiteral("import-midi"), silent, QStringLiteral("--live"), QStringLiteral("10")}).exitCode, 2);
        QCOMPARE(runApp({QStringLiteral("import-midi")}).exitCode, 2);
        QCOMPARE(runApp({QStringLiteral("import-midi"), QStringLiteral("/nonexistent.mid")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestAlsVerbs)
#include "tst_alsverbs.moc"

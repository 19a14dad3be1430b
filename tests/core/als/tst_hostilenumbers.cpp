// SPDX-License-Identifier: GPL-3.0-or-later
// Regressions from the fuzzing work on the Live Set reader (docs/fuzzing.md): sets whose numbers are absurd
// ("1e300", "-1e300", "nan") read, and everything built from them (the analyze report as text and
// JSON, the MIDI export) stays sane. Before the fix a plain int() of such a number was undefined
// behaviour (UBSan: "1e+300 is outside the range of representable values of type 'int'"), which on
// x86 made the report say the arrangement lasts -2147483648 bars, and MIDI ticks overflowed.
#include "als/alsreader.h"
#include "als/midi/midiconvert.h"
#include "als/midi/midifile.h"
#include "als/setreport.h"

#include "testsupport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace musiaia;
using namespace musiaia::als;

namespace {

// One MIDI track with one clip of two notes, a locator, and the main track's mixer; each %n is a
// number that a row replaces with something hostile.
QByteArray setXml(const QByteArray &clipEnd, const QByteArray &noteTime, const QByteArray &velocity,
                  const QByteArray &pan, const QByteArray &locatorTime, const QByteArray &timeSignature,
                  const QByteArray &pitchCoarse)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Ableton MajorVersion=\"5\" MinorVersion=\"11.0_11300\" Creator=\"Ableton Live 11.3.21\">\n"
           "<LiveSet><Tracks>\n"
           "<MidiTrack Id=\"12\"><Name><EffectiveName Value=\"Bass\" /></Name><TrackGroupId Value=\"-1\" />\n"
           "<DeviceChain><Mixer><Pan><Manual Value=\"" + pan + "\" /></Pan></Mixer>\n"
           "<MainSequencer><ClipTimeable><ArrangerAutomation><Events>\n"
           "<MidiClip Id=\"0\" Time=\"4\"><CurrentStart Value=\"4\" /><CurrentEnd Value=\"" + clipEnd + "\" />\n"
           "<Loop><LoopStart Value=\"0\" /><LoopEnd Value=\"8\" /><StartRelative Value=\"0\" /><LoopOn Value=\"false\" /></Loop>\n"
           "<Notes><KeyTracks><KeyTrack Id=\"0\"><Notes>\n"
           "<MidiNoteEvent Time=\"0\" Duration=\"1\" Velocity=\"100\" OffVelocity=\"64\" NoteId=\"1\" />\n"
           "<MidiNoteEvent Time=\"" + noteTime + "\" Duration=\"1\" Velocity=\"" + velocity + "\" OffVelocity=\"64\" NoteId=\"2\" />\n"
           "</Notes><MidiKey Value=\"45\" /></KeyTrack></KeyTracks></Notes></MidiClip>\n"
           "</Events></ArrangerAutomation></ClipTimeable></MainSequencer></DeviceChain></MidiTrack>\n"
           "<AudioTrack Id=\"13\"><Name><EffectiveName Value=\"Loop\" /></Name><TrackGroupId Value=\"-1\" />\n"
           "<DeviceChain><MainSequencer><ClipTimeable><ArrangerAutomation><Events>\n"
           "<AudioClip Id=\"1\" Time=\"0\"><CurrentStart Value=\"0\" /><CurrentEnd Value=\"4\" />\n"
           "<PitchCoarse Value=\"" + pitchCoarse + "\" />\n"
           "<SampleRef><FileRef><RelativePath Value=\"Samples/loop.wav\" /><Path Value=\"/x/loop.wav\" /></FileRef></SampleRef>\n"
           "</AudioClip></Events></ArrangerAutomation></ClipTimeable></MainSequencer></DeviceChain></AudioTrack>\n"
           "</Tracks>\n"
           "<Locators><Locators><Locator Id=\"0\"><Time Value=\"" + locatorTime + "\" /><Name Value=\"Drop\" /></Locator></Locators></Locators>\n"
           "<MasterTrack><DeviceChain><Mixer><Tempo><Manual Value=\"120\" /></Tempo>\n"
           "<TimeSignature><Manual Value=\"" + timeSignature + "\" /></TimeSignature></Mixer></DeviceChain></MasterTrack>\n"
           "</LiveSet></Ableton>\n";
}

Result<LiveSet> readXml(const QByteArray &xml)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    ReadOptions options;
    options.locateSamples = false;
    return readLiveSet(&buffer, QStringLiteral("hostile.als"), options);
}

} // namespace

class TestHostileNumbers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileNumbers_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("bars");   // -1: any number of bars from 0 up
        // The first one found, reproduced with fuzz_als_reader: a clip whose end is 1e300 beats (UB in barsFor()).
        QTest::newRow("clip end 1e300") << setXml("1e300", "2", "90", "0", "8", "201", "0")
                                        << std::numeric_limits<int>::max();
        QTest::newRow("clip end inf") << setXml("inf", "2", "90", "0", "8", "201", "0") << -1;
        QTest::newRow("clip end nan") << setXml("nan", "2", "90", "0", "8", "201", "0") << -1;
        QTest::newRow("note at 1e300") << setXml("1e300", "1e300", "90", "0", "8", "201", "0")
                                       << std::numeric_limits<int>::max();
        QTest::newRow("note at -1e300") << setXml("12", "-1e300", "90", "0", "8", "201", "0") << 3;
        QTest::newRow("velocity 1e300") << setXml("12", "2", "1e300", "0", "8", "201", "0") << 3;
        QTest::newRow("velocity -1e300") << setXml("12", "2", "-1e300", "0", "8", "201", "0") << 3;
        QTest::newRow("pan -1e300") << setXml("12", "2", "90", "-1e300", "8", "201", "0") << 3;
        QTest::newRow("pan 1e300") << setXml("12", "2", "90", "1e300", "8", "201", "0") << 3;
        QTest::newRow("locator at 1e300") << setXml("12", "2", "90", "0", "1e300", "201", "0") << 3;
        QTest::newRow("locator at -1e300") << setXml("12", "2", "90", "0", "-1e300", "201", "0") << 3;
        QTest::newRow("time signature 1e300") << setXml("12", "2", "90", "0", "8", "1e300", "0") << 3;
        QTest::newRow("time signature -1e300") << setXml("12", "2", "90", "0", "8", "-1e300", "0") << 3;
        QTest::newRow("pitch coarse 1e300") << setXml("12", "2", "90", "0", "8", "201", "1e300") << 3;
        QTest::newRow("pitch coarse nan") << setXml("12", "2", "90", "0", "8", "201", "nan") << 3;
    }

    void hostileNumbers()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, bars);
        const Result<LiveSet> set = readXml(xml);
        QVERIFY_RESULT(set);

        const SetReport report = buildSetReport(*set, QStringLiteral("/nonexistent/hostile.als"));
        if (bars >= 0)
            QCOMPARE(report.arrangementBars, bars);
        QVERIFY2(report.arrangementBars >= 0, qPrintable(QString::number(report.arrangementBars)));
        const QString text = setReportText(report);
        QVERIFY2(!text.contains(QLatin1String("-2147483648")) && !text.contains(QLatin1String("-9223372036854775808")),
                 qPrintable(text));
        QVERIFY(!QJsonDocument(setReportJson(report)).toJson().isEmpty());

        // export-midi: every tick is at or after zero and the file reads back with both notes.
        const midi::File exported = midi::midiFileFromSet(*set);
        for (const midi::Track &track : exported.tracks) {
            for (const midi::Note &note : track.notes) {
                QVERIFY(note.tick >= 0);
                QVERIFY(note.duration >= 1);
                QVERIFY(note.velocity >= 1 && note.velocity <= 127);
            }
        }
        const Result<midi::File> reread = midi::parseMidiFile(midi::midiFileBytes(exported));
        QVERIFY_RESULT(reread);
        qsizetype notes = 0;
        for (const midi::Track &track : reread->tracks)
            notes += track.notes.size();
        qsizetype exportedNotes = 0;
        for (const midi::Track &track : exported.tracks)
            exportedNotes += track.notes.size();
        QCOMPARE(notes, exportedNotes);
    }

    // A clip of many notes outside a tiny loop repeated over a long clip: the loop's notes are
    // placed on every repeat, the others once (they used to be walked on each of 100,000 repeats).
    void manyNotesOutsideATinyLoop()
    {
        Clip clip;
        clip.kind = Clip::Kind::Midi;
        clip.time = 0.0;
        clip.length = 1000.0;
        clip.loop.enabled = true;
        clip.loop.start = 0.0;
        clip.loop.end = 0.25;
        clip.loop.startMarker = 0.0;
        clip.notes.append(MidiNote{});
        clip.notes.last().start = 0.0;
        clip.notes.last().duration = 0.125;
        for (int i = 0; i < 5000; ++i) {
            MidiNote outside;
            outside.start = 2000.0 + i;
            outside.duration = 1.0;
            clip.notes.append(outside);
        }
        const QList<MidiNote> placed = midi::arrangementNotes(clip);
        QCOMPARE(placed.size(), 4000);   // 1000 beats of a quarter-beat loop
        QCOMPARE(placed.last().start, 999.75);
    }
};

QTEST_GUILESS_MAIN(TestHostileNumbers)
#include "tst_hostilenumbers.moc"

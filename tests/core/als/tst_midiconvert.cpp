// SPDX-License-Identifier: GPL-3.0-or-later
// Live Sets to MIDI files and back: loops are played out, tracks and channels map to each other,
// and an imported project reads back and passes als-lint.
#include "als/alsreader.h"
#include "als/liveproject.h"
#include "als/midi/midiconvert.h"

#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace musiaia;
using namespace musiaia::als;

namespace {

using Spans = QList<QPair<double, double>>;   // (start, duration) of notes

Clip midiClip(double time, double length, QList<MidiNote> notes, ClipLoop loop)
{
    Clip clip;
    clip.time = time;
    clip.length = length;
    clip.notes = std::move(notes);
    clip.loop = loop;
    return clip;
}

Spans startsAndDurations(const QList<MidiNote> &notes)
{
    Spans out;
    for (const MidiNote &note : notes)
        out.append({note.start, note.duration});
    return out;
}

LiveSet twoTrackSet()
{
    LiveSet set;
    set.tempo = 96.0;
    set.timeSignature = {3, 4};
    set.scale = Scale{9, ScaleMode::Minor};
    Track lead;
    lead.name = QStringLiteral("Lead");
    lead.arrangementClips = {midiClip(3.0, 6.0,
                                      {MidiNote{69, 0.0, 1.0, 100.4}, MidiNote{72, 1.5, 0.5, 80.0, 0.0},
                                       MidiNote{76, 3.0, 3.0, 127.0}},
                                      ClipLoop{false, 0.0, 6.0, 0.0})};
    Track audio;
    audio.type = Track::Type::Audio;
    audio.name = QStringLiteral("Vocals");
    Track drums;
    drums.name = QStringLiteral("Drum Kit");
    drums.arrangementClips = {midiClip(0.0, 3.0, {MidiNote{36, 0.0, 0.25}, MidiNote{38, 1.0, 0.25}},
                                       ClipLoop{false, 0.0, 3.0, 0.0})};
    set.tracks = {lead, audio, drums};
    return set;
}

} // namespace

class TestMidiConvert final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void arrangementNotes_data()
    {
        QTest::addColumn<Clip>("clip");
        QTest::addColumn<Spans>("expected");
        const QList<MidiNote> bar = {MidiNote{60, 0.0, 1.0}, MidiNote{62, 1.0, 1.0}, MidiNote{64, 3.0, 2.0}};
        QTest::newRow("plain") << midiClip(8.0, 4.0, bar, ClipLoop{false, 0.0, 4.0, 0.0})
                               << Spans{{8.0, 1.0}, {9.0, 1.0}, {11.0, 1.0}};
        QTest::newRow("start marker") << midiClip(0.0, 3.0, bar, ClipLoop{false, 0.0, 4.0, 1.0})
                                      << Spans{{0.0, 1.0}, {2.0, 1.0}};
        QTest::newRow("loop twice and a half")
            << midiClip(0.0, 10.0, bar, ClipLoop{true, 0.0, 4.0, 0.0})
            << Spans{{0.0, 1.0}, {1.0, 1.0}, {3.0, 1.0}, {4.0, 1.0}, {5.0, 1.0},
                                            {7.0, 1.0}, {8.0, 1.0}, {9.0, 1.0}};
        QTest::newRow("start marker inside the loop")
            << midiClip(0.0, 6.0, bar, ClipLoop{true, 0.0, 4.0, 3.0})
            << Spans{{0.0, 1.0}, {1.0, 1.0}, {2.0, 1.0}, {4.0, 1.0}, {5.0, 1.0}};
        QList<MidiNote> disabled = bar;
        disabled[1].enabled = false;
        QTest::newRow("disabled note") << midiClip(0.0, 4.0, disabled, ClipLoop{false, 0.0, 4.0, 0.0})
                                       << Spans{{0.0, 1.0}, {3.0, 1.0}};
        QTest::newRow("empty clip") << midiClip(0.0, 0.0, bar, ClipLoop{}) << Spans{};
    }

    void arrangementNotes()
    {
        QFETCH(Clip, clip);
        QFETCH(Spans, expected);
        QCOMPARE(startsAndDurations(midi::arrangementNotes(clip)), expected);
    }

    void hostileLoopIsBounded()
    {
        const Clip clip = midiClip(0.0, 1e9, {MidiNote{60, 0.0, 1e-9}}, ClipLoop{true, 0.0, 1e-9, 0.0});
        QVERIFY(midi::arrangementNotes(clip).size() <= 100001);
    }

    void exportsTracksTempoAndKey()
    {
        const midi::File file = midi::midiFileFromSet(twoTrackSet(), 480);
        QCOMPARE(file.tracks.size(), 2);   // MIDI tracks only
        QCOMPARE(file.tempos, QList<midi::TempoChange>({{0, 96.0}}));
        QCOMPARE(file.timeSignatures, QList<midi::TimeSignatureChange>({{0, 3, 4}}));
        QCOMPARE(file.keySignatures, QList<midi::KeySignatureChange>({{0, 0, true}}));   // A minor: no sharps
        const midi::Track &lead = file.tracks.at(0);
        QCOMPARE(lead.name, QStringLiteral("Lead"));
        QCOMPARE(lead.notes.size(), 3);
        QCOMPARE(lead.notes.at(0), (midi::Note{1440, 480, 0, 69, 100, 64}));
        QCOMPARE(lead.notes.at(1), (midi::Note{2160, 240, 0, 72, 80, 0}));
        QCOMPARE(lead.notes.at(2), (midi::Note{2880, 1440, 0, 76, 127, 64}));
        QCOMPARE(file.tracks.at(1).name, QStringLiteral("Drum Kit"));
        QCOMPARE(file.tracks.at(1).notes.first().channel, 9);
    }

    void importsChannelsAsTracks()
    {
        midi::File file;
        file.format = 0;
        file.ticksPerQuarter = 96;
        file.tempos = {{0, 140.0}, {384, 150.0}};
        file.timeSignatures = {{0, 7, 8}};
        file.keySignatures = {{0, 2, false}};   // D major
        midi::Track track;
        track.name = QStringLiteral("Groove");
        track.notes = {midi::Note{0, 48, 9, 36, 120, 64}, midi::Note{96, 0, 0, 50, 90, 30}, midi::Note{96, 96, 0, 57, 91, 64}};
        file.tracks = {track};
        const Result<midi::MidiImport> imported = midi::liveSetFromMidiFile(file, QStringLiteral("tune"));
        QVERIFY_RESULT(imported);
        const LiveSet &set = imported->set;
        QCOMPARE(set.tempo, 140.0);
        QCOMPARE(imported->warnings.size(), 1);
        QCOMPARE(set.timeSignature, (TimeSignature{7, 8}));
        QCOMPARE(set.scale, std::optional<Scale>(Scale{2, ScaleMode::Major}));
        QCOMPARE(set.tracks.size(), 2);
        QCOMPARE(set.tracks.at(0).name, QStringLiteral("Groove (channel 1)"));
        QCOMPARE(set.tracks.at(1).name, QStringLiteral("Groove (channel 10)"));
        const Clip &clip = set.tracks.at(0).arrangementClips.first();
        QCOMPARE(clip.time, 0.0);
        QCOMPARE(clip.length, 3.5);   // one bar of 7/8
        QCOMPARE(clip.notes.size(), 2);
        QCOMPARE(clip.notes.at(0).start, 1.0);
        QCOMPARE(clip.notes.at(0).duration, 1.0 / 96);   // a zero-length note gets a tick
        QCOMPARE(clip.notes.at(0).offVelocity, 30.0);
        QCOMPARE(clip.notes.at(1).pitch, 57);

        midi::Track unnamed;
        unnamed.notes = {midi::Note{0, 96, 9, 36, 100, 64}};
        midi::Track second;
        second.notes = {midi::Note{0, 96, 3, 60, 100, 64}};
        file.tracks = {unnamed, second};
        const Result<midi::MidiImport> names = midi::liveSetFromMidiFile(file, QStringLiteral("tune"));
        QVERIFY_RESULT(names);
        QCOMPARE(names->set.tracks.at(0).name, QStringLiteral("Drums"));
        QCOMPARE(names->set.tracks.at(1).name, QStringLiteral("tune 1"));

        file.tracks = {midi::Track{}};
        QCOMPARE(midi::liveSetFromMidiFile(file, QStringLiteral("tune")).errorCode(), ErrorCode::InvalidArgument);
    }

    // export-midi then import-midi: the notes come back where they were.
    void exportThenImport()
    {
        const LiveSet original = twoTrackSet();
        const QByteArray bytes = midi::midiFileBytes(midi::midiFileFromSet(original));
        const Result<midi::File> file = midi::parseMidiFile(bytes);
        QVERIFY_RESULT(file);
        const Result<midi::MidiImport> imported = midi::liveSetFromMidiFile(*file, QStringLiteral("x"));
        QVERIFY_RESULT(imported);
        QCOMPARE(imported->set.tempo, original.tempo);
        QCOMPARE(imported->set.timeSignature, original.timeSignature);
        QCOMPARE(imported->set.scale, original.scale);
        QCOMPARE(imported->set.tracks.size(), 2);
        QCOMPARE(imported->set.tracks.at(0).name, QStringLiteral("Lead"));
        QCOMPARE(imported->set.tracks.at(1).name, QStringLiteral("Drum Kit"));
        const QList<MidiNote> expected = midi::arrangementNotes(original.tracks.at(0).arrangementClips.first());
        const QList<MidiNote> &got = imported->set.tracks.at(0).arrangementClips.first().notes;
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got.at(i).pitch, expected.at(i).pitch);
            QCOMPARE(got.at(i).start, expected.at(i).start);
            QCOMPARE(got.at(i).duration, expected.at(i).duration);
            QCOMPARE(got.at(i).velocity, std::round(expected.at(i).velocity));
        }
    }

    // An imported project reads back as built, and passes als-lint, in both schemas.
    void importedProjectPassesLint_data()
    {
        QTest::addColumn<int>("schema");
        QTest::newRow("Live 11") << int(SchemaVersion::Live11);
        QTest::newRow("Live 12") << int(SchemaVersion::Live12);
    }

    void importedProjectPassesLint()
    {
        QFETCH(int, schema);
        midi::File file;
        file.ticksPerQuarter = 480;
        file.tempos = {{0, 122.0}};
        for (int t = 0; t < 3; ++t) {
            midi::Track track;
            track.name = QStringLiteral("Part %1").arg(t + 1);
            for (int i = 0; i < 64; ++i)
                track.notes.append(midi::Note{i * 240, 200, t == 2 ? 9 : t, 40 + t * 12 + i % 7, 60 + i % 60, 64});
            file.tracks.append(track);
        }
        const Result<midi::MidiImport> imported = midi::liveSetFromMidiFile(file, QStringLiteral("Tune"));
        QVERIFY_RESULT(imported);
        QTemporaryDir dir;
        LiveProjectOptions options;
        options.write.schema = SchemaVersion(schema);
        const Result<LiveProjectPaths> project = writeLiveProject(imported->set, dir.path(), QStringLiteral("Tune"), options);
        QVERIFY_RESULT(project);

        const Result<LiveSet> read = readLiveSet(project->setPath);
        QVERIFY_RESULT(read);
        QCOMPARE(read->tempo, 122.0);
        QCOMPARE(read->tracks.size(), 3);
        for (qsizetype t = 0; t < 3; ++t) {
            QCOMPARE(read->tracks.at(t).name, imported->set.tracks.at(t).name);
            QCOMPARE(read->tracks.at(t).arrangementClips.first().notes.size(), 64);
            QCOMPARE(read->tracks.at(t).arrangementClips.first().notes,
                     imported->set.tracks.at(t).arrangementClips.first().notes);
        }

        MUSIAIA_REQUIRE_ALS_LINT();
        const test::LintReport lint = test::runAlsLint(project->setPath);
        QVERIFY2(lint.ran, qPrintable(lint.output));
        QVERIFY2(lint.exitCode == 0 && lint.output.contains(QLatin1String(" 0 problems")), qPrintable(lint.output));
    }
};

QTEST_GUILESS_MAIN(TestMidiConvert)
#include "tst_midiconvert.moc"

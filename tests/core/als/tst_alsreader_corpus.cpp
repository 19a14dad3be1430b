// SPDX-License-Identifier: GPL-3.0-or-later
// Every set in the corpus of real Live sets reads, and what the reader finds matches the corpus's
// MANIFEST.md, parsed here from its "Content" table, plus details checked by hand in the XML.
#include "als/alsreader.h"

#include "alsfigures.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace musiaia;
using namespace musiaia::als;

namespace {

struct ManifestRow
{
    QString file;
    QList<int> tracks;          // MIDI / audio / group / return
    QList<int> midiClips;       // arrangement / session
    QList<int> audioClips;      // arrangement / session
    int notes = 0;
    int locators = 0;
    int scenes = 0;
    int devices = 0;
    int plugins = -1;           // -1 when the table does not say
    int drumRacks = -1;
    double tempo = 0.0;
};

// The leading integers of a cell: "0 / 0 (17 audio clips ...)" -> {0, 0}; "88 (11, 6)" -> {88, 11, 6}.
QList<int> integersIn(const QString &cell, bool includeParenthesis = false)
{
    QString text = cell;
    if (!includeParenthesis)
        text = text.section(QLatin1Char('('), 0, 0);
    QList<int> values;
    static const QRegularExpression number(QStringLiteral("\\d+(\\.\\d+)?"));
    for (auto it = number.globalMatch(text); it.hasNext();)
        values.append(it.next().captured().toInt());
    return values;
}

QList<ManifestRow> parseManifest(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.errorString();
        return {};
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const qsizetype content = lines.indexOf(QStringLiteral("## Content"));
    QList<ManifestRow> rows;
    bool inTable = false;
    for (qsizetype i = content; content >= 0 && i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1String("| file | Midi / Audio"))) {
            inTable = true;
            continue;
        }
        if (!inTable || line.startsWith(QLatin1String("|---")))
            continue;
        if (!line.startsWith(QLatin1Char('|')))
            break;
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < 12) {
            *error = QStringLiteral("a row with %1 cells: %2").arg(cells.size()).arg(line);
            return {};
        }
        ManifestRow row;
        row.file = cells.at(1).trimmed();
        row.tracks = integersIn(cells.at(2));
        row.midiClips = integersIn(cells.at(3));
        row.audioClips = integersIn(cells.at(4));
        row.notes = integersIn(cells.at(5)).value(0, -1);
        row.locators = integersIn(cells.at(6)).value(0, -1);
        row.scenes = integersIn(cells.at(7)).value(0, -1);
        const QList<int> devices = integersIn(cells.at(8), true);
        row.devices = devices.value(0, -1);
        if (devices.size() >= 3) {
            row.plugins = devices.at(1);
            row.drumRacks = devices.at(2);
        }
        row.tempo = cells.at(10).trimmed().toDouble();
        rows.append(row);
    }
    if (rows.isEmpty())
        *error = QStringLiteral("no \"Content\" table found");
    return rows;
}

// Where the manifest and its own counting rules disagree, checked by hand in the XML. The value here
// is what the rules give; each entry says why.
struct Correction
{
    const char *file;
    const char *figure;
    int value;
    const char *why;
};
constexpr Correction Corrections[] = {
    {"live12.3-edm-template.als", "notes", 684,
     "the manifest's 732 also counts the 48 notes of take-lane clips, which its rules leave out "
     "(684 notes sit in MainSequencer clips)"},
};

int corrected(const QString &file, const char *figure, int manifestValue)
{
    for (const Correction &correction : Corrections) {
        if (file == QLatin1String(correction.file) && qstrcmp(figure, correction.figure) == 0)
            return correction.value;
    }
    return manifestValue;
}

Result<LiveSet> readCorpusSet(const QString &file)
{
    return readLiveSet(test::corpusDir() + QLatin1Char('/') + file);
}

} // namespace

Q_DECLARE_METATYPE(ManifestRow)

class TestAlsReaderCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void manifestCoversTheCorpus()
    {
        MUSIAIA_REQUIRE_CORPUS();
        QString error;
        const QList<ManifestRow> rows = parseManifest(test::corpusDir() + QStringLiteral("/MANIFEST.md"), &error);
        QVERIFY2(!rows.isEmpty(), qPrintable(error));
        QStringList listed;
        for (const ManifestRow &row : rows)
            listed << row.file;
        const QStringList onDisk = QDir(test::corpusDir()).entryList({QStringLiteral("*.als")}, QDir::Files, QDir::Name);
        listed.sort();
        QCOMPARE(listed, onDisk);
    }

    void matchesManifest_data()
    {
        QTest::addColumn<ManifestRow>("expected");
        if (test::corpusDir().isEmpty()) {
            QTest::newRow("no corpus") << ManifestRow{};
            return;
        }
        QString error;
        const QList<ManifestRow> rows = parseManifest(test::corpusDir() + QStringLiteral("/MANIFEST.md"), &error);
        if (rows.isEmpty())
            QTest::newRow("unreadable manifest") << ManifestRow{};
        for (const ManifestRow &row : rows)
            QTest::newRow(qPrintable(row.file)) << row;
    }

    void matchesManifest()
    {
        MUSIAIA_REQUIRE_CORPUS();
        QFETCH(ManifestRow, expected);
        QVERIFY2(!expected.file.isEmpty(), "MANIFEST.md has no readable Content table");
        const Result<LiveSet> set = readCorpusSet(expected.file);
        QVERIFY_RESULT(set);
        const test::SetFigures figures = test::figuresOf(*set);

        QCOMPARE(expected.tracks.size(), 4);
        QCOMPARE(figures.tracks[0], expected.tracks.at(0));
        QCOMPARE(figures.tracks[1], expected.tracks.at(1));
        QCOMPARE(figures.tracks[2], expected.tracks.at(2));
        QCOMPARE(figures.tracks[3], expected.tracks.at(3));
        QCOMPARE(figures.midiArrangement, expected.midiClips.value(0));
        QCOMPARE(figures.midiSession, expected.midiClips.value(1));
        QCOMPARE(figures.audioArrangement, expected.audioClips.value(0));
        QCOMPARE(figures.audioSession, expected.audioClips.value(1));
        QCOMPARE(figures.notes, corrected(expected.file, "notes", expected.notes));
        QCOMPARE(int(set->locators.size()), expected.locators);
        QCOMPARE(int(set->scenes.size()), expected.scenes);
        QCOMPARE(figures.topLevelDevices, expected.devices);
        // The manifest's plug-in column counts PluginDevice elements (VST2 and VST3) anywhere; its
        // "10 AU plugins" for live11.0 are in fact 8 VST2 and 2 VST3 (the AUs are checked below).
        if (expected.plugins >= 0)
            QCOMPARE(figures.vstPlugins, expected.plugins);
        if (expected.drumRacks >= 0)
            QCOMPARE(figures.drumRacks, expected.drumRacks);
        // The table rounds: live10.1-audio-locators.als says 119.999992.
        QVERIFY2(qAbs(set->tempo - expected.tempo) < 0.001, qPrintable(QString::number(set->tempo)));
    }

    void details()
    {
        MUSIAIA_REQUIRE_CORPUS();

        // Live 9: SceneNames, ColorIndex 140+, key in the old string format, no pointee ids.
        Result<LiveSet> set = readCorpusSet(QStringLiteral("live9.7-clyphx.als"));
        QVERIFY_RESULT(set);
        QCOMPARE(set->origin.creator, QStringLiteral("Ableton Live 9.7.5"));
        QCOMPARE(set->origin.minorVersion, QStringLiteral("9.5_327"));
        QVERIFY(set->scale.has_value());
        QCOMPARE(set->scale->root, 3);
        QCOMPARE(set->scale->mode, ScaleMode::Minor);
        QCOMPARE(set->tracks.first().name, QStringLiteral("TASKS"));
        QCOMPARE(set->tracks.first().color, 177 - 140);
        QCOMPARE(set->scenes.first().name, QStringLiteral(" 1"));
        QCOMPARE(set->locators.first().name, QStringLiteral("Verse 1.1"));

        // Live 10: Live 10 FileRef (element lists) and unwarped audio, a non-ASCII locator name.
        set = readCorpusSet(QStringLiteral("live10.1-audio-locators.als"));
        QVERIFY_RESULT(set);
        QCOMPARE(set->locators.first().name, QStringLiteral("mirvs - his track你好"));
        QCOMPARE(set->locators.first().time, 0.0);
        QCOMPARE(set->locators.last().time, 7808.0);
        const Clip &unwarped = set->tracks.first().arrangementClips.at(1);
        QCOMPARE(unwarped.time, 2378.1072562853815);
        QVERIFY(qFuzzyCompare(unwarped.length, 4756.214512570763 - 2378.1072562853815));
        QVERIFY(unwarped.audio.has_value());
        QVERIFY(!unwarped.audio->warped);
        QCOMPARE(unwarped.loop.end, 1189.0536281179138);
        QCOMPARE(unwarped.audio->sample.relativePath,
                 QStringLiteral("../../../../../../../Music/recording/reference/divineboys-v1.mp3"));
        QCOMPARE(unwarped.audio->sample.absolutePath,
                 QStringLiteral("/Users/mark/Music/recording/reference/divineboys-v1.mp3"));
        QVERIFY(!unwarped.audio->sample.existsOnDisk);

        // Live 10 notes: no probability, NoteId; Live 10's scale is the default, so no key.
        set = readCorpusSet(QStringLiteral("live10.1-drums-midi.als"));
        QVERIFY_RESULT(set);
        QVERIFY(!set->scale.has_value());
        const Clip &drums = set->tracks.first().arrangementClips.first();
        QCOMPARE(drums.length, 84.0);
        QCOMPARE(drums.loop.end, 4.0);
        QCOMPARE(drums.notes.size(), 6);
        QCOMPARE(drums.notes.first().pitch, 51);
        QCOMPARE(drums.notes.first().start, 0.4375);
        QCOMPARE(drums.notes.first().duration, 0.0625);
        QCOMPARE(drums.notes.first().probability, 1.0);
        // A rack loaded from a preset shows the preset's name.
        QCOMPARE(set->tracks.first().devices.first().className, QStringLiteral("DrumGroupDevice"));
        QCOMPARE(set->tracks.first().devices.first().name, QStringLiteral("Crushed Ice Kit"));

        // Live 11.0: Audio Units next to VST plug-ins, with their names.
        set = readCorpusSet(QStringLiteral("live11.0-project.als"));
        QVERIFY_RESULT(set);
        const test::SetFigures live11 = test::figuresOf(*set);
        QCOMPARE(live11.audioUnits, 26);
        QCOMPARE(live11.vstPlugins, 10);
        QStringList pluginNames;
        for (const Track &track : set->tracks) {
            for (const Device &device : track.devices) {
                if (device.format != Device::Format::Native)
                    pluginNames << device.name;
            }
        }
        QVERIFY(pluginNames.contains(QStringLiteral("Godfazer")));
        QVERIFY(pluginNames.contains(QStringLiteral("SubLab")));

        // Live 11.1: sample references in the Live 11 layout.
        set = readCorpusSet(QStringLiteral("live11.1-audio-clips.als"));
        QVERIFY_RESULT(set);
        int baarcore = 0;   // 220 clips use this sample, outside the project; 219 know its size
        int baarcoreSized = 0;
        for (const Track &track : set->tracks) {
            for (const Clip &clip : track.arrangementClips) {
                QVERIFY(clip.audio.has_value());
                QVERIFY(clip.audio->warpMarkers.size() >= 2);
                const SampleReference &sample = clip.audio->sample;
                if (sample.relativePath == QLatin1String("../Baarcore_Vol1_Track_07_Lulickma_(getmp3.pro).mp3")) {
                    ++baarcore;
                    baarcoreSized += sample.fileSize == 12327663 ? 1 : 0;
                    QCOMPARE(sample.absolutePath,
                             QStringLiteral("/Users/levianderson/Desktop/Baarcore_Vol1_Track_07_Lulickma_(getmp3.pro).mp3"));
                }
            }
        }
        QCOMPARE(baarcore, 220);
        QCOMPARE(baarcoreSized, 219);

        // Live 12.0 beta: tempo automation on the main track, key in the old format, in key.
        set = readCorpusSet(QStringLiteral("live12.0b-tempo-automation.als"));
        QVERIFY_RESULT(set);
        QVERIFY(set->origin.tempoAutomated);
        QVERIFY(set->scale.has_value());
        QCOMPARE(set->scale->mode, ScaleMode::Major);

        // Live 12.1: a group with two members, integer scale index (1 = Minor), plug-ins.
        set = readCorpusSet(QStringLiteral("live12.1-jam.als"));
        QVERIFY_RESULT(set);
        QVERIFY(!set->origin.tempoAutomated);
        QVERIFY(set->scale.has_value());
        QCOMPARE(set->scale->mode, ScaleMode::Minor);
        QCOMPARE(set->tracks.at(0).type, Track::Type::Group);
        QCOMPARE(set->tracks.at(0).name, QStringLiteral("1-Group"));
        QCOMPARE(set->tracks.at(1).groupId, set->tracks.at(0).id);
        QCOMPARE(set->tracks.at(2).groupId, set->tracks.at(0).id);
        QCOMPARE(set->tracks.at(3).groupId, -1);
        QCOMPARE(set->tracks.at(1).color, 12);
        QCOMPARE(set->tracks.at(1).mixer.sends.size(), 2);
        QCOMPARE(set->tracks.at(1).mixer.sends.first(), 0.0003162277571);
        QCOMPARE(set->tracks.at(3).devices.first().format, Device::Format::Vst3);
        QCOMPARE(set->tracks.at(5).devices.first().name, QStringLiteral("Reverb"));
        const Clip &recorded = set->tracks.at(3).arrangementClips.first();
        // (the take lanes hold "3-Audio 0001 ..." clips, which are not the track's)
        QCOMPARE(recorded.audio->sample.relativePath,
                 QStringLiteral("Samples/Recorded/3-Audio 0003 [2024-11-04 213829].wav"));
        QCOMPARE(recorded.audio->sample.frames, 8871936);
        QCOMPARE(recorded.length, 318.53133793290044);
        QCOMPARE(recorded.audio->warpMode, WarpMode::Beats);

        // Live 12.3: omitted default note attributes are filled in; frozen clips are not counted;
        // nested groups.
        set = readCorpusSet(QStringLiteral("live12.3-edm-template.als"));
        QVERIFY_RESULT(set);
        QVERIFY(!set->scale.has_value());   // InKey false
        bool sawKikSc = false;
        const Clip *kikScene0 = nullptr;
        for (const Track &track : set->tracks) {
            // "kik sc" keeps 16 audio clips of an old freeze in its FreezeSequencer (Freeze is
            // false): they are not its clips.
            if (track.name == QLatin1String("kik sc")) {
                sawKikSc = true;
                QVERIFY(!track.frozen);
                QVERIFY(track.arrangementClips.isEmpty() || track.arrangementClips.first().kind == Clip::Kind::Midi);
                QVERIFY(track.sessionClips.count(0));
                kikScene0 = &track.sessionClips.at(0);
            }
            for (const auto &[scene, clip] : track.sessionClips) {
                for (const MidiNote &note : clip.notes) {
                    QVERIFY(note.enabled);
                    QCOMPARE(note.probability, 1.0);
                    QCOMPARE(note.velocityDeviation, 0.0);
                }
            }
        }
        QVERIFY(sawKikSc);
        const Clip &session = *kikScene0;
        QCOMPARE(session.notes.size(), 4);
        QCOMPARE(session.notes.at(1).start, 1.0);
        QCOMPARE(session.notes.at(1).velocity, 100.0);
        QCOMPARE(session.notes.at(1).offVelocity, 64.0);
    }
};

QTEST_GUILESS_MAIN(TestAlsReaderCorpus)
#include "tst_alsreader_corpus.moc"

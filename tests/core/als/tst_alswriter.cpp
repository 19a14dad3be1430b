// SPDX-License-Identifier: GPL-3.0-or-later
// The Live Set writer against real Live: als-lint holds each set against the corpus, and the id and
// structure rules Live enforces are checked here by reading the written XML back.
#include "als/alsreader.h"
#include "als/alswriter.h"
#include "testsupport.h"
#include "writertestdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <map>
#include <set>

using namespace musiaia;
using namespace musiaia::als;
using namespace Qt::Literals::StringLiterals;

namespace {

// Elements whose Id lives in the document-wide pointee space (als-format.md, "Id rules").
bool pointeeElement(QStringView name)
{
    static const std::set<QString> names = {
        u"AutomationTarget"_s, u"ModulationTarget"_s, u"Pointee"_s, u"VolumeModulationTarget"_s,
        u"TranspositionModulationTarget"_s, u"GrainSizeModulationTarget"_s, u"FluxModulationTarget"_s,
        u"SampleOffsetModulationTarget"_s, u"TransientEnvelopeModulationTarget"_s,
        u"ComplexProFormantsModulationTarget"_s, u"ComplexProEnvelopeModulationTarget"_s,
        u"NamedRemoteableKeyMidi"_s,
    };
    return name.startsWith(u"ControllerTargets.") || names.count(name.toString()) > 0;
}

// What a pass over the written XML learns about its ids and lists.
struct Survey
{
    QString error;                       // the first rule broken, empty when none
    int nextPointeeId = 0;
    std::set<int> pointeeIds;
    std::set<int> trackIds;
    std::map<QString, int> fixedIds;     // "Tempo" -> its AutomationTarget id on the main track
    int sceneCount = 0;
    int returnCount = 0;
    QList<int> slotCounts;               // MainSequencer ClipSlot count per MIDI/audio track
    QList<int> sendCounts;               // TrackSendHolder count per track
    int notes = 0;
};

Survey survey(const QByteArray &xml)
{
    Survey result;
    QXmlStreamReader reader(xml);
    struct Open
    {
        QString name;
        std::set<std::pair<QString, QString>> childIds; // (tag, Id) among this element's children
        int noteMax = 0;
        std::set<int> noteIds;
    };
    QList<Open> stack;
    bool inMain = false;
    bool inPreHear = false;
    QString mainParameter;
    const auto fail = [&result](const QString &message) {
        if (result.error.isEmpty())
            result.error = message;
    };
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            const QString id = reader.attributes().value(u"Id"_s).toString();
            const QString parent = stack.isEmpty() ? QString() : stack.last().name;
            if (name == u"NextPointeeId" && parent == u"LiveSet")
                result.nextPointeeId = reader.attributes().value(u"Value"_s).toInt();
            if (!id.isEmpty()) {
                if (pointeeElement(name)) {
                    if (!result.pointeeIds.insert(id.toInt()).second)
                        fail(u"pointee id %1 used twice"_s.arg(id));
                    if (inMain && name == u"AutomationTarget")
                        result.fixedIds[mainParameter] = id.toInt();
                } else if (parent == u"Tracks") {
                    if (!result.trackIds.insert(id.toInt()).second)
                        fail(u"track id %1 used twice"_s.arg(id));
                } else if (!stack.last().childIds.insert({name, id}).second) {
                    fail(u"list id %1 repeated among the <%2> in <%3>"_s.arg(id, name, parent));
                }
            }
            if (name == u"MasterTrack" || name == u"MainTrack")
                inMain = true;
            if (inMain && parent == u"Mixer")
                mainParameter = name;
            if (name == u"Scene" && parent == u"Scenes")
                ++result.sceneCount;
            if (name == u"ReturnTrack")
                ++result.returnCount;
            if (name == u"ClipSlotList" && parent == u"MainSequencer")
                result.slotCounts.append(0);
            if (name == u"ClipSlot" && parent == u"ClipSlotList" && stack.size() >= 2
                && stack.at(stack.size() - 2).name == u"MainSequencer")
                ++result.slotCounts.last();
            if (name == u"PreHearTrack")
                inPreHear = true;
            if (name == u"Sends" && parent == u"Mixer" && !inMain && !inPreHear)
                result.sendCounts.append(0);
            if (name == u"TrackSendHolder")
                ++result.sendCounts.last();
            if (name == u"MidiNoteEvent") {
                ++result.notes;
                // The clip's Notes element is four levels up: Notes/KeyTracks/KeyTrack/Notes.
                Open &clipNotes = stack[stack.size() - 4];
                const int noteId = reader.attributes().value(u"NoteId"_s).toInt();
                if (!clipNotes.noteIds.insert(noteId).second)
                    fail(u"NoteId %1 used twice in one clip"_s.arg(noteId));
                clipNotes.noteMax = std::max(clipNotes.noteMax, noteId);
            }
            if (name == u"NextId" && parent == u"NoteIdGenerator") {
                const Open &clipNotes = stack[stack.size() - 2];
                if (reader.attributes().value(u"Value"_s).toInt() <= clipNotes.noteMax)
                    fail(u"NoteIdGenerator/NextId is not above the clip's NoteIds"_s);
            }
            stack.append(Open{name, {}, 0, {}});
        } else if (reader.isEndElement()) {
            if (stack.last().name == u"MasterTrack" || stack.last().name == u"MainTrack")
                inMain = false;
            stack.removeLast();
        }
    }
    if (reader.hasError())
        fail(u"XML error: "_s + reader.errorString());
    if (!result.pointeeIds.empty() && result.nextPointeeId <= *result.pointeeIds.rbegin())
        fail(u"NextPointeeId %1 is not above the largest pointee id %2"_s.arg(result.nextPointeeId)
                 .arg(*result.pointeeIds.rbegin()));
    return result;
}

} // namespace

class TestAlsWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesAlsLint_data();
    void passesAlsLint();
    void idsAndLists_data();
    void idsAndLists();
    void sameSetSameBytes_data();
    void sameSetSameBytes();
    void readsBackAsNormalized_data();
    void readsBackAsNormalized();

private:
    void addCases();
    LiveSet makeSet(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_wav;
};

void TestAlsWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_wav = m_dir.filePath(u"tone.wav"_s);
    QVERIFY(testsets::writeTestWav(m_wav));
}

void TestAlsWriter::addCases()
{
    QTest::addColumn<SchemaVersion>("schema");
    QTest::addColumn<QString>("setName");
    for (const auto &[schema, label] : {std::pair{SchemaVersion::Live11, "Live 11"}, std::pair{SchemaVersion::Live12, "Live 12"}}) {
        for (const char *setName : {"empty", "one MIDI clip", "eight tracks"})
            QTest::addRow("%s, %s", label, setName) << schema << QString::fromLatin1(setName);
    }
}

LiveSet TestAlsWriter::makeSet(const QString &name) const
{
    if (name == u"one MIDI clip")
        return testsets::oneMidiClipSet();
    if (name == u"eight tracks")
        return testsets::eightTrackSet(m_wav);
    return testsets::emptySet();
}

void TestAlsWriter::passesAlsLint_data()
{
    addCases();
}

void TestAlsWriter::passesAlsLint()
{
    MUSIAIA_REQUIRE_CORPUS();
    MUSIAIA_REQUIRE_ALS_LINT();
    QFETCH(SchemaVersion, schema);
    QFETCH(QString, setName);
    const QString path = m_dir.filePath(setName + (schema == SchemaVersion::Live12 ? u"-12.als"_s : u"-11.als"_s));
    QVERIFY_RESULT(writeLiveSet(makeSet(setName), path, WriteOptions{schema}));
    const test::LintReport report = test::runAlsLint(path);
    if (!report.ran)
        QSKIP("python3 is missing: cannot run als-lint");
    QVERIFY2(report.exitCode == 0, qPrintable(report.output));
    QVERIFY2(report.output.contains(u" 0 problems"_s), qPrintable(report.output));
}

void TestAlsWriter::idsAndLists_data()
{
    addCases();
}

void TestAlsWriter::idsAndLists()
{
    QFETCH(SchemaVersion, schema);
    QFETCH(QString, setName);
    const LiveSet set = makeSet(setName);
    const auto xml = liveSetXml(set, schema);
    QVERIFY_RESULT(xml);
    const Survey found = survey(*xml);
    QVERIFY2(found.error.isEmpty(), qPrintable(found.error));

    // Live keeps the main track's mixer ids fixed.
    QCOMPARE(found.fixedIds.at(u"On"_s), 1);
    QCOMPARE(found.fixedIds.at(u"Speaker"_s), 2);
    QCOMPARE(found.fixedIds.at(u"Volume"_s), 5);
    QCOMPARE(found.fixedIds.at(u"Tempo"_s), 8);
    QCOMPARE(found.fixedIds.at(u"TimeSignature"_s), 10);
    QCOMPARE(found.fixedIds.at(u"CrossFade"_s), 13);

    // Every track has one clip slot per scene and one send per return track.
    const int expectedScenes = set.scenes.isEmpty() ? 8 : int(set.scenes.size());
    QCOMPARE(found.sceneCount, expectedScenes);
    for (const int slotCount : found.slotCounts)
        QCOMPARE(slotCount, expectedScenes);
    int returns = 0;
    int notes = 0;
    int tracksWithSequencers = 0;
    for (const Track &track : set.tracks) {
        returns += track.type == Track::Type::Return;
        tracksWithSequencers += track.type == Track::Type::Midi || track.type == Track::Type::Audio;
        for (const Clip &clip : track.arrangementClips)
            notes += int(clip.notes.size());
        for (const auto &[scene, clip] : track.sessionClips)
            notes += int(clip.notes.size());
    }
    QCOMPARE(found.slotCounts.size(), tracksWithSequencers);
    QCOMPARE(found.returnCount, returns);
    QCOMPARE(found.sendCounts.size(), set.tracks.size());
    for (const int sends : found.sendCounts)
        QCOMPARE(sends, returns);
    QCOMPARE(int(found.trackIds.size()), int(set.tracks.size()));
    QCOMPARE(found.notes, notes);
}

void TestAlsWriter::sameSetSameBytes_data()
{
    addCases();
}

void TestAlsWriter::sameSetSameBytes()
{
    QFETCH(SchemaVersion, schema);
    QFETCH(QString, setName);
    const QString first = m_dir.filePath(u"first.als"_s);
    const QString second = m_dir.filePath(u"second.als"_s);
    QVERIFY_RESULT(writeLiveSet(makeSet(setName), first, WriteOptions{schema}));
    QVERIFY_RESULT(writeLiveSet(makeSet(setName), second, WriteOptions{schema}));
    QFile a(first);
    QFile b(second);
    QVERIFY(a.open(QIODevice::ReadOnly));
    QVERIFY(b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    QVERIFY(bytes.size() > 1000);
    QCOMPARE(bytes, b.readAll());
}

void TestAlsWriter::readsBackAsNormalized_data()
{
    addCases();
}

// What the writer writes is what a reader gets back: normalizedForWriting() says exactly what that
// is, and normalizing twice changes nothing.
void TestAlsWriter::readsBackAsNormalized()
{
    QFETCH(SchemaVersion, schema);
    QFETCH(QString, setName);
    const LiveSet set = makeSet(setName);
    const auto normalized = normalizedForWriting(set, schema);
    QVERIFY_RESULT(normalized);
    const auto twice = normalizedForWriting(*normalized, schema);
    QVERIFY_RESULT(twice);
    QVERIFY(*twice == *normalized);

    const QString path = m_dir.filePath(u"roundtrip.als"_s);
    QVERIFY_RESULT(writeLiveSet(set, path, WriteOptions{schema}));
    ReadOptions options;
    options.locateSamples = false;
    const auto back = readLiveSet(path, options);
    QVERIFY_RESULT(back);
    QCOMPARE(back->tracks.size(), normalized->tracks.size());
    for (qsizetype i = 0; i < back->tracks.size(); ++i)
        QVERIFY2(back->tracks.at(i) == normalized->tracks.at(i), qPrintable(back->tracks.at(i).name));
    QVERIFY(back->mainTrack == normalized->mainTrack);
    QVERIFY(back->scenes == normalized->scenes);
    QVERIFY(back->locators == normalized->locators);
    QVERIFY(*back == *normalized);
}

QTEST_GUILESS_MAIN(TestAlsWriter)
#include "tst_alswriter.moc"

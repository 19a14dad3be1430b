// SPDX-License-Identifier: GPL-3.0-or-later
// The writer's failures: a device or disk that fails, a path that cannot be written, and sets Live
// cannot hold. Each gives a clear error and leaves nothing half-written behind.
#include "als/alswriter.h"
#include "als/livevalues.h"
#include "testsupport.h"
#include "writertestdata.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <functional>

using namespace musiaia;
using namespace musiaia::als;
using namespace Qt::Literals::StringLiterals;

namespace {

// A device that takes `capacity` bytes and then fails, as a full disk does.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(QIODevice::WriteOnly);
    }
    qint64 accepted() const { return m_written; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (m_written + size > m_capacity) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_written += size;
        return size;
    }

private:
    qint64 m_capacity;
    qint64 m_written = 0;
};

Track midiTrack(const QString &name)
{
    Track track;
    track.type = Track::Type::Midi;
    track.name = name;
    return track;
}

Clip midiClip(double time, double length)
{
    Clip clip;
    clip.time = time;
    clip.length = length;
    clip.loop = ClipLoop{true, 0.0, length, 0.0};
    return clip;
}

} // namespace

using SetEdit = std::function<void(LiveSet &)>;
Q_DECLARE_METATYPE(SetEdit)

class TestAlsWriterErrors : public QObject
{
    Q_OBJECT

private slots:
    void failingDevice_data();
    void failingDevice();
    void unwritablePath();
    void failureLeavesTheOldFileAlone();
    void deviceNotOpen();
    void refusesWhatLiveCannotHold_data();
    void refusesWhatLiveCannotHold();
    void clampsValuesWithARange();
};

void TestAlsWriterErrors::failingDevice_data()
{
    QTest::addColumn<qint64>("capacity");
    QTest::addColumn<bool>("compress");
    QTest::newRow("nothing fits, gzip") << qint64(0) << true;
    QTest::newRow("header fits, gzip") << qint64(10) << true;
    QTest::newRow("fails mid-way, gzip") << qint64(3000) << true;
    QTest::newRow("fails mid-way, plain XML") << qint64(100000) << false;
}

void TestAlsWriterErrors::failingDevice()
{
    QFETCH(qint64, capacity);
    QFETCH(bool, compress);
    FailingDevice device(capacity);
    WriteOptions options;
    options.compress = compress;
    // The sample need not exist: writing a set only records where it is.
    const auto written = writeLiveSet(testsets::eightTrackSet(u"/samples/tone.wav"_s), &device, options);
    QVERIFY(!written);
    QCOMPARE(written.errorCode(), ErrorCode::Io);
    QVERIFY2(written.errorMessage().contains(u"No space left on device"_s), qPrintable(written.errorMessage()));
    QVERIFY(device.accepted() <= capacity);
}

void TestAlsWriterErrors::unwritablePath()
{
    QTemporaryDir dir;
    // A folder that cannot exist, because a file has its name: fails even for root.
    const QString blocker = dir.filePath(u"not-a-folder"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + u"/set.als"_s;
    const auto written = writeLiveSet(testsets::oneMidiClipSet(), path);
    QVERIFY(!written);
    QCOMPARE(written.errorCode(), ErrorCode::Io);
    QVERIFY2(written.errorMessage().contains(QDir::toNativeSeparators(path)), qPrintable(written.errorMessage()));
}

void TestAlsWriterErrors::failureLeavesTheOldFileAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"set.als"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("previous version");
    old.close();
    LiveSet broken = testsets::oneMidiClipSet();
    broken.tempo = qQNaN();
    const auto written = writeLiveSet(broken, path);
    QVERIFY(!written);
    QVERIFY2(written.errorMessage().contains(QDir::toNativeSeparators(path)), qPrintable(written.errorMessage()));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("previous version"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"set.als"_s});
}

void TestAlsWriterErrors::deviceNotOpen()
{
    QBuffer closed;
    const auto written = writeLiveSet(testsets::emptySet(), &closed);
    QVERIFY(!written);
    QCOMPARE(written.errorCode(), ErrorCode::InvalidArgument);
    QVERIFY(!writeLiveSet(testsets::emptySet(), static_cast<QIODevice *>(nullptr)));
}

void TestAlsWriterErrors::refusesWhatLiveCannotHold_data()
{
    QTest::addColumn<SetEdit>("edit");
    QTest::addColumn<QString>("message");
    QTest::newRow("tempo not a number") << SetEdit([](LiveSet &s) { s.tempo = qQNaN(); }) << u"tempo"_s;
    QTest::newRow("tempo too slow") << SetEdit([](LiveSet &s) { s.tempo = 5; }) << u"20 to 999"_s;
    QTest::newRow("time signature 4/3") << SetEdit([](LiveSet &s) { s.timeSignature = {4, 3}; }) << u"4/3"_s;
    QTest::newRow("key root 12") << SetEdit([](LiveSet &s) { s.scale = Scale{12, ScaleMode::Major}; }) << u"root"_s;
    QTest::newRow("overlapping clips") << SetEdit([](LiveSet &s) {
        s.tracks[0].arrangementClips.append(midiClip(8.0, 4.0));
    }) << u"overlaps"_s;
    QTest::newRow("member before its group") << SetEdit([](LiveSet &s) {
        Track member = midiTrack(u"Snare"_s);
        member.groupId = 7;
        Track group;
        group.type = Track::Type::Group;
        group.id = 7;
        s.tracks = {member, group};
    }) << u"“Snare” is in group 7"_s;
    QTest::newRow("group split by an outsider") << SetEdit([](LiveSet &s) {
        Track group;
        group.type = Track::Type::Group;
        group.id = 7;
        Track a = midiTrack(u"A"_s);
        a.groupId = 7;
        Track b = midiTrack(u"B"_s);
        b.groupId = 7;
        s.tracks = {group, a, midiTrack(u"Outsider"_s), b};
    }) << u"“B” is in group 7, but not right after"_s;
    QTest::newRow("return before a track") << SetEdit([](LiveSet &s) {
        Track ret;
        ret.type = Track::Type::Return;
        s.tracks.prepend(ret);
    }) << u"return tracks come last"_s;
    QTest::newRow("duplicate track ids") << SetEdit([](LiveSet &s) {
        s.tracks[0].id = 4;
        Track other = midiTrack(u"Other"_s);
        other.id = 4;
        s.tracks.append(other);
    }) << u"id 4"_s;
    QTest::newRow("session clip past the last scene") << SetEdit([](LiveSet &s) {
        s.tracks[0].sessionClips[8] = midiClip(0.0, 4.0);
    }) << u"scene 9, but the set has 8 scenes"_s;
    QTest::newRow("MIDI clip on an audio track") << SetEdit([](LiveSet &s) {
        s.tracks[0].type = Track::Type::Audio;
    }) << u"MIDI clip on an audio track"_s;
    QTest::newRow("clip on a return track") << SetEdit([](LiveSet &s) {
        s.tracks[0].type = Track::Type::Return;
    }) << u"cannot hold clips"_s;
    QTest::newRow("note pitch 128") << SetEdit([](LiveSet &s) {
        s.tracks[0].arrangementClips[0].notes[0].pitch = 128;
    }) << u"pitch 128"_s;
    QTest::newRow("note of no length") << SetEdit([](LiveSet &s) {
        s.tracks[0].arrangementClips[0].notes[0].duration = 0;
    }) << u"“Riff” on track “Lead”"_s;
    QTest::newRow("loop ending before it starts") << SetEdit([](LiveSet &s) {
        s.tracks[0].arrangementClips[0].loop.end = -1;
    }) << u"loop"_s;
    QTest::newRow("more sends than returns") << SetEdit([](LiveSet &s) { s.tracks[0].mixer.sends = {0.5}; })
                                            << u"1 sends, but the set has 0 return tracks"_s;
    QTest::newRow("audio clip without a sample") << SetEdit([](LiveSet &s) {
        s.tracks[0].type = Track::Type::Audio;
        s.tracks[0].arrangementClips[0].kind = Clip::Kind::Audio;
        s.tracks[0].arrangementClips[0].notes.clear();
    }) << u"no sample"_s;
}

void TestAlsWriterErrors::refusesWhatLiveCannotHold()
{
    QFETCH(SetEdit, edit);
    QFETCH(QString, message);
    LiveSet set = testsets::oneMidiClipSet();
    edit(set);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const auto written = writeLiveSet(set, &buffer);
    QVERIFY(!written);
    QCOMPARE(written.errorCode(), ErrorCode::InvalidArgument);
    QVERIFY2(written.errorMessage().contains(message), qPrintable(written.errorMessage()));
    QVERIFY(bytes.isEmpty());
}

void TestAlsWriterErrors::clampsValuesWithARange()
{
    LiveSet set = testsets::oneMidiClipSet();
    Track &track = set.tracks[0];
    track.color = 75;
    track.mixer.volume = 4.0;
    track.mixer.pan = -3.0;
    track.arrangementClips[0].notes[0].velocity = 300.0;
    track.arrangementClips[0].notes[1].probability = 2.0;
    const auto xml = liveSetXml(set, SchemaVersion::Live11);
    QVERIFY_RESULT(xml);
    QVERIFY(xml->contains("<Color Value=\"5\" />"));
    QVERIFY(xml->contains("<Manual Value=\"1.99526238\" />"));
    QVERIFY(xml->contains("<Manual Value=\"-1\" />"));
    QVERIFY(xml->contains("Velocity=\"127\""));
    QVERIFY(!xml->contains("Velocity=\"300\""));
    QVERIFY(!xml->contains("Probability=\"2\""));
}

QTEST_GUILESS_MAIN(TestAlsWriterErrors)
#include "tst_alswritererrors.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a set and reading it back gives the same set: the one normalizedForWriting() says the
// writer writes. Both schemas, compressed and plain.
#include "als/alsreader.h"
#include "als/alswriter.h"

#include "testsupport.h"
#include "writertestdata.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace musiaia;
using namespace musiaia::als;

namespace {

QString describe(const Clip &clip)
{
    return QStringLiteral("clip \"%1\" at %2").arg(clip.name).arg(clip.time);
}

// The first difference between two sets, in words; empty when they are equal. QCOMPARE on a whole
// LiveSet would only say "not the same".
QString firstDifference(const LiveSet &a, const LiveSet &b)
{
#define MUSIAIA_DIFF(what, x, y)                                                                   \
    if (!((x) == (y)))                                                                             \
        return QStringLiteral(what);
    MUSIAIA_DIFF("tempo", a.tempo, b.tempo)
    MUSIAIA_DIFF("time signature", a.timeSignature, b.timeSignature)
    MUSIAIA_DIFF("scale", a.scale, b.scale)
    MUSIAIA_DIFF("locators", a.locators, b.locators)
    MUSIAIA_DIFF("scenes", a.scenes, b.scenes)
    MUSIAIA_DIFF("main track", a.mainTrack, b.mainTrack)
    MUSIAIA_DIFF("origin", a.origin, b.origin)
    MUSIAIA_DIFF("track count", a.tracks.size(), b.tracks.size())
    for (qsizetype t = 0; t < a.tracks.size(); ++t) {
        const Track &x = a.tracks.at(t);
        const Track &y = b.tracks.at(t);
        const QString where = QStringLiteral("track %1 (%2): ").arg(t).arg(x.name);
        if (x.type != y.type || x.id != y.id || x.name != y.name || x.color != y.color || x.groupId != y.groupId)
            return where + QStringLiteral("type, id, name, colour or group");
        if (!(x.mixer == y.mixer))
            return where + QStringLiteral("mixer");
        if (!(x.devices == y.devices) || x.frozen != y.frozen)
            return where + QStringLiteral("devices or frozen");
        QList<Clip> xs = x.arrangementClips;
        QList<Clip> ys = y.arrangementClips;
        for (const auto &[scene, clip] : x.sessionClips)
            xs.append(clip);
        for (const auto &[scene, clip] : y.sessionClips)
            ys.append(clip);
        if (xs.size() != ys.size() || x.sessionClips.size() != y.sessionClips.size())
            return where + QStringLiteral("clip count");
        for (qsizetype c = 0; c < xs.size(); ++c) {
            const Clip &p = xs.at(c);
            const Clip &q = ys.at(c);
            const QString clipWhere = where + describe(p) + QStringLiteral(": ");
            if (p.kind != q.kind || p.name != q.name || p.color != q.color || p.time != q.time || p.length != q.length)
                return clipWhere + QStringLiteral("kind, name, colour, time or length");
            if (!(p.loop == q.loop))
                return clipWhere + QStringLiteral("loop");
            if (!(p.timeSignature == q.timeSignature))
                return clipWhere + QStringLiteral("time signature");
            if (!(p.notes == q.notes))
                return clipWhere + QStringLiteral("notes");
            if (p.audio.has_value() != q.audio.has_value())
                return clipWhere + QStringLiteral("audio");
            if (p.audio && !(p.audio->sample == q.audio->sample))
                return clipWhere + QStringLiteral("sample reference");
            if (p.audio && !(*p.audio == *q.audio))
                return clipWhere + QStringLiteral("audio settings");
        }
        if (!(x == y))
            return where + QStringLiteral("something else");
    }
#undef MUSIAIA_DIFF
    return a == b ? QString() : QStringLiteral("something else");
}

} // namespace

class TestAlsRoundTrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writeThenRead_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<int>("schema");
        QTest::addColumn<bool>("compress");
        for (const char *set : {"empty", "one MIDI clip", "eight tracks", "song"}) {
            for (const SchemaVersion schema : {SchemaVersion::Live11, SchemaVersion::Live12}) {
                for (const bool compress : {true, false}) {
                    QTest::addRow("%s, Live %d, %s", set, schema == SchemaVersion::Live11 ? 11 : 12,
                                  compress ? "gzip" : "plain")
                        << QString::fromLatin1(set) << int(schema) << compress;
                }
            }
        }
    }

    void writeThenRead()
    {
        QFETCH(QString, set);
        QFETCH(int, schema);
        QFETCH(bool, compress);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString wav = dir.filePath(QStringLiteral("loop.wav"));
        QVERIFY(testsets::writeTestWav(wav));

        LiveSet original;
        if (set == QLatin1String("empty"))
            original = testsets::emptySet();
        else if (set == QLatin1String("one MIDI clip"))
            original = testsets::oneMidiClipSet();
        else if (set == QLatin1String("eight tracks"))
            original = testsets::eightTrackSet(wav);
        else
            original = testsets::songSet(32);

        WriteOptions options;
        options.schema = SchemaVersion(schema);
        options.compress = compress;
        const QString path = dir.filePath(QStringLiteral("round trip.als"));
        QVERIFY_RESULT(writeLiveSet(original, path, options));

        Result<LiveSet> expected = normalizedForWriting(original, options.schema);
        QVERIFY_RESULT(expected);
        ReadOptions readOptions;
        readOptions.locateSamples = false;   // existsOnDisk is the reader's own finding; checked below
        const Result<LiveSet> read = readLiveSet(path, readOptions);
        QVERIFY_RESULT(read);
        const QString difference = firstDifference(*expected, *read);
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("read back differs in the ") + difference));
        QVERIFY(*expected == *read);
    }

    // The samples the writer points at are found by the reader, and not once they are gone.
    void samplesAreFound()
    {
        QTemporaryDir dir;
        const QString wav = dir.filePath(QStringLiteral("loop.wav"));
        QVERIFY(testsets::writeTestWav(wav));
        const QString path = dir.filePath(QStringLiteral("set.als"));
        QVERIFY_RESULT(writeLiveSet(testsets::eightTrackSet(wav), path));
        Result<LiveSet> read = readLiveSet(path);
        QVERIFY_RESULT(read);
        int audioClips = 0;
        for (const Track &track : read->tracks) {
            for (const Clip &clip : track.arrangementClips) {
                if (clip.audio) {
                    ++audioClips;
                    QVERIFY(clip.audio->sample.existsOnDisk);
                    QCOMPARE(locateSample(clip.audio->sample, path), QFileInfo(wav).absoluteFilePath());
                }
            }
        }
        QVERIFY(audioClips > 0);
        QVERIFY(QFile::remove(wav));
        read = readLiveSet(path);
        QVERIFY_RESULT(read);
        for (const Track &track : read->tracks) {
            for (const Clip &clip : track.arrangementClips) {
                if (clip.audio)
                    QVERIFY(!clip.audio->sample.existsOnDisk);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAlsRoundTrip)
#include "tst_alsroundtrip.moc"

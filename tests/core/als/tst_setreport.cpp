// SPDX-License-Identifier: GPL-3.0-or-later
#include "als/alsreader.h"
#include "als/setreport.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace musiaia;
using namespace musiaia::als;

namespace {

Device plugin(const QString &name, Device::Format format)
{
    Device device;
    device.className = format == Device::Format::AudioUnit ? QStringLiteral("AuPluginDevice") : QStringLiteral("PluginDevice");
    device.name = name;
    device.format = format;
    return device;
}

Clip audioClip(double time, double length, const QString &relativePath, const QString &absolutePath)
{
    Clip clip;
    clip.kind = Clip::Kind::Audio;
    clip.time = time;
    clip.length = length;
    AudioContent audio;
    audio.sample.relativePath = relativePath;
    audio.sample.absolutePath = absolutePath;
    clip.audio = audio;
    return clip;
}

// Group "Drums" {MIDI "Kick" with a rack holding a VST3, audio "Loop"}, audio "Vox", return "Verb".
LiveSet exampleSet(const QString &absoluteSample)
{
    LiveSet set;
    set.tempo = 128.0;
    set.timeSignature = {3, 4};
    set.scale = Scale{9, ScaleMode::Minor};
    set.locators = {{0.0, QStringLiteral("Intro")}, {24.0, QStringLiteral("Drop")}};
    set.scenes.resize(2);

    Track group;
    group.type = Track::Type::Group;
    group.id = 10;
    group.name = QStringLiteral("Drums");

    Track kick;
    kick.id = 11;
    kick.groupId = 10;
    kick.name = QStringLiteral("Kick");
    Device rack;
    rack.className = QStringLiteral("InstrumentGroupDevice");
    rack.name = QStringLiteral("Instrument Rack");
    rack.innerDevices = {plugin(QStringLiteral("Serum"), Device::Format::Vst3)};
    kick.devices = {rack, plugin(QStringLiteral("Pro-Q 3"), Device::Format::AudioUnit)};
    Clip pattern;
    pattern.time = 0.0;
    pattern.length = 16.0;
    pattern.notes = {MidiNote{36, 0.0, 0.5}, MidiNote{36, 1.0, 0.5}, MidiNote{36, 2.0, 0.5}};
    kick.arrangementClips = {pattern};
    Clip sessionPattern = pattern;
    sessionPattern.time = 0.0;
    kick.sessionClips.emplace(1, sessionPattern);

    Track loop;
    loop.type = Track::Type::Audio;
    loop.id = 12;
    loop.groupId = 10;
    loop.name = QStringLiteral("Loop");
    loop.arrangementClips = {audioClip(0.0, 8.0, QStringLiteral("Samples/Imported/loop.wav"), {}),
                             audioClip(8.0, 8.0, QStringLiteral("Samples/Imported/loop.wav"), {})};

    Track vox;
    vox.type = Track::Type::Audio;
    vox.id = 13;
    vox.name = QStringLiteral("Vox");
    vox.frozen = true;
    vox.devices = {plugin(QStringLiteral("Serum"), Device::Format::Vst3)};
    vox.arrangementClips = {audioClip(20.0, 10.0, QStringLiteral("../elsewhere/missing.wav"), QStringLiteral("/nowhere/missing.wav")),
                            audioClip(30.0, 4.0, {}, absoluteSample)};

    Track verb;
    verb.type = Track::Type::Return;
    verb.id = 2;
    verb.name = QStringLiteral("Verb");
    Device max;
    max.className = QStringLiteral("MxDeviceAudioEffect");
    max.name = QStringLiteral("Convolution Reverb Pro");
    max.format = Device::Format::MaxForLive;
    verb.devices = {max};

    set.tracks = {group, kick, loop, vox, verb};
    return set;
}

QStringList warningCodes(const SetReport &report)
{
    QStringList codes;
    for (const ReportWarning &warning : report.warnings)
        codes << warning.code;
    return codes;
}

} // namespace

class TestSetReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void bars_data()
    {
        QTest::addColumn<double>("beats");
        QTest::addColumn<int>("numerator");
        QTest::addColumn<int>("denominator");
        QTest::addColumn<int>("bars");
        QTest::newRow("empty") << 0.0 << 4 << 4 << 0;
        QTest::newRow("one bar") << 4.0 << 4 << 4 << 1;
        QTest::newRow("a bit more") << 4.25 << 4 << 4 << 2;
        QTest::newRow("3/4") << 12.0 << 3 << 4 << 4;
        QTest::newRow("6/8") << 12.0 << 6 << 8 << 4;
        QTest::newRow("7/8") << 7.0 << 7 << 8 << 2;
        QTest::newRow("nonsense signature") << 8.0 << 0 << 4 << 0;
    }

    void bars()
    {
        QFETCH(double, beats);
        QFETCH(int, numerator);
        QFETCH(int, denominator);
        QFETCH(int, bars);
        QCOMPARE(barsFor(beats, TimeSignature{numerator, denominator}), bars);
    }

    void figuresPluginsSamplesAndWarnings()
    {
        // A project as Live makes one, with the set in a subfolder: project-relative samples are
        // found from the project's root, the one next to "Ableton Project Info".
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("Song Project"));
        QVERIFY(QDir().mkpath(project + QStringLiteral("/Ableton Project Info")));
        QVERIFY(QDir().mkpath(project + QStringLiteral("/Samples/Imported")));
        QVERIFY(QDir().mkpath(project + QStringLiteral("/Backup")));
        QFile loop(project + QStringLiteral("/Samples/Imported/loop.wav"));
        QVERIFY(loop.open(QIODevice::WriteOnly));
        loop.write("RIFF");
        loop.close();
        const QString absoluteSample = dir.filePath(QStringLiteral("abs.wav"));
        QFile abs(absoluteSample);
        QVERIFY(abs.open(QIODevice::WriteOnly));
        abs.close();

        const LiveSet set = exampleSet(absoluteSample);
        const QString setPath = project + QStringLiteral("/Backup/Song.als");
        const SetReport report = buildSetReport(set, setPath);

        QCOMPARE(report.fileName, QStringLiteral("Song.als"));
        QCOMPARE(report.tracksByType[0], 1);
        QCOMPARE(report.tracksByType[1], 2);
        QCOMPARE(report.tracksByType[2], 1);
        QCOMPARE(report.tracksByType[3], 1);
        QCOMPARE(report.midiClipsArrangement, 1);
        QCOMPARE(report.midiClipsSession, 1);
        QCOMPARE(report.audioClipsArrangement, 4);
        QCOMPARE(report.notes, 6);
        QCOMPARE(report.devices, 4);
        QCOMPARE(report.arrangementBeats, 34.0);
        QCOMPARE(report.arrangementBars, 12);   // 34 beats of 3/4
        QCOMPARE(report.arrangementSeconds, 34.0 * 60.0 / 128.0);

        QCOMPARE(report.plugins.size(), 2);
        QCOMPARE(report.plugins.at(0).name, QStringLiteral("Serum"));
        QCOMPARE(report.plugins.at(0).format, Device::Format::Vst3);
        QCOMPARE(report.plugins.at(0).uses, 2);
        QCOMPARE(report.plugins.at(0).tracks, QStringList({QStringLiteral("Kick"), QStringLiteral("Vox")}));
        QCOMPARE(report.plugins.at(1).name, QStringLiteral("Pro-Q 3"));
        QCOMPARE(report.maxDevices, QStringList{QStringLiteral("Convolution Reverb Pro")});

        QCOMPARE(report.samples.size(), 3);
        QCOMPARE(report.samples.at(0).clips, 2);
        QCOMPARE(QFileInfo(report.samples.at(0).foundAt).canonicalFilePath(), QFileInfo(loop).canonicalFilePath());
        QVERIFY(report.samples.at(1).foundAt.isEmpty());
        QCOMPARE(report.samples.at(2).foundAt, absoluteSample);

        QCOMPARE(warningCodes(report), QStringList({QStringLiteral("missing-samples"), QStringLiteral("third-party-plugins"),
                                                     QStringLiteral("max-for-live"), QStringLiteral("frozen-tracks")}));
        QVERIFY(report.warnings.first().message.contains(QLatin1String("/nowhere/missing.wav")));

        const QString text = setReportText(report);
        QVERIFY(text.contains(QLatin1String("Tempo 128 BPM, 3/4, A Minor")));
        QVERIFY(text.contains(QLatin1String("12 bars")));
        QVERIFY(text.contains(QLatin1String("Serum (VST3), on Kick, Vox")));
        QVERIFY(text.contains(QLatin1String("missing  /nowhere/missing.wav  (1 clip)")));
        QVERIFY(text.contains(QLatin1String("    MIDI   Kick")));   // indented under its group
        QVERIFY(text.contains(QLatin1String("bar    9  Drop")));    // beat 24 in 3/4

        const QJsonObject json = setReportJson(report);
        QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("musiaia.analyze/1"));
        QCOMPARE(json.value(QLatin1String("key")).toObject().value(QLatin1String("rootName")).toString(), QStringLiteral("A"));
        QCOMPARE(json.value(QLatin1String("arrangement")).toObject().value(QLatin1String("lengthBars")).toInt(), 12);
        const QJsonArray tracks = json.value(QLatin1String("tracks")).toArray();
        QCOMPARE(tracks.size(), 5);
        QCOMPARE(tracks.at(1).toObject().value(QLatin1String("group")).toString(), QStringLiteral("Drums"));
        QCOMPARE(tracks.at(1).toObject().value(QLatin1String("devices")).toArray().at(0).toObject()
                     .value(QLatin1String("devices")).toArray().at(0).toObject().value(QLatin1String("format")).toString(),
                 QStringLiteral("vst3"));
        QCOMPARE(json.value(QLatin1String("warnings")).toArray().size(), 4);
        QCOMPARE(json.value(QLatin1String("samples")).toArray().at(1).toObject().value(QLatin1String("found")).toBool(), false);
    }

    void noKeyNoClips()
    {
        const SetReport report = buildSetReport(LiveSet{}, QStringLiteral("/tmp/empty.als"));
        QCOMPARE(report.arrangementBars, 0);
        QVERIFY(report.warnings.isEmpty());
        QVERIFY(setReportText(report).contains(QLatin1String("no key set")));
        QVERIFY(setReportJson(report).value(QLatin1String("key")).isNull());
    }

    void corpusSetsReport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("bars");
        QTest::addColumn<QStringList>("warnings");
        QTest::newRow("12.1 jam") << QStringLiteral("live12.1-jam.als") << 80
                                  << QStringList{QStringLiteral("missing-samples"), QStringLiteral("third-party-plugins")};
        QTest::newRow("12.0 tempo automation") << QStringLiteral("live12.0b-tempo-automation.als") << 0
                                               << QStringList{QStringLiteral("tempo-automation")};
        QTest::newRow("12.3 template") << QStringLiteral("live12.3-edm-template.als") << -1
                                       << QStringList{QStringLiteral("third-party-plugins"), QStringLiteral("max-for-live")};
        QTest::newRow("11.3 default") << QStringLiteral("live11.3-default-template.als") << 0 << QStringList{};
    }

    void corpusSetsReport()
    {
        MUSIAIA_REQUIRE_CORPUS();
        QFETCH(QString, file);
        QFETCH(int, bars);
        QFETCH(QStringList, warnings);
        const QString path = test::corpusDir() + QLatin1Char('/') + file;
        const Result<LiveSet> set = readLiveSet(path);
        QVERIFY_RESULT(set);
        const SetReport report = buildSetReport(*set, path);
        if (bars >= 0)
            QCOMPARE(report.arrangementBars, bars);
        QCOMPARE(warningCodes(report), warnings);
    }
};

QTEST_GUILESS_MAIN(TestSetReport)
#include "tst_setreport.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Live Project folders: layout, copied samples, names, existing projects, and failures that must
// leave nothing behind.
#include "als/alsreader.h"
#include "als/liveproject.h"
#include "gziptestutil.h"
#include "testsupport.h"
#include "writertestdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace musiaia;
using namespace musiaia::als;
using namespace Qt::Literals::StringLiterals;

namespace {

// Everything in `dir`, hidden entries included, as paths relative to it.
QStringList tree(const QString &dir)
{
    QStringList entries;
    QDir root(dir);
    const auto walk = [&](const auto &self, const QString &path) -> void {
        const auto infos = QDir(path).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &info : infos) {
            entries.append(root.relativeFilePath(info.filePath()) + (info.isDir() ? u"/"_s : QString()));
            if (info.isDir())
                self(self, info.filePath());
        }
    };
    walk(walk, dir);
    return entries;
}

Clip audioClip(const QString &path, double time)
{
    Clip clip;
    clip.kind = Clip::Kind::Audio;
    clip.name = QFileInfo(path).baseName();
    clip.time = time;
    clip.length = 4.0;
    clip.loop = ClipLoop{true, 0.0, 4.0, 0.0};
    AudioContent audio;
    audio.sample.absolutePath = path;
    audio.sample.frames = 22050;
    clip.audio = audio;
    return clip;
}

LiveSet audioSet(const QStringList &samples)
{
    LiveSet set;
    Track track;
    track.type = Track::Type::Audio;
    track.name = u"Loops"_s;
    for (int i = 0; i < samples.size(); ++i)
        track.arrangementClips.append(audioClip(samples.at(i), i * 4.0));
    set.tracks.append(track);
    return set;
}

} // namespace

class TestLiveProject : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void layoutAsLiveMakesIt_data();
    void layoutAsLiveMakesIt();
    void copiesEachSampleOnce();
    void keepsClashingNamesApart();
    void sanitizesNames_data();
    void sanitizesNames();
    void existingProject();
    void missingSampleLeavesNothing();
    void invalidSetLeavesNothing();
    void unwritableParent();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_wav;
};

void TestLiveProject::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(u"library/drums"_s));
    m_wav = m_dir->filePath(u"library/tone.wav"_s);
    QVERIFY(testsets::writeTestWav(m_wav));
}

void TestLiveProject::layoutAsLiveMakesIt_data()
{
    QTest::addColumn<SchemaVersion>("schema");
    QTest::newRow("Live 11") << SchemaVersion::Live11;
    QTest::newRow("Live 12") << SchemaVersion::Live12;
}

void TestLiveProject::layoutAsLiveMakesIt()
{
    QFETCH(SchemaVersion, schema);
    const QString parent = m_dir->filePath(u"out"_s); // created by the writer
    LiveProjectOptions options;
    options.write.schema = schema;
    const auto paths = writeLiveProject(testsets::eightTrackSet(m_wav), parent, u"Noche de House"_s, options);
    QVERIFY_RESULT(paths);
    const QString project = parent + u"/Noche de House Project"_s;
    QCOMPARE(paths->projectDir, project);
    QCOMPARE(paths->setPath, project + u"/Noche de House.als"_s);
    QCOMPARE(tree(parent), (QStringList{u"Noche de House Project/"_s, u"Noche de House Project/Ableton Project Info/"_s,
                                        u"Noche de House Project/Noche de House.als"_s,
                                        u"Noche de House Project/Samples/"_s,
                                        u"Noche de House Project/Samples/Imported/"_s,
                                        u"Noche de House Project/Samples/Imported/tone.wav"_s}));
    QFile original(m_wav);
    QFile copy(project + u"/Samples/Imported/tone.wav"_s);
    QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), original.readAll());
    QCOMPARE(QFileInfo(copy).lastModified().toSecsSinceEpoch(), QFileInfo(original).lastModified().toSecsSinceEpoch());

    const QByteArray xml = test::gunzipFile(paths->setPath);
    QVERIFY(xml.contains("<RelativePathType Value=\"3\" />"));
    QVERIFY(xml.contains("<RelativePath Value=\"Samples/Imported/tone.wav\" />"));
    QVERIFY(xml.contains(QByteArray("<Path Value=\"" + (project + u"/Samples/Imported/tone.wav"_s).toUtf8() + "\" />")));
    QVERIFY(xml.contains(QByteArray("<OriginalFileSize Value=\"" + QByteArray::number(QFileInfo(m_wav).size()) + "\" />")));

    // A reader finds the samples inside the project.
    const auto back = readLiveSet(paths->setPath);
    QVERIFY_RESULT(back);
    int audioClips = 0;
    for (const Track &track : back->tracks) {
        for (const Clip &clip : track.arrangementClips) {
            if (clip.audio) {
                ++audioClips;
                QVERIFY(clip.audio->sample.existsOnDisk);
            }
        }
    }
    QCOMPARE(audioClips, 1);

    if (!test::alsLintPath().isEmpty() && !test::corpusDir().isEmpty()) {
        const test::LintReport report = test::runAlsLint(paths->setPath);
        if (report.ran)
            QVERIFY2(report.exitCode == 0, qPrintable(report.output));
    }
}

void TestLiveProject::copiesEachSampleOnce()
{
    const auto paths = writeLiveProject(audioSet({m_wav, m_wav, m_dir->filePath(u"library/../library/tone.wav"_s)}),
                                        m_dir->path(), u"Once"_s);
    QVERIFY_RESULT(paths);
    QCOMPARE(paths->samples, QStringList{paths->projectDir + u"/Samples/Imported/tone.wav"_s});
    QCOMPARE(QDir(paths->projectDir + u"/Samples/Imported"_s).entryList(QDir::Files), QStringList{u"tone.wav"_s});
}

void TestLiveProject::keepsClashingNamesApart()
{
    // Two different sounds called kick.wav, and an identical copy of the first under a third folder.
    const QString kickA = m_dir->filePath(u"library/kick.wav"_s);
    const QString kickB = m_dir->filePath(u"library/drums/kick.wav"_s);
    const QString kickCopy = m_dir->filePath(u"library/drums/KICK.wav"_s);
    QVERIFY(testsets::writeTestWav(kickA, 0.25));
    QVERIFY(testsets::writeTestWav(kickB, 0.5));
    QVERIFY(QFile::copy(kickA, kickCopy));
    const auto paths = writeLiveProject(audioSet({kickA, kickB, kickCopy}), m_dir->path(), u"Kicks"_s);
    QVERIFY_RESULT(paths);
    QCOMPARE(QDir(paths->projectDir + u"/Samples/Imported"_s).entryList(QDir::Files),
             (QStringList{u"kick 2.wav"_s, u"kick.wav"_s}));
    const QByteArray xml = test::gunzipFile(paths->setPath);
    QCOMPARE(xml.count("<RelativePath Value=\"Samples/Imported/kick.wav\" />"), 2);
    QCOMPARE(xml.count("<RelativePath Value=\"Samples/Imported/kick 2.wav\" />"), 1);
}

void TestLiveProject::sanitizesNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("safe");
    QTest::newRow("plain") << u"Deep House 124"_s << u"Deep House 124"_s;
    QTest::newRow("accents kept") << u"Canción en La menor"_s << u"Canción en La menor"_s;
    QTest::newRow("separators") << u"AC/DC: Back\\in*Black?"_s << u"AC-DC- Back-in-Black-"_s;
    QTest::newRow("quotes and brackets") << u"\"Mix\" <v2> |final|"_s << u"-Mix- -v2- -final-"_s;
    QTest::newRow("control characters") << (u"a\x01"_s + u"b\tc"_s) << u"a-b-c"_s;
    QTest::newRow("dots and spaces at the ends") << u"  ..song..  "_s << u"song"_s;
    QTest::newRow("reserved on Windows") << u"con"_s << u"con_"_s;
    QTest::newRow("reserved with extension") << u"COM1.old"_s << u"COM1.old_"_s;
    QTest::newRow("not reserved") << u"Console"_s << u"Console"_s;
    QTest::newRow("empty") << QString() << u"Untitled"_s;
    QTest::newRow("only dots") << u"..."_s << u"Untitled"_s;
    QTest::newRow("too long") << QString(200, u'x') << QString(80, u'x');
}

void TestLiveProject::sanitizesNames()
{
    QFETCH(QString, name);
    QFETCH(QString, safe);
    QCOMPARE(sanitizeProjectName(name), safe);
}

void TestLiveProject::existingProject()
{
    const QString parent = m_dir->filePath(u"songs"_s);
    const auto first = writeLiveProject(testsets::oneMidiClipSet(), parent, u"Song"_s);
    QVERIFY_RESULT(first);

    const auto second = writeLiveProject(testsets::oneMidiClipSet(), parent, u"Song"_s);
    QVERIFY_RESULT(second);
    QCOMPARE(second->projectDir, parent + u"/Song 2 Project"_s);
    QCOMPARE(second->setPath, parent + u"/Song 2 Project/Song 2.als"_s);

    LiveProjectOptions failing;
    failing.ifExists = LiveProjectOptions::IfExists::Fail;
    const auto refused = writeLiveProject(testsets::oneMidiClipSet(), parent, u"Song"_s, failing);
    QVERIFY(!refused);
    QVERIFY(refused.errorMessage().contains(u"already exists"_s));

    QFile stray(first->projectDir + u"/stray.txt"_s);
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.close();
    LiveProjectOptions replacing;
    replacing.ifExists = LiveProjectOptions::IfExists::Replace;
    replacing.write.schema = SchemaVersion::Live12;
    const auto replaced = writeLiveProject(testsets::emptySet(), parent, u"Song"_s, replacing);
    QVERIFY_RESULT(replaced);
    QCOMPARE(replaced->projectDir, first->projectDir);
    QVERIFY(!QFileInfo::exists(stray.fileName()));
    QVERIFY(test::gunzipFile(replaced->setPath).contains("MinorVersion=\"12.0_12402\""));
    QCOMPARE(QDir(parent).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{u"Song 2 Project"_s, u"Song Project"_s}));
}

void TestLiveProject::missingSampleLeavesNothing()
{
    const QString parent = m_dir->filePath(u"out"_s);
    const QString missing = m_dir->filePath(u"library/gone.wav"_s);
    const auto paths = writeLiveProject(audioSet({m_wav, missing}), parent, u"Broken"_s);
    QVERIFY(!paths);
    QCOMPARE(paths.errorCode(), ErrorCode::NotFound);
    QVERIFY2(paths.errorMessage().contains(QDir::toNativeSeparators(missing)), qPrintable(paths.errorMessage()));
    QCOMPARE(tree(parent), QStringList());
}

void TestLiveProject::invalidSetLeavesNothing()
{
    LiveSet set = testsets::oneMidiClipSet();
    set.tempo = 0.0;
    const QString parent = m_dir->filePath(u"out"_s);
    const auto paths = writeLiveProject(set, parent, u"Broken"_s);
    QVERIFY(!paths);
    QCOMPARE(paths.errorCode(), ErrorCode::InvalidArgument);
    QCOMPARE(tree(parent), QStringList());
}

void TestLiveProject::unwritableParent()
{
    const QString file = m_dir->filePath(u"a-file"_s);
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto paths = writeLiveProject(testsets::oneMidiClipSet(), file + u"/inside"_s, u"Song"_s);
    QVERIFY(!paths);
    QCOMPARE(paths.errorCode(), ErrorCode::Io);
    QVERIFY2(paths.errorMessage().contains(QDir::toNativeSeparators(file)), qPrintable(paths.errorMessage()));
}

QTEST_GUILESS_MAIN(TestLiveProject)
#include "tst_liveproject.moc"

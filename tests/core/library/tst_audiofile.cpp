// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/audiofile.h"
#include "library/filetags.h"
#include "library/pitch.h"
#include "library/sampleanalysis.h"

#include "synthcorpus.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fileref.h>
#include <tfile.h>
#include <tpropertymap.h>

#include <atomic>
#include <cmath>
#include <numbers>
#include <thread>

using namespace musiaia;
using namespace musiaia::library;

namespace {

std::vector<float> sine(double hz, double seconds, double amplitude, int rate = 44100)
{
    std::vector<float> out(size_t(seconds * rate));
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = float(amplitude * std::sin(2 * std::numbers::pi * hz * double(i) / rate));
    return out;
}

QString valueOf(const QList<Evidence> &evidence, Field field, Source source)
{
    for (const Evidence &e : evidence) {
        if (e.field == field && e.source == source)
            return e.value;
    }
    return {};
}

} // namespace

class TestAudioFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_decode_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("bitDepth");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("rate");
        QTest::newRow("wav 16") << "wav" << "wav" << "pcm16" << 16 << 1 << 44100;
        QTest::newRow("wav 24 stereo 48k") << "wav24" << "wav" << "pcm24" << 24 << 2 << 48000;
        QTest::newRow("aiff") << "aiff" << "aif" << "pcm24" << 24 << 2 << 44100;
        QTest::newRow("flac") << "flac" << "flac" << "pcm16" << 16 << 1 << 44100;
        QTest::newRow("ogg") << "ogg" << "ogg" << "vorbis" << 0 << 2 << 44100;
        QTest::newRow("mp3") << "mp3" << "mp3" << "mp3" << 0 << 1 << 44100;
    }

    void formats_decode()
    {
        QFETCH(QString, format);
        QFETCH(QString, extension);
        QFETCH(QString, encoding);
        QFETCH(int, bitDepth);
        QFETCH(int, channels);
        QFETCH(int, rate);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tone.") + extension);
        QVERIFY(test::writeAudioFile(path, sine(440, 2.0, 0.5, rate), rate, format, channels));
        const DecodeResult decoded = decodeAudioFile(path);
        QVERIFY2(decoded.audio, qPrintable(decoded.message));
        const AudioFileInfo &info = decoded.audio->info;
        QCOMPARE(info.format, format.startsWith(QLatin1String("wav")) ? QStringLiteral("wav") : format);
        QCOMPARE(info.encoding, encoding);
        QCOMPARE(info.bitDepth, bitDepth);
        QCOMPARE(info.channels, channels);
        QCOMPARE(info.sampleRate, rate);
        // Lossy codecs add a little padding.
        QVERIFY2(std::abs(info.duration - 2.0) < 0.08, qPrintable(QString::number(info.duration)));
        QVERIFY(decoded.audio->mono.size() >= size_t(1.9 * rate));
        // A sine at half scale peaks at -6 dBFS; its loudness is close to -9 LUFS (mono) or -6 (two channels).
        QVERIFY2(std::abs(decoded.audio->peakDb + 6.0) < 0.5, qPrintable(QString::number(decoded.audio->peakDb)));
        QVERIFY(decoded.audio->loudness.has_value());
        const double expected = channels == 1 ? -9.0 : -6.0;
        QVERIFY2(std::abs(*decoded.audio->loudness - expected) < 1.5, qPrintable(QString::number(*decoded.audio->loudness)));
    }

    // The import decodes on several threads. Opening a broken file must not close a descriptor
    // another thread has just been given: libsndfile's sf_open_fd closes the descriptor it could
    // not open even when told not to, and the QFile that owned it then closed that number again.
    // Two threads, one decoding broken files, one decoding good ones: every good one decodes.
    void brokenFiles_doNotCloseWhatAnotherThreadOpened()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.wav"));
        QVERIFY(test::writeAudioFile(good, sine(440, 0.05, 0.5)));
        QStringList broken;
        for (const test::BrokenItem &item : test::writeBrokenFiles(dir.filePath(QStringLiteral("broken"))))
            broken << item.path;
        std::atomic_bool stop = false;
        std::thread breaker([&] {
            while (!stop)
                for (const QString &path : std::as_const(broken))
                    decodeAudioFile(path);
        });
        int failures = 0;
        QString lastMessage;
        for (int i = 0; i < 3000; ++i) {
            const DecodeResult decoded = decodeAudioFile(good);
            if (!decoded.audio) {
                ++failures;
                lastMessage = decoded.message;
            }
        }
        stop = true;
        breaker.join();
        QVERIFY2(failures == 0, qPrintable(QStringLiteral("%1 of 3000 decodes of a good file failed: %2").arg(failures).arg(lastMessage)));
    }

    void broken_areReportedNotCrashed()
    {
        QTemporaryDir dir;
        const QList<test::BrokenItem> items = test::writeBrokenFiles(dir.path());
        QVERIFY(items.size() >= 5);
        for (const test::BrokenItem &item : items) {
            const AnalysisOutcome outcome = analyseSample(item.path, {});
            QVERIFY2(!outcome.analysis, qPrintable(item.path));
            QCOMPARE(problemName(outcome.problem), item.problem);
            QVERIFY(!outcome.message.isEmpty());
        }
        const DecodeResult missing = decodeAudioFile(dir.filePath(QStringLiteral("nope.wav")));
        QCOMPARE(missing.problem, Problem::Unreadable);
    }

    void silence_isAnalysedQuietly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("silence.wav"));
        QVERIFY(test::writeAudioFile(path, std::vector<float>(44100, 0.0f)));
        const AnalysisOutcome outcome = analyseSample(path, {});
        QVERIFY(outcome.analysis);
        QVERIFY(!outcome.analysis->loudness.has_value());
        QCOMPARE(valueOf(outcome.analysis->evidence, Field::Type, Source::Analysis), QString());
    }

    // The pitch tracker halves 44.1 and 48 kHz sounds before YIN: notes from a sub bass to near its
    // 4.2 kHz limit still come out right at every common rate.
    void pitch_sineAtEveryRate_data()
    {
        QTest::addColumn<int>("sampleRate");
        QTest::addColumn<int>("midi");
        for (int rate : {22050, 44100, 48000, 96000}) {
            for (int midi : {28, 45, 69, 93, 103}) {   // E1 41 Hz .. G7 3.1 kHz
                QTest::addRow("%d Hz, note %d", rate, midi) << rate << midi;
            }
        }
    }
    void pitch_sineAtEveryRate()
    {
        QFETCH(int, sampleRate);
        QFETCH(int, midi);
        const double hz = 440.0 * std::pow(2.0, (midi - 69) / 12.0);
        std::vector<float> sine(static_cast<size_t>(sampleRate));   // one second
        for (size_t i = 0; i < sine.size(); ++i)
            sine[i] = float(0.5 * std::sin(2 * std::numbers::pi * hz * double(i) / sampleRate));
        const auto pitch = estimatePitch(sine, sampleRate);
        QVERIFY(pitch);
        QCOMPARE(pitch->midiNote, midi);
        // Within a quarter of a semitone (YIN's period is a few samples long near the top).
        QVERIFY2(std::abs(12 * std::log2(pitch->hz / hz)) < 0.25, qPrintable(QString::number(pitch->hz)));
        QVERIFY2(pitch->confidence > 0.9, qPrintable(QString::number(pitch->confidence)));
    }

    // A held chord has no beat for the analysis to hear. Cut to a whole number of bars at the
    // tempo its own name declares, it is a loop (a pad loop from a pack); otherwise a one-shot: a
    // folder's tempo describes many files, a "One Shots" folder says so, and a crash is long too.
    void heldChord_isALoopWhenItLastsWholeBarsAtItsNamedTempo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("folders");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("because");
        const double fourBarsAt124 = 4 * 240.0 / 124;
        QTest::newRow("4 bars at 124") << QStringLiteral("Warm Pad Am 124bpm") << QStringList() << fourBarsAt124 << loopKind()
                                       << QStringLiteral("4 bars at 124 BPM, the tempo of the file name");
        QTest::newRow("2 bars at 90") << QStringLiteral("Keys_90_Am") << QStringList() << 2 * 240.0 / 90 << loopKind() << QStringLiteral("2 bars at 90 BPM");
        QTest::newRow("not whole bars at 124") << QStringLiteral("Warm Pad Am 124bpm") << QStringList() << 7.0 << oneShotKind() << QString();
        QTest::newRow("no tempo named") << QStringLiteral("Warm Pad Am") << QStringList() << fourBarsAt124 << oneShotKind() << QString();
        QTest::newRow("the folder's tempo") << QStringLiteral("Warm Pad Am") << QStringList{QStringLiteral("Deep House 124 BPM")}
                                            << fourBarsAt124 << oneShotKind() << QString();
        QTest::newRow("in a one-shots folder") << QStringLiteral("Warm Pad Am 124bpm") << QStringList{QStringLiteral("One Shots")}
                                               << fourBarsAt124 << oneShotKind() << QString();
        QTest::newRow("named a crash") << QStringLiteral("Crash 124bpm") << QStringList() << fourBarsAt124 << oneShotKind() << QString();
    }

    void heldChord_isALoopWhenItLastsWholeBarsAtItsNamedTempo()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, folders);
        QFETCH(double, seconds);
        QFETCH(QString, kind);
        QFETCH(QString, because);
        QTemporaryDir dir;
        const QString path = dir.filePath(name + QStringLiteral(".wav"));
        std::vector<float> chord = sine(220.0, seconds, 0.25);   // A minor: A3 C4 E4, held
        for (const double hz : {261.63, 329.63}) {
            const std::vector<float> note = sine(hz, seconds, 0.25);
            for (size_t i = 0; i < chord.size(); ++i)
                chord[i] += note[i];
        }
        QVERIFY(test::writeAudioFile(path, chord));
        const AnalysisOutcome outcome = analyseSample(path, folders);
        QVERIFY(outcome.analysis);
        QCOMPARE(valueOf(outcome.analysis->evidence, Field::Kind, Source::Analysis), kind);
        for (const Evidence &e : outcome.analysis->evidence) {
            if (e.field == Field::Kind && e.source == Source::Analysis)
                QVERIFY2(e.detail.contains(because), qPrintable(e.detail));
        }
    }

    void tags_areReadAndTrusted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("untitled.wav"));
        QVERIFY(test::writeAudioFile(path, test::renderMusicLoop(126, 2, 6, true, 3)));
        {
            TagLib::FileRef file(QFile::encodeName(path).constData());
            QVERIFY(!file.isNull());
            TagLib::PropertyMap map;
            map.insert("BPM", TagLib::StringList("126"));
            map.insert("INITIALKEY", TagLib::StringList("F#m"));
            map.insert("GENRE", TagLib::StringList("Deep House"));
            map.insert("COMMENT", TagLib::StringList("from the pack"));
            file.file()->setProperties(map);
            QVERIFY(file.save());
        }
        const FileTags tags = readFileTags(path);
        QCOMPARE(tags.bpm, QStringLiteral("126"));
        QCOMPARE(tags.key, QStringLiteral("F#m"));
        QCOMPARE(tags.genre, QStringLiteral("Deep House"));
        // The file still decodes with its tag chunk, and the tags become evidence.
        const AnalysisOutcome outcome = analyseSample(path, {});
        QVERIFY2(outcome.analysis, qPrintable(outcome.message));
        QCOMPARE(valueOf(outcome.analysis->evidence, Field::Bpm, Source::Tag), QStringLiteral("126"));
        QCOMPARE(valueOf(outcome.analysis->evidence, Field::Key, Source::Tag), QStringLiteral("F#m"));
        QCOMPARE(valueOf(outcome.analysis->evidence, Field::Genre, Source::Tag), QStringLiteral("Deep House"));
        const auto bpm = resolveField(Field::Bpm, outcome.analysis->evidence);
        QVERIFY(bpm);
        QCOMPARE(bpm->value, QStringLiteral("126"));
        QCOMPARE(bpm->source, Source::Tag);
    }

    void tags_garbageIsIgnored()
    {
        FileTags tags;
        tags.bpm = QStringLiteral("fast");
        tags.key = QStringLiteral("H minor");
        QVERIFY(tagEvidence(tags).isEmpty());
        QVERIFY(readFileTags(QStringLiteral("/nonexistent.wav")).bpm.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAudioFile)
#include "tst_audiofile.moc"

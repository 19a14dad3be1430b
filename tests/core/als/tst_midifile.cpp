// SPDX-License-Identifier: GPL-3.0-or-later
// Standard MIDI Files: files built byte by byte here, as the spec lays them out, are read right;
// what the writer writes reads back the same; broken files get a clear error.
#include "als/midi/midifile.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace musiaia;
using namespace musiaia::als::midi;

namespace {

QByteArray be32(quint32 v)
{
    QByteArray b;
    b.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
    return b;
}

QByteArray header(int format, int tracks, int division)
{
    QByteArray b("MThd");
    b += be32(6);
    b.append(char(format >> 8)).append(char(format)).append(char(tracks >> 8)).append(char(tracks));
    b.append(char(division >> 8)).append(char(division));
    return b;
}

QByteArray chunk(const QByteArray &id, const QByteArray &body)
{
    return id + be32(quint32(body.size())) + body;
}

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray b;
    for (const int v : values)
        b.append(char(v));
    return b;
}

// Format 0, 96 ticks per quarter: a name, 140 BPM, 3/4, A minor, then on channel 1 a C (running
// status, closed by a note-on of velocity 0), an E closed by a note-off with off velocity 40, and
// on channel 10 a kick that is never closed; SysEx and a controller in between.
QByteArray typeZero()
{
    const QByteArray track = bytes({
        0x00, 0xff, 0x03, 0x04, 'S', 'o', 'n', 'g',                 // track name
        0x00, 0xff, 0x51, 0x03, 0x06, 0x8a, 0x1b,                   // 428571 us = 140.0 BPM
        0x00, 0xff, 0x58, 0x04, 0x03, 0x02, 0x18, 0x08,             // 3/4
        0x00, 0xff, 0x59, 0x02, 0x00, 0x01,                         // A minor
        0x00, 0xf0, 0x03, 0x43, 0x12, 0xf7,                         // SysEx
        0x00, 0x90, 0x3c, 0x64,                                     // C on, velocity 100
        0x30, 0x40, 0x50,                                           // running status: E on at 48
        0x30, 0x3c, 0x00,                                           // running status: C off at 96
        0x00, 0xb0, 0x07, 0x64,                                     // controller
        0x81, 0x00, 0x80, 0x40, 0x28,                               // E off at 224, off velocity 40
        0x00, 0x99, 0x24, 0x7f,                                     // kick on (channel 10) at 224
        0x60, 0xff, 0x2f, 0x00,                                     // end of track at 320
    });
    return header(0, 1, 96) + chunk("MTrk", track);
}

} // namespace

class TestMidiFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTypeZero()
    {
        const Result<File> file = parseMidiFile(typeZero(), QStringLiteral("song.mid"));
        QVERIFY_RESULT(file);
        QCOMPARE(file->format, 0);
        QCOMPARE(file->ticksPerQuarter, 96);
        QCOMPARE(file->tracks.size(), 1);
        const Track &track = file->tracks.first();
        QCOMPARE(track.name, QStringLiteral("Song"));
        QCOMPARE(track.endTick, 320);
        QCOMPARE(file->tempos.size(), 1);
        QVERIFY(qAbs(file->tempos.first().bpm - 140.0) < 0.001);
        QCOMPARE(file->timeSignatures.first(), (TimeSignatureChange{0, 3, 4}));
        QCOMPARE(file->keySignatures.first(), (KeySignatureChange{0, 0, true}));
        QCOMPARE(track.notes.size(), 3);
        QCOMPARE(track.notes.at(0), (Note{0, 96, 0, 60, 100, 64}));
        QCOMPARE(track.notes.at(1), (Note{48, 176, 0, 64, 80, 40}));
        QCOMPARE(track.notes.at(2), (Note{224, 96, 9, 36, 127, 64}));   // closed by the track's end
    }

    void readsTypeOneAndRiff()
    {
        const QByteArray conductor = bytes({0x00, 0xff, 0x51, 0x03, 0x07, 0xa1, 0x20, 0x00, 0xff, 0x2f, 0x00});
        const QByteArray bass = bytes({0x00, 0xff, 0x03, 0x04, 'B', 'a', 's', 's',
                                       0x00, 0x91, 0x28, 0x50, 0x83, 0x60, 0x81, 0x28, 0x00, 0x00, 0xff, 0x2f, 0x00});
        // Two notes of one pitch overlapping: the first off closes the first on.
        const QByteArray keys = bytes({0x00, 0x90, 0x3c, 0x40, 0x10, 0x90, 0x3c, 0x41, 0x10, 0x80, 0x3c, 0x00,
                                       0x10, 0x80, 0x3c, 0x00, 0x00, 0xff, 0x2f, 0x00});
        QByteArray smf = header(1, 3, 480) + chunk("MTrk", conductor) + chunk("XFIH", "alien chunk")
            + chunk("MTrk", bass) + chunk("MTrk", keys);
        QByteArray riff = QByteArray("RIFF") + be32(0) + "RMID" + "data";
        for (int shift = 0; shift < 32; shift += 8)
            riff.append(char(smf.size() >> shift));   // little-endian chunk length
        riff += smf;
        for (const QByteArray &data : {smf, riff}) {
            const Result<File> file = parseMidiFile(data);
            QVERIFY_RESULT(file);
            QCOMPARE(file->tracks.size(), 3);
            QVERIFY(qAbs(file->tempos.first().bpm - 120.0) < 0.001);
            QCOMPARE(file->tracks.at(1).name, QStringLiteral("Bass"));
            QCOMPARE(file->tracks.at(1).notes, QList<Note>({Note{0, 480, 1, 40, 80, 0}}));
            QCOMPARE(file->tracks.at(2).notes, QList<Note>({Note{0, 32, 0, 60, 64, 0}, Note{16, 32, 0, 60, 65, 0}}));
        }
    }

    void writeThenRead()
    {
        File file;
        file.ticksPerQuarter = 960;
        file.tempos = {{0, 124.0}, {3840, 128.0}};
        file.timeSignatures = {{0, 6, 8}};
        file.keySignatures = {{0, -3, true}};
        Track drums;
        drums.name = QStringLiteral("Drums ñ");
        for (int i = 0; i < 16; ++i)
            drums.notes.append(Note{i * 480, 240, 9, i % 2 ? 38 : 36, 90 + i, 64});
        drums.endTick = 7680;
        Track chords;
        chords.name = QStringLiteral("Chords");
        chords.instrument = QStringLiteral("Piano");
        chords.notes = {Note{0, 1920, 0, 57, 70, 0}, Note{0, 1920, 0, 60, 70, 0}, Note{0, 1920, 0, 64, 70, 0},
                        Note{1920, 1920, 0, 57, 71, 10}, Note{1920, 960, 0, 60, 72, 64}};
        chords.endTick = 3840;
        file.tracks = {drums, chords};

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.mid"));
        QVERIFY_RESULT(writeMidiFile(file, path));
        const Result<File> read = readMidiFile(path);
        QVERIFY_RESULT(read);
        QCOMPARE(read->format, 1);
        QCOMPARE(read->ticksPerQuarter, 960);
        QCOMPARE(read->tracks.size(), 3);   // the conductor track first
        QVERIFY(read->tracks.first().notes.isEmpty());
        QCOMPARE(read->tracks.at(1).name, drums.name);
        QCOMPARE(read->tracks.at(1).notes, drums.notes);
        QCOMPARE(read->tracks.at(2).instrument, QStringLiteral("Piano"));
        QCOMPARE(read->tracks.at(2).notes, chords.notes);
        QCOMPARE(read->timeSignatures, file.timeSignatures);
        QCOMPARE(read->keySignatures, file.keySignatures);
        QCOMPARE(read->tempos.size(), 2);
        QVERIFY(qAbs(read->tempos.at(1).bpm - 128.0) < 0.001);
        QCOMPARE(read->tempos.at(1).tick, 3840);
        QCOMPARE(midiFileBytes(file), midiFileBytes(file));   // deterministic
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        const QByteArray good = typeZero();
        const int corrupt = int(ErrorCode::Corrupt);
        QTest::newRow("empty") << QByteArray() << corrupt << QStringLiteral("is empty");
        QTest::newRow("not MIDI") << QByteArray("ID3\x03 an mp3 file, not MIDI") << corrupt << QStringLiteral("does not start with \"MThd\"");
        QTest::newRow("header only") << good.left(14) << corrupt << QStringLiteral("promises 1 tracks but it holds 0");
        QTest::newRow("short header") << good.left(10) << corrupt << QStringLiteral("not a Standard MIDI File");
        QTest::newRow("header length lies") << QByteArray("MThd") + be32(0x7fffffff) + good.mid(8) << corrupt
                                            << QStringLiteral("damaged header");
        QTest::newRow("format 2") << header(2, 1, 96) + good.mid(14) << int(ErrorCode::Unsupported)
                                  << QStringLiteral("format 2");
        QTest::newRow("format 7") << header(7, 1, 96) + good.mid(14) << corrupt << QStringLiteral("unknown format");
        QTest::newRow("SMPTE time") << header(0, 1, 0xe728) + good.mid(14) << int(ErrorCode::Unsupported)
                                    << QStringLiteral("SMPTE");
        QTest::newRow("zero division") << header(0, 1, 0) + good.mid(14) << corrupt << QStringLiteral("0 ticks");
        QTest::newRow("no tracks") << header(0, 0, 96) << corrupt << QStringLiteral("holds no tracks");
        QTest::newRow("truncated track") << good.left(good.size() - 10) << corrupt << QStringLiteral("cut short");
        QTest::newRow("missing tracks") << header(1, 3, 96) + good.mid(14) << corrupt << QStringLiteral("promises 3 tracks");
        QTest::newRow("event cut at track end")
            << header(0, 1, 96) + chunk("MTrk", bytes({0x00, 0x90, 0x3c})) << corrupt << QStringLiteral("middle of an event");
        QTest::newRow("meta longer than track")
            << header(0, 1, 96) + chunk("MTrk", bytes({0x00, 0xff, 0x03, 0x7f, 'x'})) << corrupt
            << QStringLiteral("middle of an event");
        QTest::newRow("endless delta") << header(0, 1, 96) + chunk("MTrk", bytes({0x81, 0x82, 0x83, 0x84, 0x05}))
                                       << corrupt << QStringLiteral("over 4 bytes");
        QTest::newRow("data without status") << header(0, 1, 96) + chunk("MTrk", bytes({0x00, 0x3c, 0x40}))
                                             << corrupt << QStringLiteral("data byte (0x3c)");
        QTest::newRow("status as data") << header(0, 1, 96) + chunk("MTrk", bytes({0x00, 0x90, 0x3c, 0x90}))
                                        << corrupt << QStringLiteral("status byte (0x90)");
        QTest::newRow("system message") << header(0, 1, 96) + chunk("MTrk", bytes({0x00, 0xf3, 0x01}))
                                        << corrupt << QStringLiteral("system message 0xf3");
        QByteArray garbage(5000, Qt::Uninitialized);
        for (qsizetype i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919 + 13) % 251);
        QTest::newRow("garbage track") << header(0, 1, 96) + chunk("MTrk", garbage) << corrupt << QStringLiteral("track 1");
    }

    void refused()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, code);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Broken Tune.mid"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
        out.close();
        const Result<File> file = readMidiFile(path);
        QVERIFY(!file);
        QCOMPARE(int(file.errorCode()), code);
        QVERIFY2(file.errorMessage().contains(QLatin1String("\"Broken Tune.mid\"")), qPrintable(file.errorMessage()));
        QVERIFY2(file.errorMessage().contains(says), qPrintable(file.errorMessage()));
    }

    // Cutting a good file anywhere gives an error or a shorter file, never a crash.
    void everyTruncation()
    {
        const QByteArray good = typeZero();
        for (qsizetype length = 0; length < good.size(); ++length)
            (void)parseMidiFile(good.left(length));
    }

    void missingFile()
    {
        const Result<File> file = readMidiFile(QStringLiteral("/nonexistent/tune.mid"));
        QCOMPARE(file.errorCode(), ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestMidiFile)
#include "tst_midifile.moc"

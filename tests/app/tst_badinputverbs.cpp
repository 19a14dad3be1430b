// SPDX-License-Identifier: GPL-3.0-or-later
// The bad-input matrix of the Live Set verbs, through the real program: every broken or hostile
// file gets a message on stderr that names it and says what is wrong, exit status 1, nothing on
// stdout and nothing written; never a crash (runApp reports -1) or a hang (runApp gives up after a
// minute, which also reads as -1).
#include "als/alsreader.h"
#include "als/midi/midifile.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using musiaia::test::runApp;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray setXml(const QByteArray &minorVersion = "11.0_11300", const QByteArray &body = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Ableton MajorVersion=\"5\" MinorVersion=\"" + minorVersion
        + "\" Creator=\"Ableton Live 11.3.21\" Revision=\"x\">\n\t<LiveSet>\n\t\t<Tracks />\n"
          "\t\t<MasterTrack><DeviceChain><Mixer><Tempo><Manual Value=\"120\" /></Tempo></Mixer></DeviceChain>"
          "</MasterTrack>\n"
        + body + "\t</LiveSet>\n</Ableton>\n";
}

// A whole gzip stream of `data`, made with zlib directly so that broken copies can be made of it.
QByteArray gzip(const QByteArray &data)
{
    z_stream zs{};
    if (deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))) + 64, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

const QByteArray entityBomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE Ableton [\n <!ENTITY a \"aaaaaaaaaa\">\n"
                              " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
                              " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
                              " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
                              " <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
                              " <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
                              " <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
                              " <!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n]>\n"
                              "<Ableton MajorVersion=\"5\" MinorVersion=\"11.0_11300\" Creator=\"&h;\"><LiveSet /></Ableton>\n";

QByteArray flipByte(QByteArray data, qsizetype at)
{
    data[at] = char(data.at(at) ^ 0x5a);
    return data;
}

QByteArray bigEndian(quint32 value, int bytes)
{
    QByteArray out;
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8)
        out.append(char((value >> shift) & 0xff));
    return out;
}

QByteArray midiHeader(int format, int tracks, int division)
{
    return "MThd" + bigEndian(6, 4) + bigEndian(quint32(format), 2) + bigEndian(quint32(tracks), 2)
        + bigEndian(quint32(division), 2);
}

QByteArray midiTrack(const QByteArray &events)
{
    return "MTrk" + bigEndian(quint32(events.size()), 4) + events;
}

const QByteArray oneNote = QByteArray::fromHex("00903c64" "8360803c40" "00ff2f00");

} // namespace

class TestBadInputVerbs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Sets that analyze and export-midi both refuse. `says` is part of the message.
    void liveSet_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        const QByteArray set = setXml();
        const QByteArray gzipped = gzip(set);
        const struct
        {
            const char *name;
            QByteArray content;
            QString says;
        } rows[] = {
            {"empty file", QByteArray(), QStringLiteral("is empty")},
            {"not gzip", QByteArray("PK\x03\x04 a zip file, say", 22), QStringLiteral("neither gzip-compressed nor XML")},
            {"truncated gzip", gzipped.left(gzipped.size() / 2), QStringLiteral("cut short (the file is truncated)")},
            // Byte 10 starts the deflate data: 0xff is a final block of the reserved type 3.
            {"damaged deflate data", QByteArray(gzipped).replace(10, 1, "\xff"), QStringLiteral("is damaged")},
            // The XML inflates whole; the gzip trailer's CRC does not match it.
            {"damaged gzip CRC", flipByte(gzipped, gzipped.size() - 8), QStringLiteral("is damaged")},
            {"not XML", gzip("<<< this is not XML >>>"), QStringLiteral("malformed")},
            {"XML, not a Live set", gzip("<?xml version=\"1.0\"?><html><body /></html>"),
             QStringLiteral("root element is <html>")},
            {"Ableton without a LiveSet",
             QByteArray("<Ableton MajorVersion=\"5\" MinorVersion=\"11.0_11300\"><Other /></Ableton>"),
             QStringLiteral("holds no <LiveSet>")},
            {"entity bomb", gzip(entityBomb), QStringLiteral("entity bomb")},
            {"external entity",
             QByteArray("<!DOCTYPE Ableton [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        "<Ableton MajorVersion=\"5\" MinorVersion=\"11.0_11300\" Creator=\"&x;\"><LiveSet /></Ableton>"),
             QStringLiteral("DTD")},
            {"newer Live", gzip(setXml("13.0_13001")), QStringLiteral("made with a newer Live")},
            {"older Live", gzip(QByteArray(setXml("8.1_226")).replace("MajorVersion=\"5\"", "MajorVersion=\"4\"")),
             QStringLiteral("older than Live 9")},
            {"XML cut short", set.left(set.size() - 30), QStringLiteral("cut short")},
        };
        for (const QString &verb : {QStringLiteral("analyze"), QStringLiteral("export-midi")}) {
            for (const auto &row : rows)
                QTest::addRow("%s: %s", qPrintable(verb), row.name) << verb << row.content << row.says;
        }
    }

    void liveSet()
    {
        QFETCH(QString, verb);
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Bad Song.als"));
        QVERIFY(writeFile(path, content));
        expectRefusal(verb, path, QStringLiteral("\"Bad Song.als\""), says, dir);
    }

    // A decompressed size over the 512 MB cap is refused by the reader's own test
    // (tst_alsreader_badinput, with a small cap): through the program it takes 512 MB of inflating
    // and tokenising, over a minute of a debug build on a loaded machine, too slow for this suite.

    // MIDI files that import-midi refuses, without creating a project folder.
    void midiFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        const QByteArray good = midiHeader(1, 1, 480) + midiTrack(oneNote);
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("is empty");
        QTest::newRow("not MIDI") << QByteArray("hello, world, this is text") << QStringLiteral("is not a Standard MIDI File");
        QTest::newRow("a Live set") << gzip(setXml()) << QStringLiteral("is not a Standard MIDI File");
        QTest::newRow("truncated header") << good.left(10) << QStringLiteral("is not a Standard MIDI File");
        QTest::newRow("damaged header length")
            << QByteArray(good).replace(4, 4, bigEndian(0x7fffffff, 4)) << QStringLiteral("damaged header");
        QTest::newRow("truncated track") << good.left(good.size() - 5) << QStringLiteral("is cut short");
        QTest::newRow("missing tracks") << midiHeader(1, 3, 480) + midiTrack(oneNote)
                                        << QStringLiteral("promises 3 tracks but it holds 1");
        QTest::newRow("event without a status")
            << midiHeader(0, 1, 480) + midiTrack(QByteArray::fromHex("003c64" "00ff2f00"))
            << QStringLiteral("stands where an event should start");
        QTest::newRow("endless variable-length number")
            << midiHeader(0, 1, 480) + midiTrack(QByteArray::fromHex("ffffffff7f903c64" "00ff2f00"))
            << QStringLiteral("runs over 4 bytes");
        QTest::newRow("meta event past the track's end")
            << midiHeader(0, 1, 480) + midiTrack(QByteArray::fromHex("00ff037f4142")) << QStringLiteral("is damaged");
        QTest::newRow("format 2") << midiHeader(2, 1, 480) + midiTrack(oneNote) << QStringLiteral("format 2");
        QTest::newRow("unknown format") << midiHeader(7, 1, 480) + midiTrack(oneNote)
                                        << QStringLiteral("unknown format (7)");
        QTest::newRow("SMPTE time") << midiHeader(1, 1, 0xe728) + midiTrack(oneNote) << QStringLiteral("SMPTE");
        QTest::newRow("zero ticks per quarter") << midiHeader(1, 1, 0) + midiTrack(oneNote)
                                                << QStringLiteral("0 ticks per quarter");
        QTest::newRow("no notes") << midiHeader(1, 1, 480) + midiTrack(QByteArray::fromHex("00ff2f00"))
                                  << QStringLiteral("holds no notes");
    }

    void midiFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Bad Tune.mid"));
        QVERIFY(writeFile(path, content));
        expectRefusal(QStringLiteral("import-midi"), path, QStringLiteral("\"Bad Tune.mid\""), says, dir);
    }

    // Over 64 MB is not a MIDI file: refused before it is read into memory (a sparse file here).
    void midiFile_tooLarge()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Huge.mid"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(midiHeader(1, 1, 480)) > 0);
        QVERIFY(file.resize((64LL << 20) + 1));
        file.close();
        expectRefusal(QStringLiteral("import-midi"), path, QStringLiteral("\"Huge.mid\""), QStringLiteral("too large"), dir);
    }

private:
    // Runs `verb` on `path` and checks the refusal; the verb's output goes inside `dir`, which must
    // hold nothing but the input afterwards.
    static void expectRefusal(const QString &verb, const QString &path, const QString &quotedName,
                              const QString &says, const QTemporaryDir &dir)
    {
        QStringList arguments{verb, path};
        if (verb == QLatin1String("export-midi"))
            arguments << dir.filePath(QStringLiteral("out.mid"));
        else if (verb == QLatin1String("import-midi"))
            arguments << QStringLiteral("-o") << dir.path();
        const auto result = runApp(arguments);
        QVERIFY2(result.exitCode != -1, "crashed or hung");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
        QVERIFY2(result.err.contains(quotedName), qPrintable(result.err));
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QFileInfo(path).fileName()});
    }
};

QTEST_GUILESS_MAIN(TestBadInputVerbs)
#include "tst_badinputverbs.moc"

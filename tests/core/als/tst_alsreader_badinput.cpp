// SPDX-License-Identifier: GPL-3.0-or-later
// Broken and hostile files: each gets a clear error that names the file, never a crash or a hang.
#include "als/alsreader.h"

#include "gziptestutil.h"
#include "testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace musiaia;
using namespace musiaia::als;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray setXml(const QByteArray &major = "5", const QByteArray &minor = "11.0_11300",
                  const QByteArray &body = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Ableton MajorVersion=\"" + major + "\" MinorVersion=\"" + minor
        + "\" Creator=\"Ableton Live Test\" Revision=\"0\">\n"
          "\t<LiveSet>\n\t\t<Tracks />\n"
          "\t\t<MasterTrack><DeviceChain><Mixer><Tempo><Manual Value=\"128\" /></Tempo></Mixer></DeviceChain></MasterTrack>\n"
        + body + "\t</LiveSet>\n</Ableton>\n";
}

// A set whose XML is about `bytes` long: whitespace-padded annotations, as a big set would be.
QByteArray largeSetXml(int bytes)
{
    QByteArray padding;
    padding.reserve(bytes);
    while (padding.size() < bytes)
        padding += "\t\t<Annotation Value=\"\" />\n";
    return setXml("5", "11.0_11300", padding);
}

const QByteArray billionLaughs = "<?xml version=\"1.0\"?>\n"
                                 "<!DOCTYPE Ableton [\n"
                                 " <!ENTITY lol \"lol\">\n"
                                 " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                                 " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
                                 " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                                 " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
                                 " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
                                 " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
                                 " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
                                 " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
                                 " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
                                 "]>\n"
                                 "<Ableton MajorVersion=\"5\" MinorVersion=\"11.0_11300\" Creator=\"&lol9;\">"
                                 "<LiveSet /></Ableton>\n";

const QByteArray externalEntity = "<?xml version=\"1.0\"?>\n"
                                  "<!DOCTYPE Ableton [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                                  "<Ableton MajorVersion=\"5\" MinorVersion=\"11.0_11300\" Creator=\"&secret;\">"
                                  "<LiveSet /></Ableton>\n";

} // namespace

class TestAlsReaderBadInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");

        const qint64 cap = 512LL << 20;
        const QByteArray good = setXml();
        const QByteArray packed = test::gzip(good);
        QTest::newRow("empty file") << QByteArray() << cap << int(ErrorCode::Corrupt) << u"is empty"_s;
        QTest::newRow("not gzip, not XML") << QByteArray("PK\x03\x04 a zip archive, not a set") << cap
                                           << int(ErrorCode::Corrupt) << u"neither gzip-compressed nor XML"_s;
        QTest::newRow("plain text") << QByteArray("Tempo: 120\n") << cap << int(ErrorCode::Corrupt)
                                    << u"neither gzip-compressed nor XML"_s;
        QTest::newRow("truncated gzip") << packed.left(packed.size() / 2) << cap << int(ErrorCode::Corrupt)
                                        << u"truncated"_s;
        QByteArray damaged = packed;
        for (qsizetype i = 15; i < damaged.size() - 10; i += 13)
            damaged[i] = char(damaged.at(i) ^ 0x5a);
        QTest::newRow("damaged gzip") << damaged << cap << int(ErrorCode::Corrupt) << u"damaged"_s;
        // The XML inflates whole and closes; only the gzip trailer's CRC-32 says the data is wrong.
        QByteArray badCrc = packed;
        badCrc[badCrc.size() - 8] = char(badCrc.at(badCrc.size() - 8) ^ 0x5a);
        QTest::newRow("gzip CRC mismatch") << badCrc << cap << int(ErrorCode::Corrupt) << u"damaged"_s;
        QByteArray badLength = packed;
        badLength[badLength.size() - 1] = char(badLength.at(badLength.size() - 1) ^ 0x01);
        QTest::newRow("gzip length mismatch") << badLength << cap << int(ErrorCode::Corrupt) << u"damaged"_s;
        QTest::newRow("gzip of text, not XML") << test::gzip("just some words\n") << cap << int(ErrorCode::Corrupt)
                                               << u"malformed"_s;
        QTest::newRow("gzip of binary") << test::gzip(QByteArray(4096, '\x01')) << cap << int(ErrorCode::Corrupt)
                                        << u"malformed"_s;
        QTest::newRow("malformed XML") << QByteArray("<Ableton MajorVersion=\"5\" MinorVersion=\"11.0_1\"><LiveSet></Ableton>")
                                       << cap << int(ErrorCode::Corrupt) << u"malformed"_s;
        QTest::newRow("XML cut short") << good.left(good.size() - 30) << cap << int(ErrorCode::Corrupt)
                                       << u"cut short"_s;
        QTest::newRow("XML, not a set") << QByteArray("<?xml version=\"1.0\"?><html><body>hi</body></html>") << cap
                                        << int(ErrorCode::Corrupt) << u"root element is <html>"_s;
        QTest::newRow("Ableton without LiveSet")
            << QByteArray("<Ableton MajorVersion=\"5\" MinorVersion=\"11.0_11300\"><Other /></Ableton>") << cap
            << int(ErrorCode::Corrupt) << u"holds no <LiveSet>"_s;
        QTest::newRow("no version") << QByteArray("<Ableton><LiveSet /></Ableton>") << cap << int(ErrorCode::Corrupt)
                                    << u"no valid MajorVersion"_s;
        QTest::newRow("DTD") << QByteArray("<!DOCTYPE Ableton><Ableton MajorVersion=\"5\" MinorVersion=\"11.0_1\"><LiveSet /></Ableton>")
                             << cap << int(ErrorCode::Corrupt) << u"DTD"_s;
        QTest::newRow("entity bomb") << billionLaughs << cap << int(ErrorCode::Corrupt) << u"entity bomb"_s;
        QTest::newRow("entity bomb, gzip") << test::gzip(billionLaughs) << cap << int(ErrorCode::Corrupt)
                                           << u"entity bomb"_s;
        QTest::newRow("external entity") << externalEntity << cap << int(ErrorCode::Corrupt) << u"DTD"_s;
        QTest::newRow("undeclared entity")
            << QByteArray("<Ableton MajorVersion=\"5\" MinorVersion=\"11.0_1\" Creator=\"&x;\"><LiveSet /></Ableton>")
            << cap << int(ErrorCode::Corrupt) << u"malformed"_s;
        QTest::newRow("over the size cap, gzip") << test::gzip(largeSetXml(400000)) << qint64(100000)
                                                 << int(ErrorCode::TooLarge) << u"more than"_s;
        QTest::newRow("over the size cap, plain") << largeSetXml(400000) << qint64(100000) << int(ErrorCode::TooLarge)
                                                  << u"too large"_s;
        QTest::newRow("gzip bomb") << test::gzip(largeSetXml(32 << 20), 9) << qint64(1 << 20)
                                   << int(ErrorCode::TooLarge) << u"too large"_s;
        QTest::newRow("newer Live line") << test::gzip(setXml("5", "13.0_13001")) << cap << int(ErrorCode::Unsupported)
                                         << u"made with a newer Live"_s;
        QTest::newRow("newer major version") << test::gzip(setXml("6", "12.0_12402")) << cap
                                             << int(ErrorCode::Unsupported) << u"made with a newer Live"_s;
        QTest::newRow("Live 8") << test::gzip(setXml("4", "8.1_226")) << cap << int(ErrorCode::Unsupported)
                                << u"older than Live 9"_s;
        QTest::newRow("garbage version") << test::gzip(setXml("five", "eleven")) << cap << int(ErrorCode::Corrupt)
                                         << u"no valid MajorVersion"_s;
    }

    void refused()
    {
        QFETCH(QByteArray, content);
        QFETCH(qint64, cap);
        QFETCH(int, code);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("Broken Song.als"));
        QVERIFY(test::writeFile(path, content));
        ReadOptions options;
        options.maxXmlBytes = cap;
        const Result<LiveSet> set = readLiveSet(path, options);
        QVERIFY2(!set, "a broken file was read as a set");
        QCOMPARE(int(set.errorCode()), code);
        QVERIFY2(set.errorMessage().contains(QLatin1String("\"Broken Song.als\"")), qPrintable(set.errorMessage()));
        QVERIFY2(set.errorMessage().contains(says), qPrintable(set.errorMessage()));
    }

    void acceptsTheMinimalSet_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("gzip") << test::gzip(setXml());
        QTest::newRow("plain XML") << setXml();
        QTest::newRow("plain XML with BOM") << QByteArray("\xEF\xBB\xBF") + setXml();
        QTest::newRow("Live 9 header") << test::gzip(setXml("4", "9.5_327"));
        QTest::newRow("a newer Live 12 build") << test::gzip(setXml("5", "12.0_12999"));
    }

    void acceptsTheMinimalSet()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ok.als"));
        QVERIFY(test::writeFile(path, content));
        const Result<LiveSet> set = readLiveSet(path);
        QVERIFY_RESULT(set);
        QCOMPARE(set->tempo, 128.0);
        QCOMPARE(set->origin.creator, QStringLiteral("Ableton Live Test"));
    }

    void missingAndFolder()
    {
        QTemporaryDir dir;
        Result<LiveSet> set = readLiveSet(dir.filePath(QStringLiteral("nowhere.als")));
        QCOMPARE(set.errorCode(), ErrorCode::NotFound);
        QVERIFY(set.errorMessage().contains(QLatin1String("\"nowhere.als\"")));
        set = readLiveSet(dir.path());
        QCOMPARE(set.errorCode(), ErrorCode::InvalidArgument);
    }

    // Broken copies of real sets: cut, damaged, or relabelled as a newer Live.
    void brokenCorpusSets_data()
    {
        QTest::addColumn<QString>("corpusFile");
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("code");
        for (const char *file : {"live12.4-template.als", "live11.2-midi-drumrack.als", "live9.7-clyphx.als"}) {
            for (const char *damage : {"cut gzip", "cut xml", "flip bytes", "newer live", "dtd"}) {
                const int code = qstrcmp(damage, "newer live") == 0 ? int(ErrorCode::Unsupported)
                                                                     : int(ErrorCode::Corrupt);
                QTest::addRow("%s, %s", file, damage) << QString::fromLatin1(file) << QString::fromLatin1(damage) << code;
            }
        }
    }

    void brokenCorpusSets()
    {
        MUSIAIA_REQUIRE_CORPUS();
        QFETCH(QString, corpusFile);
        QFETCH(QString, damage);
        QFETCH(int, code);
        const QString source = test::corpusDir() + QLatin1Char('/') + corpusFile;
        QFile file(source);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        if (damage == QLatin1String("cut gzip")) {
            bytes.truncate(bytes.size() * 2 / 3);
        } else if (damage == QLatin1String("flip bytes")) {
            for (qsizetype i = bytes.size() / 3; i < bytes.size(); i += 1009)
                bytes[i] = char(~bytes.at(i));
        } else {
            QByteArray xml = test::gunzipFile(source);
            QVERIFY(!xml.isEmpty());
            if (damage == QLatin1String("cut xml")) {
                xml.truncate(xml.size() / 2);
            } else if (damage == QLatin1String("newer live")) {
                const qsizetype at = xml.indexOf("MinorVersion=\"") + 14;
                QVERIFY(at > 14);
                xml.replace(at, xml.indexOf('.', at) - at, "14");
            } else {
                xml.insert(xml.indexOf("<Ableton"), "<!DOCTYPE Ableton [<!ENTITY x \"y\">]>\n");
            }
            bytes = test::gzip(xml);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(corpusFile);
        QVERIFY(test::writeFile(path, bytes));
        const Result<LiveSet> set = readLiveSet(path);
        QVERIFY(!set);
        QCOMPARE(int(set.errorCode()), code);
        QVERIFY2(set.errorMessage().contains(corpusFile), qPrintable(set.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestAlsReaderBadInput)
#include "tst_alsreader_badinput.moc"

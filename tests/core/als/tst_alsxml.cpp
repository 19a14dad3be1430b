// SPDX-License-Identifier: GPL-3.0-or-later
// Live's XML conventions in the writer: numbers, text, the " />" style, the gzip container, and
// output that does not depend on the locale.
#include "als/alswriter.h"
#include "als/gzipwritedevice.h"
#include "als/writer/xmlout.h"
#include "gziptestutil.h"
#include "testsupport.h"
#include "writertestdata.h"

#include <QBuffer>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <clocale>

using namespace musiaia;
using namespace musiaia::als;
using namespace Qt::Literals::StringLiterals;

class TestAlsXml : public QObject
{
    Q_OBJECT

private slots:
    void formatsNumbersAtFullPrecision_data();
    void formatsNumbersAtFullPrecision();
    void numbersReadBackExactly();
    void stripsWhatXmlCannotCarry_data();
    void stripsWhatXmlCannotCarry();
    void spacesEveryEmptyTag();
    void documentLooksLikeLives_data();
    void documentLooksLikeLives();
    void namesSurviveEscaping();
    void gzipHeaderIsLives();
    void gzipHoldsTheXml();
    void gzipHandlesLargeWrites();
    void sameBytesUnderACommaLocale();
};

void TestAlsXml::formatsNumbersAtFullPrecision_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << u"0"_s;
    QTest::newRow("negative zero") << -0.0 << u"0"_s;
    QTest::newRow("integer") << 120.0 << u"120"_s;
    QTest::newRow("envelope start") << -63072000.0 << u"-63072000"_s;
    QTest::newRow("silent gain") << 0.0003162277571 << u"0.0003162277571"_s;
    QTest::newRow("fader top") << 1.99526238 << u"1.99526238"_s;
    QTest::newRow("a third") << 1.0 / 3.0 << u"0.3333333333333333"_s;
    QTest::newRow("tiny, no exponent") << 1e-7 << u"0.0000001"_s;
    QTest::newRow("huge, no exponent") << 1e21 << u"1000000000000000000000"_s;
    QTest::newRow("not a number") << qQNaN() << u"0"_s;
    QTest::newRow("infinity") << qInf() << u"0"_s;
}

void TestAlsXml::formatsNumbersAtFullPrecision()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(writer::formatNumber(value), text);
}

void TestAlsXml::numbersReadBackExactly()
{
    for (const double value : {0.1, 2.0 / 3.0, 126.49999999999999, 0.0197368421052631568, 1e-300, -4.5e15}) {
        bool ok = false;
        QCOMPARE(writer::formatNumber(value).toDouble(&ok), value);
        QVERIFY(ok);
    }
}

void TestAlsXml::stripsWhatXmlCannotCarry_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("clean");
    QTest::newRow("plain") << u"Bass"_s << u"Bass"_s;
    QTest::newRow("controls") << u"Ba\x01s\x1Fs\x7F"_s << u"Bass\x7F"_s;
    QTest::newRow("tab, newline, return kept") << u"a\tb\nc\rd"_s << u"a\tb\nc\rd"_s;
    QTest::newRow("lone high surrogate") << (u"x"_s + QChar(0xD83C) + u"y"_s) << u"xy"_s;
    QTest::newRow("lone low surrogate") << (u"x"_s + QChar(0xDF39)) << u"x"_s;
    QTest::newRow("emoji kept") << u"Drop 🎹"_s << u"Drop 🎹"_s;
    QTest::newRow("non-characters") << (u"a"_s + QChar(0xFFFE) + QChar(0xFFFF) + u"b"_s) << u"ab"_s;
    QTest::newRow("accents kept") << u"Canción ñ"_s << u"Canción ñ"_s;
}

void TestAlsXml::stripsWhatXmlCannotCarry()
{
    QFETCH(QString, text);
    QFETCH(QString, clean);
    QCOMPARE(writer::xmlSafeText(text), clean);
}

// The XML goes out in blocks; every block must have Live's " />", whatever its size.
void TestAlsXml::spacesEveryEmptyTag()
{
    LiveSet set = testsets::eightTrackSet(u"/samples/tone.wav"_s);
    set.tracks[1].name = u"a/>b"_s; // escaped to "a/&gt;b": not a tag
    const auto xml = liveSetXml(set, SchemaVersion::Live12);
    QVERIFY_RESULT(xml);
    QVERIFY(xml->size() > 200000); // several blocks
    QCOMPARE(xml->count("/>"), xml->count(" />"));
    QVERIFY(xml->count(" />") > 3000);
    QVERIFY(xml->contains("Value=\"a/&gt;b\""));
}

void TestAlsXml::documentLooksLikeLives_data()
{
    QTest::addColumn<SchemaVersion>("schema");
    QTest::newRow("Live 11") << SchemaVersion::Live11;
    QTest::newRow("Live 12") << SchemaVersion::Live12;
}

void TestAlsXml::documentLooksLikeLives()
{
    QFETCH(SchemaVersion, schema);
    const auto xml = liveSetXml(testsets::oneMidiClipSet(), schema);
    QVERIFY_RESULT(xml);
    const QByteArray &bytes = *xml;
    QVERIFY(bytes.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Ableton MajorVersion=\"5\" MinorVersion=\""));
    QVERIFY(bytes.endsWith("\t</LiveSet>\n</Ableton>\n"));
    QVERIFY(!bytes.contains('\r'));
    QVERIFY(!bytes.contains("\"/>"));
    QVERIFY(bytes.contains("\n\t\t<OverwriteProtectionNumber Value=\""));
    QVERIFY(bytes.contains("<IsWarped Value=\"true\" />"));
    QVERIFY(!bytes.contains("Value=\"True\""));
    if (schema == SchemaVersion::Live11) {
        QVERIFY(bytes.contains("MinorVersion=\"11.0_11300\""));
        QVERIFY(bytes.contains("<OverwriteProtectionNumber Value=\"2819\" />"));
        QVERIFY(bytes.contains("<MasterTrack>"));
        QVERIFY(bytes.contains("<Name Value=\"Minor\" />"));
        QVERIFY(bytes.contains("VelocityDeviation=\"0\" OffVelocity=\"64\" Probability=\"1\" IsEnabled=\"true\" NoteId="));
    } else {
        QVERIFY(bytes.contains("MinorVersion=\"12.0_12402\""));
        QVERIFY(bytes.contains("<MainTrack "));
        QVERIFY(bytes.contains("<Root Value=\"9\" />\n"));
        QVERIFY(bytes.contains("<Name Value=\"1\" />"));
        // Live 12.3 and later leave out note attributes that hold their default.
        QVERIFY(bytes.contains("Velocity=\"100\" OffVelocity=\"64\" NoteId=\"1\" />"));
        QVERIFY(!bytes.contains("Probability="));
    }
    // Key tracks ascending, notes by time.
    const qsizetype key69 = bytes.indexOf("<MidiKey Value=\"69\" />");
    const qsizetype key72 = bytes.indexOf("<MidiKey Value=\"72\" />");
    QVERIFY(key69 > 0 && key72 > key69);
    QVERIFY(bytes.indexOf("Time=\"0\" Duration=\"1\"") < bytes.indexOf("Time=\"4\" Duration=\"2\""));
}

void TestAlsXml::namesSurviveEscaping()
{
    LiveSet set = testsets::oneMidiClipSet();
    const QString name = u"Bass & \"Sub\" <808>\x01\x02 ñ\tend"_s;
    set.tracks[0].name = name;
    set.tracks[0].arrangementClips[0].name = u"Clip\x0B <b>"_s;
    set.locators = {{8.0, u"Drop ]]> \x1B"_s}};
    const auto xml = liveSetXml(set);
    QVERIFY_RESULT(xml);
    QXmlStreamReader reader(*xml);
    QStringList names;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && (reader.name() == u"EffectiveName" || reader.name() == u"Name"))
            names.append(reader.attributes().value(u"Value"_s).toString());
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(names.contains(u"Bass & \"Sub\" <808> ñ\tend"_s));
    QVERIFY(names.contains(u"Clip <b>"_s));
    QVERIFY(names.contains(u"Drop ]]> "_s));
}

void TestAlsXml::gzipHeaderIsLives()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY_RESULT(writeLiveSet(testsets::emptySet(), &buffer));
    QVERIFY(bytes.size() > 18);
    QCOMPARE(quint8(bytes[0]), quint8(0x1f));
    QCOMPARE(quint8(bytes[1]), quint8(0x8b));
    QCOMPARE(quint8(bytes[2]), quint8(8));    // deflate
    QCOMPARE(quint8(bytes[3]), quint8(0));    // no file name, no comment, no extra field
    QCOMPARE(bytes.mid(4, 4), QByteArray(4, '\0')); // mtime 0
}

void TestAlsXml::gzipHoldsTheXml()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"set.als"_s);
    QVERIFY_RESULT(writeLiveSet(testsets::oneMidiClipSet(), path));
    const auto xml = liveSetXml(testsets::oneMidiClipSet());
    QVERIFY_RESULT(xml);
    QCOMPARE(test::gunzipFile(path), *xml);
}

void TestAlsXml::gzipHandlesLargeWrites()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"large.gz"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    GzipWriteDevice gzip(&file);
    QVERIFY(gzip.open(QIODevice::WriteOnly));
    QByteArray input;
    for (int i = 0; i < 200000; ++i)
        input.append(QByteArray::number(i * 7919 % 100003)).append(' ');
    QCOMPARE(gzip.write(input), qint64(input.size()));
    QCOMPARE(gzip.write("tail", 4), qint64(4));
    QVERIFY(gzip.finish());
    QVERIFY(gzip.finish()); // twice is harmless
    QCOMPARE(gzip.write("late", 4), qint64(-1));
    file.close();
    QCOMPARE(test::gunzipFile(file.fileName()), input + "tail");
}

void TestAlsXml::sameBytesUnderACommaLocale()
{
    QTemporaryDir scratch;
    const QString wav = scratch.filePath(u"tone.wav"_s);
    QVERIFY(testsets::writeTestWav(wav));
    const LiveSet set = testsets::eightTrackSet(wav);
    const auto plain = liveSetXml(set, SchemaVersion::Live12);
    QVERIFY_RESULT(plain);

    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QByteArray cLocale = std::setlocale(LC_ALL, nullptr);
    const QByteArray comma = testsets::selectCommaLocale(scratch.path());
    if (comma.isEmpty())
        qWarning("No C library locale with a decimal comma could be had; checking QLocale only");
    const auto localized = liveSetXml(set, SchemaVersion::Live12);
    std::setlocale(LC_ALL, cLocale.constData());
    QLocale::setDefault(previous);

    QVERIFY_RESULT(localized);
    QCOMPARE(*localized, *plain);
    QVERIFY(plain->contains("<Manual Value=\"126.5\" />"));
}

QTEST_GUILESS_MAIN(TestAlsXml)
#include "tst_alsxml.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/theory.h"

#include <QTest>

using namespace musiaia::music;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(musiaia::music::Mode)

namespace {

QList<int> pcs(const Chord &chord)
{
    QList<int> result = chord.pitchClasses();
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

class TestTheory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noteNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("pc");
        QTest::newRow("C") << u"C"_s << 0;
        QTest::newRow("lower a") << u"a"_s << 9;
        QTest::newRow("F#") << u"F#"_s << 6;
        QTest::newRow("Bb") << u"Bb"_s << 10;
        QTest::newRow("bb lower") << u"bb"_s << 10;
        QTest::newRow("unicode sharp") << u"C♯"_s << 1;
        QTest::newRow("unicode flat") << u"E♭"_s << 3;
        QTest::newRow("B flat words") << u"B flat"_s << 10;
        QTest::newRow("c-sharp") << u"c-sharp"_s << 1;
        QTest::newRow("Cb wraps") << u"Cb"_s << 11;
        QTest::newRow("H is not a note") << u"H"_s << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("junk suffix") << u"Cx"_s << -1;
    }

    void noteNames()
    {
        QFETCH(QString, text);
        QFETCH(int, pc);
        QCOMPARE(parseNoteName(text), pc);
    }

    void keySpelling_data()
    {
        QTest::addColumn<int>("root");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<QString>("shortName");
        QTest::addColumn<QString>("display");
        QTest::newRow("A minor") << 9 << Mode::Minor << u"Am"_s << u"A minor"_s;
        QTest::newRow("F major flats") << 5 << Mode::Major << u"F"_s << u"F major"_s;
        QTest::newRow("C# minor sharps") << 1 << Mode::Minor << u"C#m"_s << u"C# minor"_s;
        QTest::newRow("Bb minor") << 10 << Mode::Minor << u"Bbm"_s << u"Bb minor"_s;
        QTest::newRow("F# major") << 6 << Mode::Major << u"F#"_s << u"F# major"_s;
        QTest::newRow("Eb minor") << 3 << Mode::Minor << u"Ebm"_s << u"Eb minor"_s;
        QTest::newRow("D dorian") << 2 << Mode::Dorian << u"D dorian"_s << u"D dorian"_s;
        QTest::newRow("F phrygian") << 5 << Mode::Phrygian << u"F phrygian"_s << u"F phrygian"_s;
    }

    void keySpelling()
    {
        QFETCH(int, root);
        QFETCH(Mode, mode);
        QFETCH(QString, shortName);
        QFETCH(QString, display);
        const Key key{root, mode};
        QCOMPARE(keyShortName(key), shortName);
        QCOMPARE(keyDisplayName(key), display);
    }

    void keyContainsItsScale()
    {
        const Key aMinor{9, Mode::Minor};
        for (int pitch : {57, 59, 60, 62, 64, 65, 67, 69})
            QVERIFY(aMinor.contains(pitch));
        for (int pitch : {58, 61, 63, 66, 68})
            QVERIFY(!aMinor.contains(pitch));
        QCOMPARE(aMinor.degreePitchClass(5), 5);   // F
        QCOMPARE(aMinor.degreePitchClass(9), 0);   // wraps: degree 2 = C
        const Key fPhrygian{5, Mode::Phrygian};
        QVERIFY(fPhrygian.contains(6));            // Gb
    }

    void camelot_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("root");
        QTest::addColumn<Mode>("mode");
        QTest::newRow("8A") << u"8A"_s << 9 << Mode::Minor;
        QTest::newRow("8B") << u"8b"_s << 0 << Mode::Major;
        QTest::newRow("1A") << u"1A"_s << 8 << Mode::Minor;
        QTest::newRow("5A") << u"5A"_s << 0 << Mode::Minor;
        QTest::newRow("12B") << u"12B"_s << 4 << Mode::Major;
        QTest::newRow("11A") << u"11A"_s << 6 << Mode::Minor;
        QTest::newRow("4B") << u"4B"_s << 8 << Mode::Major;
    }

    void camelot()
    {
        QFETCH(QString, code);
        QFETCH(int, root);
        QFETCH(Mode, mode);
        const Key key = parseCamelot(code);
        QCOMPARE(key.root, root);
        QCOMPARE(key.mode, mode);
    }

    void camelotRejectsJunk()
    {
        QVERIFY(!parseCamelot(u"13A").isValid());
        QVERIFY(!parseCamelot(u"0B").isValid());
        QVERIFY(!parseCamelot(u"8C").isValid());
        QVERIFY(!parseCamelot(u"A").isValid());
    }

    void romanChords_data()
    {
        QTest::addColumn<QString>("numeral");
        QTest::addColumn<int>("root");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<QList<int>>("pitchClasses");
        QTest::newRow("i in Am") << u"i"_s << 9 << Mode::Minor << QList<int>{0, 4, 9};
        QTest::newRow("VI in Am") << u"VI"_s << 9 << Mode::Minor << QList<int>{0, 5, 9};
        QTest::newRow("VI7 is diatonic maj7") << u"VI7"_s << 9 << Mode::Minor << QList<int>{0, 4, 5, 9};
        QTest::newRow("V7 in Am") << u"V7"_s << 9 << Mode::Minor << QList<int>{2, 4, 8, 11};
        QTest::newRow("ii° in Am") << u"ii°"_s << 9 << Mode::Minor << QList<int>{2, 5, 11};
        QTest::newRow("bII in Fm") << u"bII"_s << 5 << Mode::Minor << QList<int>{1, 6, 10};
        QTest::newRow("iv9 in Am") << u"iv9"_s << 9 << Mode::Minor << QList<int>{0, 2, 4, 5, 9};
        QTest::newRow("Imaj7 in C") << u"Imaj7"_s << 0 << Mode::Major << QList<int>{0, 4, 7, 11};
        QTest::newRow("vi in C") << u"vi"_s << 0 << Mode::Major << QList<int>{0, 4, 9};
        QTest::newRow("Isus2 in D") << u"Isus2"_s << 2 << Mode::Major << QList<int>{2, 4, 9};
        QTest::newRow("ii7 in C") << u"ii7"_s << 0 << Mode::Major << QList<int>{0, 2, 5, 9};
    }

    void romanChords()
    {
        QFETCH(QString, numeral);
        QFETCH(int, root);
        QFETCH(Mode, mode);
        QFETCH(QList<int>, pitchClasses);
        const auto chord = parseRomanChord(numeral, Key{root, mode});
        QVERIFY2(chord.hasValue(), qPrintable(chord.errorMessage()));
        QCOMPARE(pcs(*chord), pitchClasses);
        QCOMPARE(chord->symbol, numeral);
    }

    void romanChordsRejectJunk_data()
    {
        QTest::addColumn<QString>("numeral");
        QTest::newRow("empty") << QString();
        QTest::newRow("letters") << u"Am"_s;
        QTest::newRow("VIII") << u"VIII"_s;
        QTest::newRow("bad suffix") << u"V13b9"_s;
        QTest::newRow("mixed case") << u"Vi"_s;
    }

    void romanChordsRejectJunk()
    {
        QFETCH(QString, numeral);
        QVERIFY(!isValidRomanNumeral(numeral));
        const auto chord = parseRomanChord(numeral, Key{0, Mode::Major});
        QVERIFY(!chord.hasValue());
        QVERIFY(!chord.errorMessage().isEmpty());
    }

    void modesRoundTrip()
    {
        for (Mode mode : kAllModes) {
            Mode parsed = Mode::Major;
            QVERIFY(parseModeName(modeName(mode), &parsed));
            QCOMPARE(parsed, mode);
            QCOMPARE(modeIntervals(mode).front(), 0);
        }
        QVERIFY(isMinorFamily(Mode::Dorian));
        QVERIFY(!isMinorFamily(Mode::Mixolydian));
        QCOMPARE(toLiveScale(Mode::Minor), musiaia::als::ScaleMode::Minor);
    }
};

QTEST_GUILESS_MAIN(TestTheory)
#include "tst_theory.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "als/livevalues.h"

#include <QTest>

using namespace musiaia::als;
using namespace Qt::Literals::StringLiterals;

class TestLiveValues : public QObject
{
    Q_OBJECT

private slots:
    void gainAndDb_data();
    void gainAndDb();
    void silentGainIsLivesMinusSeventy();
    void paletteIndexWraps();
    void timeSignature_data();
    void timeSignature();
    void invalidTimeSignatures();
    void modelComparesByValue();
};

void TestLiveValues::gainAndDb_data()
{
    QTest::addColumn<double>("db");
    QTest::addColumn<double>("gain");
    QTest::newRow("0 dB") << 0.0 << 1.0;
    QTest::newRow("+6 dB (fader top)") << 6.0 << GainMax;
    QTest::newRow("-6 dB") << -6.0 << 0.501187233627272;
    QTest::newRow("-20 dB") << -20.0 << 0.1;
}

void TestLiveValues::gainAndDb()
{
    QFETCH(double, db);
    QFETCH(double, gain);
    QVERIFY(qAbs(gainFromDb(db) - gain) < 1e-7);
    QVERIFY(qAbs(dbFromGain(gain) - db) < 1e-6);
}

void TestLiveValues::silentGainIsLivesMinusSeventy()
{
    QCOMPARE(gainFromDb(-70.0), GainSilent);
    QCOMPARE(gainFromDb(-200.0), GainSilent);
    QCOMPARE(gainFromDb(-qInf()), GainSilent);
    QVERIFY(qAbs(dbFromGain(GainSilent * 1.0000001) + 70.0) < 1e-3);
    QCOMPARE(dbFromGain(0.0), -70.0);
    QCOMPARE(dbFromGain(-1.0), -70.0);
}

void TestLiveValues::paletteIndexWraps()
{
    QCOMPARE(paletteIndex(0), 0);
    QCOMPARE(paletteIndex(69), 69);
    QCOMPARE(paletteIndex(70), 0);
    QCOMPARE(paletteIndex(145), 5);
    QCOMPARE(paletteIndex(-1), 69);
}

void TestLiveValues::timeSignature_data()
{
    QTest::addColumn<int>("numerator");
    QTest::addColumn<int>("denominator");
    QTest::addColumn<int>("value");
    QTest::newRow("4/4") << 4 << 4 << 201;
    QTest::newRow("3/4") << 3 << 4 << 200;
    QTest::newRow("6/8") << 6 << 8 << 302;
    QTest::newRow("7/16") << 7 << 16 << 402;
    QTest::newRow("1/1") << 1 << 1 << 0;
    QTest::newRow("99/16 (Live's maximum)") << 99 << 16 << 494;
}

void TestLiveValues::timeSignature()
{
    QFETCH(int, numerator);
    QFETCH(int, denominator);
    QFETCH(int, value);
    const TimeSignature signature{numerator, denominator};
    QVERIFY(isValid(signature));
    QCOMPARE(timeSignatureValue(signature), value);
    QCOMPARE(timeSignatureFromValue(value), std::optional<TimeSignature>(signature));
}

void TestLiveValues::invalidTimeSignatures()
{
    QVERIFY(!isValid(TimeSignature{0, 4}));
    QVERIFY(!isValid(TimeSignature{100, 4}));
    QVERIFY(!isValid(TimeSignature{4, 3}));
    QVERIFY(!isValid(TimeSignature{4, 32}));
    QVERIFY(!timeSignatureFromValue(-1));
    QVERIFY(!timeSignatureFromValue(495));
}

// Devices nest (racks hold devices), which must not keep tracks and sets from comparing.
void TestLiveValues::modelComparesByValue()
{
    Device rack{u"InstrumentGroupDevice"_s, u"Keys Rack"_s, Device::Format::Native, {}};
    rack.innerDevices.append(Device{u"PluginDevice"_s, u"Serum"_s, Device::Format::Vst3, {}});
    Track track;
    track.devices.append(rack);
    LiveSet a;
    a.tracks.append(track);
    LiveSet b = a;
    QVERIFY(a == b);
    b.tracks[0].devices[0].innerDevices[0].name = u"Vital"_s;
    QVERIFY(!(a == b));
}

QTEST_GUILESS_MAIN(TestLiveValues)
#include "tst_livevalues.moc"

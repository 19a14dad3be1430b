// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/random.h"

#include <QTest>

using namespace musiaia::music;
using namespace Qt::Literals::StringLiterals;

class TestRandom final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesThePcg32Reference()
    {
        // pcg32_srandom_r(&rng, 42, 54) from the PCG reference implementation (pcg32-demo).
        Random random(42, 54);
        const std::uint32_t expected[] = {0xa15c02b7, 0x7b47f409, 0xba1d3330, 0x83d2f293, 0xbfa4784b, 0xcbed606e};
        for (std::uint32_t value : expected)
            QCOMPARE(random.next(), value);
    }

    void betweenStaysInRangeAndCoversIt()
    {
        Random random(7);
        QList<int> counts(6, 0);
        for (int i = 0; i < 6000; ++i) {
            const int value = random.between(-2, 3);
            QVERIFY(value >= -2 && value <= 3);
            ++counts[value + 2];
        }
        for (int count : counts)
            QVERIFY2(count > 850 && count < 1150, qPrintable(QString::number(count)));
        QCOMPARE(random.between(5, 5), 5);
        QCOMPARE(random.between(5, 1), 5);
    }

    void unitAndJitterAreBounded()
    {
        Random random(9);
        for (int i = 0; i < 1000; ++i) {
            const double u = random.unit();
            QVERIFY(u >= 0.0 && u < 1.0);
            const double j = random.jitter(3.0);
            QVERIFY(j > -3.0 && j < 3.0);
        }
    }

    void weightedFollowsTheWeights()
    {
        Random random(11);
        int counts[3] = {0, 0, 0};
        for (int i = 0; i < 4000; ++i)
            ++counts[random.weighted({1.0, 0.0, 3.0})];
        QCOMPARE(counts[1], 0);
        QVERIFY(counts[2] > 2 * counts[0]);
        QCOMPARE(random.weighted({0.0, -1.0}), 0);
    }

    void purposesAreIndependentAndStable()
    {
        Random bass = Random::forPurpose(123, u"bass");
        Random bassAgain = Random::forPurpose(123, u"bass");
        Random lead = Random::forPurpose(123, u"lead");
        Random bassSalted = Random::forPurpose(123, u"bass", 1);
        int same = 0;
        for (int i = 0; i < 32; ++i) {
            const std::uint32_t value = bass.next();
            QCOMPARE(bassAgain.next(), value);
            same += value == lead.next() ? 1 : 0;
            same += value == bassSalted.next() ? 1 : 0;
        }
        QCOMPARE(same, 0);
        QCOMPARE(mixSeed(1, u"x"), mixSeed(1, u"x"));
        QVERIFY(mixSeed(1, u"x") != mixSeed(2, u"x"));
    }
};

QTEST_GUILESS_MAIN(TestRandom)
#include "tst_random.moc"

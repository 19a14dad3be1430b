// SPDX-License-Identifier: GPL-3.0-or-later
#include "als/alsreader.h"
#include "als/arrangementoverview.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia::als;

namespace {

Track track(Track::Type type, const QString &name, int color, const QList<std::pair<double, double>> &clips)
{
    Track t;
    t.type = type;
    t.name = name;
    t.color = color;
    for (const auto &[time, length] : clips) {
        Clip clip;
        clip.time = time;
        clip.length = length;
        t.arrangementClips.append(clip);
    }
    return t;
}

} // namespace

class TestArrangementOverview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptySet_isEmpty()
    {
        const ArrangementOverview overview = arrangementOverview(LiveSet{});
        QVERIFY(overview.isEmpty());
        QVERIFY(overview.sections.isEmpty());
        QVERIFY(overview.lanes.isEmpty());
    }

    void sections_followTheLocators_data()
    {
        QTest::addColumn<QList<Locator>>("locators");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<double>>("bounds");   // start of each section, then the end
        QTest::newRow("no locators") << QList<Locator>{} << QStringList{QString()} << QList<double>{0, 96};
        QTest::newRow("from zero") << QList<Locator>{{0, u"Intro"_s}, {32, u"Drop"_s}, {64, u"Outro"_s}}
                                   << QStringList{u"Intro"_s, u"Drop"_s, u"Outro"_s} << QList<double>{0, 32, 64, 96};
        QTest::newRow("lead-in and unsorted") << QList<Locator>{{64, u"B"_s}, {16, u"A"_s}}
                                              << QStringList{QString(), u"A"_s, u"B"_s} << QList<double>{0, 16, 64, 96};
        QTest::newRow("locator after the clips") << QList<Locator>{{0, u"A"_s}, {128, u"End"_s}}
                                                 << QStringList{u"A"_s} << QList<double>{0, 128};
        QTest::newRow("two at one time") << QList<Locator>{{0, u"A"_s}, {0, u"A2"_s}, {48, u"B"_s}}
                                         << QStringList{u"A2"_s, u"B"_s} << QList<double>{0, 48, 96};
    }

    void sections_followTheLocators()
    {
        QFETCH(QList<Locator>, locators);
        QFETCH(QStringList, names);
        QFETCH(QList<double>, bounds);
        LiveSet set;
        set.tracks = {track(Track::Type::Midi, u"Bass"_s, 3, {{0, 32}, {64, 32}})};
        set.locators = locators;
        const ArrangementOverview overview = arrangementOverview(set);
        QCOMPARE(overview.sections.size(), names.size());
        for (qsizetype i = 0; i < names.size(); ++i) {
            QCOMPARE(overview.sections.at(i).name, names.at(i));
            QCOMPARE(overview.sections.at(i).start, bounds.at(i));
            QCOMPARE(overview.sections.at(i).end, bounds.at(i + 1));
        }
        QCOMPARE(overview.length, bounds.last());
    }

    void lanes_areTheMidiAndAudioTracks_withTheirClips()
    {
        LiveSet set;
        Track drums = track(Track::Type::Midi, u"Drums"_s, 5, {{32, 32}, {0, 16}, {70, 0}});
        drums.arrangementClips[0].color = 12;   // a clip with its own colour
        set.tracks = {track(Track::Type::Group, u"Group"_s, 1, {}), drums,
                      track(Track::Type::Audio, u"Vox"_s, 99, {}), track(Track::Type::Return, u"A-Reverb"_s, 2, {})};
        const ArrangementOverview overview = arrangementOverview(set);
        QCOMPARE(overview.lanes.size(), 2);
        const OverviewLane &lane = overview.lanes.at(0);
        QCOMPARE(lane.name, u"Drums"_s);
        QCOMPARE(lane.blocks.size(), 2);   // the zero-length clip is left out
        QCOMPARE(lane.blocks.at(0), (OverviewBlock{0, 16, 5}));
        QCOMPARE(lane.blocks.at(1), (OverviewBlock{32, 64, 12}));
        QCOMPARE(overview.lanes.at(1).type, Track::Type::Audio);
        QVERIFY(overview.lanes.at(1).blocks.isEmpty());
        QCOMPARE(overview.lanes.at(1).color, 99 % 70);   // wrapped into the palette
        QCOMPARE(overview.length, 64.0);
    }

    void realSet_fromTheCorpus()
    {
        MUSIAIA_REQUIRE_CORPUS();
        const QString path = QDir(musiaia::test::corpusDir()).filePath(u"live10.1-audio-locators.als"_s);
        if (!QFile::exists(path))
            QSKIP("live10.1-audio-locators.als is not in this corpus");
        const auto set = readLiveSet(path);
        QVERIFY_RESULT(set);
        const ArrangementOverview overview = arrangementOverview(*set);
        QVERIFY(!overview.isEmpty());
        QVERIFY(!set->locators.isEmpty());
        QVERIFY(overview.sections.size() >= set->locators.size());
        for (qsizetype i = 1; i < overview.sections.size(); ++i)
            QCOMPARE(overview.sections.at(i).start, overview.sections.at(i - 1).end);
        QCOMPARE(overview.sections.last().end, overview.length);
    }
};

QTEST_GUILESS_MAIN(TestArrangementOverview)
#include "tst_arrangementoverview.moc"

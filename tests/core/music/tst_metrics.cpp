// SPDX-License-Identifier: GPL-3.0-or-later
// The metrics on hand-built songs whose answers are known: a clean house song passes everything,
// and each flaw put into it makes exactly the metric it should fail.
#include "als/alswriter.h"
#include "metricssongs.h"
#include "music/metrics.h"
#include "music/metricsmodel_p.h"
#include "music/plan.h"
#include "music/theory.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace musiaia;
using namespace musiaia::music;
using namespace musiaia::testsongs;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<als::MidiNote *> notesOf(als::LiveSet &set, const QString &track, int bar)
{
    QList<als::MidiNote *> notes;
    for (als::Clip &clip : trackNamed(set, track).arrangementClips) {
        for (als::MidiNote &note : clip.notes) {
            if (int((clip.time + note.start) / 4.0) == bar)
                notes.append(&note);
        }
    }
    return notes;
}

void removeNotes(als::LiveSet &set, const QString &trackName, const std::function<bool(double, int)> &which)
{
    for (als::Clip &clip : trackNamed(set, trackName).arrangementClips) {
        clip.notes.removeIf(
            [&](const als::MidiNote &note) { return which(clip.time + note.start, note.pitch); });
    }
}

using Flaw = std::function<void(als::LiveSet &, Plan &)>;

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void cleanSongPassesEverything()
    {
        const Plan plan = housePlan();
        QVERIFY_RESULT(validatePlan(plan));
        const SongMetrics metrics = measureSong(houseSet(plan), &plan);
        QVERIFY2(metrics.allPassed(), qPrintable(songMetricsText(metrics)));
        // The checks that need a plan and a house genre ran, not skipped.
        for (const char *id : { "tempo",
                                "key",
                                "key-heard",
                                "length",
                                "sections",
                                "parts",
                                "four-on-the-floor",
                                "backbeat",
                                "open-hat-offbeats",
                                "in-key",
                                "chord-tones-lead",
                                "chord-tones-chords",
                                "chord-tones-pad",
                                "bass-root",
                                "bass-root-or-fifth",
                                "range-bass",
                                "range-chords",
                                "range-lead",
                                "range-pad",
                                "empty-bars",
                                "velocity",
                                "velocity-hats" }) {
            const Metric *metric = metrics.metric(QString::fromLatin1(id));
            QVERIFY2(metric, id);
            QVERIFY2(metric->passed(), id);
        }
        QCOMPARE(metrics.bars, SongBars);
    }

    void eachFlawFailsItsMetric_data()
    {
        QTest::addColumn<Flaw>("flaw");
        QTest::addColumn<QStringList>("failing");

        QTest::newRow("wrong tempo") << Flaw([](als::LiveSet &set, Plan &) { set.tempo = 125.0; })
                                     << QStringList { u"tempo"_s };
        QTest::newRow("wrong scale") << Flaw([](als::LiveSet &set, Plan &) {
            set.scale = als::Scale { 0, als::ScaleMode::Major };
        }) << QStringList { u"key"_s };
        QTest::newRow("song longer than asked")
            << Flaw([](als::LiveSet &, Plan &plan) { plan.length.bars = 14; }) << QStringList { u"length"_s };
        QTest::newRow("three minutes asked") << Flaw([](als::LiveSet &, Plan &plan) {
            plan.length = LengthTarget { 0, 180.0 }; // 93 bars at 124 BPM
        }) << QStringList { u"length"_s };
        QTest::newRow("missing locator") << Flaw([](als::LiveSet &set, Plan &) { set.locators.removeLast(); })
                                         << QStringList { u"sections"_s };
        QTest::newRow("missing track") << Flaw([](als::LiveSet &set, Plan &) {
            set.tracks.removeIf([](const als::Track &t) { return t.name == u"Strings"_s; });
        }) << QStringList { u"parts"_s };
        QTest::newRow("off-key notes") << Flaw([](als::LiveSet &set, Plan &) {
            // G# on the lead's off-beats in two bars: 8 of about 190 pitched notes.
            for (int bar : { 9, 13 }) {
                for (als::MidiNote *note : notesOf(set, u"Lead"_s, bar)) {
                    if (std::fmod(note->start, 1.0) != 0.0)
                        note->pitch = 68;
                }
            }
        }) << QStringList { u"in-key"_s };
        QTest::newRow("missing kick on beat 3") << Flaw([](als::LiveSet &set, Plan &) {
            removeNotes(set, u"Kick"_s, [](double beat, int) { return beat == 10 * 4.0 + 2.0; });
        }) << QStringList { u"four-on-the-floor"_s };
        QTest::newRow("missing kick on beat 4 of a phrase end is a fill")
            << Flaw([](als::LiveSet &set, Plan &) {
                   removeNotes(set, u"Kick"_s, [](double beat, int) { return beat == 15 * 4.0 + 3.0; });
               })
            << QStringList {};
        QTest::newRow("missing kick on beat 4 mid-phrase") << Flaw([](als::LiveSet &set, Plan &) {
            removeNotes(set, u"Kick"_s, [](double beat, int) { return beat == 11 * 4.0 + 3.0; });
        }) << QStringList { u"four-on-the-floor"_s };
        QTest::newRow("missing claps") << Flaw([](als::LiveSet &set, Plan &) {
            removeNotes(set, u"Clap"_s,
                        [](double beat, int) { return beat == 9 * 4.0 + 3.0 || beat == 12 * 4.0 + 3.0; });
        }) << QStringList { u"backbeat"_s };
        QTest::newRow("missing open hats") << Flaw([](als::LiveSet &set, Plan &) {
            removeNotes(set, u"Hats"_s, [](double beat, int pitch) {
                return pitch == 46 && beat >= 4 * 4.0 && beat < 8 * 4.0 && std::fmod(beat, 4.0) == 2.5;
            });
        }) << QStringList { u"open-hat-offbeats"_s };
        QTest::newRow("empty bass bar") << Flaw([](als::LiveSet &set, Plan &) {
            removeNotes(set, u"Bass"_s, [](double beat, int) { return int(beat / 4.0) == 11; });
        }) << QStringList { u"empty-bars"_s };
        QTest::newRow("lead off the chord on strong beats") << Flaw([](als::LiveSet &set, Plan &plan) {
            // The scale step above the chord's root on the beats of two bars: 8 of 32.
            for (int bar : { 8, 9 }) {
                const int pc = pitchClass(chordAt(plan, bar - IntroBars).root + 2);
                for (als::MidiNote *note : notesOf(set, u"Lead"_s, bar)) {
                    if (std::fmod(note->start, 1.0) == 0.0)
                        note->pitch = above(pc, 64);
                }
            }
        }) << QStringList { u"chord-tones-lead"_s };
        QTest::newRow("bass on the fifth at a chord change") << Flaw([](als::LiveSet &set, Plan &plan) {
            const Chord chord = chordAt(plan, 2);
            notesOf(set, u"Bass"_s, 10).first()->pitch = above(chord.fifthPitchClass(), 33);
        }) << QStringList { u"bass-root"_s };
        QTest::newRow("bass on the third at a chord change") << Flaw([](als::LiveSet &set, Plan &plan) {
            const Chord chord = chordAt(plan, 2);
            notesOf(set, u"Bass"_s, 10).first()->pitch = above(chord.pitchClasses().at(1), 33);
        }) << QStringList { u"bass-root"_s, u"bass-root-or-fifth"_s };
        QTest::newRow("lead too high") << Flaw([](als::LiveSet &set, Plan &) {
            notesOf(set, u"Lead"_s, 12).at(1)->pitch = 96; // an off-beat C
        }) << QStringList { u"range-lead"_s };
        QTest::newRow("bass too low") << Flaw([](als::LiveSet &set, Plan &) {
            notesOf(set, u"Bass"_s, 3).at(1)->pitch = 17; // not the first note under the chord: still F
        }) << QStringList { u"range-bass"_s };
        QTest::newRow("flat pad velocities") << Flaw([](als::LiveSet &set, Plan &) {
            for (als::Clip &clip : trackNamed(set, u"Strings"_s).arrangementClips) {
                for (als::MidiNote &note : clip.notes)
                    note.velocity = 100.0;
            }
        }) << QStringList { u"velocity"_s };
        QTest::newRow("hats without accents") << Flaw([](als::LiveSet &set, Plan &) {
            for (als::Clip &clip : trackNamed(set, u"Hats"_s).arrangementClips) {
                int i = 0;
                for (als::MidiNote &note : clip.notes)
                    note.velocity = 90.0 + (i++ % 3);
            }
        }) << QStringList { u"velocity-hats"_s };
    }

    void eachFlawFailsItsMetric()
    {
        QFETCH(Flaw, flaw);
        QFETCH(QStringList, failing);
        Plan plan = housePlan();
        als::LiveSet set = houseSet(plan);
        flaw(set, plan);
        const SongMetrics metrics = measureSong(set, &plan);
        if (sorted(metrics.failingIds()) != sorted(failing))
            qInfo().noquote() << songMetricsText(metrics);
        QCOMPARE(sorted(metrics.failingIds()), sorted(failing));
        QCOMPARE(metrics.allPassed(), failing.isEmpty());
        for (const QString &id : failing)
            QVERIFY2(!metrics.metric(id)->explanation.isEmpty(), qPrintable(id));
    }

    // The drum variants of other genres, each on a bare two-part groove.
    void drumVariants_data()
    {
        QTest::addColumn<QString>("genre");
        QTest::addColumn<QString>("kick");
        QTest::addColumn<QString>("snare");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<bool>("passes");
        QTest::addColumn<double>("plannedSwing");
        QTest::addColumn<double>("playedSwing");

        QTest::newRow("trap half-time") << u"trap"_s << u"x......x..x....."_s << u"........x......."_s
                                        << u"half-time"_s << true << 50.0 << 50.0;
        QTest::newRow("trap with a loud backbeat")
            << u"trap"_s << u"x......x..x....."_s << u"....x...x...x..."_s << u"half-time"_s << false << 50.0
            << 50.0;
        QTest::newRow("dubstep without the snare on 3")
            << u"dubstep"_s << u"x.........x....."_s << u"....x.......x..."_s << u"half-time"_s << false
            << 50.0 << 50.0;
        QTest::newRow("dembow") << u"reggaeton"_s << u"x...x...x...x..."_s << u"...x..x....x..x."_s
                                << u"dembow"_s << true << 50.0 << 50.0;
        QTest::newRow("dembow without step 7")
            << u"reggaeton"_s << u"x...x...x...x..."_s << u"...x.......x..x."_s << u"dembow"_s << false
            << 50.0 << 50.0;
        QTest::newRow("two-step") << u"drum_and_bass"_s << u"x.........x....."_s << u"....x.......x..."_s
                                  << u"two-step-11"_s << true << 50.0 << 50.0;
        QTest::newRow("two-step without the 11")
            << u"drum_and_bass"_s << u"x........x......"_s << u"....x.......x..."_s << u"two-step-11"_s
            << false << 50.0 << 50.0;
        QTest::newRow("drum and bass backbeat")
            << u"drum_and_bass"_s << u"x.........x....."_s << u"....x.......x..."_s << u"backbeat"_s << true
            << 50.0 << 50.0;
        // Snares on the even 16ths, swung at 75 % and laid back a little: the plan's swing takes them
        // back to their steps; held to a straight grid they fall onto the next step.
        QTest::newRow("dembow swung") << u"reggaeton"_s << u"x...x...x...x..."_s << u"...x..x....x..x."_s
                                      << u"dembow"_s << true << 75.0 << 75.0;
        QTest::newRow("dembow swung, straight plan")
            << u"reggaeton"_s << u"x...x...x...x..."_s << u"...x..x....x..x."_s << u"dembow"_s << false
            << 50.0 << 75.0;
    }

    void drumVariants()
    {
        QFETCH(QString, genre);
        QFETCH(QString, kick);
        QFETCH(QString, snare);
        QFETCH(QString, metric);
        QFETCH(bool, passes);
        QFETCH(double, plannedSwing);
        QFETCH(double, playedSwing);

        Plan plan;
        plan.genre = genre;
        plan.tempo = 140.0;
        plan.swing = plannedSwing;
        plan.parts = { Part { u"kick"_s, PartRole::Kick, {}, {}, {}, 1, -1 },
                       Part { u"snare"_s, PartRole::Snare, {}, {}, {}, 2, -1 } };
        plan.sections = { Section { u"Drop"_s, SectionKind::Drop, 8, 0.9, { u"kick"_s, u"snare"_s }, {} } };
        als::LiveSet set;
        set.tempo = 140.0;
        set.locators = { als::Locator { 0.0, u"Drop"_s } };
        int n = 0;
        for (int bar = 0; bar < 8; ++bar) {
            for (int step = 0; step < 16; ++step) {
                // The second 16th of each 8th is delayed by the swing, plus a 10 % lay-back.
                const double delay
                    = step % 2 ? (2.0 * playedSwing / 100.0 - 1.0) + (playedSwing > 50.0 ? 0.1 : 0.0) : 0.0;
                const double beat = bar * 4.0 + (step + delay) / 4.0;
                if (kick.at(step) == u'x')
                    addNote(set, u"Kick"_s, 36, beat, 0.25, vary(n++, 100));
                if (snare.at(step) == u'x')
                    addNote(set, u"Snare"_s, 38, beat, 0.25, vary(n++, 100));
            }
        }
        const SongMetrics metrics = measureSong(set, &plan);
        const Metric *measured = metrics.metric(metric);
        QVERIFY2(measured, qPrintable(metric));
        QVERIFY2(measured->status != MetricStatus::Skipped, qPrintable(measured->explanation));
        QVERIFY2(measured->passed() == passes, qPrintable(measured->explanation));
    }

    // Humanised timing moves notes off the grid by a little; they still count on their steps.
    void smallTimingOffsetsStayOnTheGrid()
    {
        Plan plan = housePlan();
        als::LiveSet set = houseSet(plan);
        // Claps pushed a little late (a lay-back), kicks a few milliseconds early: still on the grid.
        for (als::Clip &clip : trackNamed(set, u"Clap"_s).arrangementClips) {
            for (als::MidiNote &note : clip.notes)
                note.start += 0.04;
        }
        for (als::Clip &clip : trackNamed(set, u"Kick"_s).arrangementClips) {
            for (als::MidiNote &note : clip.notes)
                note.start = std::max(0.0, note.start - 0.008);
        }
        const SongMetrics metrics = measureSong(set, &plan);
        QVERIFY2(metrics.allPassed(), qPrintable(songMetricsText(metrics)));
    }

    void withoutAPlanTheSetSaysWhatItCan()
    {
        const Plan plan = housePlan();
        const SongMetrics metrics = measureSong(houseSet(plan), nullptr);
        QVERIFY(!metrics.withPlan);
        QVERIFY2(metrics.allPassed(), qPrintable(songMetricsText(metrics)));
        QCOMPARE(metrics.metric(u"tempo"_s)->status, MetricStatus::Skipped);
        QVERIFY(metrics.metric(u"tempo"_s)->explanation.contains(u"124"_s));
        // The key comes from the set's scale, sections from its locators, roles from track names.
        QVERIFY(metrics.metric(u"key-heard"_s)->passed());
        QVERIFY(metrics.metric(u"in-key"_s)->passed());
        QVERIFY(metrics.metric(u"empty-bars"_s)->passed());
        QVERIFY(metrics.metric(u"range-bass"_s)->passed());
        // Without a progression the lead is held to what the piano and strings sound.
        QVERIFY(metrics.metric(u"chord-tones-lead"_s)->passed());
    }

    void withoutAPlanHolesInASectionAreFound()
    {
        const Plan plan = housePlan();
        als::LiveSet set = houseSet(plan);
        removeNotes(set, u"Bass"_s, [](double beat, int) { return int(beat / 4.0) == 11; });
        const SongMetrics metrics = measureSong(set, nullptr);
        QCOMPARE(metrics.failingIds(), QStringList { u"empty-bars"_s });
        QVERIFY(metrics.metric(u"empty-bars"_s)->explanation.contains(u"Bass in Drop"_s));
    }

    void aWrittenSetMeasuresTheSameWhenReadBack()
    {
        const Plan plan = housePlan();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"song.als"_s);
        QVERIFY_RESULT(als::writeLiveSet(houseSet(plan), path));
        const Result<SongMetrics> readBack = measureSongFile(path, &plan);
        QVERIFY_RESULT(readBack);
        QVERIFY2(readBack->allPassed(), qPrintable(songMetricsText(*readBack)));
        const SongMetrics inMemory = measureSong(houseSet(plan), &plan);
        QCOMPARE(readBack->metrics.size(), inMemory.metrics.size());
        for (qsizetype i = 0; i < inMemory.metrics.size(); ++i) {
            QCOMPARE(readBack->metrics.at(i).id, inMemory.metrics.at(i).id);
            QCOMPARE(readBack->metrics.at(i).value, inMemory.metrics.at(i).value);
        }
    }

    void unreadableFilesAreErrors()
    {
        QTemporaryDir dir;
        const Result<SongMetrics> missing = measureSongFile(dir.filePath(u"nothing.als"_s));
        QVERIFY(!missing);
        QVERIFY(!missing.errorMessage().isEmpty());
        QFile junk(dir.filePath(u"junk.als"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a live set");
        junk.close();
        const Result<SongMetrics> corrupt = measureSongFile(junk.fileName());
        QVERIFY(!corrupt);
        QCOMPARE(corrupt.errorCode(), ErrorCode::Corrupt);
    }

    void reportsAsTextAndJson()
    {
        Plan plan = housePlan();
        als::LiveSet set = houseSet(plan);
        set.tempo = 125.0;
        const SongMetrics metrics = measureSong(set, &plan);
        const QString text = songMetricsText(metrics);
        QVERIFY(text.contains(u"FAIL"_s));
        QVERIFY(text.contains(u"Failing: tempo"_s));
        const QJsonObject json = songMetricsJson(metrics);
        QCOMPARE(json.value(u"passed"_s).toBool(), false);
        QCOMPARE(json.value(u"failing"_s).toArray().first().toString(), u"tempo"_s);
        QCOMPARE(json.value(u"metrics"_s).toArray().size(), metrics.metrics.size());
    }

    void trackNamesGiveRoles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("role");
        QTest::newRow("kick") << u"Kick"_s << int(PartRole::Kick);
        QTest::newRow("808") << u"808"_s << int(PartRole::Bass);
        QTest::newRow("clap") << u"Clap"_s << int(PartRole::Snare);
        QTest::newRow("strings") << u"Strings"_s << int(PartRole::Pad);
        QTest::newRow("piano") << u"Piano"_s << int(PartRole::Chords);
        QTest::newRow("shaker") << u"Shaker"_s << int(PartRole::Percussion);
        QTest::newRow("open hat") << u"Open Hat"_s << int(PartRole::Hats);
        QTest::newRow("bajo") << u"Bajo"_s << int(PartRole::Bass);
        QTest::newRow("bass drum") << u"Bass Drum"_s << int(PartRole::Kick);
        QTest::newRow("drum rack") << u"Drums"_s << int(PartRole::Drums);
    }

    void trackNamesGiveRoles()
    {
        QFETCH(QString, name);
        QFETCH(int, role);
        PartRole found = PartRole::Fx;
        QVERIFY(metrics_p::roleFromTrackName(name, &found));
        QCOMPARE(int(found), role);
        QVERIFY(!metrics_p::roleFromTrackName(u"Audio 3"_s, &found));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Changes asked for in the chat, from the musician's words to the new plan and its musical diff:
// only what was asked changes, seeds included.
#include "session/messagereader.h"
#include "session/planedit.h"
#include "session/plandiff.h"

#include "music/genre.h"

#include "testsupport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using namespace musiaia::session;
using music::Plan;

namespace {

// A complete house plan laid out from the genre profile the way the planner lays one out: the
// default parts, the template arrangement, the genre's first key and progression. Without a pad
// part, so that "añade pads" has something to do.
Plan housePlan()
{
    const music::GenreProfile *genre = music::findGenre(u"house"_s);
    Plan plan;
    plan.title = u"Night Drive"_s;
    plan.genre = genre->id;
    plan.tempo = 124;
    plan.key = genre->keys.first();
    plan.swing = 54;
    plan.seed = 7;
    plan.chordBars = genre->chordBars;
    plan.progression = genre->progressions.first().chords;
    std::uint32_t seed = 100;
    for (const music::PartTemplate &t : genre->parts) {
        if (!t.byDefault || t.role == music::PartRole::Pad)
            continue;
        music::Part part;
        part.id = t.id;
        part.role = t.role;
        part.name = t.name;
        part.instrument = t.instrument;
        part.style = t.styles.value(0);
        part.seed = seed++;
        plan.parts << part;
    }
    for (const music::SectionTemplate &t : genre->arrangement) {
        music::Section section;
        section.name = t.name;
        section.kind = t.kind;
        section.bars = t.bars;
        section.energy = t.energy;
        for (const QString &id : t.parts) {
            if (plan.part(id))
                section.parts << id;
        }
        plan.sections << section;
    }
    plan.length = music::LengthTarget{plan.totalBars(), 0.0};
    return plan;
}

Result<EditedPlan> edit(const Plan &plan, const QString &message, Language language = Language::English)
{
    ReadingContext context;
    context.hasProject = true;
    context.currentGenre = plan.genre;
    const MessageReading reading = readMessage(message, context);
    if (reading.intent != Intent::Modify)
        return makeError(ErrorCode::InvalidArgument, u"not read as a change: "_s + intentName(reading.intent));
    return applyEdits(plan, reading.edits, 2, language);
}

QStringList seedsExcept(const Plan &plan, const QStringList &ids)
{
    QStringList seeds;
    for (const music::Part &part : plan.parts) {
        if (!ids.contains(part.id))
            seeds << part.id + u'=' + QString::number(part.seed);
    }
    return seeds;
}

} // namespace

class TestPlanEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureIsValid()
    {
        QVERIFY_RESULT(music::validatePlan(housePlan()));
        QCOMPARE(housePlan().totalBars(), 96);
    }

    // The whole path: words, edit, diff (in both languages).
    void diffs_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("spanish");

        QTest::newRow("a 128") << u"a 128"_s << u"tempo 124 \u2192 128"_s << u"tempo 124 \u2192 128"_s;
        QTest::newRow("más rápido") << u"más rápido"_s << u"tempo 124 \u2192 129"_s << u"tempo 124 \u2192 129"_s;
        QTest::newRow("un poco más lento") << u"un poco más lento"_s << u"tempo 124 \u2192 121"_s
                                           << u"tempo 124 \u2192 121"_s;
        QTest::newRow("mucho más rápido") << u"mucho más rápido"_s << u"tempo 124 \u2192 130"_s
                                          << u"tempo 124 \u2192 130"_s;   // the top of house's range
        QTest::newRow("Re menor") << u"pásalo a Re menor"_s << u"key A minor \u2192 D minor"_s
                                  << u"tonalidad La menor \u2192 Re menor"_s;
        QTest::newRow("sube un tono") << u"sube un tono"_s << u"key A minor \u2192 B minor"_s
                                      << u"tonalidad La menor \u2192 Si menor"_s;
        QTest::newRow("quita la intro") << u"quita la intro"_s
                                        << u"Intro removed; length 96 \u2192 80 bars (3:06 \u2192 2:35)"_s
                                        << u"sin Intro; duración 96 \u2192 80 compases (3:06 \u2192 2:35)"_s;
        QTest::newRow("break más largo") << u"el break más largo"_s
                                         << u"Breakdown +8 bars; length 96 \u2192 104 bars (3:06 \u2192 3:21)"_s
                                         << u"Breakdown +8 compases; duración 96 \u2192 104 compases (3:06 \u2192 3:21)"_s;
        QTest::newRow("sin hi-hats") << u"sin hi-hats"_s << u"hi-hats removed"_s << u"sin hi-hats"_s;
        QTest::newRow("otro bajo") << u"otro bajo"_s << u"bass regenerated"_s << u"bajo regenerado"_s;
        QTest::newRow("nueva melodía") << u"cambia la melodía"_s << u"lead regenerated"_s << u"melodía regenerada"_s;
        QTest::newRow("combined") << u"a 128 y otro bajo"_s << u"tempo 124 \u2192 128; bass regenerated"_s
                                  << u"tempo 124 \u2192 128; bajo regenerado"_s;
        QTest::newRow("otra versión") << u"otra versión"_s << u"every part regenerated"_s
                                      << u"todas las partes regeneradas"_s;
        QTest::newRow("sin hats en la intro") << u"sin hi-hats en la intro"_s << u"no hi-hats in Intro"_s
                                              << u"sin hi-hats en Intro"_s;
    }

    void diffs()
    {
        QFETCH(QString, message);
        QFETCH(QString, english);
        QFETCH(QString, spanish);
        const Plan before = housePlan();
        auto edited = edit(before, message);
        QVERIFY_RESULT(edited);
        QCOMPARE(changesText(diffPlans(before, edited->plan, Language::English)), english);
        QCOMPARE(changesText(diffPlans(before, edited->plan, Language::Spanish)), spanish);
    }

    void transposingKeepsEverythingElse()
    {
        const Plan before = housePlan();
        auto edited = edit(before, u"pásalo a Re menor"_s);
        QVERIFY_RESULT(edited);
        Plan expected = before;
        expected.key = music::Key{2, music::Mode::Minor};
        QCOMPARE(edited->plan, expected);   // the same seeds, chords, sections and parts
        // Another mode: the chords are chosen again for it.
        auto major = edit(before, u"in D major"_s);
        QVERIFY_RESULT(major);
        QCOMPARE(major->plan.key, (music::Key{2, music::Mode::Major}));
        QVERIFY(major->plan.progression.isEmpty());
        QCOMPARE(seedsExcept(major->plan, {}), seedsExcept(before, {}));
    }

    void regeneratingOnePartKeepsTheOthers()
    {
        const Plan before = housePlan();
        auto edited = edit(before, u"otro bajo"_s);
        QVERIFY_RESULT(edited);
        QVERIFY(edited->plan.part(u"bass"_s)->seed != before.part(u"bass"_s)->seed);
        QVERIFY(edited->plan.part(u"bass"_s)->seed != 0);
        QCOMPARE(seedsExcept(edited->plan, {u"bass"_s}), seedsExcept(before, {u"bass"_s}));
        QCOMPARE(edited->plan.sections, before.sections);
        // A later version asking again gets yet another bass.
        auto again = applyEdits(edited->plan, readMessage(u"otro bajo"_s, {true, u"house"_s, false, {}}).edits, 3,
                                Language::English);
        QVERIFY_RESULT(again);
        QVERIFY(again->plan.part(u"bass"_s)->seed != edited->plan.part(u"bass"_s)->seed);
        QVERIFY(again->plan.part(u"bass"_s)->seed != before.part(u"bass"_s)->seed);
    }

    void addingPadsPutsThemWhereTheGenreHasThem()
    {
        const Plan before = housePlan();
        QVERIFY(!before.part(u"pad"_s));
        auto edited = edit(before, u"añade pads"_s);
        QVERIFY_RESULT(edited);
        const music::Part *pad = edited->plan.part(u"pad"_s);
        QVERIFY(pad);
        QCOMPARE(pad->role, music::PartRole::Pad);
        QCOMPARE(pad->name, u"Strings"_s);
        QVERIFY(pad->seed != 0);
        QStringList withPad;
        for (const music::Section &section : edited->plan.sections) {
            if (section.parts.contains(u"pad"_s))
                withPad << section.name;
        }
        QCOMPARE(withPad, (QStringList{u"Drop"_s, u"Breakdown"_s, u"Build 2"_s, u"Drop 2"_s}));
        QCOMPARE(seedsExcept(edited->plan, {u"pad"_s}), seedsExcept(before, {}));
        QCOMPARE(changesText(diffPlans(before, edited->plan, Language::Spanish)), u"con Strings"_s);
        QVERIFY_RESULT(music::validatePlan(edited->plan));
        // Asking again changes nothing, and says so.
        auto twice = edit(edited->plan, u"añade pads"_s, Language::Spanish);
        QCOMPARE(twice.errorCode(), ErrorCode::InvalidArgument);
        QCOMPARE(twice.errorMessage(), u"la canción ya tiene pads"_s);
    }

    void addingABreakGoesBeforeTheLastDrop()
    {
        Plan before = housePlan();
        auto edited = edit(before, u"añade un break"_s);
        QVERIFY_RESULT(edited);
        QStringList names;
        for (const music::Section &section : edited->plan.sections)
            names << section.name;
        QCOMPARE(names, (QStringList{u"Intro"_s, u"Build"_s, u"Drop"_s, u"Breakdown"_s, u"Build 2"_s,
                                     u"Breakdown 2"_s, u"Drop 2"_s, u"Outro"_s}));
        QCOMPARE(edited->plan.sections.at(5).bars, 16);
        QVERIFY(!edited->plan.sections.at(5).parts.contains(u"kick"_s));   // as the genre's break
        QCOMPARE(edited->plan.length.bars, 112);
        QCOMPARE(changesText(diffPlans(before, edited->plan, Language::English)),
                 u"Breakdown 2 added (16 bars); length 96 \u2192 112 bars (3:06 \u2192 3:37)"_s);
    }

    void moodChangesChordsAndMode()
    {
        Plan before = housePlan();
        auto dark = edit(before, u"más oscuro"_s);
        QVERIFY_RESULT(dark);
        QCOMPARE(dark->plan.mood, music::Mood::Dark);
        QVERIFY(dark->plan.progression.isEmpty());   // the planner picks chords for the mood
        QCOMPARE(dark->plan.key, before.key);         // house keeps minor for dark
        auto happy = edit(before, u"make it happier"_s);
        QVERIFY_RESULT(happy);
        QCOMPARE(happy->plan.key.mode, music::Mode::Major);   // house's profile: happy is major
    }

    void tempoStaysMusical()
    {
        Plan plan = housePlan();
        plan.tempo = 130;   // the top of house's range
        auto faster = edit(plan, u"más rápido"_s, Language::Spanish);
        QVERIFY_RESULT(faster);
        QCOMPARE(faster->plan.tempo, 135.0);
        QCOMPARE(faster->notes.size(), 1);
        QVERIFY(faster->notes.first().contains(u"House"_s));
        plan.tempo = 128;
        faster = edit(plan, u"más rápido"_s);
        QVERIFY_RESULT(faster);
        QCOMPARE(faster->plan.tempo, 130.0);
        QCOMPARE(tempoStep(174), 7.0);
        QCOMPARE(tempoStep(70), 3.0);
        QCOMPARE(tempoStep(40), 2.0);
        QCOMPARE(edit(plan, u"a 300"_s).errorCode(), ErrorCode::InvalidArgument);
    }

    void lengthChanges()
    {
        const Plan before = housePlan();
        auto longer = edit(before, u"más largo"_s);
        QVERIFY_RESULT(longer);
        QCOMPARE(longer->plan.totalBars(), 112);   // both drops +8
        auto shorter = edit(before, u"make it shorter"_s);
        QVERIFY_RESULT(shorter);
        QCOMPARE(shorter->plan.totalBars(), 80);
        auto exact = edit(before, u"que dure 2 minutos"_s);
        QVERIFY_RESULT(exact);
        QVERIFY(exact->plan.sections.isEmpty());   // arranged again by the planner
        QCOMPARE(exact->plan.length.seconds, 120.0);
    }

    void genreChangeStartsTheArrangementOver()
    {
        const Plan before = housePlan();
        auto techno = edit(before, u"pásalo a techno"_s);
        QVERIFY_RESULT(techno);
        QCOMPARE(techno->plan.genre, u"techno"_s);
        QVERIFY(techno->plan.sections.isEmpty());
        QVERIFY(techno->plan.parts.isEmpty());
        QCOMPARE(techno->plan.key, before.key);
        QCOMPARE(techno->plan.seed, before.seed);
    }

    void impossibleChangesSayWhy_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("spanish");
        QTest::newRow("no verse") << u"quita la estrofa"_s << u"no hay estrofa que quitar"_s;
        QTest::newRow("no pads to remove") << u"sin pads"_s << u"no hay pads que quitar"_s;
        QTest::newRow("no arp to change") << u"otro arpegio"_s
                                          << u"no hay arpegio que cambiar: di \u201cañade arpegio\u201d para ponerlo"_s;
    }

    void impossibleChangesSayWhy()
    {
        QFETCH(QString, message);
        QFETCH(QString, spanish);
        auto edited = edit(housePlan(), message, Language::Spanish);
        QCOMPARE(edited.errorCode(), ErrorCode::InvalidArgument);
        QCOMPARE(edited.errorMessage(), spanish);
    }

    void removingEverySectionIsRefused()
    {
        Plan plan = housePlan();
        plan.sections = {plan.sections.at(0)};   // only the intro
        plan.length = {};
        auto edited = edit(plan, u"quita la intro"_s);
        QCOMPARE(edited.errorCode(), ErrorCode::InvalidArgument);
    }

    void samplesToSwap()
    {
        auto edited = edit(housePlan(), u"otro sample de kick"_s);
        QVERIFY_RESULT(edited);
        QCOMPARE(edited->swapSamplesFor, QStringList{u"kick"_s});
        QCOMPARE(edited->plan, housePlan());
        auto all = edit(housePlan(), u"cambia los samples"_s);
        QVERIFY_RESULT(all);
        QVERIFY(all->swapAllSamples);
    }

    void freshSeedsDiffer()
    {
        QSet<std::uint32_t> seen;
        for (std::uint32_t salt = 1; salt <= 200; ++salt) {
            const std::uint32_t seed = freshSeed(5, u"bass", salt);
            QVERIFY(seed != 5 && seed != 0);
            seen.insert(seed);
        }
        QCOMPARE(seen.size(), 200);
        QCOMPARE(freshSeed(5, u"bass", 1), freshSeed(5, u"bass", 1));   // deterministic
    }
};

QTEST_GUILESS_MAIN(TestPlanEdit)
#include "tst_planedit.moc"

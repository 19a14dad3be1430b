// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/genre.h"
#include "music/planner.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>

using namespace musiaia;
using namespace musiaia::music;
using namespace Qt::Literals::StringLiterals;

namespace {

bool hasRole(const Plan &plan, PartRole role)
{
    return !plan.partsWithRole(role).isEmpty();
}

bool sectionsOnlyNameParts(const Plan &plan)
{
    for (const Section &section : plan.sections) {
        for (const QString &id : section.parts) {
            if (!plan.part(id))
                return false;
        }
    }
    return true;
}

const Section *sectionOfKind(const Plan &plan, SectionKind kind)
{
    for (const Section &section : plan.sections) {
        if (section.kind == kind)
            return &section;
    }
    return nullptr;
}

} // namespace

class TestPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lengthWithinOneBar_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<int>("bars");
        QTest::addColumn<uint>("seed");
        const struct
        {
            const char *text;
            double seconds;
            int bars;
        } cases[] = {
            { "house a 124 BPM en La menor, 3 minutos", 180, 0 },
            { "techno oscuro 3:30", 210, 0 },
            { "trance de 64 compases", 0, 64 },
            { "drum and bass 64 bars", 0, 64 },
            { "lo-fi hip hop, 2 minutes", 120, 0 },
            { "dubstep 3 minutos", 180, 0 },
            { "trap 1 minuto", 60, 0 },
            { "ambient 10 minutos", 600, 0 },
            { "reggaeton 20 compases", 0, 20 },
            { "uk garage 3 minutos y medio a 134", 210, 0 },
        };
        for (const auto &c : cases) {
            for (std::uint32_t seed : { 0u, 1u, 7u, 4242u })
                QTest::addRow("%s / seed %u", c.text, seed)
                    << QString::fromUtf8(c.text) << c.seconds << c.bars << uint(seed);
        }
    }

    void lengthWithinOneBar()
    {
        QFETCH(QString, request);
        QFETCH(double, seconds);
        QFETCH(int, bars);
        QFETCH(uint, seed);
        const Result<Plan> plan = planFromText(request, seed);
        QVERIFY_RESULT(plan);
        QVERIFY(plan->isComplete());
        QVERIFY_RESULT(validatePlan(*plan));
        const double wanted = bars > 0 ? bars : seconds * plan->tempo / 240.0;
        QVERIFY2(std::abs(plan->totalBars() - wanted) <= 1.0,
                 qPrintable(u"%1 bars for %2"_s.arg(plan->totalBars()).arg(wanted)));
        // Whole phrases, except the tail that takes the odd bars.
        for (qsizetype i = 0; i + 1 < plan->sections.size(); ++i)
            QCOMPARE(plan->sections.at(i).bars % 4, 0);
    }

    void everyGenreCompletes_data()
    {
        QTest::addColumn<QString>("genre");
        QTest::addColumn<uint>("seed");
        for (const GenreProfile &genre : allGenres()) {
            for (uint seed : { 0u, 1u, 2u, 99u, 123456u })
                QTest::addRow("%s/%u", qPrintable(genre.id), seed) << genre.id << seed;
        }
    }

    void everyGenreCompletes()
    {
        QFETCH(QString, genre);
        QFETCH(uint, seed);
        Plan partial;
        partial.genre = genre;
        partial.seed = seed;
        const Result<Plan> plan = completePlan(partial);
        QVERIFY_RESULT(plan);
        QVERIFY(plan->isComplete());
        QVERIFY_RESULT(validatePlan(*plan));
        QVERIFY(sectionsOnlyNameParts(*plan));
        const GenreProfile *profile = findGenre(genre);
        QVERIFY(plan->tempo >= profile->tempoMin && plan->tempo <= profile->tempoMax);
        QVERIFY(plan->swing >= profile->swingMin && plan->swing <= profile->swingMax);
        if (seed == 0) {
            QCOMPARE(plan->tempo, profile->tempoDefault);
            QCOMPARE(plan->swing, profile->swingDefault);
        }
        QVERIFY(!plan->title.isEmpty());
        // The genre's usual length, within a bar.
        QVERIFY(std::abs(plan->totalBars() - profile->lengthSeconds * plan->tempo / 240.0) <= 1.0);
        // Each part has its own seed, a style of its role and a colour.
        QSet<std::uint32_t> seeds;
        for (const Part &part : plan->parts) {
            QVERIFY(part.seed != 0);
            seeds.insert(part.seed);
            QVERIFY(roleStyles(part.role).contains(part.style));
            QVERIFY(part.color >= 0 && part.color <= 69);
            const bool plays = std::any_of(plan->sections.cbegin(), plan->sections.cend(),
                                           [&part](const Section &s) { return s.parts.contains(part.id); });
            QVERIFY2(plays, qPrintable(part.id));
        }
        QCOMPARE(seeds.size(), plan->parts.size());
        // The chords fit the key.
        for (const QString &numeral : plan->progression) {
            const Result<Chord> chord = parseRomanChord(numeral, plan->key);
            QVERIFY_RESULT(chord);
            for (int pc : chord->pitchClasses())
                QVERIFY2(plan->key.contains(pc), qPrintable(numeral + u" in "_s + keyDisplayName(plan->key)));
        }
        // Deterministic.
        QCOMPARE(*completePlan(partial), *plan);
    }

    void seedsGiveOtherSongs()
    {
        for (const GenreProfile &genre : allGenres()) {
            Plan a, b;
            a.genre = b.genre = genre.id;
            a.seed = 11;
            b.seed = 12;
            const Plan completeA = *completePlan(a);
            const Plan completeB = *completePlan(b);
            QVERIFY2(completeA != completeB, qPrintable(genre.id));
            QVERIFY(completeA.parts.first().seed != completeB.parts.first().seed);
        }
    }

    void setFieldsAreKept()
    {
        Plan partial;
        partial.genre = u"techno"_s;
        partial.tempo = 133;
        partial.key = Key { 5, Mode::Phrygian };
        partial.swing = 57;
        partial.progression = { u"i"_s, u"bII"_s };
        partial.chordBars = 4;
        partial.title = u"Nacht"_s;
        partial.seed = 5;
        Part bass;
        bass.id = u"bass"_s;
        bass.role = PartRole::Bass;
        bass.style = u"acid"_s;
        bass.seed = 77;
        Part kick;
        kick.id = u"kick"_s;
        kick.role = PartRole::Kick;
        partial.parts = { kick, bass };
        const Result<Plan> plan = completePlan(partial);
        QVERIFY_RESULT(plan);
        QCOMPARE(plan->tempo, 133.0);
        QCOMPARE(plan->key, partial.key);
        QCOMPARE(plan->swing, 57.0);
        QCOMPARE(plan->progression, partial.progression);
        QCOMPARE(plan->chordBars, 4);
        QCOMPARE(plan->title, u"Nacht"_s);
        QCOMPARE(plan->parts.size(), 2);
        QCOMPARE(plan->part(u"bass"_s)->style, u"acid"_s);
        QCOMPARE(plan->part(u"bass"_s)->seed, 77u);
        QCOMPARE(plan->part(u"kick"_s)->seed, derivePartSeed(5, u"kick"_s));
        QVERIFY(sectionsOnlyNameParts(*plan));
        // The kick plays where the genre's kick does; the bass where its bass does.
        QVERIFY(!plan->sections.isEmpty());
        QVERIFY(std::any_of(plan->sections.cbegin(), plan->sections.cend(),
                            [](const Section &s) { return s.parts.contains(u"bass"_s); }));
    }

    void sectionsNamingRolesMakeParts()
    {
        Plan partial;
        partial.genre = u"house"_s;
        Section intro { u"Intro"_s, SectionKind::Intro, 8, 0.3, { u"kick"_s, u"pad"_s }, {} };
        Section drop { u"Drop"_s, SectionKind::Drop, 16, 0.9, { u"drums"_s, u"bass"_s, u"lead"_s }, {} };
        partial.sections = { intro, drop };
        const Result<Plan> plan = completePlan(partial);
        QVERIFY_RESULT(plan);
        QCOMPARE(plan->totalBars(), 24);
        QVERIFY(hasRole(*plan, PartRole::Pad));
        QVERIFY(hasRole(*plan, PartRole::Hats)); // "drums" brings every drum part of the genre
        QVERIFY(!hasRole(*plan, PartRole::Chords));
        QVERIFY(sectionsOnlyNameParts(*plan));
        QVERIFY(plan->sections.at(1).parts.contains(u"hats"_s));
        QVERIFY(!plan->sections.at(0).parts.contains(u"hats"_s));
    }

    void lengthAndNoSectionsIsFitted()
    {
        Plan partial;
        partial.genre = u"drum_and_bass"_s;
        partial.length = LengthTarget { 0, 150.0 };
        partial.tempo = 172;
        const Result<Plan> plan = completePlan(partial);
        QVERIFY_RESULT(plan);
        QVERIFY(std::abs(plan->totalBars() - 150.0 * 172 / 240) <= 1.0);
    }

    void partsInAndOut_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QList<int>>("without");
        QTest::addColumn<QList<int>>("with");
        QTest::newRow("sin bajo") << u"house sin bajo"_s << QList<int> { int(PartRole::Bass) }
                                  << QList<int> { int(PartRole::Kick) };
        QTest::newRow("no hi-hats") << u"techno, no hi-hats"_s << QList<int> { int(PartRole::Hats) }
                                    << QList<int> { int(PartRole::Kick), int(PartRole::Bass) };
        QTest::newRow("sin bateria") << u"deep house sin batería"_s
                                     << QList<int> { int(PartRole::Kick), int(PartRole::Snare),
                                                     int(PartRole::Hats), int(PartRole::Percussion) }
                                     << QList<int> { int(PartRole::Bass), int(PartRole::Chords) };
        QTest::newRow("only harmony left in the intro")
            << u"techno sin batería, sin fx"_s
            << QList<int> { int(PartRole::Kick), int(PartRole::Hats), int(PartRole::Fx) }
            << QList<int> { int(PartRole::Bass) };
        QTest::newRow("con arp") << u"house con arpegios"_s << QList<int> {}
                                 << QList<int> { int(PartRole::Arp) };
        QTest::newRow("without lead or pads")
            << u"trap without melody and no pads"_s << QList<int> { int(PartRole::Lead), int(PartRole::Pad) }
            << QList<int> { int(PartRole::Bass) };
    }

    void partsInAndOut()
    {
        QFETCH(QString, request);
        QFETCH(QList<int>, without);
        QFETCH(QList<int>, with);
        const Result<Plan> plan = planFromText(request);
        QVERIFY_RESULT(plan);
        for (int role : without)
            QVERIFY2(!hasRole(*plan, PartRole(role)), qPrintable(roleName(PartRole(role))));
        for (int role : with)
            QVERIFY2(hasRole(*plan, PartRole(role)), qPrintable(roleName(PartRole(role))));
        QVERIFY(sectionsOnlyNameParts(*plan));
        for (const Section &section : plan->sections)
            QVERIFY2(!section.parts.isEmpty() || plan->sections.size() == 1, qPrintable(section.name));
    }

    void sectionRequests()
    {
        const Plan noIntro = *planFromText(u"house sin intro, 3 minutos"_s);
        QVERIFY(!sectionOfKind(noIntro, SectionKind::Intro));
        QVERIFY(std::abs(noIntro.totalBars() - 180 * noIntro.tempo / 240) <= 1.0);

        const Plan withBreakdown = *planFromText(u"trap con breakdown"_s);
        QVERIFY(sectionOfKind(withBreakdown, SectionKind::Breakdown));

        const Plan exact = *planFromText(u"techno con un drop de 32 compases, 4 minutos"_s);
        const Section *drop = sectionOfKind(exact, SectionKind::Drop);
        QVERIFY(drop);
        QCOMPARE(drop->bars, 32);
        QVERIFY(std::abs(exact.totalBars() - 240 * exact.tempo / 240) <= 1.0);

        const Plan longDrop = *planFromText(u"house con drop largo"_s, 3);
        const Plan plainDrop = *planFromText(u"house"_s, 3);
        QVERIFY(sectionOfKind(longDrop, SectionKind::Drop)->bars
                > sectionOfKind(plainDrop, SectionKind::Drop)->bars);
    }

    void requestedFieldsAreHonoured()
    {
        QStringList notes;
        const Result<Plan> plan = planFromText(u"house a 124 BPM en La menor, 3 minutos"_s, &notes);
        QVERIFY_RESULT(plan);
        QCOMPARE(plan->genre, u"house"_s);
        QCOMPARE(plan->tempo, 124.0);
        QCOMPARE(plan->key.root, 9);
        QVERIFY(isMinorFamily(plan->key.mode));
        QCOMPARE(plan->length.seconds, 180.0);
        QCOMPARE(plan->totalBars(), 93);

        const Plan dark = *planFromText(u"techno a 130 BPM en Fa menor, oscuro"_s);
        QCOMPARE(dark.key.root, 5);
        QCOMPARE(dark.key.mode, Mode::Phrygian);
        QCOMPARE(dark.mood, Mood::Dark);

        const Plan fast = *planFromText(u"house rápido"_s, 0u);
        QVERIFY(fast.tempo > 124.0);
    }

    void notesCarryContradictionsAndGuesses()
    {
        QStringList notes;
        QVERIFY_RESULT(planFromText(u"house sin bajo con bajo"_s, &notes));
        QVERIFY2(!notes.isEmpty(), "the parser's contradiction is reported");

        notes.clear();
        const Result<Plan> guessed = planFromText(u"algo a 174 BPM"_s, &notes);
        QVERIFY_RESULT(guessed);
        QCOMPARE(guessed->genre, u"drum_and_bass"_s);
        QVERIFY(!notes.isEmpty());

        notes.clear();
        const Result<Plan> nothing = planFromText(u"hola"_s, &notes);
        QVERIFY_RESULT(nothing);
        QVERIFY(!notes.isEmpty());
    }

    void badInput()
    {
        QVERIFY(!planFromText(u"   "_s).hasValue());
        Plan unknown;
        unknown.genre = u"polka"_s;
        QVERIFY(!completePlan(unknown).hasValue());
        Plan badTempo;
        badTempo.genre = u"house"_s;
        badTempo.tempo = 400;
        QVERIFY(!completePlan(badTempo).hasValue());
    }

    void sameTextSameSeed()
    {
        QCOMPARE(seedForRequest(u"House en La menor"_s), seedForRequest(u"house en la menor"_s));
        QVERIFY(seedForRequest(u"house en la menor"_s) != seedForRequest(u"house en re menor"_s));
        QCOMPARE(*planFromText(u"deep house chill"_s), *planFromText(u"deep house chill"_s));
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"

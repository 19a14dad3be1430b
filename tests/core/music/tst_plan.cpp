// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/plan.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace musiaia;
using namespace musiaia::music;
using namespace Qt::Literals::StringLiterals;

namespace {

Plan fullPlan()
{
    Plan plan;
    plan.title = u"Noche en La"_s;
    plan.genre = u"house"_s;
    plan.tempo = 124.0;
    plan.key = Key{9, Mode::Minor};
    plan.mood = Mood::Dark;
    plan.swing = 54.0;
    plan.seed = 4000000000u;
    plan.length.seconds = 180.0;
    plan.progression = {u"i"_s, u"VImaj7"_s, u"III"_s, u"VII"_s};
    plan.chordBars = 2;
    plan.parts = {
        Part{u"kick"_s, PartRole::Kick, QString(), u"909 kick"_s, u"normal"_s, 0, -1},
        Part{u"hats"_s, PartRole::Hats, u"Hi-hats"_s, QString(), QString(), 3, 12},
        Part{u"bass"_s, PartRole::Bass, QString(), u"sub bass"_s, u"offbeat"_s, 17, -1},
        Part{u"lead"_s, PartRole::Lead, QString(), u"saw lead"_s, u"motif"_s, 0, 25},
    };
    plan.sections = {
        Section{u"Intro"_s, SectionKind::Intro, 16, 0.3, {u"kick"_s, u"hats"_s}, {}},
        Section{u"Drop"_s, SectionKind::Drop, 32, 0.9, {u"kick"_s, u"hats"_s, u"bass"_s, u"lead"_s}, {}},
        Section{u"Break"_s, SectionKind::Breakdown, 16, 0.4, {u"lead"_s}, {u"VI"_s, u"VII"_s}},
        Section{u"Outro"_s, SectionKind::Outro, 29, 0.3, {u"kick"_s}, {}},
    };
    return plan;
}

QStringList schemaEnumAt(const QStringList &path)
{
    QJsonObject node = planSchema();
    for (const QString &step : path)
        node = node.value(step).toObject();
    QStringList values;
    for (const QJsonValue &value : node.value(u"enum"_s).toArray())
        values << value.toString();
    return values;
}

QJsonObject withField(QJsonObject object, const QString &field, const QJsonValue &value)
{
    object.insert(field, value);
    return object;
}

} // namespace

class TestPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaIsCompiledIn()
    {
        QVERIFY(!planSchemaText().isEmpty());
        QCOMPARE(planSchema().value(u"type"_s).toString(), u"object"_s);
        QCOMPARE(planSchema().value(u"required"_s).toArray(), QJsonArray{u"genre"_s});
    }

    void roundTripKeepsEverything()
    {
        const Plan plan = fullPlan();
        const auto back = planFromJson(toJsonText(plan));
        QVERIFY_RESULT(back);
        QCOMPARE(*back, plan);
        QVERIFY(back->isComplete());
        QCOMPARE(back->totalBars(), 93);
    }

    void jsonUsesOnlySchemaFields()
    {
        const QJsonObject json = toJson(fullPlan());
        const QJsonObject properties = planSchema().value(u"properties"_s).toObject();
        for (const QString &key : json.keys())
            QVERIFY2(properties.contains(key), qPrintable(key));
        const QJsonObject sectionProps =
            properties.value(u"sections"_s).toObject().value(u"items"_s).toObject().value(u"properties"_s).toObject();
        for (const QJsonValue &section : json.value(u"sections"_s).toArray()) {
            for (const QString &key : section.toObject().keys())
                QVERIFY2(sectionProps.contains(key), qPrintable(key));
        }
        const QJsonObject partProps =
            properties.value(u"parts"_s).toObject().value(u"items"_s).toObject().value(u"properties"_s).toObject();
        for (const QJsonValue &part : json.value(u"parts"_s).toArray()) {
            for (const QString &key : part.toObject().keys())
                QVERIFY2(partProps.contains(key), qPrintable(key));
        }
        QCOMPARE(json.value(u"key"_s).toObject().value(u"root"_s).toString(), u"A"_s);
    }

    void schemaEnumsMatchTheCode()
    {
        QStringList roles, moods, kinds, modes, styles;
        for (PartRole role : kAllRoles) {
            roles << roleName(role);
            for (const QString &style : roleStyles(role)) {
                if (!styles.contains(style))
                    styles << style;
            }
        }
        for (Mood mood : kAllMoods)
            moods << moodName(mood);
        for (SectionKind kind : kAllSectionKinds)
            kinds << sectionKindName(kind);
        for (Mode mode : kAllModes)
            modes << modeName(mode);
        const QString items = u"items"_s, props = u"properties"_s;
        QCOMPARE(schemaEnumAt({props, u"parts"_s, items, props, u"role"_s}), roles);
        QCOMPARE(schemaEnumAt({props, u"mood"_s}), moods);
        QCOMPARE(schemaEnumAt({props, u"sections"_s, items, props, u"kind"_s}), kinds);
        QCOMPARE(schemaEnumAt({props, u"key"_s, props, u"mode"_s}), modes);
        QStringList schemaStyles = schemaEnumAt({props, u"parts"_s, items, props, u"style"_s});
        std::sort(schemaStyles.begin(), schemaStyles.end());
        std::sort(styles.begin(), styles.end());
        QCOMPARE(schemaStyles, styles);
    }

    void partialPlanIsAccepted()
    {
        const auto plan = planFromJson(R"({"genre": "techno", "mood": "dark", "tempo": 132})"_ba);
        QVERIFY_RESULT(plan);
        QCOMPARE(plan->genre, u"techno"_s);
        QCOMPARE(plan->mood, Mood::Dark);
        QCOMPARE(plan->tempo, 132.0);
        QVERIFY(!plan->key.isValid());
        QVERIFY(!plan->isComplete());
        // Sections may name roles when the plan lists no parts: the planner makes those parts.
        QVERIFY_RESULT(planFromJson(
            R"({"genre": "house", "sections": [{"kind": "intro", "bars": 8, "parts": ["kick", "pad"]}]})"_ba));
    }

    void keyAcceptsSpellings()
    {
        const auto plan = planFromJson(R"({"genre": "trap", "key": {"root": "Bb", "mode": "harmonic_minor"}})"_ba);
        QVERIFY_RESULT(plan);
        QCOMPARE(plan->key, (Key{10, Mode::HarmonicMinor}));
    }

    void badPlansSayWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray good = toJsonText(fullPlan());
        const QJsonObject base = QJsonDocument::fromJson(good).object();
        auto edited = [&](const QString &field, const QJsonValue &value) {
            return QJsonDocument(withField(base, field, value)).toJson();
        };
        QJsonArray sections = base.value(u"sections"_s).toArray();
        QJsonObject badSection = sections.at(2).toObject();
        badSection.insert(u"bars"_s, 0);
        QJsonArray sectionsBadBars = sections;
        sectionsBadBars.replace(2, badSection);
        QJsonObject unknownPartSection = sections.at(1).toObject();
        unknownPartSection.insert(u"parts"_s, QJsonArray{u"kick"_s, u"vocals"_s});
        QJsonArray sectionsUnknownPart = sections;
        sectionsUnknownPart.replace(1, unknownPartSection);
        QJsonArray parts = base.value(u"parts"_s).toArray();
        QJsonArray duplicateParts = parts;
        duplicateParts.append(parts.at(0));
        QJsonObject badStyle = parts.at(2).toObject();
        badStyle.insert(u"style"_s, u"motif"_s);
        QJsonArray partsBadStyle = parts;
        partsBadStyle.replace(2, badStyle);
        QJsonObject badColor = parts.at(0).toObject();
        badColor.insert(u"color"_s, 70);
        QJsonArray partsBadColor = parts;
        partsBadColor.replace(0, badColor);

        QTest::newRow("not json") << "{genre: house"_ba << u"not valid JSON"_s;
        QTest::newRow("array root") << "[1, 2]"_ba << u"expected a JSON object"_s;
        QTest::newRow("missing genre") << "{}"_ba << u"genre: missing"_s;
        QTest::newRow("unknown genre") << edited(u"genre"_s, u"polka"_s) << u"\"polka\" is not a known genre"_s;
        QTest::newRow("unknown field") << edited(u"bpm"_s, 124) << u"bpm: unknown field"_s;
        QTest::newRow("tempo as text") << edited(u"tempo"_s, u"fast"_s) << u"tempo: expected a number"_s;
        QTest::newRow("tempo too fast") << edited(u"tempo"_s, 400) << u"tempo: expected a number from 40 to 250"_s;
        QTest::newRow("bad root") << edited(u"key"_s, QJsonObject{{u"root"_s, u"H"_s}, {u"mode"_s, u"minor"_s}})
                                  << u"key.root: \"H\" is not a note name"_s;
        QTest::newRow("bad mode") << edited(u"key"_s, QJsonObject{{u"root"_s, u"A"_s}, {u"mode"_s, u"sad"_s}})
                                  << u"key.mode: \"sad\" is not a mode"_s;
        QTest::newRow("bad mood") << edited(u"mood"_s, u"spicy"_s) << u"mood: \"spicy\" is not a mood"_s;
        QTest::newRow("swing") << edited(u"swing"_s, 80) << u"swing: expected a number from 50 to 75"_s;
        QTest::newRow("waltz") << edited(u"timeSignature"_s, QJsonObject{{u"numerator"_s, 3}, {u"denominator"_s, 4}})
                               << u"4/4 only"_s;
        QTest::newRow("negative seed") << edited(u"seed"_s, -1) << u"seed: expected an integer from 0"_s;
        QTest::newRow("huge seed") << edited(u"seed"_s, 4294967296.0) << u"seed: expected an integer"_s;
        QTest::newRow("fractional bars") << edited(u"chordBars"_s, 1.5) << u"chordBars: expected an integer"_s;
        QTest::newRow("bad numeral") << edited(u"progression"_s, QJsonArray{u"i"_s, u"Am"_s})
                                     << u"progression[1]: \"Am\" is not a Roman-numeral chord"_s;
        QTest::newRow("empty progression") << edited(u"progression"_s, QJsonArray{}) << u"progression"_s;
        QTest::newRow("length both")
            << edited(u"length"_s, QJsonObject{{u"bars"_s, 64}, {u"seconds"_s, 180}}) << u"length: give either"_s;
        QTest::newRow("section bars") << edited(u"sections"_s, sectionsBadBars)
                                      << u"sections[2].bars: expected an integer from 1 to 512, got 0"_s;
        QTest::newRow("section part")
            << edited(u"sections"_s, sectionsUnknownPart) << u"sections[1].parts: \"vocals\" is not the id"_s;
        QTest::newRow("no sections") << edited(u"sections"_s, QJsonArray{}) << u"sections: expected 1 to 32"_s;
        QTest::newRow("duplicate part") << edited(u"parts"_s, duplicateParts) << u"\"kick\" is used by two parts"_s;
        QTest::newRow("style for role") << edited(u"parts"_s, partsBadStyle)
                                        << u"parts[2].style: \"motif\" is not a style for bass"_s;
        QTest::newRow("color") << edited(u"parts"_s, partsBadColor) << u"parts[0].color: expected an integer from 0 to 69"_s;
        QTest::newRow("role") << edited(u"parts"_s, QJsonArray{QJsonObject{{u"id"_s, u"v"_s}, {u"role"_s, u"vocals"_s}}})
                              << u"parts[0].role: \"vocals\" is not a role"_s;
        QTest::newRow("id") << edited(u"parts"_s, QJsonArray{QJsonObject{{u"id"_s, u"Lead 1"_s}, {u"role"_s, u"lead"_s}}})
                            << u"parts[0].id: \"Lead 1\" must be lower-case"_s;
    }

    void badPlansSayWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto plan = planFromJson(json);
        QVERIFY(!plan.hasValue());
        QVERIFY2(plan.errorMessage().contains(expected), qPrintable(plan.errorMessage()));
        QVERIFY(plan.errorCode() == ErrorCode::InvalidArgument || plan.errorCode() == ErrorCode::Corrupt);
    }

    void validateCatchesHandEdits()
    {
        Plan plan = fullPlan();
        plan.sections[0].parts << u"pad"_s;
        QVERIFY(!validatePlan(plan));
        plan = fullPlan();
        plan.parts[1].id = u"kick"_s;
        QVERIFY(!validatePlan(plan));
        QVERIFY_RESULT(validatePlan(fullPlan()));
    }

    void lengthConvertsSecondsToBars()
    {
        LengthTarget length;
        length.seconds = 180.0;
        QCOMPARE(length.barsAt(124.0), 93);
        QCOMPARE(length.barsAt(130.0), 98);   // 97.5 rounds up
        length = LengthTarget{64, 0.0};
        QCOMPARE(length.barsAt(90.0), 64);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/genre.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace musiaia;
using namespace musiaia::music;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList schemaGenres()
{
    QStringList ids;
    const QJsonArray values =
        planSchema().value(u"properties"_s).toObject().value(u"genre"_s).toObject().value(u"enum"_s).toArray();
    for (const QJsonValue &value : values)
        ids << value.toString();
    return ids;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Turns the house profile into a broken one by replacing a piece of its text.
QByteArray brokenHouse(const QByteArray &from, const QByteArray &to)
{
    QByteArray json = readResource(u":/data/genres/house.json"_s);
    const qsizetype at = json.indexOf(from);
    if (at < 0)
        return QByteArray();
    return json.replace(at, from.size(), to);
}

} // namespace

class TestGenres final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyProfileFileIsValid_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : genreResourcePaths())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void everyProfileFileIsValid()
    {
        QFETCH(QString, path);
        const auto profile = genreFromJson(readResource(path));
        QVERIFY_RESULT(profile);
        QCOMPARE(profile->id + u".json"_s, QFileInfo(path).fileName());
        QVERIFY(profile->tempoMin <= profile->tempoDefault && profile->tempoDefault <= profile->tempoMax);
        QVERIFY(!profile->keys.isEmpty());
        QVERIFY(profile->aliases.contains(profile->id.toLower().replace(u'_', u' ')) || !profile->aliases.isEmpty());
        // Every section plays something the genre has by default, and the main kind exists.
        bool hasMain = false;
        for (const SectionTemplate &section : profile->arrangement) {
            hasMain = hasMain || section.kind == profile->mainKind();
            bool playsDefault = false;
            for (const QString &id : section.parts)
                playsDefault = playsDefault || profile->partTemplate(id)->byDefault;
            QVERIFY2(playsDefault, qPrintable(section.name));
        }
        QVERIFY(hasMain);
        // Four-on-the-floor genres keep the kick on every beat in every pattern.
        for (const DrumPattern &pattern : profile->patterns) {
            for (const DrumLane &lane : pattern.lanes) {
                if (lane.voice != DrumVoice::Kick || !profile->checks.fourOnTheFloor)
                    continue;
                for (int step = 0; step < pattern.steps; step += 4)
                    QVERIFY2(lane.steps.at(step) != u'.', qPrintable(pattern.name));
            }
        }
    }

    void profilesMatchThePlanSchema()
    {
        QStringList loaded;
        for (const GenreProfile &genre : allGenres())
            loaded << genre.id;
        QStringList schema = schemaGenres();
        std::sort(schema.begin(), schema.end());
        QCOMPARE(loaded, schema);
        QVERIFY(loaded.size() >= 15);
        QCOMPARE(genreResourcePaths().size(), loaded.size());
    }

    void aliasesAreUnique()
    {
        QSet<QString> seen;
        for (const GenreProfile &genre : allGenres()) {
            for (const QString &alias : genre.aliases) {
                QVERIFY2(!seen.contains(alias), qPrintable(alias));
                seen.insert(alias);
            }
        }
    }

    void findGenre()
    {
        QVERIFY(musiaia::music::findGenre(u"house"_s));
        QCOMPARE(musiaia::music::findGenre(u"house"_s)->tempoDefault, 124.0);
        QVERIFY(!musiaia::music::findGenre(u"polka"_s));
    }

    void brokenProfilesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << "{"_ba << u"not a JSON object"_s;
        QTest::newRow("unknown field") << brokenHouse("\"leadDensity\"", "\"leadDensty\"") << u"leadDensty: unknown field"_s;
        QTest::newRow("tempo order") << brokenHouse("\"default\": 124", "\"default\": 140")
                                     << u"tempo: expected min <= default <= max"_s;
        QTest::newRow("short lane") << brokenHouse("\"X...x...X...x...\"", "\"X...x...X...x..\"")
                                    << u"16 or 32 steps"_s;
        QTest::newRow("bad step") << brokenHouse("\"....X.......X...\"", "\"....X.......X..?\"")
                                  << u"'?' is not one of"_s;
        QTest::newRow("voice") << brokenHouse("\"shaker\": \"o.g", "\"shakr\": \"o.g") << u"unknown drum voice"_s;
        QTest::newRow("numeral") << brokenHouse("\"i7\", \"VImaj7\"", "\"i7\", \"Fmaj7\"")
                                 << u"\"Fmaj7\" is not a Roman-numeral chord"_s;
        QTest::newRow("key") << brokenHouse("\"A minor\", \"F minor\"", "\"A minor\", \"H minor\"")
                             << u"\"H minor\" is not a key"_s;
        QTest::newRow("style") << brokenHouse("\"styles\": [\"offbeat\", \"octave\"]", "\"styles\": [\"motif\"]")
                               << u"\"motif\" is not a style for bass"_s;
        QTest::newRow("section part") << brokenHouse("\"parts\": [\"kick\", \"hats\", \"perc\", \"fx\"]",
                                                     "\"parts\": [\"kick\", \"vocals\"]")
                                      << u"\"vocals\" is not a part of this genre"_s;
        QTest::newRow("odd bars") << brokenHouse("\"bars\": 16, \"energy\": 0.35", "\"bars\": 15, \"energy\": 0.35")
                                  << u"4-bar phrases"_s;
        QTest::newRow("fill") << brokenHouse("\"kick_pickup\"", "\"cowbell_solo\"") << u"\"cowbell_solo\" is not a fill"_s;
        QTest::newRow("uncovered energy")
            << brokenHouse("\"energy\": [0.0, 0.5]", "\"energy\": [0.1, 0.5]") << u"no pattern covers energy 0"_s;
        QTest::newRow("color") << brokenHouse("\"kick\": 14", "\"kick\": 99") << u"palette index"_s;
    }

    void brokenProfilesAreRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QVERIFY2(!json.isEmpty(), "the replaced text is no longer in house.json");
        const auto profile = genreFromJson(json);
        QVERIFY(!profile.hasValue());
        QVERIFY2(profile.errorMessage().contains(expected), qPrintable(profile.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestGenres)
#include "tst_genres.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The rule-based reading of chat messages, in Spanish and English: the intent of many phrasings,
// and exactly what a modification asks to change.
#include "session/messagereader.h"

#include "music/plan.h"
#include "music/theory.h"

#include <QDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using namespace musiaia::session;
using music::PartRole;

namespace {

// The edits as short sorted words, so that a test states all of them (and nothing else).
QStringList describe(const PlanEdits &edits)
{
    QStringList words;
    if (edits.tempo > 0)
        words << u"tempo=%1"_s.arg(edits.tempo);
    if (edits.tempoSteps != 0)
        words << u"tempo%1%2"_s.arg(edits.tempoSteps > 0 ? u"+"_s : QString()).arg(edits.tempoSteps);
    if (edits.keyRoot >= 0 || edits.keyMode) {
        QString key = edits.keyRoot >= 0 ? music::noteName(edits.keyRoot, false) : u"?"_s;
        if (edits.keyMode)
            key += u' ' + music::modeName(*edits.keyMode);
        words << u"key=%1"_s.arg(key);
    }
    if (edits.transpose != 0)
        words << u"transpose%1%2"_s.arg(edits.transpose > 0 ? u"+"_s : QString()).arg(edits.transpose);
    if (edits.mood)
        words << u"mood=%1"_s.arg(music::moodName(*edits.mood));
    if (!edits.genre.isEmpty())
        words << u"genre=%1"_s.arg(edits.genre);
    if (edits.length.bars > 0)
        words << u"length=%1bars"_s.arg(edits.length.bars);
    if (edits.length.seconds > 0)
        words << u"length=%1s"_s.arg(edits.length.seconds);
    if (edits.lengthSteps != 0)
        words << u"length%1%2"_s.arg(edits.lengthSteps > 0 ? u"+"_s : QString()).arg(edits.lengthSteps);
    for (const music::SectionRequest &section : edits.sections) {
        QString word = u"section:"_s + music::sectionKindName(section.kind);
        if (section.presence == music::SectionRequest::Presence::Add)
            word += u"+add"_s;
        if (section.presence == music::SectionRequest::Presence::Remove)
            word += u"+remove"_s;
        if (section.size == music::SectionRequest::Size::Long)
            word += u"+long"_s;
        if (section.size == music::SectionRequest::Size::Short)
            word += u"+short"_s;
        if (section.size == music::SectionRequest::Size::Exact)
            word += u"+%1bars"_s.arg(section.bars);
        words << word;
    }
    for (auto it = edits.parts.cbegin(); it != edits.parts.cend(); ++it)
        words << u"%1%2"_s.arg(it.value() ? u"+"_s : u"-"_s, music::roleName(it.key()));
    for (auto it = edits.partStyles.cbegin(); it != edits.partStyles.cend(); ++it)
        words << u"style:%1=%2"_s.arg(music::roleName(it.key()), it.value());
    for (PartRole role : edits.regenerate)
        words << u"regen:"_s + music::roleName(role);
    if (edits.regenerateAll)
        words << u"regen:all"_s;
    for (PartRole role : edits.swapSamples)
        words << u"swap:"_s + music::roleName(role);
    if (edits.swapAllSamples)
        words << u"swap:all"_s;
    if (edits.swing >= 0)
        words << u"swing=%1"_s.arg(edits.swing);
    if (edits.swingSteps != 0)
        words << u"swing%1%2"_s.arg(edits.swingSteps > 0 ? u"+"_s : QString()).arg(edits.swingSteps);
    words.sort();
    return words;
}

} // namespace

class TestMessageReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intents_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("hasProject");
        QTest::addColumn<QString>("intent");
        QTest::addColumn<QString>("language");

        // Generate, with and without a project already in the chat.
        QTest::newRow("genera") << u"Genera un track de house a 124 BPM en La menor"_s << false << u"generate"_s << u"es"_s;
        QTest::newRow("hazme") << u"hazme un reggaetón oscuro"_s << false << u"generate"_s << u"es"_s;
        QTest::newRow("crea") << u"Crea una canción de techno de 3 minutos"_s << false << u"generate"_s << u"es"_s;
        QTest::newRow("quiero") << u"quiero un beat de trap a 140"_s << false << u"generate"_s << u"es"_s;
        QTest::newRow("make me") << u"make me a deep house track in F minor"_s << false << u"generate"_s << u"en"_s;
        QTest::newRow("create") << u"Create a lo-fi hip hop beat, chill"_s << false << u"generate"_s << u"en"_s;
        QTest::newRow("bare description") << u"drum and bass a 174, oscuro"_s << false << u"generate"_s << u"es"_s;
        QTest::newRow("bare english") << u"dark techno at 130 bpm"_s << false << u"generate"_s << u"en"_s;
        QTest::newRow("new genre with verb") << u"genera un techno"_s << true << u"generate"_s << u"es"_s;
        QTest::newRow("new genre alone") << u"ahora un trance"_s << true << u"generate"_s << u"es"_s;
        QTest::newRow("otro tema") << u"hazme otro tema"_s << true << u"generate"_s << u"es"_s;
        QTest::newRow("another track") << u"make another track"_s << true << u"generate"_s << u"en"_s;
        QTest::newRow("new song") << u"a new song please, disco"_s << true << u"generate"_s << u"en"_s;

        // Modify the current project.
        QTest::newRow("más rápido") << u"más rápido"_s << true << u"modify"_s << u"es"_s;
        // No language in the words and none before: English (the conversation's language wins
        // otherwise, see languageFollowsTheConversation).
        QTest::newRow("a 128") << u"a 128"_s << true << u"modify"_s << u"en"_s;
        QTest::newRow("pásalo a Re menor") << u"pásalo a Re menor"_s << true << u"modify"_s << u"es"_s;
        QTest::newRow("quita la intro") << u"quita la intro"_s << true << u"modify"_s << u"es"_s;
        QTest::newRow("añade pads") << u"añade pads"_s << true << u"modify"_s << u"es"_s;
        QTest::newRow("sin hi-hats") << u"sin hi-hats"_s << true << u"modify"_s << u"es"_s;
        QTest::newRow("otro bajo") << u"otro bajo"_s << true << u"modify"_s << u"es"_s;
        QTest::newRow("más oscuro") << u"más oscuro"_s << true << u"modify"_s << u"es"_s;
        QTest::newRow("drop más largo") << u"el drop más largo"_s << true << u"modify"_s << u"es"_s;
        QTest::newRow("hazme el drop") << u"hazme el drop más largo"_s << true << u"modify"_s << u"es"_s;
        QTest::newRow("pásalo a techno") << u"pásalo a techno"_s << true << u"modify"_s << u"es"_s;
        QTest::newRow("sube un tono") << u"sube un tono"_s << true << u"modify"_s << u"es"_s;
        QTest::newRow("otra versión") << u"otra versión"_s << true << u"modify"_s << u"es"_s;
        QTest::newRow("can you") << u"¿puedes hacerlo más rápido?"_s << true << u"modify"_s << u"es"_s;
        QTest::newRow("faster") << u"make it faster"_s << true << u"modify"_s << u"en"_s;
        QTest::newRow("in D minor") << u"transpose it to D minor"_s << true << u"modify"_s << u"en"_s;
        QTest::newRow("remove intro") << u"remove the intro"_s << true << u"modify"_s << u"en"_s;
        QTest::newRow("add pads") << u"add some pads"_s << true << u"modify"_s << u"en"_s;
        QTest::newRow("no hats") << u"no hi-hats"_s << true << u"modify"_s << u"en"_s;
        QTest::newRow("new bassline") << u"give me a new bassline"_s << true << u"modify"_s << u"en"_s;
        QTest::newRow("darker") << u"darker"_s << true << u"modify"_s << u"en"_s;
        QTest::newRow("longer drop") << u"make the drop longer"_s << true << u"modify"_s << u"en"_s;
        QTest::newRow("algo más oscuro") << u"quiero algo más oscuro"_s << true << u"modify"_s << u"es"_s;
        QTest::newRow("sample swap") << u"cambia el sample del kick"_s << true << u"modify"_s << u"es"_s;
        QTest::newRow("slower bpm") << u"baja el tempo"_s << true << u"modify"_s << u"es"_s;
        // A change with nothing to change yet is still read as a change (the session says so).
        QTest::newRow("nothing to change") << u"más rápido"_s << false << u"modify"_s << u"es"_s;

        // Analysis of a set.
        QTest::newRow("analiza este set") << u"analiza este set"_s << false << u"analyze"_s << u"es"_s;
        QTest::newRow("analyze path") << u"analyze /tmp/My Set.als"_s << false << u"analyze"_s << u"en"_s;
        QTest::newRow("dropped url") << u"file:///home/ana/Live/Demo%20Set.als"_s << true << u"analyze"_s << u"en"_s;
        QTest::newRow("quoted path") << u"¿qué hay en \"/home/ana/mi set.als\"?"_s << false << u"analyze"_s << u"es"_s;

        // Talk.
        QTest::newRow("dembow") << u"¿qué es un dembow?"_s << false << u"talk"_s << u"es"_s;
        QTest::newRow("dembow with project") << u"¿qué es un dembow?"_s << true << u"talk"_s << u"es"_s;
        QTest::newRow("what is swing") << u"what is swing?"_s << true << u"talk"_s << u"en"_s;
        QTest::newRow("hola") << u"hola"_s << false << u"talk"_s << u"es"_s;
        QTest::newRow("thanks") << u"thanks!"_s << true << u"talk"_s << u"en"_s;
        QTest::newRow("help") << u"help"_s << false << u"talk"_s << u"en"_s;
        QTest::newRow("how do I") << u"how do I import samples?"_s << false << u"talk"_s << u"en"_s;
        QTest::newRow("why minor") << u"¿por qué el house suele ir en menor?"_s << false << u"talk"_s << u"es"_s;
        QTest::newRow("nonsense") << u"asdf qwerty"_s << false << u"talk"_s << u"en"_s;
        QTest::newRow("explain key") << u"explícame qué tonalidad tiene el proyecto"_s << true << u"talk"_s << u"es"_s;
    }

    void intents()
    {
        QFETCH(QString, message);
        QFETCH(bool, hasProject);
        QFETCH(QString, intent);
        QFETCH(QString, language);
        ReadingContext context;
        context.hasProject = hasProject;
        context.currentGenre = u"house"_s;
        const MessageReading reading = readMessage(message, context);
        QCOMPARE(intentName(reading.intent), intent);
        QCOMPARE(reading.language, language);
    }

    void edits_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("más rápido") << u"más rápido"_s << QStringList{u"tempo+1"_s};
        QTest::newRow("un poco más lento") << u"un poco más lento"_s << QStringList{u"tempo-0.5"_s};
        QTest::newRow("mucho más rápido") << u"mucho más rápido"_s << QStringList{u"tempo+2"_s};
        QTest::newRow("a 128") << u"a 128"_s << QStringList{u"tempo=128"_s};
        QTest::newRow("128 bpm") << u"ponlo a 128 bpm"_s << QStringList{u"tempo=128"_s};
        QTest::newRow("faster") << u"make it a bit faster"_s << QStringList{u"tempo+0.5"_s};
        QTest::newRow("baja el tempo") << u"baja el tempo"_s << QStringList{u"tempo-1"_s};
        QTest::newRow("speed up") << u"speed up"_s << QStringList{u"tempo+1"_s};
        QTest::newRow("Re menor") << u"pásalo a Re menor"_s << QStringList{u"key=D minor"_s};
        QTest::newRow("F# minor") << u"transpose it to F# minor"_s << QStringList{u"key=F# minor"_s};
        QTest::newRow("sube un tono") << u"sube un tono"_s << QStringList{u"transpose+2"_s};
        QTest::newRow("baja un semitono") << u"bájalo un semitono"_s << QStringList{u"transpose-1"_s};
        QTest::newRow("up 3 semitones") << u"transpose up 3 semitones"_s << QStringList{u"transpose+3"_s};
        QTest::newRow("más oscuro") << u"más oscuro"_s << QStringList{u"mood=dark"_s};
        QTest::newRow("happier") << u"make it happier"_s << QStringList{u"mood=happy"_s};
        QTest::newRow("quita la intro") << u"quita la intro"_s << QStringList{u"section:intro+remove"_s};
        QTest::newRow("drop más largo") << u"drop más largo"_s << QStringList{u"section:drop+long"_s};
        QTest::newRow("añade un break") << u"añade un break"_s << QStringList{u"section:breakdown+add"_s};
        QTest::newRow("intro de 16") << u"intro de 16 compases"_s << QStringList{u"section:intro+16bars"_s};
        QTest::newRow("más largo") << u"más largo"_s << QStringList{u"length+1"_s};
        QTest::newRow("shorter") << u"make it shorter"_s << QStringList{u"length-1"_s};
        QTest::newRow("4 minutos") << u"que dure 4 minutos"_s << QStringList{u"length=240s"_s};
        QTest::newRow("añade pads") << u"añade pads"_s << QStringList{u"+pad"_s};
        QTest::newRow("sin hi-hats") << u"sin hi-hats"_s << QStringList{u"-hats"_s};
        QTest::newRow("no bass") << u"remove the bass"_s << QStringList{u"-bass"_s};
        QTest::newRow("otro bajo") << u"otro bajo"_s << QStringList{u"regen:bass"_s};
        QTest::newRow("new bassline") << u"give me a new bassline"_s << QStringList{u"regen:bass"_s};
        QTest::newRow("cambia la melodía") << u"cambia la melodía"_s << QStringList{u"regen:lead"_s};
        QTest::newRow("different hats") << u"different hi hats"_s << QStringList{u"regen:hats"_s};
        QTest::newRow("otro sample de kick") << u"otro sample de kick"_s << QStringList{u"swap:kick"_s};
        QTest::newRow("cambia los samples") << u"cambia los samples"_s << QStringList{u"swap:all"_s};
        QTest::newRow("otra versión") << u"otra versión"_s << QStringList{u"regen:all"_s};
        QTest::newRow("try again") << u"try again"_s << QStringList{u"regen:all"_s};
        QTest::newRow("pásalo a techno") << u"pásalo a techno"_s << QStringList{u"genre=techno"_s};
        QTest::newRow("combined") << u"a 126, sin hi-hats y otro bajo"_s
                                  << QStringList{u"-hats"_s, u"regen:bass"_s, u"tempo=126"_s};
        QTest::newRow("bass 808") << u"ponle un bajo 808"_s << QStringList{u"+bass"_s, u"style:bass=808"_s};
        QTest::newRow("más swing") << u"con más swing"_s << QStringList{u"swing+1"_s};
    }

    void edits()
    {
        QFETCH(QString, message);
        QFETCH(QStringList, expected);
        ReadingContext context;
        context.hasProject = true;
        context.currentGenre = u"house"_s;
        const MessageReading reading = readMessage(message, context);
        QCOMPARE(intentName(reading.intent), u"modify"_s);
        QCOMPARE(describe(reading.edits), expected);
    }

    void setPaths_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("path");
        QTest::newRow("bare") << u"analiza /sets/demo.als por favor"_s << u"/sets/demo.als"_s;
        QTest::newRow("quoted spaces") << u"analyze \"/sets/My Song Project/My Song.als\""_s
                                       << u"/sets/My Song Project/My Song.als"_s;
        QTest::newRow("url") << u"file:///sets/Demo%20Set.als"_s << u"/sets/Demo Set.als"_s;
        QTest::newRow("home") << u"~/Music/a.als"_s << QDir::homePath() + u"/Music/a.als"_s;
        QTest::newRow("comma after") << u"mira /x/y.als, ¿qué tiene?"_s << u"/x/y.als"_s;
        QTest::newRow("none") << u"analiza el set"_s << QString();
        QTest::newRow("not als") << u"/x/y.alsx"_s << QString();
    }

    void setPaths()
    {
        QFETCH(QString, message);
        QFETCH(QString, path);
        QCOMPARE(findSetPath(message), path);
    }

    void inStyle()
    {
        ReadingContext context;
        context.hasReference = true;
        MessageReading reading = readMessage(u"hazme algo en este estilo"_s, context);
        QCOMPARE(reading.intent, Intent::Generate);
        QVERIFY(reading.inStyle);
        reading = readMessage(u"make something like this, but darker"_s, context);
        QCOMPARE(reading.intent, Intent::Generate);
        QVERIFY(reading.inStyle);
        QCOMPARE(reading.request.mood, music::Mood::Dark);
        // A set and a request at once: analyse, then make something like it.
        reading = readMessage(u"hazme algo parecido a /sets/ref.als"_s, {});
        QCOMPARE(reading.intent, Intent::Analyze);
        QVERIFY(reading.generateAfterAnalysis);
        reading = readMessage(u"analiza /sets/ref.als"_s, {});
        QCOMPARE(reading.intent, Intent::Analyze);
        QVERIFY(!reading.generateAfterAnalysis);
    }

    void languageFollowsTheConversation()
    {
        QCOMPARE(detectLanguage(u"a 128"_s, u"es"_s), u"es"_s);
        QCOMPARE(detectLanguage(u"a 128"_s, u"en"_s), u"en"_s);
        QCOMPARE(detectLanguage(u"¿y?"_s, u"en"_s), u"es"_s);
        QCOMPARE(detectLanguage(u"make it faster"_s, u"es"_s), u"en"_s);
        QCOMPARE(detectLanguage(u"más rápido"_s, u"en"_s), u"es"_s);
    }
};

QTEST_GUILESS_MAIN(TestMessageReader)
#include "tst_messagereader.moc"

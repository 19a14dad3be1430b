// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/requestparser.h"

#include <QTest>

using namespace musiaia::music;
using namespace Qt::Literals::StringLiterals;

namespace {

// A compact, stable description of what the parser understood, to compare against.
QString describe(const Request &r)
{
    QStringList out;
    if (!r.genre.isEmpty())
        out << u"genre="_s + r.genre;
    if (r.tempo > 0.0)
        out << u"tempo="_s + QString::number(r.tempo);
    if (r.tempoFeel != 0)
        out << u"feel="_s + (r.tempoFeel > 0 ? u"faster"_s : u"slower"_s);
    if (r.keyRoot >= 0)
        out << u"key="_s + noteName(r.keyRoot, false) + (r.keyMode ? u' ' + modeName(*r.keyMode) : QString())
                + (r.modeLocked ? u"!"_s : QString());
    else if (r.keyMode)
        out << u"mode="_s + modeName(*r.keyMode);
    if (r.mood)
        out << u"mood="_s + moodName(*r.mood);
    if (r.length.bars > 0)
        out << u"length="_s + QString::number(r.length.bars) + u"bars"_s;
    if (r.length.seconds > 0.0)
        out << u"length="_s + QString::number(r.length.seconds) + u's';
    if (r.swing >= 0.0)
        out << u"swing="_s + QString::number(r.swing);
    if (r.swingFeel != 0)
        out << u"swing="_s + (r.swingFeel > 0 ? u"on"_s : u"off"_s);
    QStringList parts;
    for (auto it = r.parts.begin(); it != r.parts.end(); ++it)
        parts << (it.value() ? u"+"_s : u"-"_s) + roleName(it.key());
    if (!parts.isEmpty())
        out << u"parts="_s + parts.join(u',');
    for (auto it = r.partStyles.begin(); it != r.partStyles.end(); ++it)
        out << u"style="_s + roleName(it.key()) + u':' + it.value();
    for (auto it = r.partInstruments.begin(); it != r.partInstruments.end(); ++it)
        out << u"instrument="_s + roleName(it.key()) + u':' + it.value();
    for (const SectionRequest &s : r.sections) {
        QString item = sectionKindName(s.kind);
        if (s.presence == SectionRequest::Presence::Remove)
            item += u":remove"_s;
        if (s.presence == SectionRequest::Presence::Add)
            item += u":add"_s;
        if (s.size == SectionRequest::Size::Long)
            item += u":long"_s;
        if (s.size == SectionRequest::Size::Short)
            item += u":short"_s;
        if (s.size == SectionRequest::Size::Exact)
            item += u':' + QString::number(s.bars);
        for (auto it = s.parts.begin(); it != s.parts.end(); ++it)
            item += (it.value() ? u":+"_s : u":-"_s) + roleName(it.key());
        out << u"section="_s + item;
    }
    return out.join(u"; "_s);
}

} // namespace

class TestRequestParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void understands_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const QString &text, const QString &expected) {
            QTest::newRow(name) << text << expected;
        };
        // The issue's own example, and the briefing's.
        row("issue", u"house a 124 BPM en La menor, 3 minutos"_s, u"genre=house; tempo=124; key=A minor; length=180s"_s);
        row("briefing", u"Genera un track de house a 124 BPM en La menor"_s, u"genre=house; tempo=124; key=A minor"_s);
        // Genres and synonyms.
        row("tech house", u"Tech-House oscuro a 126"_s, u"genre=tech_house; tempo=126; mood=dark"_s);
        row("techno fa menor", u"techno a 130 BPM en Fa menor, oscuro, 3 minutos"_s,
            u"genre=techno; tempo=130; key=F minor; mood=dark; length=180s"_s);
        row("lofi english", u"chill lo-fi hip hop beat in D minor"_s,
            u"genre=lofi_hip_hop; key=D minor; mood=chill"_s);
        row("dnb", u"DnB at 174 in F minor, dark"_s, u"genre=drum_and_bass; tempo=174; key=F minor; mood=dark"_s);
        row("drum & bass", u"drum & bass liquid melancholic"_s, u"genre=drum_and_bass; mood=melancholic"_s);
        row("drum n bass", u"something drum'n'bass, 172bpm"_s, u"genre=drum_and_bass; tempo=172"_s);
        row("reggaeton accent", u"Reggaetón en Do sostenido menor"_s, u"genre=reggaeton; key=C# minor"_s);
        row("dembow", u"un dembow rápido"_s, u"genre=reggaeton; feel=faster"_s);
        row("boom bap", u"boom bap beat 90 bpm, Am, sin pads"_s,
            u"genre=boom_bap; tempo=90; key=A minor; parts=-pad"_s);
        row("hip hop", u"Hip-hop lento y triste"_s, u"genre=boom_bap; feel=slower; mood=melancholic"_s);
        row("trap", u"trap oscuro en Sol menor con 808"_s,
            u"genre=trap; key=G minor; mood=dark; parts=+bass; style=bass:808"_s);
        row("amapiano", u"amapiano with log drums, 112 bpm"_s,
            u"genre=amapiano; tempo=112; parts=+bass; style=bass:log_drum"_s);
        row("afro house", u"afro house tribal, energético"_s, u"genre=afro_house; mood=energetic"_s);
        row("ambient", u"ambient soñador en Re mayor, 4 minutos"_s,
            u"genre=ambient; key=D major; mood=dreamy; length=240s"_s);
        row("nu disco", u"Nu-Disco alegre in C major"_s, u"genre=disco; key=C major; mood=happy"_s);
        row("ukg", u"UK garage 2-step at 132 in G minor"_s, u"genre=uk_garage; tempo=132; key=G minor"_s);
        row("trance", u"Uplifting trance 138 BPM, B minor, long breakdown"_s,
            u"genre=trance; tempo=138; key=B minor; section=breakdown:long"_s);
        row("dubstep", u"dubstep agresivo con wobble"_s,
            u"genre=dubstep; mood=aggressive; parts=+bass; style=bass:wobble"_s);
        row("deep house dorian", u"deep house in D dorian, 122"_s, u"genre=deep_house; tempo=122; key=D dorian!"_s);
        row("minimal", u"minimal techno hipnótico"_s, u"genre=minimal_techno; mood=dreamy"_s);
        row("afrobeats", u"Afrobeats feliz 108"_s, u"genre=afrobeats; tempo=108; mood=happy"_s);
        // Keys in every notation.
        row("F# major", u"house en Fa# mayor"_s, u"genre=house; key=F# major"_s);
        row("sib", u"techno en Si bemol menor"_s, u"genre=techno; key=A# minor"_s);
        row("Bb", u"trap in Bb"_s, u"genre=trap; key=A#"_s);
        row("Ebm", u"dubstep Ebm 140"_s, u"genre=dubstep; tempo=140; key=D# minor"_s);
        row("c sharp minor english", u"trance in c sharp minor"_s, u"genre=trance; key=C# minor"_s);
        row("camelot", u"house 8A 125 bpm"_s, u"genre=house; tempo=125; key=A minor"_s);
        row("camelot B", u"tech house 4B"_s, u"genre=tech_house; key=G# major"_s);
        row("lam chord style", u"reggaeton en Lam"_s, u"genre=reggaeton; key=A minor"_s);
        row("en La alone", u"house en La"_s, u"genre=house; key=A"_s);
        row("en la intro is no key", u"house, sin hi-hats en la intro"_s, u"genre=house; section=intro:-hats"_s);
        row("pads in the drop", u"techno con pads en el drop, sin bajo"_s,
            u"genre=techno; parts=-bass; section=drop:+pad"_s);
        row("no bass in breakdown", u"house without bass in the breakdown"_s,
            u"genre=house; section=breakdown:-bass"_s);
        row("mode only", u"algo de techno en menor"_s, u"genre=techno; mode=minor"_s);
        row("natural minor locks", u"techno oscuro en La menor natural"_s,
            u"genre=techno; key=A minor!; mood=dark"_s);
        row("phrygian", u"techno en mi frigio"_s, u"genre=techno; key=E phrygian!"_s);
        row("harmonic minor", u"trap in C harmonic minor"_s, u"genre=trap; key=C harmonic_minor!"_s);
        row("lowercase am is a word", u"I am making house"_s, u"genre=house"_s);
        // Tempo.
        row("tempo words", u"techno rápido"_s, u"genre=techno; feel=faster"_s);
        row("slower", u"house, más lento"_s, u"genre=house; feel=slower"_s);
        row("at tempo", u"house @ 128"_s, u"genre=house; tempo=128"_s);
        row("decimal", u"house 124.5 bpm"_s, u"genre=house; tempo=124.5"_s);
        row("bpm dots", u"techno 132 b.p.m."_s, u"genre=techno; tempo=132"_s);
        // Length.
        row("mm:ss", u"deep house 3:30"_s, u"genre=deep_house; length=210s"_s);
        row("min sec", u"trance de 3 minutos y 30 segundos"_s, u"genre=trance; length=210s"_s);
        row("y medio", u"dos minutos y medio de lofi"_s, u"genre=lofi_hip_hop; length=150s"_s);
        row("bars es", u"house de 64 compases"_s, u"genre=house; length=64bars"_s);
        row("bars en", u"64 bars of techno"_s, u"genre=techno; length=64bars"_s);
        row("3min glued", u"house 3min"_s, u"genre=house; length=180s"_s);
        row("long song", u"un tema de techno largo"_s, u"genre=techno; length=300s"_s);
        row("short song", u"house corto"_s, u"genre=house; length=120s"_s);
        // Parts in and out.
        row("sin hi-hats", u"techno sin hi-hats"_s, u"genre=techno; parts=-hats"_s);
        row("no hats", u"house, no hats, no bass"_s, u"genre=house; parts=-hats,-bass"_s);
        row("ni", u"house sin bajo ni pads"_s, u"genre=house; parts=-bass,-pad"_s);
        row("con pads y arpegios", u"trance con pads y arpegios"_s, u"genre=trance; parts=+pad,+arp"_s);
        row("añade", u"añade pads"_s, u"parts=+pad"_s);
        row("sin bateria", u"ambient sin batería"_s, u"genre=ambient; parts=-kick,-snare,-hats,-percussion"_s);
        row("sin bateria pero hats", u"lofi sin batería pero con hi-hats"_s,
            u"genre=lofi_hip_hop; parts=-kick,-snare,+hats,-percussion"_s);
        row("piano", u"house con piano"_s, u"genre=house; parts=+chords; instrument=chords:piano"_s);
        row("without", u"techno without percussion and without a lead"_s, u"genre=techno; parts=-percussion,-lead"_s);
        row("no quiero", u"no quiero bajo"_s, u"parts=-bass"_s);
        // Structure.
        row("con breakdown", u"house con breakdown"_s, u"genre=house; section=breakdown:add"_s);
        row("drop largo", u"techno con drop largo"_s, u"genre=techno; section=drop:add:long"_s);
        row("drop más largo", u"el drop más largo"_s, u"section=drop:long"_s);
        row("sin intro", u"house sin intro"_s, u"genre=house; section=intro:remove"_s);
        row("no intro no outro", u"trance, no intro, no outro"_s,
            u"genre=trance; section=intro:remove; section=outro:remove"_s);
        row("drop de 16", u"house a 124 en La menor, drop de 16 compases"_s,
            u"genre=house; tempo=124; key=A minor; section=drop:16"_s);
        row("16 bar intro", u"techno with a 16 bar intro"_s, u"genre=techno; section=intro:add:16"_s);
        row("intro corta", u"house con intro corta"_s, u"genre=house; section=intro:add:short"_s);
        row("long drop english", u"dubstep with a long drop"_s, u"genre=dubstep; section=drop:add:long"_s);
        // Swing.
        row("swing percent", u"house con swing 58%"_s, u"genre=house; swing=58"_s);
        row("percent swing", u"boom bap, 60% swing"_s, u"genre=boom_bap; swing=60"_s);
        row("straight", u"techno straight"_s, u"genre=techno; swing=off"_s);
        row("con swing", u"deep house con swing"_s, u"genre=deep_house; swing=on"_s);
        row("sin swing", u"lofi sin swing"_s, u"genre=lofi_hip_hop; swing=off"_s);
        // Typos and case.
        row("typo reggaeton", u"un reggeton en la menor"_s, u"genre=reggaeton; key=A minor"_s);
        row("typo trance", u"TRNACE 140"_s, u"genre=trance; tempo=140"_s);
        row("typo ambient", u"ambeint music"_s, u"genre=ambient"_s);
        row("typo melancholic", u"house melancolcio"_s, u"genre=house; mood=melancholic"_s);
        row("shouting", u"HOUSE A 124 BPM EN LA MENOR"_s, u"genre=house; tempo=124; key=A minor"_s);
        // Nothing musical.
        row("nonsense", u"hola, ¿qué tal estás?"_s, QString());
        row("empty", QString(), QString());
    }

    void understands()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Request request = parseRequest(text);
        QCOMPARE(describe(request), expected);
        QCOMPARE(request.isMusical(), !expected.isEmpty());
    }

    void reportsContradictions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("note");
        QTest::newRow("bass in and out") << u"house sin bajo y con bajo"_s << u"genre=house; parts=+bass"_s
                                         << u"asked for both \"sin bajo\" and \"con bajo\": kept the bass"_s;
        QTest::newRow("two genres") << u"techno o house"_s << u"genre=techno"_s
                                    << u"named two genres (\"techno\" and \"house\"): kept \"techno\""_s;
        QTest::newRow("two tempos") << u"house a 124 BPM, mejor 128 BPM"_s << u"genre=house; tempo=124"_s
                                    << u"asked for two tempos (\"124 BPM\" and \"128 BPM\"): kept 124 BPM"_s;
        QTest::newRow("two keys") << u"house en La menor o en Do mayor"_s << u"genre=house; key=A minor"_s
                                  << u"asked for two keys (\"La menor\" and \"Do mayor\"): kept A minor"_s;
        QTest::newRow("two moods") << u"techno oscuro y alegre"_s << u"genre=techno; mood=dark"_s
                                   << u"asked for two moods (\"oscuro\" and \"alegre\"): kept \"oscuro\""_s;
        QTest::newRow("fast and slow") << u"trance rápido pero lento"_s << u"genre=trance; feel=faster"_s
                                       << u"asked for \"rápido\" and \"lento\": kept \"rápido\""_s;
        QTest::newRow("intro in and out") << u"house sin intro, con intro larga"_s
                                          << u"genre=house; section=intro:add:long"_s
                                          << u"asked for both \"sin intro\" and \"con intro larga\": kept the intro"_s;
        QTest::newRow("two lengths") << u"house de 3 minutos, 64 compases"_s << u"genre=house; length=180s"_s
                                     << u"asked for two lengths (\"3 minutos\" and \"64 compases\")"_s;
        QTest::newRow("swing twice") << u"house con swing, straight"_s << u"genre=house; swing=on"_s
                                     << u"asked for swing twice"_s;
        QTest::newRow("tempo out of range") << u"techno a 400 bpm"_s << u"genre=techno"_s
                                            << u"outside the tempos MusiaIA writes"_s;
        QTest::newRow("vocals") << u"house con voces"_s << u"genre=house"_s << u"MusiaIA writes no vocals yet"_s;
        QTest::newRow("typo is reported") << u"reggeton"_s << u"genre=reggaeton"_s
                                          << u"read \"reggeton\" as \"reggaeton\""_s;
    }

    void reportsContradictions()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QString, note);
        const Request request = parseRequest(text);
        QCOMPARE(describe(request), expected);
        QVERIFY2(request.notes.join(u'\n').contains(note), qPrintable(request.notes.join(u" | ")));
    }

    void cleanRequestsHaveNoNotes()
    {
        const Request request = parseRequest(u"house a 124 BPM en La menor, 3 minutos, con pads, sin hi-hats"_s);
        QVERIFY2(request.notes.isEmpty(), qPrintable(request.notes.join(u" | ")));
    }

    void normalizes()
    {
        QCOMPARE(normalizeRequestText(u"Reggaetón, DRUM-and-BASS ¡ya!"_s), u"reggaeton drum and bass ya"_s);
        QCOMPARE(normalizeRequestText(u"124BPM 3'30"_s), u"124 bpm 3:30"_s);
    }
};

QTEST_GUILESS_MAIN(TestRequestParser)
#include "tst_requestparser.moc"

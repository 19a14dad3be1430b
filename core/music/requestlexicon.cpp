// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/requestlexicon_p.h"

#include "music/genre.h"
#include "music/plan.h"
#include "music/requestparser.h"
#include "music/theory.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music::lexicon {

namespace {

struct Word
{
    const char *phrase;   // normalised: lower case, no accents
    Kind kind;
    int value;
    const char *text;
};

constexpr int role(PartRole r) { return int(r); }
constexpr int mood(Mood m) { return int(m); }
constexpr int section(SectionKind k) { return int(k); }
constexpr int mode(Mode m) { return int(m); }

// Spanish and English side by side. Phrases of several words win over their parts.
const Word kWords[] = {
    // Moods
    {"oscuro", Kind::Mood, mood(Mood::Dark), ""}, {"oscura", Kind::Mood, mood(Mood::Dark), ""},
    {"sombrio", Kind::Mood, mood(Mood::Dark), ""}, {"sombria", Kind::Mood, mood(Mood::Dark), ""},
    {"tenebroso", Kind::Mood, mood(Mood::Dark), ""}, {"siniestro", Kind::Mood, mood(Mood::Dark), ""},
    {"dark", Kind::Mood, mood(Mood::Dark), ""}, {"darker", Kind::Mood, mood(Mood::Dark), ""},
    {"gloomy", Kind::Mood, mood(Mood::Dark), ""}, {"sinister", Kind::Mood, mood(Mood::Dark), ""},
    {"nocturno", Kind::Mood, mood(Mood::Dark), ""}, {"nocturnal", Kind::Mood, mood(Mood::Dark), ""},
    {"alegre", Kind::Mood, mood(Mood::Happy), ""}, {"feliz", Kind::Mood, mood(Mood::Happy), ""},
    {"happy", Kind::Mood, mood(Mood::Happy), ""}, {"upbeat", Kind::Mood, mood(Mood::Happy), ""},
    {"cheerful", Kind::Mood, mood(Mood::Happy), ""}, {"festivo", Kind::Mood, mood(Mood::Happy), ""},
    {"sunny", Kind::Mood, mood(Mood::Happy), ""}, {"soleado", Kind::Mood, mood(Mood::Happy), ""},
    {"veraniego", Kind::Mood, mood(Mood::Happy), ""}, {"summer", Kind::Mood, mood(Mood::Happy), ""},
    {"summery", Kind::Mood, mood(Mood::Happy), ""}, {"positivo", Kind::Mood, mood(Mood::Happy), ""},
    {"positive", Kind::Mood, mood(Mood::Happy), ""}, {"bright", Kind::Mood, mood(Mood::Happy), ""},
    {"luminoso", Kind::Mood, mood(Mood::Happy), ""}, {"divertido", Kind::Mood, mood(Mood::Happy), ""},
    {"melancolico", Kind::Mood, mood(Mood::Melancholic), ""}, {"melancolica", Kind::Mood, mood(Mood::Melancholic), ""},
    {"melancholic", Kind::Mood, mood(Mood::Melancholic), ""}, {"melancholy", Kind::Mood, mood(Mood::Melancholic), ""},
    {"triste", Kind::Mood, mood(Mood::Melancholic), ""}, {"sad", Kind::Mood, mood(Mood::Melancholic), ""},
    {"nostalgico", Kind::Mood, mood(Mood::Melancholic), ""}, {"nostalgica", Kind::Mood, mood(Mood::Melancholic), ""},
    {"nostalgic", Kind::Mood, mood(Mood::Melancholic), ""}, {"emotivo", Kind::Mood, mood(Mood::Melancholic), ""},
    {"emotional", Kind::Mood, mood(Mood::Melancholic), ""}, {"sentimental", Kind::Mood, mood(Mood::Melancholic), ""},
    {"moody", Kind::Mood, mood(Mood::Melancholic), ""}, {"bittersweet", Kind::Mood, mood(Mood::Melancholic), ""},
    {"energetico", Kind::Mood, mood(Mood::Energetic), ""}, {"energetica", Kind::Mood, mood(Mood::Energetic), ""},
    {"energico", Kind::Mood, mood(Mood::Energetic), ""}, {"energica", Kind::Mood, mood(Mood::Energetic), ""},
    {"energetic", Kind::Mood, mood(Mood::Energetic), ""}, {"potente", Kind::Mood, mood(Mood::Energetic), ""},
    {"powerful", Kind::Mood, mood(Mood::Energetic), ""}, {"intenso", Kind::Mood, mood(Mood::Energetic), ""},
    {"intense", Kind::Mood, mood(Mood::Energetic), ""}, {"banger", Kind::Mood, mood(Mood::Energetic), ""},
    {"hype", Kind::Mood, mood(Mood::Energetic), ""}, {"euforico", Kind::Mood, mood(Mood::Energetic), ""},
    {"euphoric", Kind::Mood, mood(Mood::Energetic), ""}, {"uplifting", Kind::Mood, mood(Mood::Energetic), ""},
    {"epico", Kind::Mood, mood(Mood::Energetic), ""}, {"epic", Kind::Mood, mood(Mood::Energetic), ""},
    {"festival", Kind::Mood, mood(Mood::Energetic), ""}, {"bailable", Kind::Mood, mood(Mood::Energetic), ""},
    {"chill", Kind::Mood, mood(Mood::Chill), ""}, {"chilled", Kind::Mood, mood(Mood::Chill), ""},
    {"relajado", Kind::Mood, mood(Mood::Chill), ""}, {"relajada", Kind::Mood, mood(Mood::Chill), ""},
    {"relajante", Kind::Mood, mood(Mood::Chill), ""}, {"tranquilo", Kind::Mood, mood(Mood::Chill), ""},
    {"tranquila", Kind::Mood, mood(Mood::Chill), ""}, {"relaxed", Kind::Mood, mood(Mood::Chill), ""},
    {"relaxing", Kind::Mood, mood(Mood::Chill), ""}, {"calm", Kind::Mood, mood(Mood::Chill), ""},
    {"calmado", Kind::Mood, mood(Mood::Chill), ""}, {"mellow", Kind::Mood, mood(Mood::Chill), ""},
    {"smooth", Kind::Mood, mood(Mood::Chill), ""}, {"laid back", Kind::Mood, mood(Mood::Chill), ""},
    {"lounge", Kind::Mood, mood(Mood::Chill), ""}, {"suave", Kind::Mood, mood(Mood::Chill), ""},
    {"sonador", Kind::Mood, mood(Mood::Dreamy), ""}, {"sonadora", Kind::Mood, mood(Mood::Dreamy), ""},
    {"dreamy", Kind::Mood, mood(Mood::Dreamy), ""}, {"etereo", Kind::Mood, mood(Mood::Dreamy), ""},
    {"eterea", Kind::Mood, mood(Mood::Dreamy), ""}, {"ethereal", Kind::Mood, mood(Mood::Dreamy), ""},
    {"atmosferico", Kind::Mood, mood(Mood::Dreamy), ""}, {"atmospheric", Kind::Mood, mood(Mood::Dreamy), ""},
    {"espacial", Kind::Mood, mood(Mood::Dreamy), ""}, {"spacey", Kind::Mood, mood(Mood::Dreamy), ""},
    {"hipnotico", Kind::Mood, mood(Mood::Dreamy), ""}, {"hypnotic", Kind::Mood, mood(Mood::Dreamy), ""},
    {"agresivo", Kind::Mood, mood(Mood::Aggressive), ""}, {"agresiva", Kind::Mood, mood(Mood::Aggressive), ""},
    {"aggressive", Kind::Mood, mood(Mood::Aggressive), ""}, {"duro", Kind::Mood, mood(Mood::Aggressive), ""},
    {"dura", Kind::Mood, mood(Mood::Aggressive), ""}, {"hard", Kind::Mood, mood(Mood::Aggressive), ""},
    {"heavy", Kind::Mood, mood(Mood::Aggressive), ""}, {"pesado", Kind::Mood, mood(Mood::Aggressive), ""},
    {"brutal", Kind::Mood, mood(Mood::Aggressive), ""}, {"angry", Kind::Mood, mood(Mood::Aggressive), ""},
    {"rabioso", Kind::Mood, mood(Mood::Aggressive), ""}, {"raw", Kind::Mood, mood(Mood::Aggressive), ""},
    // Comparatives, as a change is asked for in a chat ("make it happier").
    {"happier", Kind::Mood, mood(Mood::Happy), ""}, {"brighter", Kind::Mood, mood(Mood::Happy), ""},
    {"sadder", Kind::Mood, mood(Mood::Melancholic), ""}, {"calmer", Kind::Mood, mood(Mood::Chill), ""},
    {"chiller", Kind::Mood, mood(Mood::Chill), ""}, {"dreamier", Kind::Mood, mood(Mood::Dreamy), ""},
    {"harder", Kind::Mood, mood(Mood::Aggressive), ""}, {"heavier", Kind::Mood, mood(Mood::Aggressive), ""},
    {"angrier", Kind::Mood, mood(Mood::Aggressive), ""},
    {"crudo", Kind::Mood, mood(Mood::Aggressive), ""},

    // Parts
    {"bajo", Kind::Part, role(PartRole::Bass), ""}, {"bajos", Kind::Part, role(PartRole::Bass), ""},
    {"bass", Kind::Part, role(PartRole::Bass), ""}, {"bassline", Kind::Part, role(PartRole::Bass), ""},
    {"bajeo", Kind::Part, role(PartRole::Bass), ""}, {"linea de bajo", Kind::Part, role(PartRole::Bass), ""},
    {"sub", Kind::Part, role(PartRole::Bass), ""}, {"sub bass", Kind::Part, role(PartRole::Bass), ""},
    {"subbass", Kind::Part, role(PartRole::Bass), ""},
    {"bombo", Kind::Part, role(PartRole::Kick), ""}, {"bombos", Kind::Part, role(PartRole::Kick), ""},
    {"kick", Kind::Part, role(PartRole::Kick), ""}, {"kicks", Kind::Part, role(PartRole::Kick), ""},
    {"bass drum", Kind::Part, role(PartRole::Kick), ""},
    {"caja", Kind::Part, role(PartRole::Snare), ""}, {"cajas", Kind::Part, role(PartRole::Snare), ""},
    {"redoblante", Kind::Part, role(PartRole::Snare), ""}, {"snare", Kind::Part, role(PartRole::Snare), ""},
    {"snares", Kind::Part, role(PartRole::Snare), ""}, {"clap", Kind::Part, role(PartRole::Snare), ""},
    {"claps", Kind::Part, role(PartRole::Snare), ""}, {"palmas", Kind::Part, role(PartRole::Snare), ""},
    {"aplausos", Kind::Part, role(PartRole::Snare), ""}, {"rimshot", Kind::Part, role(PartRole::Snare), ""},
    {"hi hat", Kind::Part, role(PartRole::Hats), ""}, {"hi hats", Kind::Part, role(PartRole::Hats), ""},
    {"hihat", Kind::Part, role(PartRole::Hats), ""}, {"hihats", Kind::Part, role(PartRole::Hats), ""},
    {"hats", Kind::Part, role(PartRole::Hats), ""}, {"hat", Kind::Part, role(PartRole::Hats), ""},
    {"charles", Kind::Part, role(PartRole::Hats), ""}, {"charleston", Kind::Part, role(PartRole::Hats), ""},
    {"platillos", Kind::Part, role(PartRole::Hats), ""}, {"cymbals", Kind::Part, role(PartRole::Hats), ""},
    {"ride", Kind::Part, role(PartRole::Hats), ""},
    {"percusion", Kind::Part, role(PartRole::Percussion), ""}, {"percusiones", Kind::Part, role(PartRole::Percussion), ""},
    {"percussion", Kind::Part, role(PartRole::Percussion), ""}, {"perc", Kind::Part, role(PartRole::Percussion), ""},
    {"percs", Kind::Part, role(PartRole::Percussion), ""}, {"shaker", Kind::Part, role(PartRole::Percussion), ""},
    {"shakers", Kind::Part, role(PartRole::Percussion), ""}, {"congas", Kind::Part, role(PartRole::Percussion), ""},
    {"bongos", Kind::Part, role(PartRole::Percussion), ""}, {"toms", Kind::Part, role(PartRole::Percussion), ""},
    {"pandereta", Kind::Part, role(PartRole::Percussion), ""}, {"tambourine", Kind::Part, role(PartRole::Percussion), ""},
    {"bateria", Kind::Drums, 0, ""}, {"baterias", Kind::Drums, 0, ""}, {"drums", Kind::Drums, 0, ""},
    {"drum", Kind::Drums, 0, ""}, {"ritmica", Kind::Drums, 0, ""},
    {"acordes", Kind::Part, role(PartRole::Chords), ""}, {"acorde", Kind::Part, role(PartRole::Chords), ""},
    {"chords", Kind::Part, role(PartRole::Chords), ""}, {"chord", Kind::Part, role(PartRole::Chords), ""},
    {"stabs", Kind::Part, role(PartRole::Chords), ""}, {"armonia", Kind::Part, role(PartRole::Chords), ""},
    {"harmony", Kind::Part, role(PartRole::Chords), ""},
    {"piano", Kind::Instrument, role(PartRole::Chords), "piano"}, {"keys", Kind::Instrument, role(PartRole::Chords), "keys"},
    {"teclas", Kind::Instrument, role(PartRole::Chords), "keys"}, {"teclado", Kind::Instrument, role(PartRole::Chords), "keys"},
    {"rhodes", Kind::Instrument, role(PartRole::Chords), "Rhodes"}, {"organo", Kind::Instrument, role(PartRole::Chords), "organ"},
    {"organ", Kind::Instrument, role(PartRole::Chords), "organ"}, {"guitarra", Kind::Instrument, role(PartRole::Chords), "guitar"},
    {"guitar", Kind::Instrument, role(PartRole::Chords), "guitar"},
    {"melodia", Kind::Part, role(PartRole::Lead), ""}, {"melodias", Kind::Part, role(PartRole::Lead), ""},
    {"melody", Kind::Part, role(PartRole::Lead), ""}, {"lead", Kind::Part, role(PartRole::Lead), ""},
    {"leads", Kind::Part, role(PartRole::Lead), ""}, {"hook", Kind::Part, role(PartRole::Lead), ""},
    {"gancho", Kind::Part, role(PartRole::Lead), ""}, {"riff", Kind::Part, role(PartRole::Lead), ""},
    {"vocal chop", Kind::Instrument, role(PartRole::Lead), "vocal chop"},
    {"vocal chops", Kind::Instrument, role(PartRole::Lead), "vocal chop"},
    {"flauta", Kind::Instrument, role(PartRole::Lead), "flute"}, {"flute", Kind::Instrument, role(PartRole::Lead), "flute"},
    {"campanas", Kind::Instrument, role(PartRole::Lead), "bells"}, {"bells", Kind::Instrument, role(PartRole::Lead), "bells"},
    {"supersaw", Kind::Instrument, role(PartRole::Lead), "supersaw"},
    {"pad", Kind::Part, role(PartRole::Pad), ""}, {"pads", Kind::Part, role(PartRole::Pad), ""},
    {"colchon", Kind::Part, role(PartRole::Pad), ""}, {"colchones", Kind::Part, role(PartRole::Pad), ""},
    {"textura", Kind::Part, role(PartRole::Pad), ""}, {"texturas", Kind::Part, role(PartRole::Pad), ""},
    {"texture", Kind::Part, role(PartRole::Pad), ""}, {"textures", Kind::Part, role(PartRole::Pad), ""},
    {"cuerdas", Kind::Instrument, role(PartRole::Pad), "strings"}, {"strings", Kind::Instrument, role(PartRole::Pad), "strings"},
    {"arpegio", Kind::Part, role(PartRole::Arp), ""}, {"arpegios", Kind::Part, role(PartRole::Arp), ""},
    {"arpeggio", Kind::Part, role(PartRole::Arp), ""}, {"arpeggios", Kind::Part, role(PartRole::Arp), ""},
    {"arp", Kind::Part, role(PartRole::Arp), ""}, {"arps", Kind::Part, role(PartRole::Arp), ""},
    {"arpegiador", Kind::Part, role(PartRole::Arp), ""},
    {"fx", Kind::Part, role(PartRole::Fx), ""}, {"efectos", Kind::Part, role(PartRole::Fx), ""},
    {"effects", Kind::Part, role(PartRole::Fx), ""}, {"risers", Kind::Part, role(PartRole::Fx), ""},
    {"riser", Kind::Part, role(PartRole::Fx), ""}, {"transiciones", Kind::Part, role(PartRole::Fx), ""},
    {"transitions", Kind::Part, role(PartRole::Fx), ""}, {"sweeps", Kind::Part, role(PartRole::Fx), ""},
    {"impactos", Kind::Part, role(PartRole::Fx), ""}, {"impacts", Kind::Part, role(PartRole::Fx), ""},
    {"808", Kind::PartStyle, role(PartRole::Bass), "808"}, {"808s", Kind::PartStyle, role(PartRole::Bass), "808"},
    {"reese", Kind::PartStyle, role(PartRole::Bass), "reese"}, {"wobble", Kind::PartStyle, role(PartRole::Bass), "wobble"},
    {"acid", Kind::PartStyle, role(PartRole::Bass), "acid"}, {"303", Kind::PartStyle, role(PartRole::Bass), "acid"},
    {"walking bass", Kind::PartStyle, role(PartRole::Bass), "walking"},
    {"bajo caminante", Kind::PartStyle, role(PartRole::Bass), "walking"},
    {"log drum", Kind::PartStyle, role(PartRole::Bass), "log_drum"},
    {"log drums", Kind::PartStyle, role(PartRole::Bass), "log_drum"},
    {"rolling bass", Kind::PartStyle, role(PartRole::Bass), "rolling"},
    {"voz", Kind::Vocals, 0, ""}, {"voces", Kind::Vocals, 0, ""}, {"vocal", Kind::Vocals, 0, ""},
    {"vocals", Kind::Vocals, 0, ""}, {"vocales", Kind::Vocals, 0, ""}, {"letra", Kind::Vocals, 0, ""},
    {"lyrics", Kind::Vocals, 0, ""}, {"cantante", Kind::Vocals, 0, ""}, {"singer", Kind::Vocals, 0, ""},

    // Sections
    {"intro", Kind::Section, section(SectionKind::Intro), ""}, {"intros", Kind::Section, section(SectionKind::Intro), ""},
    {"introduccion", Kind::Section, section(SectionKind::Intro), ""},
    {"outro", Kind::Section, section(SectionKind::Outro), ""}, {"ending", Kind::Section, section(SectionKind::Outro), ""},
    {"cierre", Kind::Section, section(SectionKind::Outro), ""}, {"final", Kind::Section, section(SectionKind::Outro), ""},
    {"drop", Kind::Section, section(SectionKind::Drop), ""}, {"drops", Kind::Section, section(SectionKind::Drop), ""},
    {"climax", Kind::Section, section(SectionKind::Drop), ""},
    {"breakdown", Kind::Section, section(SectionKind::Breakdown), ""},
    {"breakdowns", Kind::Section, section(SectionKind::Breakdown), ""},
    {"break", Kind::Section, section(SectionKind::Breakdown), ""}, {"bajon", Kind::Section, section(SectionKind::Breakdown), ""},
    {"build", Kind::Section, section(SectionKind::Build), ""}, {"build up", Kind::Section, section(SectionKind::Build), ""},
    {"buildup", Kind::Section, section(SectionKind::Build), ""}, {"subida", Kind::Section, section(SectionKind::Build), ""},
    {"subidon", Kind::Section, section(SectionKind::Build), ""},
    {"verso", Kind::Section, section(SectionKind::Verse), ""}, {"versos", Kind::Section, section(SectionKind::Verse), ""},
    {"verse", Kind::Section, section(SectionKind::Verse), ""}, {"verses", Kind::Section, section(SectionKind::Verse), ""},
    {"estrofa", Kind::Section, section(SectionKind::Verse), ""}, {"estrofas", Kind::Section, section(SectionKind::Verse), ""},
    {"estribillo", Kind::Section, section(SectionKind::Chorus), ""}, {"coro", Kind::Section, section(SectionKind::Chorus), ""},
    {"chorus", Kind::Section, section(SectionKind::Chorus), ""}, {"estribillos", Kind::Section, section(SectionKind::Chorus), ""},
    {"puente", Kind::Section, section(SectionKind::Bridge), ""}, {"bridge", Kind::Section, section(SectionKind::Bridge), ""},

    // Sizes, tempo, swing
    {"largo", Kind::SizeLong, 0, ""}, {"larga", Kind::SizeLong, 0, ""}, {"long", Kind::SizeLong, 0, ""},
    {"longer", Kind::SizeLong, 0, ""}, {"extended", Kind::SizeLong, 0, ""}, {"extendido", Kind::SizeLong, 0, ""},
    {"mas largo", Kind::SizeLong, 0, ""}, {"mas larga", Kind::SizeLong, 0, ""}, {"extenso", Kind::SizeLong, 0, ""},
    {"corto", Kind::SizeShort, 0, ""}, {"corta", Kind::SizeShort, 0, ""}, {"short", Kind::SizeShort, 0, ""},
    {"shorter", Kind::SizeShort, 0, ""}, {"breve", Kind::SizeShort, 0, ""}, {"mas corto", Kind::SizeShort, 0, ""},
    {"mas corta", Kind::SizeShort, 0, ""},
    {"rapido", Kind::TempoFaster, 0, ""}, {"rapida", Kind::TempoFaster, 0, ""}, {"mas rapido", Kind::TempoFaster, 0, ""},
    {"fast", Kind::TempoFaster, 0, ""}, {"faster", Kind::TempoFaster, 0, ""}, {"quick", Kind::TempoFaster, 0, ""},
    {"uptempo", Kind::TempoFaster, 0, ""}, {"up tempo", Kind::TempoFaster, 0, ""}, {"acelerado", Kind::TempoFaster, 0, ""},
    {"veloz", Kind::TempoFaster, 0, ""},
    {"lento", Kind::TempoSlower, 0, ""}, {"lenta", Kind::TempoSlower, 0, ""}, {"mas lento", Kind::TempoSlower, 0, ""},
    {"slow", Kind::TempoSlower, 0, ""}, {"slower", Kind::TempoSlower, 0, ""}, {"pausado", Kind::TempoSlower, 0, ""},
    {"swing", Kind::Swing, 0, ""}, {"shuffle", Kind::SwingOn, 0, ""}, {"swung", Kind::SwingOn, 0, ""},
    {"shuffled", Kind::SwingOn, 0, ""}, {"swingueado", Kind::SwingOn, 0, ""}, {"con swing", Kind::SwingOn, 0, ""},
    {"with swing", Kind::SwingOn, 0, ""}, {"sin swing", Kind::SwingOff, 0, ""}, {"no swing", Kind::SwingOff, 0, ""},
    {"without swing", Kind::SwingOff, 0, ""}, {"straight", Kind::SwingOff, 0, ""}, {"recto", Kind::SwingOff, 0, ""},
    {"cuadrado", Kind::SwingOff, 0, ""}, {"cuantizado", Kind::SwingOff, 0, ""}, {"quantized", Kind::SwingOff, 0, ""},

    // Polarity and glue
    {"sin", Kind::Negate, 0, ""}, {"no", Kind::Negate, 0, ""}, {"without", Kind::Negate, 0, ""},
    {"quita", Kind::Negate, 0, ""}, {"quitar", Kind::Negate, 0, ""}, {"quitale", Kind::Negate, 0, ""},
    {"elimina", Kind::Negate, 0, ""}, {"eliminar", Kind::Negate, 0, ""}, {"remove", Kind::Negate, 0, ""},
    {"nada de", Kind::Negate, 0, ""}, {"ni", Kind::Negate, 0, ""}, {"excepto", Kind::Negate, 0, ""},
    {"except", Kind::Negate, 0, ""}, {"menos", Kind::Negate, 0, ""}, {"skip", Kind::Negate, 0, ""},
    {"ningun", Kind::Negate, 0, ""}, {"ninguna", Kind::Negate, 0, ""}, {"nor", Kind::Negate, 0, ""},
    {"con", Kind::Include, 0, ""}, {"with", Kind::Include, 0, ""}, {"anade", Kind::Include, 0, ""},
    {"anadir", Kind::Include, 0, ""}, {"anadele", Kind::Include, 0, ""}, {"agrega", Kind::Include, 0, ""},
    {"agregar", Kind::Include, 0, ""}, {"add", Kind::Include, 0, ""}, {"incluye", Kind::Include, 0, ""},
    {"include", Kind::Include, 0, ""}, {"including", Kind::Include, 0, ""}, {"plus", Kind::Include, 0, ""},
    {"mete", Kind::Include, 0, ""}, {"ponle", Kind::Include, 0, ""}, {"pon", Kind::Include, 0, ""},
    {"y", Kind::Connector, 0, ""}, {"e", Kind::Connector, 0, ""}, {"and", Kind::Connector, 0, ""},
    {"o", Kind::Connector, 0, ""}, {"or", Kind::Connector, 0, ""}, {"&", Kind::Connector, 0, ""},
    {"el", Kind::Connector, 0, ""}, {"la", Kind::Connector, 0, ""}, {"los", Kind::Connector, 0, ""},
    {"las", Kind::Connector, 0, ""}, {"un", Kind::Connector, 0, ""}, {"una", Kind::Connector, 0, ""},
    {"unos", Kind::Connector, 0, ""}, {"unas", Kind::Connector, 0, ""}, {"the", Kind::Connector, 0, ""},
    {"any", Kind::Connector, 0, ""}, {"some", Kind::Connector, 0, ""}, {"algo", Kind::Connector, 0, ""},
    {"algun", Kind::Connector, 0, ""}, {"alguna", Kind::Connector, 0, ""}, {"quiero", Kind::Connector, 0, ""},
    {"want", Kind::Connector, 0, ""}, {"need", Kind::Connector, 0, ""}, {"usar", Kind::Connector, 0, ""},
    {"use", Kind::Connector, 0, ""}, {"tenga", Kind::Connector, 0, ""}, {"lleve", Kind::Connector, 0, ""},
    {"pongas", Kind::Connector, 0, ""}, {"metas", Kind::Connector, 0, ""}, {"tampoco", Kind::Connector, 0, ""},
    {"too", Kind::Connector, 0, ""}, {"also", Kind::Connector, 0, ""}, {"tambien", Kind::Connector, 0, ""},
    {"mucho", Kind::Connector, 0, ""}, {"mucha", Kind::Connector, 0, ""}, {"muchos", Kind::Connector, 0, ""},
    {"muchas", Kind::Connector, 0, ""}, {"lots of", Kind::Connector, 0, ""}, {"more", Kind::Connector, 0, ""},
    {"mas", Kind::Connector, 0, ""}, {"al", Kind::Connector, 0, ""}, {"a", Kind::TempoIntro, 0, ""}, {"an", Kind::Connector, 0, ""},
    {"at", Kind::TempoIntro, 0, ""}, {"@", Kind::TempoIntro, 0, ""}, {"tempo", Kind::TempoIntro, 0, ""},
    {"velocidad", Kind::TempoIntro, 0, ""}, {"tempo de", Kind::TempoIntro, 0, ""}, {"tempo of", Kind::TempoIntro, 0, ""},
    {"de", Kind::Of, 0, ""}, {"del", Kind::Of, 0, ""}, {"of", Kind::Of, 0, ""},

    // Keys
    {"en", Kind::KeyIntro, 0, ""}, {"in", Kind::KeyIntro, 0, ""}, {"key", Kind::KeyIntro, 0, ""},
    {"key of", Kind::KeyIntro, 0, ""}, {"tonalidad", Kind::KeyIntro, 0, ""}, {"tonalidad de", Kind::KeyIntro, 0, ""},
    {"tono", Kind::KeyIntro, 0, ""}, {"tono de", Kind::KeyIntro, 0, ""}, {"escala", Kind::KeyIntro, 0, ""},
    {"escala de", Kind::KeyIntro, 0, ""}, {"scale", Kind::KeyIntro, 0, ""},
    {"minor", Kind::Mode, mode(Mode::Minor), ""}, {"min", Kind::Mode, mode(Mode::Minor), ""},
    {"menor", Kind::Mode, mode(Mode::Minor), ""}, {"m", Kind::Mode, mode(Mode::Minor), ""},
    {"moll", Kind::Mode, mode(Mode::Minor), ""},
    {"natural minor", Kind::Mode, mode(Mode::Minor), "exact"}, {"menor natural", Kind::Mode, mode(Mode::Minor), "exact"},
    {"aeolian", Kind::Mode, mode(Mode::Minor), "exact"}, {"eolio", Kind::Mode, mode(Mode::Minor), "exact"},
    {"eolico", Kind::Mode, mode(Mode::Minor), "exact"},
    {"major", Kind::Mode, mode(Mode::Major), ""}, {"maj", Kind::Mode, mode(Mode::Major), ""},
    {"mayor", Kind::Mode, mode(Mode::Major), ""}, {"dur", Kind::Mode, mode(Mode::Major), ""},
    {"ionian", Kind::Mode, mode(Mode::Major), "exact"}, {"jonico", Kind::Mode, mode(Mode::Major), "exact"},
    {"dorian", Kind::Mode, mode(Mode::Dorian), "exact"}, {"dorico", Kind::Mode, mode(Mode::Dorian), "exact"},
    {"phrygian", Kind::Mode, mode(Mode::Phrygian), "exact"}, {"frigio", Kind::Mode, mode(Mode::Phrygian), "exact"},
    {"lydian", Kind::Mode, mode(Mode::Lydian), "exact"}, {"lidio", Kind::Mode, mode(Mode::Lydian), "exact"},
    {"mixolydian", Kind::Mode, mode(Mode::Mixolydian), "exact"}, {"mixolidio", Kind::Mode, mode(Mode::Mixolydian), "exact"},
    {"harmonic minor", Kind::Mode, mode(Mode::HarmonicMinor), "exact"},
    {"menor armonica", Kind::Mode, mode(Mode::HarmonicMinor), "exact"},
    {"phrygian dominant", Kind::Mode, mode(Mode::PhrygianDominant), "exact"},
    {"frigio dominante", Kind::Mode, mode(Mode::PhrygianDominant), "exact"},
    {"sostenido", Kind::Accidental, 1, ""}, {"sharp", Kind::Accidental, 1, ""}, {"#", Kind::Accidental, 1, ""},
    {"bemol", Kind::Accidental, -1, ""}, {"flat", Kind::Accidental, -1, ""},

    // Units and numbers
    {"bpm", Kind::UnitBpm, 0, ""}, {"bpms", Kind::UnitBpm, 0, ""}, {"pulsaciones", Kind::UnitBpm, 0, ""},
    {"beats per minute", Kind::UnitBpm, 0, ""}, {"ppm", Kind::UnitBpm, 0, ""},
    {"min", Kind::UnitMinutes, 0, ""}, {"mins", Kind::UnitMinutes, 0, ""}, {"minuto", Kind::UnitMinutes, 0, ""},
    {"minutos", Kind::UnitMinutes, 0, ""}, {"minute", Kind::UnitMinutes, 0, ""}, {"minutes", Kind::UnitMinutes, 0, ""},
    {"s", Kind::UnitSeconds, 0, ""}, {"seg", Kind::UnitSeconds, 0, ""}, {"segs", Kind::UnitSeconds, 0, ""},
    {"segundo", Kind::UnitSeconds, 0, ""}, {"segundos", Kind::UnitSeconds, 0, ""}, {"sec", Kind::UnitSeconds, 0, ""},
    {"secs", Kind::UnitSeconds, 0, ""}, {"second", Kind::UnitSeconds, 0, ""}, {"seconds", Kind::UnitSeconds, 0, ""},
    {"compas", Kind::UnitBars, 0, ""}, {"compases", Kind::UnitBars, 0, ""}, {"bar", Kind::UnitBars, 0, ""},
    {"bars", Kind::UnitBars, 0, ""}, {"measures", Kind::UnitBars, 0, ""}, {"measure", Kind::UnitBars, 0, ""},
    {"%", Kind::Percent, 0, ""}, {"por ciento", Kind::Percent, 0, ""}, {"percent", Kind::Percent, 0, ""},
    {"y medio", Kind::Half, 0, ""}, {"y media", Kind::Half, 0, ""}, {"and a half", Kind::Half, 0, ""},
    {"uno", Kind::NumberWord, 1, ""}, {"one", Kind::NumberWord, 1, ""}, {"dos", Kind::NumberWord, 2, ""},
    {"two", Kind::NumberWord, 2, ""}, {"tres", Kind::NumberWord, 3, ""}, {"three", Kind::NumberWord, 3, ""},
    {"cuatro", Kind::NumberWord, 4, ""}, {"four", Kind::NumberWord, 4, ""}, {"cinco", Kind::NumberWord, 5, ""},
    {"five", Kind::NumberWord, 5, ""}, {"seis", Kind::NumberWord, 6, ""}, {"six", Kind::NumberWord, 6, ""},
    {"siete", Kind::NumberWord, 7, ""}, {"seven", Kind::NumberWord, 7, ""}, {"ocho", Kind::NumberWord, 8, ""},
    {"eight", Kind::NumberWord, 8, ""}, {"nueve", Kind::NumberWord, 9, ""}, {"nine", Kind::NumberWord, 9, ""},
    {"diez", Kind::NumberWord, 10, ""}, {"ten", Kind::NumberWord, 10, ""}, {"doce", Kind::NumberWord, 12, ""},
    {"twelve", Kind::NumberWord, 12, ""}, {"dieciseis", Kind::NumberWord, 16, ""}, {"sixteen", Kind::NumberWord, 16, ""},
    {"treinta y dos", Kind::NumberWord, 32, ""}, {"thirty two", Kind::NumberWord, 32, ""},
    {"media", Kind::NumberWord, 0, "half"},
};

struct Index
{
    QList<Entry> entries;
    QHash<QString, QList<int>> byFirstToken;   // indices, longest phrase first
    QList<const Entry *> fuzzy;
};

const Index &index()
{
    static const Index built = [] {
        Index result;
        for (const Word &word : kWords) {
            Entry entry;
            entry.tokens = QString::fromUtf8(word.phrase).split(u' ', Qt::SkipEmptyParts);
            entry.kind = word.kind;
            entry.value = word.value;
            entry.text = QString::fromUtf8(word.text);
            result.entries << entry;
        }
        for (const GenreProfile &genre : allGenres()) {
            for (const QString &alias : genre.aliases) {
                Entry entry;
                entry.tokens = normalizeRequestText(alias).split(u' ', Qt::SkipEmptyParts);
                entry.kind = Kind::Genre;
                entry.text = genre.id;
                result.entries << entry;
            }
        }
        for (int i = 0; i < result.entries.size(); ++i)
            result.byFirstToken[result.entries.at(i).tokens.first()] << i;
        for (QList<int> &list : result.byFirstToken) {
            std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
                return result.entries.at(a).tokens.size() > result.entries.at(b).tokens.size();
            });
        }
        for (const Entry &entry : result.entries) {
            const bool meaningful = entry.kind == Kind::Genre || entry.kind == Kind::Mood || entry.kind == Kind::Part
                || entry.kind == Kind::Section || entry.kind == Kind::Mode || entry.kind == Kind::Drums;
            if (meaningful && entry.tokens.size() == 1 && entry.tokens.first().size() >= 5)
                result.fuzzy << &entry;
        }
        return result;
    }();
    return built;
}

} // namespace

const QList<Entry> &entries()
{
    return index().entries;
}

const Entry *longestMatch(const QStringList &tokens, qsizetype at, qsizetype *length)
{
    const Index &idx = index();
    const auto found = idx.byFirstToken.constFind(tokens.at(at));
    if (found == idx.byFirstToken.cend())
        return nullptr;
    for (int i : *found) {
        const Entry &entry = idx.entries.at(i);
        if (at + entry.tokens.size() > tokens.size())
            continue;
        bool matches = true;
        for (qsizetype k = 1; k < entry.tokens.size() && matches; ++k)
            matches = tokens.at(at + k) == entry.tokens.at(k);
        if (matches) {
            *length = entry.tokens.size();
            return &entry;
        }
    }
    return nullptr;
}

const QList<const Entry *> &fuzzyCandidates()
{
    return index().fuzzy;
}

int editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size(), m = b.size();
    if (std::abs(int(n - m)) > limit)
        return limit + 1;
    QList<int> previous2(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, previous2[j - 2] + 1);
            current[j] = value;
            rowMin = std::min(rowMin, value);
        }
        if (rowMin > limit)
            return limit + 1;
        previous2 = previous;
        previous = current;
    }
    return previous[m];
}

} // namespace musiaia::music::lexicon

// SPDX-License-Identifier: GPL-3.0-or-later
#include "nametokens.h"

#include "library/musicalkey.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace musiaia::library {
namespace {

// A word that names an instrument type, a kind, or is worth keeping as a tag.
struct WordMeaning
{
    const char *type;     // "" when the word says nothing about the type
    double typeConfidence;
    const char *kind;     // "loop", "one-shot" or ""
    double kindConfidence;
    const char *tag;      // English tag to keep, "" for none
};

const QHash<QString, WordMeaning> &dictionary()
{
    static const QHash<QString, WordMeaning> words = [] {
        QHash<QString, WordMeaning> w;
        auto type = [&w](std::initializer_list<const char *> names, const char *typeName, double confidence,
                         const char *tag) {
            for (const char *name : names)
                w.insert(QLatin1String(name), {typeName, confidence, "", 0, tag});
        };
        auto kind = [&w](std::initializer_list<const char *> names, const char *kindName, double confidence) {
            for (const char *name : names)
                w.insert(QLatin1String(name), {"", 0, kindName, confidence, ""});
        };
        type({"kick", "kicks", "kik", "kck", "bombo", "bombos", "bassdrum"}, "kick", 0.9, "kick");
        type({"bd"}, "kick", 0.7, "kick");
        type({"snare", "snares", "snr", "caja", "cajas", "redoblante", "redoblantes", "tarola"}, "snare", 0.9, "snare");
        type({"sd"}, "snare", 0.6, "snare");
        type({"clap", "claps", "clp", "handclap", "handclaps", "palmas", "palma", "aplauso", "aplausos"}, "clap", 0.9,
             "clap");
        type({"hat", "hats", "hihat", "hihats", "hh", "charles", "chimbal", "hatclosed"}, "closed-hat", 0.7, "hat");
        type({"closedhat", "closedhats", "chh", "hhc"}, "closed-hat", 0.9, "hat");
        type({"openhat", "openhats", "ohh", "hho", "hatopen"}, "open-hat", 0.9, "hat");
        type({"oh"}, "open-hat", 0.65, "hat");
        type({"cymbal", "cymbals", "platillo", "platillos"}, "cymbal", 0.85, "cymbal");
        type({"crash", "crashes"}, "cymbal", 0.85, "crash");
        type({"ride", "rides"}, "cymbal", 0.8, "ride");
        type({"splash", "china"}, "cymbal", 0.7, "cymbal");
        type({"tom", "toms", "floortom", "timbal"}, "tom", 0.85, "tom");
        type({"perc", "percs", "percussion", "percussions", "percusion", "percusiones"}, "perc", 0.85, "perc");
        type({"shaker", "shakers", "maraca", "maracas", "cabasa"}, "perc", 0.85, "shaker");
        type({"conga", "congas", "bongo", "bongos", "djembe", "tabla", "timbales", "agogo"}, "perc", 0.85, "conga");
        type({"rim", "rims", "rimshot", "rimshots", "sidestick"}, "perc", 0.85, "rim");
        type({"cowbell", "cencerro", "bell"}, "perc", 0.75, "cowbell");
        type({"tambourine", "tamb", "pandereta", "pandero"}, "perc", 0.85, "tambourine");
        type({"clave", "claves", "woodblock", "block", "guiro", "triangle", "triangulo"}, "perc", 0.8, "perc");
        type({"snap", "snaps", "fingersnap", "chasquido", "chasquidos"}, "perc", 0.8, "snap");
        type({"bass", "basses", "bajo", "bajos", "bassline", "basslines", "subbass", "reese"}, "bass", 0.85, "bass");
        type({"sub"}, "bass", 0.75, "bass");
        type({"808", "808s"}, "bass", 0.6, "808");
        type({"lead", "leads", "melody", "melodies", "melodia", "melodias"}, "lead", 0.85, "lead");
        type({"arp", "arps", "arpeggio", "arpegio", "pluck", "plucks"}, "lead", 0.8, "lead");
        type({"synth", "synths", "sintetizador", "riff", "riffs"}, "lead", 0.5, "synth");
        type({"pad", "pads", "colchon", "colchones"}, "pad", 0.85, "pad");
        type({"strings", "cuerdas"}, "pad", 0.55, "strings");
        type({"chord", "chords", "acorde", "acordes", "stab", "stabs"}, "chord", 0.85, "chord");
        type({"keys", "piano", "rhodes", "organ", "organo", "teclado", "teclados"}, "chord", 0.6, "keys");
        type({"vocal", "vocals", "vox", "voz", "voces", "acapella", "acappella", "chant", "chants", "choir", "coro",
              "shout", "shouts", "grito"},
             "vocal", 0.85, "vocal");
        type({"phrase", "frase"}, "vocal", 0.55, "vocal");
        type({"fx", "sfx", "efecto", "efectos", "riser", "risers", "uplifter", "downlifter", "sweep", "sweeps",
              "impact", "impacts", "whoosh", "zap", "zaps", "laser", "transition", "transicion", "subdrop"},
             "fx", 0.85, "fx");
        type({"noise", "reverse", "boom"}, "fx", 0.5, "fx");
        type({"texture", "textures", "textura", "texturas", "atmos", "atmosphere", "atmosfera", "atmosferas",
              "ambience", "ambiente", "drone", "drones", "foley", "soundscape"},
             "texture", 0.8, "texture");
        type({"drumloop", "drumloops", "toploop", "toploops", "breakbeat", "breakbeats", "bateria", "baterias"},
             "drum-loop", 0.85, "drums");
        type({"drums", "drum"}, "drum-loop", 0.45, "drums");
        kind({"loop", "loops", "bucle", "bucles"}, "loop", 0.9);
        kind({"groove", "grooves", "break", "breaks", "fill", "fills", "beat", "beats", "ritmo"}, "loop", 0.7);
        kind({"oneshot", "oneshots", "hit", "hits", "golpe", "golpes"}, "one-shot", 0.85);
        kind({"shot", "shots", "single"}, "one-shot", 0.6);
        // Both type and kind.
        w[QStringLiteral("drumloop")].kind = "loop";
        w[QStringLiteral("drumloop")].kindConfidence = 0.9;
        w[QStringLiteral("toploop")] = w.value(QStringLiteral("drumloop"));
        w[QStringLiteral("stab")].kind = "one-shot";
        w[QStringLiteral("stab")].kindConfidence = 0.7;
        w[QStringLiteral("stabs")] = w.value(QStringLiteral("stab"));
        // Genres and styles: tags only.
        for (const char *genre : {"house", "techno", "trance", "dnb", "dubstep", "hiphop", "trap", "lofi", "reggaeton",
                                  "dembow", "afro", "afrobeats", "amapiano", "ambient", "disco", "garage", "ukg", "edm",
                                  "minimal", "tech", "deep", "jungle"}) {
            const auto existing = w.constFind(QLatin1String(genre));
            if (existing == w.cend())
                w.insert(QLatin1String(genre), {"", 0, "", 0, genre});
        }
        return w;
    }();
    return words;
}

// Two-word phrases, joined without a space before looking them up ("bass drum" -> "bassdrum").
const QHash<QString, QString> &phrases()
{
    static const QHash<QString, QString> joined = {
        {QStringLiteral("bass drum"), QStringLiteral("bassdrum")},   {QStringLiteral("hi hat"), QStringLiteral("hihat")},
        {QStringLiteral("one shot"), QStringLiteral("oneshot")},     {QStringLiteral("open hat"), QStringLiteral("openhat")},
        {QStringLiteral("closed hat"), QStringLiteral("closedhat")}, {QStringLiteral("hat open"), QStringLiteral("openhat")},
        {QStringLiteral("hat closed"), QStringLiteral("closedhat")}, {QStringLiteral("top loop"), QStringLiteral("toploop")},
        {QStringLiteral("drum loop"), QStringLiteral("drumloop")},   {QStringLiteral("sub bass"), QStringLiteral("subbass")},
        {QStringLiteral("hip hop"), QStringLiteral("hiphop")},       {QStringLiteral("lo fi"), QStringLiteral("lofi")},
        {QStringLiteral("side stick"), QStringLiteral("sidestick")}, {QStringLiteral("sub drop"), QStringLiteral("subdrop")},
        {QStringLiteral("uk garage"), QStringLiteral("ukg")},         {QStringLiteral("one shots"), QStringLiteral("oneshots")},
        {QStringLiteral("hat abierto"), QStringLiteral("openhat")},  {QStringLiteral("hat cerrado"), QStringLiteral("closedhat")},
        {QStringLiteral("charles abierto"), QStringLiteral("openhat")},
        {QStringLiteral("charles cerrado"), QStringLiteral("closedhat")},
        {QStringLiteral("drum and"), QStringLiteral("dnb")},
    };
    return joined;
}

QString stripAccents(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain.append(c);
    }
    return plain;
}

// Splits on separators, keeping the original case (keys need it: "Am" is a key, "am" is not).
QStringList segments(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-.,;:+&/|~'\"!?()\\[\\]{}=]+"));
    return stripAccents(text).split(separators, Qt::SkipEmptyParts);
}

// Splits a segment at case changes and letter/digit boundaries: "KickHard01" -> Kick Hard 01.
QStringList splitWords(const QString &segment)
{
    QStringList words;
    QString current;
    auto kindOf = [](QChar c) { return c.isDigit() ? 0 : (c.isLetter() || c == QLatin1Char('#')) ? 1 : 2; };
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const QChar c = segment.at(i);
        if (kindOf(c) == 2) {
            if (!current.isEmpty())
                words << current;
            current.clear();
            continue;
        }
        if (!current.isEmpty()) {
            const QChar previous = current.back();
            const bool letterDigit = kindOf(previous) != kindOf(c);
            const bool lowerUpper = previous.isLower() && c.isUpper();
            const bool acronymEnd = previous.isUpper() && c.isUpper() && i + 1 < segment.size()
                && segment.at(i + 1).isLower();
            if (letterDigit || lowerUpper || acronymEnd) {
                words << current;
                current.clear();
            }
        }
        current.append(c);
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

bool isModeWord(const QString &word)
{
    static const QStringList modes = {QStringLiteral("minor"), QStringLiteral("major"), QStringLiteral("min"),
                                      QStringLiteral("maj"), QStringLiteral("menor"), QStringLiteral("mayor"),
                                      QStringLiteral("moll"), QStringLiteral("dur")};
    return modes.contains(word.toLower());
}

struct Found
{
    QString value;
    double confidence = 0;
    QString word;
};

void keep(std::optional<Found> &best, const QString &value, double confidence, const QString &word)
{
    if (!best || confidence > best->confidence)
        best = Found{value, confidence, word};
}

// What one name (the file's, or one folder's) says.
struct TextHints
{
    std::optional<Found> type;
    std::optional<Found> kind;
    std::optional<Found> bpm;
    std::optional<Found> key;
    QStringList tags;
};

std::optional<Found> findBpm(const QString &text, bool hasOtherMusicalHints, const QStringList &segmentList)
{
    static const QRegularExpression explicitBpm(
        QStringLiteral("(?<![\\d.])(\\d{2,3}(?:[.,]\\d{1,2})?)\\s*[-_ ]?\\s*bpm|bpm\\s*[-_ ]?\\s*(\\d{2,3}(?:[.,]\\d{1,2})?)(?![\\d])"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = explicitBpm.match(text);
    if (match.hasMatch()) {
        QString number = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        number.replace(QLatin1Char(','), QLatin1Char('.'));
        const double bpm = number.toDouble();
        if (bpm >= 40 && bpm <= 250)
            return Found{QString::number(bpm), 0.95, match.captured(0)};
    }
    // A bare number between 60 and 200 in a name that also has a key or says "loop".
    if (hasOtherMusicalHints) {
        for (const QString &segment : segmentList) {
            bool ok = false;
            const int value = segment.toInt(&ok);
            if (ok && segment.size() >= 2 && value >= 60 && value <= 200 && value != 808 && value != 909)
                return Found{QString::number(value), 0.75, segment};
        }
    }
    return std::nullopt;
}

std::optional<Found> findKey(const QStringList &segmentList, bool hasBpm)
{
    static const QRegularExpression letterWithMode(QStringLiteral("^[A-G][#b]?(m|min|minor|maj|major|M)$"));
    static const QRegularExpression letterWithAccidental(QStringLiteral("^[A-G][#b]$"));
    static const QRegularExpression bareLetter(QStringLiteral("^[A-G]$"));
    static const QRegularExpression camelot(QStringLiteral("^(1[0-2]|[1-9])[AB]$"));
    static const QRegularExpression solfege(QStringLiteral("^(do|re|mi|fa|sol|la|si)[#b]?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression solfegeMinor(QStringLiteral("^(do|re|mi|fa|sol|la|si)[#b]?m$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    std::optional<Found> best;
    for (qsizetype i = 0; i < segmentList.size(); ++i) {
        const QString &segment = segmentList.at(i);
        const QString next = i + 1 < segmentList.size() ? segmentList.at(i + 1) : QString();
        const bool modeFollows = isModeWord(next);
        auto consider = [&](const QString &text, double confidence) {
            if (const auto key = MusicalKey::parse(text))
                keep(best, key->name(), confidence, text);
        };
        if (letterWithMode.match(segment).hasMatch())
            consider(segment, 0.9);
        else if (camelot.match(segment).hasMatch())
            consider(segment, 0.85);
        else if ((letterWithAccidental.match(segment).hasMatch() || bareLetter.match(segment).hasMatch()
                  || solfege.match(segment).hasMatch())
                 && modeFollows)
            consider(segment + QLatin1Char(' ') + next, 0.9);
        else if (letterWithAccidental.match(segment).hasMatch())
            consider(segment, 0.75);
        else if (solfegeMinor.match(segment).hasMatch())
            consider(segment, 0.7);
        else if (bareLetter.match(segment).hasMatch() && hasBpm)
            consider(segment, 0.55);
    }
    return best;
}

TextHints hintsFromText(const QString &text)
{
    TextHints hints;
    const QStringList segmentList = segments(text);
    QStringList words;
    for (const QString &segment : segmentList)
        words << splitWords(segment);
    for (QString &word : words)
        word = word.toLower();

    bool open = false;
    bool closed = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        if (i + 1 < words.size()) {
            const QString joined = phrases().value(word + QLatin1Char(' ') + words.at(i + 1));
            if (!joined.isEmpty()) {
                word = joined;
                ++i;
            }
        }
        if (word == QLatin1String("open") || word == QLatin1String("abierto"))
            open = true;
        if (word == QLatin1String("closed") || word == QLatin1String("cerrado"))
            closed = true;
        const auto meaning = dictionary().constFind(word);
        if (meaning == dictionary().cend())
            continue;
        if (*meaning->type)
            keep(hints.type, QLatin1String(meaning->type), meaning->typeConfidence, word);
        if (*meaning->kind)
            keep(hints.kind, QLatin1String(meaning->kind), meaning->kindConfidence, word);
        if (*meaning->tag && !hints.tags.contains(QLatin1String(meaning->tag)))
            hints.tags << QLatin1String(meaning->tag);
    }
    // "Hat" with "open"/"closed" anywhere in the same name.
    if (hints.type && hints.type->value == QLatin1String("closed-hat") && hints.type->confidence < 0.9) {
        if (open)
            hints.type = Found{QStringLiteral("open-hat"), 0.9, hints.type->word + QStringLiteral(" + open")};
        else if (closed)
            hints.type = Found{QStringLiteral("closed-hat"), 0.9, hints.type->word + QStringLiteral(" + closed")};
    }

    const bool loopish = hints.kind && hints.kind->value == QLatin1String("loop");
    std::optional<Found> key = findKey(segmentList, false);
    hints.bpm = findBpm(stripAccents(text), loopish || key.has_value(), segmentList);
    hints.key = key ? key : findKey(segmentList, hints.bpm.has_value());
    return hints;
}

} // namespace

QStringList nameTokens(const QString &text)
{
    QStringList tokens;
    for (const QString &segment : segments(text)) {
        for (const QString &word : splitWords(segment))
            tokens << word.toLower();
    }
    return tokens;
}

QStringList typeSearchWords(const QString &type)
{
    static const QHash<QString, QStringList> words = {
        {QStringLiteral("kick"), {QStringLiteral("kick"), QStringLiteral("bombo"), QStringLiteral("bd")}},
        {QStringLiteral("snare"), {QStringLiteral("snare"), QStringLiteral("caja"), QStringLiteral("redoblante")}},
        {QStringLiteral("clap"), {QStringLiteral("clap"), QStringLiteral("palmas")}},
        {QStringLiteral("closed-hat"), {QStringLiteral("hat"), QStringLiteral("hihat"), QStringLiteral("closed"), QStringLiteral("charles")}},
        {QStringLiteral("open-hat"), {QStringLiteral("hat"), QStringLiteral("hihat"), QStringLiteral("open"), QStringLiteral("charles")}},
        {QStringLiteral("cymbal"), {QStringLiteral("cymbal"), QStringLiteral("platillo")}},
        {QStringLiteral("tom"), {QStringLiteral("tom")}},
        {QStringLiteral("perc"), {QStringLiteral("perc"), QStringLiteral("percussion"), QStringLiteral("percusion")}},
        {QStringLiteral("bass"), {QStringLiteral("bass"), QStringLiteral("bajo")}},
        {QStringLiteral("lead"), {QStringLiteral("lead"), QStringLiteral("melody"), QStringLiteral("melodia")}},
        {QStringLiteral("pad"), {QStringLiteral("pad"), QStringLiteral("colchon")}},
        {QStringLiteral("chord"), {QStringLiteral("chord"), QStringLiteral("stab"), QStringLiteral("acorde")}},
        {QStringLiteral("vocal"), {QStringLiteral("vocal"), QStringLiteral("vox"), QStringLiteral("voz")}},
        {QStringLiteral("fx"), {QStringLiteral("fx"), QStringLiteral("efecto")}},
        {QStringLiteral("texture"), {QStringLiteral("texture"), QStringLiteral("textura"), QStringLiteral("atmos")}},
        {QStringLiteral("drum-loop"), {QStringLiteral("drums"), QStringLiteral("loop"), QStringLiteral("bateria"), QStringLiteral("bucle")}},
        {QStringLiteral("music-loop"), {QStringLiteral("music"), QStringLiteral("loop"), QStringLiteral("bucle")}},
    };
    return words.value(type);
}

NameHints parseNameHints(const QString &baseName, const QStringList &folders)
{
    NameHints result;
    // The file name first, then folders from the innermost out: nearer names are more specific.
    struct NamedText
    {
        QString text;
        double weight;
        QString where;
    };
    QList<NamedText> sources = {{baseName, 1.0, QStringLiteral("file name")}};
    for (qsizetype i = folders.size() - 1; i >= 0; --i) {
        const double weight = i == folders.size() - 1 ? 0.85 : 0.75;
        sources.append({folders.at(i), weight, QStringLiteral("folder \"%1\"").arg(folders.at(i))});
    }

    std::optional<Evidence> type, kind, bpm, key;
    auto take = [](std::optional<Evidence> &slot, Field field, const std::optional<Found> &found, const NamedText &source) {
        if (!found || slot)
            return;   // the nearest name that says something wins
        slot = Evidence{field, Source::Name, found->value, found->confidence * source.weight,
                        QStringLiteral("%1 word \"%2\"").arg(source.where, found->word)};
    };
    for (const NamedText &source : std::as_const(sources)) {
        const TextHints hints = hintsFromText(source.text);
        take(type, Field::Type, hints.type, source);
        take(kind, Field::Kind, hints.kind, source);
        take(bpm, Field::Bpm, hints.bpm, source);
        take(key, Field::Key, hints.key, source);
        for (const QString &tag : hints.tags) {
            if (!result.tags.contains(tag))
                result.tags << tag;
        }
    }

    // A drum hit's name with "loop" in it is a drum loop; a loop type implies a loop.
    if (type && kind && kind->value == loopKind() && isDrumType(type->value)) {
        type->detail += QStringLiteral(", with \"%1\"").arg(kind->value);
        type->value = QStringLiteral("drum-loop");
        type->confidence = std::min(type->confidence, kind->confidence);
    }
    if (type && !kind && isLoopType(type->value) && type->confidence >= 0.6)
        kind = Evidence{Field::Kind, Source::Name, loopKind(), type->confidence, type->detail};
    // "drums" alone is weak: it may be a folder of one-shots.
    if (type && type->value == QLatin1String("drum-loop") && kind && kind->value == oneShotKind())
        type.reset();
    // A tempo in the name hints at a loop when nothing else says which.
    if (!kind && bpm && bpm->source == Source::Name && bpm->detail.startsWith(QLatin1String("file name")))
        kind = Evidence{Field::Kind, Source::Name, loopKind(), 0.55, bpm->detail};

    for (const auto &slot : {type, kind, bpm, key}) {
        if (slot)
            result.evidence << *slot;
    }
    return result;
}

} // namespace musiaia::library

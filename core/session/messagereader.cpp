// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagereader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::session {
namespace {

using music::PartRole;

// Word lists, normalised like music::normalizeRequestText() (lower case, no accents).
const QSet<QString> &generateVerbs()
{
    static const QSet<QString> words = {
        u"genera"_s, u"generar"_s, u"generame"_s, u"generes"_s, u"hazme"_s, u"hacer"_s, u"haceme"_s, u"crea"_s,
        u"crear"_s, u"creame"_s, u"compon"_s, u"componer"_s, u"componme"_s, u"produce"_s, u"producir"_s,
        u"produceme"_s, u"dame"_s, u"quiero"_s, u"quisiera"_s, u"escribe"_s, u"escribeme"_s, u"make"_s,
        u"create"_s, u"generate"_s, u"compose"_s, u"write"_s, u"build"_s, u"want"_s, u"need"_s, u"necesito"_s,
        u"arma"_s, u"armame"_s, u"prepara"_s, u"preparame"_s, u"start"_s, u"empieza"_s,
    };
    return words;
}

// Words that name a song rather than a part of one.
const QSet<QString> &songNouns()
{
    static const QSet<QString> words = {
        u"track"_s, u"tema"_s, u"cancion"_s, u"beat"_s, u"base"_s, u"pista"_s, u"instrumental"_s, u"song"_s,
        u"tune"_s, u"proyecto"_s, u"project"_s, u"algo"_s, u"something"_s, u"temazo"_s, u"pieza"_s, u"piece"_s,
        u"cancioncita"_s, u"produccion"_s, u"production"_s, u"groove"_s, u"riddim"_s,
    };
    return words;
}

const QSet<QString> &regenerateWords()
{
    static const QSet<QString> words = {
        u"otro"_s, u"otra"_s, u"otros"_s, u"otras"_s, u"nuevo"_s, u"nueva"_s, u"nuevos"_s, u"nuevas"_s,
        u"another"_s, u"new"_s, u"different"_s, u"diferente"_s, u"distinto"_s, u"distinta"_s, u"cambia"_s,
        u"cambiame"_s, u"cambiar"_s, u"change"_s, u"regenera"_s, u"regenerar"_s, u"regenerate"_s, u"rehaz"_s,
        u"rehacer"_s, u"redo"_s, u"reroll"_s, u"swap"_s, u"replace"_s, u"reemplaza"_s, u"varia"_s,
    };
    return words;
}

// Words skipped between "otro" and the part it names ("cambia el bajo", "a new bass line").
const QSet<QString> &fillerWords()
{
    static const QSet<QString> words = {
        u"el"_s, u"la"_s, u"los"_s, u"las"_s, u"un"_s, u"una"_s, u"unos"_s, u"unas"_s, u"the"_s, u"a"_s,
        u"an"_s, u"de"_s, u"del"_s, u"my"_s, u"mi"_s, u"su"_s, u"tu"_s, u"your"_s, u"that"_s, u"ese"_s,
        u"esa"_s, u"este"_s, u"esta"_s, u"me"_s, u"le"_s, u"some"_s, u"patron"_s, u"pattern"_s, u"linea"_s,
        u"line"_s, u"sample"_s, u"samples"_s, u"sonido"_s, u"sonidos"_s, u"sound"_s, u"sounds"_s, u"for"_s,
        u"para"_s, u"of"_s,
    };
    return words;
}

const QSet<QString> &sampleWords()
{
    static const QSet<QString> words = {u"sample"_s, u"samples"_s, u"sonido"_s, u"sonidos"_s, u"sound"_s,
                                        u"sounds"_s, u"muestra"_s, u"muestras"_s};
    return words;
}

// Verbs that change what exists ("pásalo a techno", "make it darker").
const QSet<QString> &changeVerbs()
{
    static const QSet<QString> words = {
        u"pasalo"_s, u"pasala"_s, u"pasa"_s, u"hazlo"_s, u"hazla"_s, u"ponlo"_s, u"ponla"_s, u"conviertelo"_s,
        u"conviertela"_s, u"convierte"_s, u"cambialo"_s, u"cambiala"_s, u"llevalo"_s, u"llevala"_s, u"dejalo"_s,
        u"dejala"_s, u"transpon"_s, u"transponer"_s, u"transpose"_s, u"turn"_s, u"convert"_s, u"move"_s,
        u"shift"_s, u"subelo"_s, u"bajalo"_s, u"sube"_s, u"baja"_s, u"quita"_s, u"quitale"_s, u"anade"_s,
        u"anadele"_s, u"agrega"_s, u"mete"_s, u"ponle"_s, u"remove"_s, u"add"_s, u"drop"_s, u"alarga"_s,
        u"acorta"_s, u"alargalo"_s, u"acortalo"_s, u"extend"_s, u"shorten"_s, u"lengthen"_s, u"raise"_s,
        u"lower"_s, u"speed"_s, u"slow"_s,
    };
    return words;
}

const QSet<QString> &newProjectPhrases()
{
    static const QSet<QString> phrases = {
        u"otro tema"_s, u"otra cancion"_s, u"otro track"_s, u"otro beat"_s, u"otra base"_s, u"nuevo tema"_s,
        u"nueva cancion"_s, u"nuevo track"_s, u"nuevo proyecto"_s, u"otro proyecto"_s, u"tema nuevo"_s,
        u"cancion nueva"_s, u"track nuevo"_s, u"proyecto nuevo"_s, u"desde cero"_s, u"another track"_s,
        u"another song"_s, u"another beat"_s, u"new track"_s, u"new song"_s, u"new project"_s, u"new beat"_s,
        u"from scratch"_s, u"otra pista"_s, u"a different track"_s, u"a different song"_s,
    };
    return phrases;
}

// Questions that ask about something rather than for something.
const QStringList &talkOpenings()
{
    static const QStringList openings = {
        u"que es"_s,        u"que son"_s,        u"que significa"_s, u"que diferencia"_s, u"cual es"_s,
        u"cuales son"_s,    u"como se"_s,        u"como hago"_s,     u"como puedo"_s,     u"como funciona"_s,
        u"por que"_s,       u"porque"_s,         u"para que"_s,      u"que bpm"_s,        u"que tempo"_s,
        u"que puedes"_s,    u"que sabes"_s,      u"que haces"_s,     u"quien"_s,          u"explica"_s,
        u"explicame"_s,     u"cuentame"_s,       u"dime"_s,          u"ayuda"_s,          u"help"_s,
        u"what is"_s,       u"what s"_s,         u"whats"_s,         u"what are"_s,       u"what does"_s,
        u"what can"_s,      u"what bpm"_s,       u"what tempo"_s,    u"what key"_s,       u"how do"_s,
        u"how does"_s,      u"how can"_s,        u"how to"_s,        u"how is"_s,         u"why"_s,
        u"who"_s,           u"explain"_s,        u"tell me"_s,       u"difference"_s,     u"hola"_s,
        u"hello"_s,         u"hi"_s,             u"hey"_s,           u"gracias"_s,        u"thanks"_s,
        u"thank you"_s,     u"buenas"_s,         u"buenos dias"_s,   u"good morning"_s,   u"que tal"_s,
        u"como estas"_s,    u"how are you"_s,    u"que hay en el proyecto"_s, u"que tiene"_s, u"what s in"_s,
        u"en que"_s,        u"in what"_s,        u"status"_s,        u"estado"_s,
    };
    return openings;
}

const QStringList &styleReferences()
{
    static const QStringList phrases = {
        u"en este estilo"_s, u"en ese estilo"_s, u"en el mismo estilo"_s, u"del mismo estilo"_s,
        u"al estilo de"_s,   u"con este estilo"_s, u"algo parecido"_s,    u"algo similar"_s,
        u"parecido a"_s,     u"parecida a"_s,     u"similar a"_s,          u"como este"_s,
        u"como ese"_s,       u"como esta"_s,      u"in this style"_s,      u"in that style"_s,
        u"in the same style"_s, u"same style"_s,  u"like this"_s,          u"like that"_s,
        u"something similar"_s, u"similar to"_s,  u"same vibe"_s,          u"misma onda"_s,
        u"mismo rollo"_s,    u"mismo estilo"_s,   u"style of"_s,           u"estilo de"_s,
    };
    return phrases;
}

const QSet<QString> &analyzeVerbs()
{
    static const QSet<QString> words = {u"analiza"_s, u"analizar"_s, u"analizame"_s, u"analyze"_s, u"analyse"_s,
                                        u"analysis"_s, u"analisis"_s, u"inspect"_s, u"examina"_s, u"revisa"_s,
                                        u"lee"_s, u"read"_s, u"abre"_s, u"open"_s};
    return words;
}

const QSet<QString> &setNouns()
{
    static const QSet<QString> words = {u"set"_s, u"als"_s, u"sesion"_s, u"session"_s, u"proyecto"_s,
                                        u"project"_s, u"archivo"_s, u"file"_s, u"ableton"_s};
    return words;
}

// " word word " form, so that phrases match on whole words.
QString padded(const QStringList &tokens)
{
    return u' ' + tokens.join(u' ') + u' ';
}

bool containsPhrase(const QString &paddedText, const QString &phrase)
{
    return paddedText.contains(u' ' + phrase + u' ');
}

bool startsWithPhrase(const QStringList &tokens, const QString &phrase)
{
    return padded(tokens).startsWith(QString(u' ' + phrase + u' '));
}

bool anyToken(const QStringList &tokens, const QSet<QString> &words)
{
    for (const QString &token : tokens) {
        if (words.contains(token))
            return true;
    }
    return false;
}

// The roles the words name, read the way the request parser reads "con <words>".
QList<PartRole> rolesNamed(const QStringList &words)
{
    if (words.isEmpty())
        return {};
    const music::Request parsed = music::parseRequest(u"con "_s + words.join(u' '));
    QList<PartRole> roles;
    for (auto it = parsed.parts.cbegin(); it != parsed.parts.cend(); ++it) {
        if (it.value())
            roles << it.key();
    }
    return roles;
}

int numberWord(const QString &token)
{
    static const QMap<QString, int> numbers = {
        {u"un"_s, 1},   {u"uno"_s, 1},    {u"una"_s, 1},    {u"a"_s, 1},     {u"one"_s, 1},   {u"dos"_s, 2},
        {u"two"_s, 2},  {u"tres"_s, 3},   {u"three"_s, 3},  {u"cuatro"_s, 4}, {u"four"_s, 4}, {u"cinco"_s, 5},
        {u"five"_s, 5}, {u"seis"_s, 6},   {u"six"_s, 6},    {u"siete"_s, 7}, {u"seven"_s, 7},
    };
    bool ok = false;
    const int digits = token.toInt(&ok);
    if (ok)
        return digits;
    return numbers.value(token, 0);
}

// "sube un tono", "baja dos semitonos", "transpose up 3 semitones", "medio tono arriba".
int readTranspose(const QStringList &tokens)
{
    static const QSet<QString> up = {u"sube"_s, u"subelo"_s, u"subela"_s, u"subir"_s, u"up"_s, u"raise"_s,
                                     u"arriba"_s, u"higher"_s, u"mas"_s};
    static const QSet<QString> down = {u"baja"_s, u"bajalo"_s, u"bajala"_s, u"bajar"_s, u"down"_s,
                                       u"lower"_s, u"abajo"_s, u"menos"_s};
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &unit = tokens.at(i);
        int semitones = 0;
        if (unit == u"semitono" || unit == u"semitonos" || unit == u"semitone" || unit == u"semitones"
            || unit == u"half" /* "half step" */)
            semitones = 1;
        else if (unit == u"tono" || unit == u"tonos" || unit == u"tone" || unit == u"tones" || unit == u"step"
                 || unit == u"steps" || unit == u"whole")
            semitones = 2;
        else
            continue;
        if (unit == u"tono" && i > 0 && tokens.at(i - 1) == u"medio")
            semitones = 1;
        int count = 1;
        if (i > 0 && numberWord(tokens.at(i - 1)) > 0)
            count = numberWord(tokens.at(i - 1));
        else if (i > 1 && tokens.at(i - 1) == u"medio" && numberWord(tokens.at(i - 2)) > 0)
            count = numberWord(tokens.at(i - 2));
        if (unit == u"half" && i + 1 < tokens.size() && tokens.at(i + 1) == u"step")
            semitones = 1;
        int direction = 0;
        for (qsizetype j = qMax<qsizetype>(0, i - 4); j < qMin(tokens.size(), i + 3); ++j) {
            if (up.contains(tokens.at(j)))
                direction = direction == 0 ? 1 : direction;
            else if (down.contains(tokens.at(j)))
                direction = direction == 0 ? -1 : direction;
        }
        if (direction != 0)
            return direction * qBound(1, count * semitones, 11);
    }
    return 0;
}

double magnitude(const QString &paddedText)
{
    static const QStringList small = {u"un poco"_s, u"un poquito"_s, u"ligeramente"_s, u"algo mas"_s,
                                      u"a bit"_s, u"a little"_s, u"slightly"_s, u"a touch"_s, u"tad"_s};
    static const QStringList large = {u"mucho"_s, u"muchisimo"_s, u"bastante"_s, u"mucho mas"_s, u"much"_s,
                                      u"a lot"_s, u"way"_s, u"lots"_s, u"really"_s, u"muy"_s};
    for (const QString &phrase : small) {
        if (containsPhrase(paddedText, phrase))
            return 0.5;
    }
    for (const QString &phrase : large) {
        if (containsPhrase(paddedText, phrase))
            return 2.0;
    }
    return 1.0;
}

// "sube el tempo", "lower the bpm", "más velocidad".
int tempoWords(const QStringList &tokens)
{
    static const QSet<QString> tempoNouns = {u"tempo"_s, u"bpm"_s, u"velocidad"_s, u"speed"_s, u"ritmo"_s};
    static const QSet<QString> up = {u"sube"_s, u"subele"_s, u"subir"_s, u"raise"_s, u"increase"_s, u"up"_s,
                                     u"aumenta"_s, u"acelera"_s, u"aceleralo"_s, u"speed"_s};
    static const QSet<QString> down = {u"baja"_s, u"bajale"_s, u"bajar"_s, u"lower"_s, u"decrease"_s,
                                       u"reduce"_s, u"reducir"_s, u"down"_s, u"frena"_s, u"slow"_s};
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!tempoNouns.contains(tokens.at(i)))
            continue;
        for (qsizetype j = qMax<qsizetype>(0, i - 3); j < qMin(tokens.size(), i + 3); ++j) {
            if (up.contains(tokens.at(j)))
                return 1;
            if (down.contains(tokens.at(j)))
                return -1;
        }
    }
    if (startsWithPhrase(tokens, u"speed up"_s) || startsWithPhrase(tokens, u"acelera"_s)
        || startsWithPhrase(tokens, u"aceleralo"_s))
        return 1;
    if (startsWithPhrase(tokens, u"slow down"_s) || startsWithPhrase(tokens, u"slow it down"_s)
        || startsWithPhrase(tokens, u"frena"_s) || startsWithPhrase(tokens, u"frenalo"_s))
        return -1;
    return 0;
}

// "otro bajo", "cambia la melodía", "new hats", "otro sample de kick", "otra versión".
void readRegeneration(const QStringList &tokens, PlanEdits *edits, bool *newProject)
{
    static const QSet<QString> versionNouns = {u"version"_s, u"variacion"_s, u"variation"_s, u"take"_s,
                                               u"intento"_s, u"toma"_s, u"vuelta"_s};
    const QString text = padded(tokens);
    for (const QString &phrase : newProjectPhrases()) {
        if (containsPhrase(text, phrase))
            *newProject = true;
    }
    if (containsPhrase(text, u"otra vez"_s) || containsPhrase(text, u"try again"_s)
        || containsPhrase(text, u"de nuevo"_s) || containsPhrase(text, u"again"_s)
        || containsPhrase(text, u"regenera"_s) || containsPhrase(text, u"regenerate"_s)
        || containsPhrase(text, u"reroll"_s))
        edits->regenerateAll = true;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!regenerateWords().contains(tokens.at(i)))
            continue;
        QStringList window;
        bool mentionsSample = false;
        qsizetype j = i + 1;
        for (; j < tokens.size() && window.size() < 3; ++j) {
            const QString &word = tokens.at(j);
            if (sampleWords().contains(word))
                mentionsSample = true;
            if (versionNouns.contains(word)) {
                edits->regenerateAll = true;
                break;
            }
            if (fillerWords().contains(word))
                continue;
            window << word;
            if (!rolesNamed(window).isEmpty()) {
                // Take one more word when it extends the name ("hi hats", "bass line").
                if (j + 1 < tokens.size() && !rolesNamed(window + QStringList{tokens.at(j + 1)}).isEmpty()) {
                    window << tokens.at(j + 1);
                    ++j;
                }
                break;
            }
            if (songNouns().contains(word) || window.size() >= 2)
                break;
        }
        for (qsizetype k = j; k < qMin(tokens.size(), j + 3); ++k)
            mentionsSample = mentionsSample || sampleWords().contains(tokens.at(k));
        const QList<PartRole> roles = rolesNamed(window);
        if (roles.isEmpty()) {
            if (mentionsSample)
                edits->swapAllSamples = true;
            continue;
        }
        for (PartRole role : roles) {
            QList<PartRole> &target = mentionsSample ? edits->swapSamples : edits->regenerate;
            if (!target.contains(role))
                target << role;
        }
    }
}

bool isQuestion(const QString &raw, const QStringList &tokens)
{
    const QString trimmed = raw.trimmed();
    if (trimmed.startsWith(u'¿') || trimmed.endsWith(u'?'))
        return true;
    for (const QString &opening : talkOpenings()) {
        if (startsWithPhrase(tokens, opening))
            return true;
    }
    return false;
}

bool asksAbout(const QStringList &tokens)
{
    for (const QString &opening : talkOpenings()) {
        if (startsWithPhrase(tokens, opening))
            return true;
    }
    // "¿me explicas qué es un dembow?", "can you tell me what swing is"
    const QString text = padded(tokens);
    for (const QString &phrase : {u"que es"_s, u"que son"_s, u"what is"_s, u"what are"_s, u"explica"_s,
                                  u"explicas"_s, u"explain"_s, u"difference between"_s, u"diferencia entre"_s}) {
        if (containsPhrase(text, phrase))
            return true;
    }
    return false;
}

// Whether the parsed musical words, read as a change, change anything.
void takeMusicalEdits(const music::Request &request, const QString &paddedText, const ReadingContext &context,
                      PlanEdits *edits)
{
    const double size = magnitude(paddedText);
    if (request.tempo > 0.0)
        edits->tempo = request.tempo;
    else if (request.tempoFeel != 0)
        edits->tempoSteps = request.tempoFeel * size;
    edits->keyRoot = request.keyRoot;
    edits->keyMode = request.keyMode;
    edits->mood = request.mood;
    if (!request.genre.isEmpty() && request.genre != context.currentGenre)
        edits->genre = request.genre;
    edits->sections = request.sections;
    edits->parts = request.parts;
    edits->partStyles = request.partStyles;
    edits->swing = request.swing;
    edits->swingSteps = request.swingFeel;

    // "más largo" / "más corto" about the whole song is relative to what it is now.
    static const QStringList longer = {u"mas largo"_s, u"mas larga"_s, u"longer"_s, u"alargalo"_s, u"alargala"_s,
                                       u"alarga"_s, u"extend"_s, u"extiende"_s, u"lengthen"_s};
    static const QStringList shorter = {u"mas corto"_s, u"mas corta"_s, u"shorter"_s, u"acortalo"_s,
                                        u"acortala"_s, u"acorta"_s, u"shorten"_s, u"recorta"_s};
    const bool namesSection = !request.sections.isEmpty();
    int steps = 0;
    for (const QString &phrase : longer)
        steps = !namesSection && containsPhrase(paddedText, phrase) ? 1 : steps;
    for (const QString &phrase : shorter)
        steps = !namesSection && containsPhrase(paddedText, phrase) ? -1 : steps;
    if (steps != 0) {
        edits->lengthSteps = steps;
    } else {
        edits->length = request.length;
    }
}

} // namespace

bool PlanEdits::isEmpty() const
{
    return tempo <= 0.0 && tempoSteps == 0.0 && keyRoot < 0 && !keyMode && transpose == 0 && !mood
           && genre.isEmpty() && !length.isSet() && lengthSteps == 0 && sections.isEmpty() && parts.isEmpty()
           && partStyles.isEmpty() && regenerate.isEmpty() && !regenerateAll && swapSamples.isEmpty()
           && !swapAllSamples && swing < 0.0 && swingSteps == 0;
}

QString detectLanguage(const QString &text, const QString &fallback)
{
    static const QSet<QString> spanish = {
        u"el"_s, u"la"_s, u"los"_s, u"las"_s, u"un"_s, u"una"_s, u"de"_s, u"del"_s, u"en"_s, u"con"_s, u"sin"_s,
        u"que"_s, u"por"_s, u"para"_s, u"mas"_s, u"menos"_s, u"hazme"_s, u"genera"_s, u"quiero"_s, u"cancion"_s,
        u"tema"_s, u"menor"_s, u"mayor"_s, u"bateria"_s, u"hola"_s, u"gracias"_s, u"pasalo"_s, u"quita"_s,
        u"anade"_s, u"otro"_s, u"otra"_s, u"rapido"_s, u"lento"_s, u"oscuro"_s, u"largo"_s, u"corto"_s, u"es"_s,
        u"y"_s, u"crea"_s, u"sube"_s, u"baja"_s, u"tono"_s, u"compases"_s, u"minutos"_s, u"analiza"_s,
        u"este"_s, u"esta"_s, u"estilo"_s, u"algo"_s, u"ponle"_s, u"mete"_s, u"hazlo"_s, u"alegre"_s,
    };
    static const QSet<QString> english = {
        u"the"_s, u"an"_s, u"of"_s, u"in"_s, u"with"_s, u"without"_s, u"and"_s, u"make"_s, u"me"_s,
        u"create"_s, u"generate"_s, u"faster"_s, u"slower"_s, u"more"_s, u"less"_s, u"minor"_s, u"major"_s,
        u"add"_s, u"remove"_s, u"another"_s, u"new"_s, u"darker"_s, u"longer"_s, u"shorter"_s, u"what"_s,
        u"is"_s, u"how"_s, u"it"_s, u"to"_s, u"this"_s, u"style"_s, u"song"_s, u"track"_s, u"please"_s,
        u"analyze"_s, u"analyse"_s, u"give"_s, u"hello"_s, u"thanks"_s, u"up"_s, u"down"_s, u"bars"_s,
        u"minutes"_s, u"something"_s, u"can"_s, u"you"_s, u"i"_s,
    };
    QString raw = text;
    if (raw.contains(u'¿') || raw.contains(u'¡') || raw.contains(u'ñ') || raw.contains(u'Ñ'))
        return u"es"_s;
    int es = 0, en = 0;
    for (const QString &token : music::normalizeRequestText(text).split(u' ', Qt::SkipEmptyParts)) {
        es += spanish.contains(token) ? 1 : 0;
        en += english.contains(token) ? 1 : 0;
    }
    static const QRegularExpression accents(u"[áéíóú]"_s, QRegularExpression::CaseInsensitiveOption);
    if (raw.contains(accents))
        es += 2;
    if (es == en)
        return fallback.isEmpty() ? (es > 0 ? u"es"_s : u"en"_s) : fallback;
    return es > en ? u"es"_s : u"en"_s;
}

QString findSetPath(const QString &text)
{
    static const QRegularExpression quoted(u"[\"'“‘«]([^\"'”’»\\n]+?\\.als)[\"'”’»]"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression url(u"(file://\\S+?\\.als)(?=$|[\\s,;:!?)])"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(u"((?:~|\\.{1,2})?(?:/|[A-Za-z]:\\\\)?[^\\s\"'“”]*?\\.als)(?=$|[\\s,;:!?)])"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QString found;
    if (const auto match = quoted.match(text); match.hasMatch())
        found = match.captured(1);
    else if (const auto urlMatch = url.match(text); urlMatch.hasMatch())
        found = QUrl(urlMatch.captured(1)).toLocalFile();
    else if (const auto bareMatch = bare.match(text); bareMatch.hasMatch())
        found = bareMatch.captured(1);
    if (found.isEmpty())
        return {};
    if (found.startsWith(u"file://"_s))
        found = QUrl(found).toLocalFile();
    if (found == u"~"_s || found.startsWith(u"~/"_s))
        found = QDir::homePath() + found.mid(1);
    return QDir::cleanPath(QFileInfo(found).absoluteFilePath());
}

MessageReading readMessage(const QString &text, const ReadingContext &context)
{
    MessageReading reading;
    reading.language = detectLanguage(text, context.language);
    const QStringList tokens = music::normalizeRequestText(text).split(u' ', Qt::SkipEmptyParts);
    const QString paddedText = padded(tokens);
    reading.question = isQuestion(text, tokens);

    // A set named or dropped: analyse it (and make something like it when asked to).
    reading.setPath = findSetPath(text);
    for (const QString &phrase : styleReferences())
        reading.inStyle = reading.inStyle || containsPhrase(paddedText, phrase);
    const bool wantsToMake = anyToken(tokens, generateVerbs());
    if (!reading.setPath.isEmpty()) {
        reading.intent = Intent::Analyze;
        reading.generateAfterAnalysis = reading.inStyle || (wantsToMake && !anyToken(tokens, analyzeVerbs()));
        return reading;
    }

    reading.request = music::parseRequest(text);
    takeMusicalEdits(reading.request, paddedText, context, &reading.edits);
    reading.edits.transpose = readTranspose(tokens);
    if (reading.edits.transpose != 0) {
        // "sube un tono" is about pitch, not about a tempo or a part named "bajo".
        reading.edits.tempoSteps = 0.0;
        reading.edits.parts.remove(music::PartRole::Bass);
    }
    if (reading.edits.tempo <= 0.0 && reading.edits.tempoSteps == 0.0) {
        if (const int steps = tempoWords(tokens); steps != 0)
            reading.edits.tempoSteps = steps * magnitude(paddedText);
    }
    readRegeneration(tokens, &reading.edits, &reading.newProject);
    // "otro bajo" also reads as "con bajo" to the parser: a part to regenerate is not one to add.
    for (PartRole role : std::as_const(reading.edits.regenerate))
        reading.edits.parts.remove(role);
    for (PartRole role : std::as_const(reading.edits.swapSamples))
        reading.edits.parts.remove(role);

    const bool asksAboutSomething = asksAbout(tokens);
    // "hazme un tema nuevo" names a song; "hazme algo más oscuro" may well mean this one.
    QSet<QString> songWords = songNouns();
    songWords.remove(u"algo"_s);
    songWords.remove(u"something"_s);
    const bool namesSong = anyToken(tokens, songWords);
    const bool changeVerb = anyToken(tokens, changeVerbs());
    const bool analyzeVerb = anyToken(tokens, analyzeVerbs());

    // 1. "¿qué es un dembow?": a question about something, unless it asks to change the song.
    if (asksAboutSomething && !(context.hasProject && changeVerb && !reading.edits.isEmpty())) {
        reading.intent = Intent::Talk;
        return reading;
    }
    // 2. "analiza este set" without a path: analysis (the session asks for the file).
    if (analyzeVerb && anyToken(tokens, setNouns()) && !wantsToMake) {
        reading.intent = Intent::Analyze;
        return reading;
    }
    // 3. "hazme algo en este estilo": a new song from the reference set (or the current one).
    if (reading.inStyle && (context.hasReference || context.hasProject)) {
        reading.intent = Intent::Generate;
        reading.newProject = true;
        return reading;
    }
    // 4. A change of the current project. A new genre alone ("ahora un techno") is a new song,
    //    unless a verb says to turn this one into it ("pásalo a techno").
    PlanEdits changes = reading.edits;
    const bool onlyGenre = !changes.genre.isEmpty() && [&] {
        PlanEdits withoutGenre = changes;
        withoutGenre.genre.clear();
        return withoutGenre.isEmpty();
    }();
    const bool genreSwitchIsNewSong = !changes.genre.isEmpty() && (wantsToMake || (onlyGenre && !changeVerb));
    if (context.hasProject && !changes.isEmpty() && !reading.newProject && !genreSwitchIsNewSong
        && !(wantsToMake && namesSong)) {
        reading.intent = Intent::Modify;
        return reading;
    }
    // 5. A new song. "más rápido" or "a 128" alone, with no song yet, is a change of nothing (6).
    const bool bareChange = !context.hasProject && !changes.isEmpty() && reading.request.genre.isEmpty()
                            && !wantsToMake && !anyToken(tokens, songNouns());
    if (!bareChange && (wantsToMake || reading.newProject || reading.request.isMusical())) {
        reading.intent = Intent::Generate;
        return reading;
    }
    // 6. A change with nothing to change yet: the session says so.
    if (!changes.isEmpty()) {
        reading.intent = Intent::Modify;
        return reading;
    }
    reading.intent = Intent::Talk;
    return reading;
}

} // namespace musiaia::session

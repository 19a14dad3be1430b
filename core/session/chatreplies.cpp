// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatreplies.h"

#include "als/scalenames.h"
#include "music/genre.h"
#include "music/requestparser.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::session {
namespace {

const QString dot = u" \u00b7 "_s;

std::optional<music::Mode> modeFromScale(als::ScaleMode mode)
{
    using S = als::ScaleMode;
    using M = music::Mode;
    switch (mode) {
    case S::Major:
    case S::MajorPentatonic:
        return M::Major;
    case S::Minor:
    case S::MinorPentatonic:
    case S::MinorBlues:
        return M::Minor;
    case S::Dorian:
        return M::Dorian;
    case S::Phrygian:
        return M::Phrygian;
    case S::Lydian:
        return M::Lydian;
    case S::Mixolydian:
        return M::Mixolydian;
    case S::HarmonicMinor:
        return M::HarmonicMinor;
    case S::PhrygianDominant:
        return M::PhrygianDominant;
    default:
        return std::nullopt;
    }
}

// The genre whose tempo range holds `tempo`, closest to its usual tempo; else the closest range.
const music::GenreProfile *genreForTempo(double tempo)
{
    const music::GenreProfile *best = nullptr;
    double bestDistance = 1e9;
    for (const music::GenreProfile &genre : music::allGenres()) {
        const bool inside = tempo >= genre.tempoMin && tempo <= genre.tempoMax;
        const double distance = (inside ? 0.0 : 1000.0) + std::abs(tempo - genre.tempoDefault);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = &genre;
        }
    }
    return best;
}

// Roles a track name names ("Kick", "Bass 808", "Pads"), read with the request parser's words.
QList<music::PartRole> rolesInName(const QString &name)
{
    QList<music::PartRole> roles;
    const music::Request words = music::parseRequest(name);
    for (auto it = words.parts.cbegin(); it != words.parts.cend(); ++it) {
        if (it.value())
            roles << it.key();
    }
    return roles;
}

const music::GenreProfile *genreNamedIn(const QString &text)
{
    const music::Request words = music::parseRequest(text);
    return words.genre.isEmpty() ? nullptr : music::findGenre(words.genre);
}

QString genreFacts(const music::GenreProfile &genre, Language l)
{
    QStringList keys;
    for (const music::Key &key : genre.keys.mid(0, 3))
        keys << keyWord(key, l);
    QStringList parts;
    for (const music::PartTemplate &part : genre.parts) {
        if (part.byDefault)
            parts << roleWord(part.role, l);
    }
    parts.removeDuplicates();
    return say(l, u"%1: %2–%3 BPM (usually %4), keys like %5, about %6 long; I write it with %7."_s,
               u"%1: %2–%3 BPM (normalmente %4), tonalidades como %5, unos %6 de duración; lo escribo con %7."_s)
        .arg(genre.name, tempoText(genre.tempoMin), tempoText(genre.tempoMax), tempoText(genre.tempoDefault),
             keys.join(u", "_s), durationText(genre.lengthSeconds), parts.join(u", "_s));
}

QString genreNames()
{
    QStringList names;
    for (const music::GenreProfile &genre : music::allGenres())
        names << genre.name;
    return names.join(u", "_s);
}

bool mentionsAny(const QString &normalized, std::initializer_list<const char16_t *> words)
{
    const QString padded = u' ' + normalized + u' ';
    for (const char16_t *word : words) {
        if (padded.contains(u' ' + QString::fromUtf16(word) + u' '))
            return true;
    }
    return false;
}

} // namespace

QString songLine(const music::Plan &plan, Language l)
{
    QStringList pieces;
    if (const music::GenreProfile *genre = music::findGenre(plan.genre))
        pieces << genre->name;
    else if (!plan.genre.isEmpty())
        pieces << plan.genre;
    if (plan.tempo > 0)
        pieces << u"%1 BPM"_s.arg(tempoText(plan.tempo));
    if (plan.key.isValid())
        pieces << keyWord(plan.key, l);
    if (plan.mood != music::Mood::Neutral)
        pieces << moodWord(plan.mood, l);
    if (plan.totalBars() > 0 && plan.tempo > 0)
        pieces << say(l, u"%1 (%2 bars)"_s, u"%1 (%2 compases)"_s)
                      .arg(durationText(planSeconds(plan)))
                      .arg(plan.totalBars());
    return pieces.join(dot);
}

QString partsLine(const music::Plan &plan, Language l)
{
    QStringList names;
    for (const music::Part &part : plan.parts)
        names << (plan.partsWithRole(part.role).size() > 1 && !part.name.isEmpty() ? part.name
                                                                                   : roleWord(part.role, l));
    return names.join(u", "_s);
}

QString versionReply(const VersionInfo &version, const QString &projectName, const music::Plan &plan,
                     const QStringList &notes, Language l)
{
    QStringList lines;
    if (version.number <= 1)
        lines
            << say(l, u"Here is “%1”: %2."_s, u"Aquí tienes «%1»: %2."_s).arg(projectName, songLine(plan, l));
    else
        lines << say(l, u"“%1” v%2: %3."_s, u"«%1» v%2: %3."_s)
                     .arg(projectName)
                     .arg(version.number)
                     .arg(songLine(plan, l));
    if (!version.diff.isEmpty())
        lines << say(l, u"Changes: %1."_s, u"Cambios: %1."_s).arg(version.diff);
    else if (version.number > 1)
        lines << say(l, u"Nothing in the plan changed; the notes are the same as before."_s,
                     u"El plan no ha cambiado; las notas son las mismas que antes."_s);
    lines << say(l, u"Parts: %1."_s, u"Partes: %1."_s).arg(partsLine(plan, l));
    if (!version.samples.isEmpty()) {
        // Which sound plays where, and why: the musician asks "where is that kick from?" first.
        lines << say(l, u"Samples from your library (%1):"_s, u"Samples de tu librería (%1):"_s)
                     .arg(version.samples.size());
        for (const ChosenSample &sample : version.samples)
            lines << u"· "_s + sample.reason;
    }
    for (const QString &note : notes)
        lines << note;
    lines << say(l, u"Open in Live: %1"_s, u"Ábrelo en Live: %1"_s)
                 .arg(QDir::toNativeSeparators(version.setPath));
    if (version.number <= 1)
        lines << say(
            l,
            u"Try “faster”, “transpose to D minor”, “remove the intro” or “another bass”: each change is a new version."_s,
            u"Prueba «más rápido», «pásalo a Re menor», «quita la intro» u «otro bajo»: cada cambio es una versión nueva."_s);
    return lines.join(u'\n');
}

QJsonObject referenceFromReport(const als::SetReport &report, const QString &setPath)
{
    const als::LiveSet &set = report.set;
    QJsonObject reference { { u"path"_s, setPath },
                            { u"name"_s, QFileInfo(setPath).completeBaseName() },
                            { u"tempo"_s, set.tempo },
                            { u"bars"_s, report.arrangementBars },
                            { u"seconds"_s, report.arrangementSeconds } };
    if (set.scale) {
        reference.insert(u"keyRoot"_s, set.scale->root);
        reference.insert(u"scale"_s, als::scaleModeName(set.scale->mode));
        if (const auto mode = modeFromScale(set.scale->mode))
            reference.insert(u"keyMode"_s, music::modeName(*mode));
    }
    QJsonArray tracks;
    QJsonArray roles;
    QSet<QString> seen;
    for (const als::Track &track : set.tracks) {
        if (track.type == als::Track::Type::Group || track.type == als::Track::Type::Return)
            continue;
        tracks.append(track.name);
        for (music::PartRole role : rolesInName(track.name)) {
            const QString name = music::roleName(role);
            if (!seen.contains(name)) {
                seen.insert(name);
                roles.append(name);
            }
        }
    }
    reference.insert(u"tracks"_s, tracks);
    reference.insert(u"roles"_s, roles);
    return reference;
}

music::Plan planFromReference(const QJsonObject &reference, Language l, QStringList *notes)
{
    music::Plan plan;
    const double tempo = reference.value(u"tempo"_s).toDouble();
    if (tempo >= music::Plan::kMinTempo && tempo <= music::Plan::kMaxTempo)
        plan.tempo = std::round(tempo * 100.0) / 100.0;
    if (const music::GenreProfile *genre = genreForTempo(plan.tempo > 0 ? plan.tempo : 120.0))
        plan.genre = genre->id;
    music::Mode mode = music::Mode::Minor;
    if (reference.contains(u"keyRoot"_s)
        && music::parseModeName(reference.value(u"keyMode"_s).toString(), &mode)) {
        plan.key.root = reference.value(u"keyRoot"_s).toInt();
        plan.key.mode = mode;
    }
    const int bars = reference.value(u"bars"_s).toInt();
    if (bars >= 16 && bars <= music::Plan::kMaxBars)
        plan.length.bars = bars;

    QSet<QString> ids;
    const QJsonArray roles = reference.value(u"roles"_s).toArray();
    for (const QJsonValue &value : roles) {
        music::PartRole role;
        if (!music::parseRoleName(value.toString(), &role))
            continue;
        music::Part part;
        part.role = role;
        part.id = music::roleName(role);
        if (ids.contains(part.id))
            continue;
        ids.insert(part.id);
        plan.parts << part;
    }
    if (notes) {
        QStringList taken;
        if (plan.tempo > 0)
            taken << u"%1 BPM"_s.arg(tempoText(plan.tempo));
        if (plan.key.isValid())
            taken << keyWord(plan.key, l);
        if (plan.length.bars > 0)
            taken << say(l, u"%1 bars"_s, u"%1 compases"_s).arg(plan.length.bars);
        if (!plan.parts.isEmpty())
            taken << say(l, u"its parts (%1)"_s, u"sus partes (%1)"_s).arg(partsLine(plan, l));
        const QString name = reference.value(u"name"_s).toString();
        *notes << say(l, u"From “%1” I took %2; genre by tempo: %3."_s,
                      u"De «%1» he tomado %2; género por el tempo: %3."_s)
                      .arg(name, taken.join(u", "_s), plan.genre);
        if (plan.parts.isEmpty())
            *notes << say(
                l,
                u"Its track names did not say which instruments they are, so the genre chooses the parts."_s,
                u"Los nombres de sus pistas no dicen qué instrumentos son, así que el género elige las partes."_s);
    }
    return plan;
}

QString analysisReply(const als::SetReport &report, const QJsonObject &reference, Language l)
{
    QStringList lines;
    QString key = say(l, u"no key set"_s, u"sin tonalidad"_s);
    if (report.set.scale) {
        music::Mode mode;
        if (music::parseModeName(reference.value(u"keyMode"_s).toString(), &mode))
            key = keyWord({ report.set.scale->root, mode }, l);
        else
            key = u"%1 %2"_s.arg(report.set.scale->root).arg(als::scaleModeName(report.set.scale->mode));
    }
    const int trackCount = int(reference.value(u"tracks"_s).toArray().size());
    lines << say(l, u"“%1”: %2 BPM · %3 · %4 (%5 bars) · %6 tracks, %7 MIDI clips, %8 audio clips."_s,
                 u"«%1»: %2 BPM · %3 · %4 (%5 compases) · %6 pistas, %7 clips MIDI, %8 clips de audio."_s)
                 .arg(report.fileName, tempoText(report.set.tempo), key,
                      durationText(report.arrangementSeconds))
                 .arg(report.arrangementBars)
                 .arg(trackCount)
                 .arg(report.midiClipsArrangement + report.midiClipsSession)
                 .arg(report.audioClipsArrangement + report.audioClipsSession);
    QStringList roles;
    for (const QJsonValue &value : reference.value(u"roles"_s).toArray()) {
        music::PartRole role;
        if (music::parseRoleName(value.toString(), &role))
            roles << roleWord(role, l);
    }
    if (!roles.isEmpty())
        lines << say(l, u"Parts I recognise by their names: %1."_s,
                     u"Partes que reconozco por su nombre: %1."_s)
                     .arg(roles.join(u", "_s));
    for (const als::ReportWarning &warning : report.warnings)
        lines << u"\u26a0 "_s + warning.message;
    lines << say(l, u"Say “make something in this style” to start a song with its tempo, key and layout."_s,
                 u"Di «hazme algo en este estilo» para empezar un tema con su tempo, tonalidad y pistas."_s);
    return lines.join(u'\n');
}

QString stateForModel(const TalkState &state, Language l)
{
    QStringList lines;
    if (state.version) {
        auto plan = music::planFromJson(state.version->plan);
        lines << say(l, u"Current song: “%1” version %2: %3. Parts: %4."_s,
                     u"Tema actual: «%1» versión %2: %3. Partes: %4."_s)
                     .arg(state.projectName)
                     .arg(state.version->number)
                     .arg(plan ? songLine(*plan, l) : state.version->genre,
                          plan ? partsLine(*plan, l) : QString());
        if (!state.version->diff.isEmpty())
            lines << say(l, u"Last change: %1."_s, u"Último cambio: %1."_s).arg(state.version->diff);
    }
    if (!state.reference.isEmpty())
        lines << say(l, u"Analysed set: “%1”, %2 BPM, tracks: %3."_s,
                     u"Set analizado: «%1», %2 BPM, pistas: %3."_s)
                     .arg(state.reference.value(u"name"_s).toString(),
                          tempoText(state.reference.value(u"tempo"_s).toDouble()),
                          state.reference.value(u"tracks"_s).toVariant().toStringList().join(u", "_s));
    return lines.join(u'\n');
}

QString offlineReply(const QString &text, const TalkState &state, Language l)
{
    const QString normalized = music::normalizeRequestText(text);
    QStringList lines;

    if (mentionsAny(normalized, { u"hola", u"buenas", u"hello", u"hi", u"hey" })
        && normalized.split(u' ').size() <= 3)
        lines << say(l, u"Hi! I make Ableton Live projects from a description."_s,
                     u"¡Hola! Hago proyectos de Ableton Live a partir de una descripción."_s);
    if (mentionsAny(normalized, { u"gracias", u"thanks", u"thank" }))
        lines << say(l, u"You're welcome."_s, u"De nada."_s);

    // A genre named in the question: its facts, from the genre profile the composer uses.
    if (const music::GenreProfile *genre = genreNamedIn(text))
        lines << genreFacts(*genre, l);

    const bool asksWhatItCan = mentionsAny(normalized,
                                           { u"ayuda", u"help", u"puedes", u"can", u"haces", u"do", u"sabes",
                                             u"generos", u"genres", u"estilos", u"styles", u"como", u"how" });
    if (asksWhatItCan || lines.isEmpty()) {
        lines << say(
            l,
            u"I can write a whole song as a Live project (“house at 124 BPM in A minor, 3 minutes”), "
            "change it by chat, each change a new version (tempo, key, sections, parts, mood, samples), "
            "and read a Live Set you drop here."_s,
            u"Puedo escribir un tema entero como proyecto de Live («house a 124 BPM en La menor, 3 "
            u"minutos»), "
            "cambiarlo por chat, cada cambio una versión nueva (tempo, tonalidad, secciones, partes, ánimo, "
            "samples), "
            "y leer un set de Live que sueltes aquí."_s);
        lines << say(l, u"Genres I know: %1."_s, u"Géneros que conozco: %1."_s).arg(genreNames());
    }

    if (state.version) {
        auto plan = music::planFromJson(state.version->plan);
        lines << say(l, u"Your current song is “%1” v%2: %3."_s, u"Tu tema actual es «%1» v%2: %3."_s)
                     .arg(state.projectName)
                     .arg(state.version->number)
                     .arg(plan ? songLine(*plan, l) : state.version->genre);
        if (plan)
            lines << say(l, u"Parts: %1."_s, u"Partes: %1."_s).arg(partsLine(*plan, l));
        if (!state.version->diff.isEmpty())
            lines << say(l, u"Last change: %1."_s, u"Último cambio: %1."_s).arg(state.version->diff);
        QStringList ideas;
        if (plan) {
            if (plan->partsWithRole(music::PartRole::Pad).isEmpty())
                ideas << say(l, u"“add pads”"_s, u"«añade pads»"_s);
            bool hasIntro = false;
            for (const music::Section &section : plan->sections)
                hasIntro = hasIntro || section.kind == music::SectionKind::Intro;
            ideas << (hasIntro ? say(l, u"“remove the intro”"_s, u"«quita la intro»"_s)
                               : say(l, u"“add an intro”"_s, u"«añade una intro»"_s));
        }
        ideas << say(l, u"“a bit faster”"_s, u"«un poco más rápido»"_s)
              << say(l, u"“another bass”"_s, u"«otro bajo»"_s)
              << say(l, u"“make it darker”"_s, u"«más oscuro»"_s);
        lines << say(l, u"Ideas: %1."_s, u"Ideas: %1."_s).arg(ideas.join(u", "_s));
    } else if (!state.reference.isEmpty()) {
        lines
            << say(l,
                   u"You analysed “%1”: say “make something in this style” to start from its tempo, key and tracks."_s,
                   u"Has analizado «%1»: di «hazme algo en este estilo» para partir de su tempo, tonalidad y pistas."_s)
                   .arg(state.reference.value(u"name"_s).toString());
    } else {
        lines << say(
            l, u"Try: “Make a house track at 124 BPM in A minor” or “techno oscuro a 132, 4 minutos”."_s,
            u"Prueba: «Genera un track de house a 124 BPM en La menor» o «dark techno at 132, 4 minutes»."_s);
    }
    if (!state.providerConfigured)
        lines << say(
            l,
            u"(No AI provider is set up, so I answer offline; add a GLM or MiniMax key in Settings to chat freely.)"_s,
            u"(No hay proveedor de IA configurado, así que respondo sin conexión; añade una clave de GLM o MiniMax en Ajustes para conversar libremente.)"_s);
    return lines.join(u'\n');
}

} // namespace musiaia::session

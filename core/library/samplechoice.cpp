// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplechoice.h"

#include "common/logging.h"
#include "library/samplechoice_p.h"
#include "library/samplesearch.h"
#include "music/random.h"
#include "music/theory.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace musiaia::library {

using music::DrumVoice;
using music::PartRole;

namespace detail {

QString slotForVoice(DrumVoice voice)
{
    switch (voice) {
    case DrumVoice::Kick:
        return QStringLiteral("kick");
    case DrumVoice::Snare:
    case DrumVoice::Rim:
        return QStringLiteral("snare");
    case DrumVoice::Clap:
        return QStringLiteral("clap");
    case DrumVoice::ClosedHat:
    case DrumVoice::PedalHat:
        return QStringLiteral("closed-hat");
    case DrumVoice::OpenHat:
        return QStringLiteral("open-hat");
    case DrumVoice::Ride:
    case DrumVoice::Crash:
        return QStringLiteral("cymbal");
    case DrumVoice::TomLow:
    case DrumVoice::TomMid:
    case DrumVoice::TomHigh:
        return QStringLiteral("tom");
    default:
        return QStringLiteral("perc");
    }
}

QList<DrumVoice> voicesOfPart(const music::Part &part, const music::GenreProfile *genre)
{
    const auto belongs = [&part](DrumVoice voice) {
        return part.role == PartRole::Drums || music::drumVoiceRole(voice) == part.role;
    };
    QList<DrumVoice> voices;
    if (genre) {
        for (const music::DrumPattern &pattern : genre->patterns) {
            for (const music::DrumLane &lane : pattern.lanes) {
                if (belongs(lane.voice) && !voices.contains(lane.voice))
                    voices.append(lane.voice);
            }
        }
    }
    if (voices.isEmpty()) {
        for (int i = 0; i < music::kDrumVoiceCount; ++i) {
            if (belongs(DrumVoice(i)))
                voices.append(DrumVoice(i));
        }
    }
    std::sort(voices.begin(), voices.end());
    return voices;
}

} // namespace detail

namespace {

constexpr double kLoopTempoTolerance = 0.04; // a loop this close to the song's tempo is fine anywhere

// When a slot has nothing of its own type, the closest sound that can stand in for it.
QStringList standIns(const QString &slot)
{
    if (slot == QLatin1String("snare"))
        return { QStringLiteral("clap") };
    if (slot == QLatin1String("clap"))
        return { QStringLiteral("snare") };
    if (slot == QLatin1String("open-hat"))
        return { QStringLiteral("cymbal"), QStringLiteral("closed-hat") };
    if (slot == QLatin1String("cymbal"))
        return { QStringLiteral("open-hat") };
    if (slot == QLatin1String("tom"))
        return { QStringLiteral("perc") };
    if (slot == QLatin1String("perc"))
        return { QStringLiteral("tom"), QStringLiteral("closed-hat") };
    return {};
}

QString fileNameOf(const SampleRecord &sample)
{
    return QFileInfo(sample.path).fileName();
}

int sourceRank(Source source)
{
    return 3 - int(source); // User 3 ... Analysis 0
}

// The seed's pick among the best few, the list being best first. Each slot draws from its own
// stream, so adding a part to a plan does not change the samples of the others.
template<typename T> const T &pickForSeed(const QList<T> &best, std::uint32_t seed, const QString &slot)
{
    auto random = music::Random::forPurpose(seed, QString(QStringLiteral("samples:") + slot));
    return random.pick(best);
}

// Hits of a search that can still be used: not missing, and the file is still where it was.
QList<SampleRecord> usable(const QList<SampleHit> &hits)
{
    QList<SampleRecord> records;
    for (const SampleHit &hit : hits) {
        if (!hit.sample.missing && QFileInfo::exists(hit.sample.path) && hit.sample.info.sampleRate > 0)
            records.append(hit.sample);
    }
    return records;
}

Result<QList<SampleRecord>> oneShotsOfType(const store::Database &database, const QString &type)
{
    SampleQuery query;
    query.types = { type };
    query.durationMax = type == QLatin1String("cymbal") ? 8.0 : 4.0;
    query.limit = 200;
    auto hits = searchSamples(database, query);
    if (!hits)
        return hits.error();
    QList<SampleRecord> records;
    for (const SampleRecord &record : usable(*hits)) {
        if (!record.isLoop())
            records.append(record);
    }
    // Surest first: the type's confidence, then the more trusted source; search order breaks ties.
    std::stable_sort(records.begin(), records.end(), [](const SampleRecord &a, const SampleRecord &b) {
        const double ca = std::round(a.type->confidence * 20), cb = std::round(b.type->confidence * 20);
        if (ca != cb)
            return ca > cb;
        return sourceRank(a.type->source) > sourceRank(b.type->source);
    });
    return records;
}

// Where a field's value came from, in the musician's words.
QString sourceWord(Source source, Language l)
{
    switch (source) {
    case Source::User:
        return say(l, QStringLiteral("your correction"), QStringLiteral("tu corrección"));
    case Source::Tag:
        return say(l, QStringLiteral("tag"), QStringLiteral("etiqueta"));
    case Source::Name:
        return say(l, QStringLiteral("name"), QStringLiteral("nombre"));
    case Source::Analysis:
        return say(l, QStringLiteral("analysis"), QStringLiteral("análisis"));
    }
    return sourceName(source);
}

QString typeEvidence(const SampleRecord &sample, Language l)
{
    return say(l, QStringLiteral("type %1 (%2, %3 %)"), QStringLiteral("tipo %1 (%2, %3 %)"))
        .arg(sampleTypeName(sample.type->value, l), sourceWord(sample.type->source, l))
        .arg(qRound(sample.type->confidence * 100));
}

// The tempo a loop is read at for this song: its own, or double or half of it (a 87 BPM break is a
// 174 BPM drum and bass loop), when that lies in the genre's range or close to the song's tempo.
std::optional<double> playableTempo(double loopBpm, double songTempo, double genreMin, double genreMax)
{
    std::optional<double> best;
    for (const double factor : { 1.0, 2.0, 0.5 }) {
        const double tempo = loopBpm * factor;
        const bool fits = (tempo >= genreMin - 0.5 && tempo <= genreMax + 0.5)
            || std::abs(tempo / songTempo - 1.0) <= kLoopTempoTolerance;
        if (fits && (!best || std::abs(tempo - songTempo) < std::abs(*best - songTempo)))
            best = tempo;
    }
    return best;
}

// Whole beats in a loop at `tempo`: what its length rounds to, to the bar when it is close to one.
int beatsInLoop(double seconds, double tempo)
{
    const double beats = seconds * tempo / 60.0;
    const double bars = std::round(beats / 4.0);
    if (bars >= 1 && std::abs(beats - bars * 4.0) <= 0.25)
        return int(bars) * 4;
    return std::max(1, int(std::floor(beats + 0.1)));
}

QString tempoText(double tempo)
{
    return std::abs(tempo - std::round(tempo)) < 0.05 ? QString::number(std::lround(tempo))
                                                      : QString::number(tempo, 'f', 1);
}

QString keyText(const MusicalKey &key, Language l)
{
    return music::keyDisplayName(
        music::Key { key.pitchClass, key.minor ? music::Mode::Minor : music::Mode::Major }, l);
}

// How a loop's key stands to the song's, and the transposition that puts it on the song's key.
std::pair<QString, int> keyRelation(const MusicalKey &song, const MusicalKey &loop, Language l)
{
    if (song == loop)
        return { say(l, QStringLiteral("= song key"), QStringLiteral("= tonalidad del tema")), 0 };
    if (song.relative() == loop)
        return { loop.minor ? say(l, QStringLiteral("relative minor of the song key"),
                                  QStringLiteral("relativa menor de la tonalidad del tema"))
                            : say(l, QStringLiteral("relative major of the song key"),
                                  QStringLiteral("relativa mayor de la tonalidad del tema")),
                 0 };
    // A fifth apart in the same mode: transposed onto the song's key by the shorter way.
    int shift = ((song.pitchClass - loop.pitchClass) % 12 + 12) % 12;
    if (shift > 6)
        shift -= 12;
    const bool above = (song.pitchClass + 7) % 12 == loop.pitchClass;
    const QString sign = shift > 0 ? QStringLiteral("+") : QString();
    const QString text = above
        ? say(l, QStringLiteral("a fifth above the song key, transposed %1%2 semitones"),
              QStringLiteral("una quinta por encima de la tonalidad del tema, transpuesto %1%2 semitonos"))
        : say(l, QStringLiteral("a fifth below the song key, transposed %1%2 semitones"),
              QStringLiteral("una quinta por debajo de la tonalidad del tema, transpuesto %1%2 semitonos"));
    return { text.arg(sign).arg(shift), shift };
}

struct LoopCandidate
{
    SampleRecord sample;
    double tempo = 0;
    double score = 0;
};

Result<std::optional<SampleChoice>> chooseLoop(const store::Database &database, const music::Plan &plan,
                                               const music::GenreProfile *genre, const QString &slot,
                                               const SampleChoiceOptions &options, QStringList *unfilled)
{
    const Language l = options.language;
    const int candidates = options.candidates;
    const double genreMin = genre ? genre->tempoMin : plan.tempo;
    const double genreMax = genre ? genre->tempoMax : plan.tempo;
    const MusicalKey songKey { plan.key.root, music::isMinorFamily(plan.key.mode) };
    const bool tonal = slot == QLatin1String("music-loop");

    SampleQuery query;
    // Any tonal loop can be the song's music loop: most packs file their chord, pad and lead loops
    // under those names, not as "music loop". Bass loops stay out: they would fight the bass part.
    query.types = tonal ? QStringList { slot, QStringLiteral("chord"), QStringLiteral("pad"),
                                        QStringLiteral("lead") }
                        : QStringList { slot };
    query.kind = loopKind();
    query.limit = 2000;
    if (tonal) {
        query.key = songKey;
        query.compatibleKeys = true;
    }
    auto hits = searchSamples(database, query);
    if (!hits)
        return hits.error();

    QList<LoopCandidate> fitting;
    int offTempo = 0;
    for (const SampleRecord &record : usable(*hits)) {
        if (!record.bpm || record.bpm->value <= 0 || record.info.duration <= 0)
            continue;
        const auto tempo = playableTempo(record.bpm->value, plan.tempo, genreMin, genreMax);
        if (!tempo) {
            ++offTempo;
            continue;
        }
        // Closeness of tempo weighs most (every percent of stretch costs), then key, then certainty.
        const double stretch = std::abs(*tempo / plan.tempo - 1.0);
        double score = 1.0 - 5.0 * stretch + 0.3 * record.bpm->confidence;
        if (tonal && record.key)
            score += keyAffinity(songKey, record.key->value) + 0.2 * record.key->confidence;
        fitting.append({ record, *tempo, score });
    }
    if (fitting.isEmpty()) {
        const QString why = hits->isEmpty()
            ? (tonal ? say(l, QStringLiteral("no music loop in %1 or a compatible key"),
                           QStringLiteral("ningún loop musical en %1 ni en una tonalidad compatible"))
                           .arg(keyText(songKey, l))
                     : say(l, QStringLiteral("no drum loop in the library"),
                           QStringLiteral("ningún loop de batería en la biblioteca")))
            : say(l, QStringLiteral("%1 loop(s) found, none at a tempo that fits %2 BPM (%3-%4)"),
                  QStringLiteral("%1 loop(s) encontrados, ninguno a un tempo que encaje con %2 BPM (%3-%4)"))
                  .arg(offTempo)
                  .arg(tempoText(plan.tempo), tempoText(genreMin), tempoText(genreMax));
        unfilled->append(QStringLiteral("%1: %2").arg(sampleTypeName(slot, l), why));
        return std::optional<SampleChoice>();
    }
    std::stable_sort(fitting.begin(), fitting.end(),
                     [](const LoopCandidate &a, const LoopCandidate &b) { return a.score > b.score; });
    // The seed picks among the few best, and only those nearly as good as the best: a loop in the
    // song's key at its tempo is not traded for a transposed one by chance.
    QList<LoopCandidate> best;
    for (const LoopCandidate &candidate : std::as_const(fitting)) {
        if (best.size() < std::max(1, candidates) && candidate.score >= fitting.first().score - 0.25)
            best.append(candidate);
    }
    const LoopCandidate &picked = pickForSeed(best, plan.seed, slot);

    SampleChoice choice;
    choice.slot = slot;
    choice.sample = picked.sample;
    choice.playedTempo = picked.tempo;
    choice.loopBeats = beatsInLoop(picked.sample.info.duration, picked.tempo);
    // "124 BPM in A minor = song key", "87 BPM read as 174 BPM (double time), warped to 172 BPM".
    const double own = picked.sample.bpm->value;
    QString why = QStringLiteral("%1 BPM").arg(tempoText(own));
    if (picked.sample.type && picked.sample.type->value != slot)
        why = QStringLiteral("%1, %2").arg(sampleTypeName(picked.sample.type->value, l), why);
    if (std::abs(picked.tempo - own) > 0.01)
        why += (picked.tempo > own ? say(l, QStringLiteral(" read as %1 BPM (double time)"),
                                         QStringLiteral(" leído a %1 BPM (doble tiempo)"))
                                   : say(l, QStringLiteral(" read as %1 BPM (half time)"),
                                         QStringLiteral(" leído a %1 BPM (medio tiempo)")))
                   .arg(tempoText(picked.tempo));
    if (tonal && picked.sample.key) {
        const auto [relation, shift] = keyRelation(songKey, picked.sample.key->value, l);
        choice.transpose = shift;
        why += shift == 0 && relation.startsWith(QLatin1Char('='))
            ? say(l, QStringLiteral(" in %1 %2"), QStringLiteral(" en %1 %2"))
                  .arg(keyText(picked.sample.key->value, l), relation)
            : say(l, QStringLiteral(" in %1 (%2)"), QStringLiteral(" en %1 (%2)"))
                  .arg(keyText(picked.sample.key->value, l), relation);
    }
    why += std::abs(picked.tempo - plan.tempo) < 0.05
        ? say(l, QStringLiteral(", = song tempo"), QStringLiteral(", = tempo del tema"))
        : say(l, QStringLiteral(", warped to %1 BPM"), QStringLiteral(", ajustado (warp) a %1 BPM"))
              .arg(tempoText(plan.tempo));
    choice.reason
        = say(l, QStringLiteral("%1: '%2', %3, %4 beats"), QStringLiteral("%1: '%2', %3, %4 tiempos"))
              .arg(sampleTypeName(slot, l), fileNameOf(picked.sample), why)
              .arg(choice.loopBeats);
    return std::optional<SampleChoice>(choice);
}

} // namespace

bool SampleChoice::isLoop() const
{
    return slot == QLatin1String("drum-loop") || slot == QLatin1String("music-loop");
}

QJsonObject SampleChoice::toJson() const
{
    QJsonObject object { { QStringLiteral("slot"), slot },
                         { QStringLiteral("sampleId"), sample.id },
                         { QStringLiteral("path"), sample.path },
                         { QStringLiteral("reason"), reason } };
    if (!partId.isEmpty())
        object.insert(QStringLiteral("part"), partId);
    if (isLoop()) {
        object.insert(QStringLiteral("tempo"), playedTempo);
        object.insert(QStringLiteral("beats"), loopBeats);
        object.insert(QStringLiteral("transpose"), transpose);
    }
    return object;
}

const SampleChoice *SampleChoices::find(const QString &slot) const
{
    for (const SampleChoice &choice : choices) {
        if (choice.slot == slot)
            return &choice;
    }
    return nullptr;
}

QStringList SampleChoices::reasons() const
{
    QStringList lines;
    for (const SampleChoice &choice : choices)
        lines << choice.reason;
    for (const QString &gap : unfilled)
        lines << gap;
    return lines;
}

QJsonObject SampleChoices::toJson() const
{
    QJsonArray array;
    for (const SampleChoice &choice : choices)
        array.append(choice.toJson());
    return { { QStringLiteral("choices"), array },
             { QStringLiteral("unfilled"), QJsonArray::fromStringList(unfilled) } };
}

Result<SampleChoices> chooseSamples(const store::Database &database, const music::Plan &plan,
                                    const SampleChoiceOptions &options)
{
    if (!plan.isComplete())
        return makeError(
            ErrorCode::InvalidArgument,
            say(options.language,
                QStringLiteral("samples are chosen for a complete plan (tempo, key, sections and parts)"),
                QStringLiteral(
                    "los samples se eligen para un plan completo (tempo, tonalidad, secciones y partes)")));
    const music::GenreProfile *genre = music::findGenre(plan.genre);
    SampleChoices result;
    const Language l = options.language;

    if (options.drums) {
        QHash<QString, QList<SampleRecord>> byType; // each type searched once
        const auto ofType = [&](const QString &type) -> Result<QList<SampleRecord>> {
            if (!byType.contains(type)) {
                auto found = oneShotsOfType(database, type);
                if (!found)
                    return found.error();
                byType.insert(type, *found);
            }
            return byType.value(type);
        };
        QStringList slotsTaken;
        for (const music::Part &part : plan.parts) {
            if (!music::isDrumRole(part.role))
                continue;
            QStringList partSlots;
            for (const DrumVoice voice : detail::voicesOfPart(part, genre)) {
                const QString slot = detail::slotForVoice(voice);
                if (!partSlots.contains(slot) && !slotsTaken.contains(slot))
                    partSlots << slot;
            }
            for (const QString &slot : std::as_const(partSlots)) {
                slotsTaken << slot;
                QString usedType = slot;
                auto found = ofType(slot);
                if (!found)
                    return found.error();
                QList<SampleRecord> records = *found;
                for (const QString &standIn : standIns(slot)) {
                    if (!records.isEmpty())
                        break;
                    auto other = ofType(standIn);
                    if (!other)
                        return other.error();
                    records = *other;
                    usedType = standIn;
                }
                if (records.isEmpty()) {
                    result.unfilled
                        << say(l,
                               QStringLiteral("%1: no %1 sample in the library; the %2 part's MIDI plays it"),
                               QStringLiteral("%1: ningún sample de %1 en la biblioteca; lo toca el MIDI de "
                                              "la parte %2"))
                               .arg(sampleTypeName(slot, l), part.id);
                    continue;
                }
                QList<SampleRecord> best; // the few surest, nearly as sure as the surest
                for (const SampleRecord &record : std::as_const(records)) {
                    if (best.size() < std::max(1, options.candidates)
                        && record.type->confidence >= records.first().type->confidence - 0.2)
                        best.append(record);
                }
                const SampleRecord &picked = pickForSeed(best, plan.seed, slot);
                SampleChoice choice;
                choice.slot = slot;
                choice.partId = part.id;
                choice.sample = picked;
                choice.reason
                    = QStringLiteral("%1: '%2', %3")
                          .arg(sampleTypeName(slot, l), fileNameOf(picked), typeEvidence(picked, l));
                if (usedType != slot)
                    choice.reason += say(l, QStringLiteral(", standing in: no %1 in the library"),
                                         QStringLiteral(", en su lugar: ningún sample de %1 en la biblioteca"))
                                         .arg(sampleTypeName(slot, l));
                result.choices.append(choice);
            }
        }
    }

    if (options.loops) {
        const bool hasDrums
            = std::any_of(plan.parts.cbegin(), plan.parts.cend(),
                          [](const music::Part &part) { return music::isDrumRole(part.role); });
        QStringList loopSlots;
        if (hasDrums)
            loopSlots << QStringLiteral("drum-loop");
        loopSlots << QStringLiteral("music-loop");
        for (const QString &slot : std::as_const(loopSlots)) {
            auto loop = chooseLoop(database, plan, genre, slot, options, &result.unfilled);
            if (!loop)
                return loop.error();
            if (*loop)
                result.choices.append(**loop);
        }
    }
    qCDebug(lcLibrary) << "chose" << result.choices.size() << "samples," << result.unfilled.size()
                       << "partSlots unfilled";
    return result;
}

} // namespace musiaia::library

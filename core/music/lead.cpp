// SPDX-License-Identifier: GPL-3.0-or-later
// Lead: a two-bar motif (rhythm and melodic contour) made once from the part's seed, played as a
// call, answered by a response that turns its second bar round and comes to rest on the chord's
// root; four-bar call-and-response pairs fill the section. Notes on the beats are chord tones;
// the notes between lead by step into the next one. Across sections the motif develops: sparser
// and lower in quiet sections, higher and ornamented in later peaks.
#include "music/composer_p.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music::compose {

namespace {

struct MotifNote
{
    int step = 0; // 0..31 within the two bars
    int length = 2; // 16ths
    int contour = 0; // scale steps from the phrase's centre
};

constexpr int kLeadLow = 57;
constexpr int kLeadHigh = 88;

QList<MotifNote> makeMotif(std::uint32_t seed, double density, const QString &style)
{
    Random random = Random::forPurpose(seed, u"motif");
    const bool riff = style == u"riff";
    QList<MotifNote> motif;
    for (int step = 0; step < 32; ++step) {
        double p;
        if (step == 0)
            p = 1.0;
        else if (step % 4 == 0)
            p = 0.45 + 0.4 * density;
        else if (step % 2 == 0)
            p = 0.2 + 0.45 * density;
        else
            p = riff ? 0.08 + 0.3 * density : 0.04 * density;
        if (step >= 28)
            p *= 0.25; // a breath before the next call
        if (random.chance(p))
            motif << MotifNote { step, 2, 0 };
    }
    if (std::none_of(motif.cbegin(), motif.cend(), [](const MotifNote &n) { return n.step >= 16; }))
        motif << MotifNote { 16, 2, 0 };
    // Lengths: to the next note (legato), shorter for a riff.
    for (qsizetype i = 0; i < motif.size(); ++i) {
        const int next = i + 1 < motif.size() ? motif.at(i + 1).step : 32;
        const int room = next - motif.at(i).step;
        motif[i].length = std::max(1, riff ? std::min(room, 2) : std::min(room, 8) - (room > 2 ? 1 : 0));
    }
    // Contour: mostly steps, some leaps of a third, kept in a fifth around the centre.
    int contour = 0;
    for (qsizetype i = 1; i < motif.size(); ++i) {
        static const QList<double> weights = { 1.0, 3.0, 1.2, 3.0, 1.0 };
        contour = std::clamp(contour + random.weighted(weights) - 2, -3, 4);
        motif[i].contour = contour;
    }
    return motif;
}

// The response: the first bar as called, the second bar turned round, the last note held longer.
QList<MotifNote> responseOf(const QList<MotifNote> &call)
{
    QList<MotifNote> response;
    int pivot = 0;
    for (const MotifNote &note : call) {
        if (note.step < 16) {
            response << note;
            pivot = note.contour;
        } else {
            response << MotifNote { note.step, note.length, pivot - (note.contour - pivot) - 1 };
        }
    }
    if (!response.isEmpty()) {
        MotifNote &last = response.last();
        last.length = std::max(last.length, std::min(8, 32 - last.step));
    }
    return response;
}

// Quiet sections: only the notes on the beats' halves, held.
QList<MotifNote> sparseOf(const QList<MotifNote> &motif)
{
    // Two notes a bar, on the half bars, each taking the contour of the motif's note sounding
    // there; the second of a bar moves away from the first so that the line still moves.
    QList<MotifNote> sparse;
    for (int step = 0; step < 32; step += 8) {
        int contour = 0;
        for (const MotifNote &note : motif) {
            if (note.step <= step)
                contour = note.contour;
        }
        if (step % 16 == 8 && contour == sparse.constLast().contour)
            contour += contour > 0 ? -2 : 2;
        sparse << MotifNote { step, 7, contour };
    }
    return sparse;
}

// Later peaks: a passing 16th into notes that follow a gap, where the motif leaves room.
QList<MotifNote> ornamented(const QList<MotifNote> &motif, Random &random)
{
    QList<MotifNote> result;
    for (qsizetype i = 0; i < motif.size(); ++i) {
        const MotifNote &note = motif.at(i);
        if (i > 0 && note.step % 4 == 0 && note.step - motif.at(i - 1).step >= 4 && random.chance(0.5)) {
            result.last().length = std::min(result.last().length, note.step - 1 - result.last().step);
            result << MotifNote { note.step - 1, 1, note.contour + 1 };
        }
        result << note;
    }
    return result;
}

// How firmly a pitch class says the key: its tonic, then its fifth, then its third (lower is firmer).
int keyWeight(int pc, const Key &key)
{
    const int interval = pitchClass(pc - key.root);
    if (interval == 0)
        return 0;
    if (interval == 7)
        return 1;
    if (interval == 3 || interval == 4)
        return 2;
    return 3;
}

// A chord tone for a strong beat: the nearest to `target`, unless a tone of the key's own triad
// lies within a whole step of it; a melody leans on the tonic chord's notes, which is much of what
// makes the key the one heard.
int keyChordTone(const Chord &chord, const Key &key, int target)
{
    int best = nearestChordTone(chord, target);
    for (int pc : chord.pitchClasses()) {
        const int pitch = nearestPitch(pc, target);
        if (std::abs(pitch - target) > 2)
            continue;
        const int weight = keyWeight(pc, key), bestWeight = keyWeight(pitchClass(best), key);
        if (weight < bestWeight
            || (weight == bestWeight && std::abs(pitch - target) < std::abs(best - target)))
            best = pitch;
    }
    return best;
}

// Where a phrase comes to rest. An answer closes: on the key's tonic when the chord holds it, else
// on the firmest tone of the key the chord has (its fifth or third), else on the chord's root. A
// call stays open: on the key's fifth or third when the chord has one, else as an answer would.
int restingTone(const Chord &chord, const Key &key, int target, bool close)
{
    auto rank = [&](int pc) {
        const int weight = keyWeight(pc, key);
        return !close && weight == 0 ? 3 : weight;
    };
    int bestPc = chord.root;
    for (int pc : chord.pitchClasses()) {
        if (rank(pc) < rank(bestPc))
            bestPc = pc;
    }
    return nearestPitch(bestPc, target);
}

// Pitches for one two-bar window: chord tones on the beats and at the end, the notes between
// resolved by step into the note after them.
void realize(const QList<MotifNote> &motif, const SectionInfo &section, int firstBar, const Key &key,
             int centre, bool closes, int velocity, QList<Note> *out)
{
    const int base = nearestScaleTone(key, centre);
    QList<int> pitches(motif.size());
    QList<bool> anchor(motif.size());
    for (qsizetype i = 0; i < motif.size(); ++i) {
        const MotifNote &note = motif.at(i);
        const Chord &chord = section.chordAtBar(firstBar + note.step / 16);
        const int target = scaleStep(key, base, note.contour);
        const bool last = i + 1 == motif.size();
        anchor[i] = note.step % 4 == 0 || last;
        if (last) {
            pitches[i] = restingTone(chord, key, target, closes);
        } else if (anchor[i]) {
            pitches[i] = keyChordTone(chord, key, target);
            // The contour moved but the chord tone did not: take the next chord tone its way.
            const qsizetype before = i - 1;
            if (before >= 0 && anchor[before] && pitches[before] == pitches[i]
                && note.contour != motif.at(before).contour) {
                const int direction = note.contour > motif.at(before).contour ? 1 : -1;
                int pitch = pitches[i] + direction;
                while (!chord.containsPitchClass(pitchClass(pitch)))
                    pitch += direction;
                pitches[i] = pitch;
            }
        } else {
            pitches[i] = target;
        }
        pitches[i] = fold(pitches[i], kLeadLow, kLeadHigh);
    }
    for (qsizetype i = motif.size() - 2; i >= 0; --i) {
        if (anchor[i])
            continue;
        const Chord &chord = section.chordAtBar(firstBar + motif.at(i).step / 16);
        const int next = pitches.at(i + 1);
        const int own = pitches.at(i);
        if (chord.containsPitchClass(pitchClass(own)) || (std::abs(own - next) <= 2 && own != next))
            continue;
        // A neighbour of the next note, on the side of the note before, so that the line moves
        // by step both into and out of it.
        const int from = i > 0 ? pitches.at(i - 1) : own;
        const int below = scaleStep(key, next, -1);
        const int above = scaleStep(key, next, 1);
        int pick = std::abs(below - from) <= std::abs(above - from) ? below : above;
        if (std::abs(pick - next) > 2)
            pick = pick == below ? above : below;
        pitches[i] = fold(pick, kLeadLow, kLeadHigh);
    }
    for (qsizetype i = 0; i < motif.size(); ++i) {
        const MotifNote &note = motif.at(i);
        Note n;
        n.pitch = pitches.at(i);
        n.start = (firstBar * kStepsPerBar + note.step) * kStep;
        n.length = note.length * kStep;
        n.velocity = std::clamp(velocity + (note.step % 16 == 0 ? 10 : 0) - (anchor.at(i) ? 0 : 8), 1, 127);
        out->append(n);
    }
}

} // namespace

QList<Note> writeLead(const Song &song, const Part &part, const SectionInfo &section)
{
    const Plan &plan = *song.plan;
    const QString style = part.style.isEmpty() ? roleStyles(PartRole::Lead).first() : part.style;
    const QList<MotifNote> motif = makeMotif(part.seed, song.profile->leadDensity, style);
    const bool quiet = section.energy < 0.45 || style == u"sparse";
    const bool peak = section.kind == song.profile->mainKind();
    Random random = Random::forPurpose(part.seed, u"lead-section", std::uint64_t(section.index));

    QList<MotifNote> call = quiet ? sparseOf(motif) : motif;
    if (peak && section.occurrence > 0 && !quiet)
        call = ornamented(call, random);
    const QList<MotifNote> response = responseOf(call);
    // The register: lower when quiet, a fourth higher in every other peak after the first.
    int centre = quiet ? 67 : 72;
    if (peak && section.occurrence % 2 == 1)
        centre += 5;
    if (section.kind == SectionKind::Verse)
        centre -= 3;
    const int velocity = int(84 + 24 * section.energy);

    QList<Note> notes;
    for (int bar = 0; bar < section.bars; bar += 2) {
        const int window = (bar / 2) % 4;
        const bool answer = window % 2 == 1;
        realize(answer ? response : call, section, bar, plan.key, centre, answer, velocity, &notes);
    }
    return notes;
}

QList<Note> writeArp(const Song &, const Part &part, const SectionInfo &section)
{
    const QString style = part.style.isEmpty() ? roleStyles(PartRole::Arp).first() : part.style;
    const int rate = section.energy >= 0.6 ? 1 : 2; // 16ths, or 8ths when quiet
    Random random = Random::forPurpose(part.seed, u"arp");
    QList<int> order = { 0, 1, 2, 3, 2, 1, 0, 2 };
    if (style == u"pattern") {
        for (int &index : order)
            index = random.between(0, 3);
    }
    QList<Note> notes;
    QList<int> voicing;
    for (int bar = 0; bar < section.bars; ++bar) {
        const Chord &chord = section.chordAtBar(bar);
        if (bar == 0 || !(section.chordAtBar(bar - 1) == chord))
            voicing = voiceChord(chord, voicing, 60, 67, 69, 3);
        QList<int> tones = voicing;
        tones << voicing.constFirst() + 12;
        int i = 0;
        for (int step = 0; step < kStepsPerBar; step += rate, ++i) {
            int index;
            if (style == u"up")
                index = i % 4;
            else if (style == u"updown")
                index = (i % 6) < 4 ? i % 6 : 6 - (i % 6);
            else
                index = order.at(i % order.size());
            Note note;
            note.pitch = tones.at(std::clamp(index, 0, int(tones.size()) - 1));
            note.start = (bar * kStepsPerBar + step) * kStep;
            note.length = rate * kStep * 0.85;
            note.velocity = (step % 4 == 0 ? 96 : 80) + int(12 * section.energy);
            notes << note;
        }
    }
    return notes;
}

} // namespace musiaia::music::compose

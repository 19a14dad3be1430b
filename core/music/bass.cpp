// SPDX-License-Identifier: GPL-3.0-or-later
// Bass: a one-bar rhythm in the part's style (offbeat, rolling, octave, walking, 808 with glides,
// tresillo, log drum, acid ...) played on the harmony: the root at every chord change, then root,
// fifth, octave, third or a step towards the next chord. The register stays below the chords.
#include "music/composer_p.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music::compose {

namespace {

enum class Tone { Root, Fifth, Octave, Third, Approach };

struct BassHit
{
    int step = 0;
    double length = 1.0; // in 16ths
    Tone tone = Tone::Root;
    int velocity = 100;
};

constexpr int kLowestRoot = 28; // E1: roots sit in 28..39, so octaves stay at or under 51
constexpr int k808Top = 50;

int bassRoot(int pc)
{
    return kLowestRoot + pitchClass(pc - kLowestRoot);
}

// A per-part choice of rhythm for the styles that have several.
QList<BassHit> seededRhythm(const QString &style, std::uint32_t seed)
{
    Random random = Random::forPurpose(seed, u"bass-rhythm");
    if (style == u"808") {
        static const QList<QList<int>> shapes
            = { { 0, 7, 10 }, { 0, 6, 10, 14 }, { 0, 3, 10 }, { 0, 10, 13 } };
        const QList<int> &shape = random.pick(shapes);
        QList<BassHit> hits;
        for (qsizetype i = 0; i < shape.size(); ++i) {
            const int end = i + 1 < shape.size() ? shape.at(i + 1) : 16;
            // Each 808 note glides into the next (a short overlap the synth's glide picks up).
            hits << BassHit { shape.at(i), double(end - shape.at(i)) + (i + 1 < shape.size() ? 0.4 : -0.3),
                              i == 0 ? Tone::Root : (random.chance(0.35) ? Tone::Fifth : Tone::Root),
                              i == 0 ? 112 : 98 };
        }
        return hits;
    }
    if (style == u"syncopated") {
        static const QList<QList<int>> shapes
            = { { 0, 3, 6, 10 }, { 0, 6, 10, 13 }, { 0, 3, 8, 11, 14 }, { 0, 7, 10, 12 } };
        const QList<int> &shape = random.pick(shapes);
        QList<BassHit> hits;
        for (qsizetype i = 0; i < shape.size(); ++i) {
            const Tone tone = i == 0
                ? Tone::Root
                : (random.chance(0.3) ? Tone::Octave : (random.chance(0.3) ? Tone::Fifth : Tone::Root));
            hits << BassHit { shape.at(i), 1.6, tone, i == 0 ? 108 : 94 };
        }
        return hits;
    }
    if (style == u"acid") {
        QList<BassHit> hits;
        for (int step = 0; step < 16; ++step) {
            if (step != 0 && !random.chance(0.62))
                continue;
            const double pick = random.unit();
            const Tone tone = step == 0 || pick < 0.5 ? Tone::Root
                : pick < 0.75                         ? Tone::Octave
                : pick < 0.88                         ? Tone::Fifth
                                                      : Tone::Third;
            hits << BassHit { step, random.chance(0.2) ? 1.9 : 0.8, tone, random.chance(0.3) ? 118 : 92 };
        }
        return hits;
    }
    return {};
}

QList<BassHit> barRhythm(const QString &style, const Part &part, double energy, int barInSection)
{
    const bool quiet = energy < 0.45;
    QList<BassHit> hits;
    if (style == u"808" || style == u"syncopated" || style == u"acid") {
        hits = seededRhythm(style, part.seed);
        if (quiet && style == u"acid")
            hits.removeIf([](const BassHit &h) { return h.step % 4 != 0 && h.step % 4 != 2; });
        return hits;
    }
    if (style == u"rolling" && !quiet) {
        for (int step = 0; step < 16; ++step) {
            if (step % 4 != 0)
                hits << BassHit { step, 0.9, (step % 8 == 7) ? Tone::Octave : Tone::Root,
                                  step % 4 == 2 ? 104 : 88 };
        }
        return hits;
    }
    if (style == u"octave" && !quiet) {
        for (int step = 0; step < 16; step += 2)
            hits << BassHit { step, 1.6, (step / 2) % 2 ? Tone::Octave : Tone::Root,
                              (step / 2) % 2 ? 92 : 106 };
        return hits;
    }
    if (style == u"walking") {
        // Root, third or fifth, the octave, then a step into the next chord: three pitch classes
        // a bar at most, as a bass line has.
        hits << BassHit { 0, 3.6, Tone::Root, 104 }
             << BassHit { 4, 3.6, barInSection % 2 ? Tone::Fifth : Tone::Third, 92 }
             << BassHit { 8, 3.6, Tone::Octave, 98 } << BassHit { 12, 3.6, Tone::Approach, 90 };
        return hits;
    }
    if (style == u"sustained" || (style == u"wobble" && quiet) || (style == u"reese" && quiet)) {
        hits << BassHit { 0, 15.5, Tone::Root, 100 };
        return hits;
    }
    if (style == u"reese") {
        if (barInSection % 2 == 0)
            hits << BassHit { 0, 9.6, Tone::Root, 106 } << BassHit { 10, 5.6, Tone::Fifth, 96 };
        else
            hits << BassHit { 0, 13.6, Tone::Root, 104 } << BassHit { 14, 1.8, Tone::Approach, 90 };
        return hits;
    }
    if (style == u"wobble") {
        for (int step = 0; step < 16; step += 2)
            hits << BassHit { step, 1.8, step == 12 ? Tone::Octave : Tone::Root, step % 8 == 0 ? 112 : 96 };
        return hits;
    }
    if (style == u"tresillo") {
        const int steps[] = { 0, 3, 6, 8, 11, 14 };
        for (int i = 0; i < 6; ++i)
            hits << BassHit { steps[i], 2.6, i == 2 || i == 5 ? Tone::Fifth : Tone::Root,
                              i % 3 == 0 ? 108 : 94 };
        return hits;
    }
    if (style == u"log_drum") {
        const int steps[] = { 0, 3, 6, 10, 13 };
        const Tone tones[] = { Tone::Root, Tone::Octave, Tone::Fifth, Tone::Root, Tone::Octave };
        for (int i = 0; i < 5; ++i)
            hits << BassHit { steps[i], 2.4, tones[i], i == 0 ? 112 : 98 };
        return hits;
    }
    // offbeat, and the quiet form of the busy styles.
    for (int step = 2; step < 16; step += 4) {
        if (quiet && step % 8 != 2)
            continue;
        hits << BassHit { step, 1.5, Tone::Root, step == 2 ? 104 : 96 };
    }
    return hits;
}

int pitchOf(Tone tone, const Chord &chord, const Chord &next, const Key &key, bool is808)
{
    const int root = bassRoot(chord.root);
    switch (tone) {
    case Tone::Root:
        return root;
    case Tone::Fifth:
        return root + pitchClass(chord.fifthPitchClass() - chord.root);
    case Tone::Octave:
        return is808 && root + 12 > k808Top ? root + pitchClass(chord.fifthPitchClass() - chord.root)
                                            : root + 12;
    case Tone::Third: {
        for (int interval : chord.intervals) {
            if (interval == 3 || interval == 4)
                return root + interval;
        }
        return root + pitchClass(chord.fifthPitchClass() - chord.root);
    }
    case Tone::Approach: {
        // A scale step next to the next chord's root, from the side nearer to where we are.
        const int target = nearestPitch(next.root, root + 5);
        const int below = scaleStep(key, target, -1);
        const int above = scaleStep(key, target, 1);
        const int pick = std::abs(below - root) <= std::abs(above - root) ? below : above;
        return fold(pick, kLowestRoot, 51);
    }
    }
    return root;
}

} // namespace

QList<Note> writeBass(const Song &song, const Part &part, const SectionInfo &section)
{
    const Plan &plan = *song.plan;
    const QString style = part.style.isEmpty() ? roleStyles(PartRole::Bass).first() : part.style;
    // An 808 or a sub bass keeps to the sub register (music-facts.md 5.C.16: MIDI 24..50).
    const bool is808 = style == u"808" || part.name.contains(u"808") || part.name.contains(u"sub", Qt::CaseInsensitive);
    const double loudness = 0.85 + 0.15 * section.energy;
    QList<Note> notes;
    for (int bar = 0; bar < section.bars; ++bar) {
        const Chord &chord = section.chordAtBar(bar);
        const Chord &next = section.chordAtBar(bar + 1);
        const bool changes = bar == 0 || !(section.chordAtBar(bar - 1) == chord);
        const bool nextChanges = bar + 1 < section.bars && !(next == chord);
        QList<BassHit> hits = barRhythm(style, part, section.energy, bar);
        // The last bar of a phrase or of the section comes home: after the chord's root, the line
        // sits on the key's tonic when the chord holds it (the fifth of iv or IV, the third of VI).
        const bool phraseEnd = bar % 4 == 3 || bar + 1 == section.bars;
        const bool tonicInChord = chord.containsPitchClass(plan.key.root);
        for (qsizetype i = 0; i < hits.size(); ++i) {
            BassHit hit = hits.at(i);
            if (i == 0 && changes)
                hit.tone = Tone::Root; // the chord change is marked by its root
            if (hit.tone == Tone::Approach && !nextChanges)
                hit.tone = Tone::Fifth;
            int pitch = pitchOf(hit.tone, chord, next, plan.key, is808);
            if (phraseEnd && tonicInChord && i > 0 && hit.tone != Tone::Approach) {
                const int tonic = bassRoot(plan.key.root);
                pitch = hit.tone == Tone::Octave && (!is808 || tonic + 12 <= k808Top) ? tonic + 12 : tonic;
            }
            while (is808 && pitch > k808Top)
                pitch -= 12; // an octave down keeps the note in the key
            Note note;
            note.pitch = pitch;
            note.start = (bar * kStepsPerBar + hit.step) * kStep;
            note.length = hit.length * kStep;
            note.velocity = std::clamp(int(hit.velocity * loudness), 1, 127);
            notes << note;
        }
    }
    return notes;
}

} // namespace musiaia::music::compose

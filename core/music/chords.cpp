// SPDX-License-Identifier: GPL-3.0-or-later
// Chords: each chord voiced close to the one before (voice leading), played in the part's rhythm
// (stabs, offbeat, sustained, comp, pulse). Quiet sections hold the chords instead. The register
// stays above the bass (52..79) and inside the chords range.
#include "music/composer_p.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music::compose {

namespace {

struct ChordHit
{
    int step = 0;
    double length = 1.0; // 16ths
    int velocity = 96;
};

constexpr int kChordLow = 52;
constexpr int kChordBottomHigh = 64;
constexpr int kChordCentre = 62;
constexpr int kChordHigh = 79;

QList<ChordHit> stabRhythm(std::uint32_t seed)
{
    static const QList<QList<ChordHit>> rhythms = {
        { { 0, 1.5, 104 }, { 6, 1.5, 92 }, { 10, 2.0, 98 } },
        { { 2, 1.5, 100 }, { 6, 1.5, 90 }, { 10, 1.5, 100 }, { 14, 1.5, 90 } },
        { { 0, 2.0, 104 }, { 3, 1.5, 88 }, { 6, 2.0, 96 }, { 10, 1.5, 90 }, { 12, 2.0, 94 } },
        { { 0, 3.0, 104 }, { 7, 1.5, 90 }, { 10, 3.0, 96 } },
        { { 3, 1.5, 96 }, { 6, 1.5, 92 }, { 11, 1.5, 96 }, { 14, 1.5, 88 } },
    };
    Random random = Random::forPurpose(seed, u"chord-rhythm");
    QList<ChordHit> rhythm = random.pick(rhythms);
    // Stabs must sound in every bar and start the chord: a stab on the downbeat when none is there.
    if (rhythm.constFirst().step > 2)
        rhythm.prepend({ 0, 1.5, 100 });
    return rhythm;
}

QList<ChordHit> compRhythm(std::uint32_t seed)
{
    static const QList<QList<ChordHit>> rhythms = {
        { { 0, 6.0, 96 }, { 7, 2.0, 82 }, { 10, 5.0, 90 } },
        { { 0, 3.0, 94 }, { 6, 4.0, 86 }, { 12, 3.5, 88 } },
        { { 0, 9.0, 96 }, { 11, 4.5, 84 } },
    };
    Random random = Random::forPurpose(seed, u"chord-comp");
    return random.pick(rhythms);
}

QList<ChordHit> barRhythm(const QString &style, const Part &part, double energy, int chordBars,
                          int barInChord)
{
    const bool quiet = energy < 0.4;
    if (style == u"sustained" || (quiet && style != u"comp")) {
        if (barInChord != 0)
            return {};
        return { { 0, chordBars * 16.0 - 0.5, 88 } };
    }
    if (style == u"offbeat")
        return { { 2, 1.5, 98 }, { 6, 1.5, 90 }, { 10, 1.5, 98 }, { 14, 1.5, 90 } };
    if (style == u"pulse") {
        QList<ChordHit> hits;
        for (int step = 0; step < 16; step += 2)
            hits << ChordHit { step, 1.6, step % 4 == 0 ? 100 : 84 };
        return hits;
    }
    if (style == u"comp")
        return compRhythm(part.seed);
    return stabRhythm(part.seed);
}

// Whether a pad plays in the section (it then holds the tonic pedal, see pads.cpp).
bool padPlays(const Song &song, const SectionInfo &section)
{
    return std::any_of(song.plan->parts.cbegin(), song.plan->parts.cend(),
                       [&](const Part &part) { return part.role == PartRole::Pad && section.plays(part); });
}

// The key's tonic as the voicing's top note: added to a chord that lacks it as its 6th, 9th, 11th
// or major 7th (III6, VIIadd9, vadd11, bIImaj7), doubled an octave up where it sits lower in the
// chord. Keys players keep such a common tone on top through a loop; it carries the key when no
// pad holds it.
void tonicOnTop(QList<int> *voicing, int tonic)
{
    const int top = voicing->constLast();
    if (pitchClass(top) == tonic)
        return;
    int pitch = top + pitchClass(tonic - top);
    if (pitch > kChordHigh)
        pitch -= 12;
    if (!voicing->contains(pitch)) {
        voicing->append(pitch);
        std::sort(voicing->begin(), voicing->end());
    }
}

} // namespace

QList<Note> writeChords(const Song &song, const Part &part, const SectionInfo &section)
{
    const Plan &plan = *song.plan;
    // Without a pad to hold the tonic, the chords keep it as a common tone.
    const bool keepTonic = !padPlays(song, section);
    const QString style = part.style.isEmpty() ? roleStyles(PartRole::Chords).first() : part.style;
    const double loudness = 0.85 + 0.15 * section.energy;
    const int maxVoices = song.profile->checks.inKey < 0.95 ? 4 : 3;
    QList<Note> notes;
    QList<int> voicing;
    int barInChord = 0;
    for (int bar = 0; bar < section.bars; ++bar) {
        const Chord &chord = section.chordAtBar(bar);
        const bool changes = bar == 0 || !(section.chordAtBar(bar - 1) == chord);
        barInChord = changes ? 0 : barInChord + 1;
        if (changes)
            voicing = voiceChord(chord, voicing, kChordLow, kChordBottomHigh, kChordCentre, maxVoices);
        QList<int> sounding = voicing;
        if (keepTonic)
            tonicOnTop(&sounding, plan.key.root);
        int chordBars = 1;
        while (bar + chordBars < section.bars && section.chordAtBar(bar + chordBars) == chord
               && barInChord == 0)
            ++chordBars;
        for (const ChordHit &hit :
             barRhythm(style, part, section.energy, std::max(1, chordBars), barInChord)) {
            for (int pitch : std::as_const(sounding)) {
                Note note;
                note.pitch = pitch;
                note.start = (bar * kStepsPerBar + hit.step) * kStep;
                note.length = hit.length * kStep;
                note.velocity = std::clamp(int(hit.velocity * loudness), 1, 127);
                notes << note;
            }
        }
    }
    return notes;
}

} // namespace musiaia::music::compose

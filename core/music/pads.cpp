// SPDX-License-Identifier: GPL-3.0-or-later
// Pads: each chord held for as long as it lasts, voiced wide and close to the chord before; the
// swell style grows louder through the section. Above the chords the pad holds the key's tonic as
// an upper pedal, struck with the chords that contain it and held through those that do not (the
// held string or pad note of trance and house): a loop such as i-VI-III-VII is the relative
// major's vi-IV-I-V note for note, and the pedal is what keeps its tonic the one heard.
#include "music/composer_p.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music::compose {

namespace {

constexpr int kPadLow = 43;
constexpr int kPadHigh = 84;

struct PadChord
{
    int bar = 0;
    int bars = 1;
    const Chord *chord = nullptr;
    QList<int> voicing;
};

} // namespace

QList<Note> writePad(const Song &song, const Part &part, const SectionInfo &section)
{
    const bool swell = part.style == u"swell";
    const int tonic = song.plan->key.root;
    QList<PadChord> chords;
    QList<int> voicing;
    for (int bar = 0; bar < section.bars; ++bar) {
        const Chord &chord = section.chordAtBar(bar);
        if (bar > 0 && section.chordAtBar(bar - 1) == chord)
            continue;
        int length = 1;
        while (bar + length < section.bars && section.chordAtBar(bar + length) == chord)
            ++length;
        voicing = voiceChord(chord, voicing, 55, 64, 67, 4);
        chords << PadChord { bar, length, &chord, voicing };
    }

    QList<Note> notes;
    // Swell: each chord louder than the last through the section; otherwise by energy.
    auto velocityAt = [&](int bar) {
        const double progress = section.bars > 1 ? double(bar) / (section.bars - 1) : 1.0;
        return swell ? int(56 + 50 * progress) : int(70 + 24 * section.energy);
    };
    // The pedal: from each chord holding the tonic to the next one (or the section's end).
    for (qsizetype i = 0; i < chords.size(); ++i) {
        if (!chords.at(i).chord->containsPitchClass(tonic))
            continue;
        qsizetype end = i + 1;
        while (end < chords.size() && !chords.at(end).chord->containsPitchClass(tonic))
            ++end;
        int top = 0;
        for (qsizetype k = i; k < end; ++k)
            top = std::max(top, chords.at(k).voicing.constLast());
        int pedal = top + 1 + pitchClass(tonic - top - 1);
        if (pedal > kPadHigh)
            pedal -= 12; // a voice of the chords below it then merges into the pedal
        const int from = chords.at(i).bar;
        const int to = end < chords.size() ? chords.at(end).bar : section.bars;
        for (qsizetype k = i; k < end; ++k)
            chords[k].voicing.removeAll(pedal);
        notes << Note { fold(pedal, kPadLow, kPadHigh), from * 4.0, (to - from) * 4.0 - 0.05,
                        velocityAt(from) - 6 };
    }
    for (const PadChord &padChord : std::as_const(chords)) {
        for (int pitch : padChord.voicing) {
            Note note;
            note.pitch = pitch;
            note.start = padChord.bar * 4.0;
            note.length = padChord.bars * 4.0 - 0.05;
            note.velocity = velocityAt(padChord.bar);
            notes << note;
        }
    }
    return notes;
}

} // namespace musiaia::music::compose

// SPDX-License-Identifier: GPL-3.0-or-later
// Pads: each chord held for as long as it lasts, voiced wide and close to the chord before; the
// swell style grows louder through the section.
#include "music/composer_p.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music::compose {

QList<Note> writePad(const Song &, const Part &part, const SectionInfo &section)
{
    const bool swell = part.style == u"swell";
    QList<Note> notes;
    QList<int> voicing;
    for (int bar = 0; bar < section.bars; ++bar) {
        const Chord &chord = section.chordAtBar(bar);
        const bool changes = bar == 0 || !(section.chordAtBar(bar - 1) == chord);
        if (!changes)
            continue;
        int length = 1;
        while (bar + length < section.bars && section.chordAtBar(bar + length) == chord)
            ++length;
        voicing = voiceChord(chord, voicing, 55, 64, 67, 4);
        // Swell: each chord louder than the last through the section; otherwise by energy.
        const double progress = section.bars > 1 ? double(bar) / (section.bars - 1) : 1.0;
        const int velocity = swell ? int(56 + 50 * progress) : int(70 + 24 * section.energy);
        for (int pitch : std::as_const(voicing)) {
            Note note;
            note.pitch = pitch;
            note.start = bar * 4.0;
            note.length = length * 4.0 - 0.05;
            note.velocity = velocity;
            notes << note;
        }
    }
    return notes;
}

} // namespace musiaia::music::compose

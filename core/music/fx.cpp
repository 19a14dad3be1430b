// SPDX-License-Identifier: GPL-3.0-or-later
// FX and transitions as MIDI notes (kFx* in composer.h): an impact where a section lifts, a
// downlifter where it falls, a riser and a reversed cymbal into a louder section, and a quiet
// atmosphere under the bars that have nothing else, so the FX track never has an empty bar where
// the plan has it playing.
#include "music/composer_p.h"

namespace musiaia::music::compose {

QList<Note> writeFx(const Song &song, const Part &part, const SectionInfo &section)
{
    Q_UNUSED(song);
    Q_UNUSED(part);
    QList<Note> notes;
    const double beats = section.lengthBeats();
    if (section.previous && section.energy >= section.previous->energy + 0.2)
        notes << Note { kFxImpactPitch, 0.0, 4.0, 112 };
    else if (section.previous && section.energy <= section.previous->energy - 0.2)
        notes << Note { kFxDownlifterPitch, 0.0, std::min(8.0, beats), 100 };
    if (section.next && section.next->energy >= section.energy + 0.15) {
        const int riserBars = std::min(section.bars, section.bars >= 8 ? 4 : 2);
        notes << Note { kFxRiserPitch, beats - riserBars * 4.0, riserBars * 4.0, 104 };
        notes << Note { kFxReverseCrashPitch, beats - 4.0 < 0.0 ? 0.0 : beats - 4.0, std::min(4.0, beats),
                        96 };
    }
    // The atmosphere under every bar nothing else sounds in, in runs of up to four bars.
    QList<bool> covered(section.bars, false);
    for (const Note &note : std::as_const(notes)) {
        for (int bar = 0; bar < section.bars; ++bar) {
            if (note.start < (bar + 1) * 4.0 && note.start + note.length > bar * 4.0)
                covered[bar] = true;
        }
    }
    for (int bar = 0; bar < section.bars;) {
        if (covered.at(bar)) {
            ++bar;
            continue;
        }
        int run = 1;
        while (bar + run < section.bars && run < 4 && !covered.at(bar + run))
            ++run;
        notes << Note { kFxAtmospherePitch, bar * 4.0, run * 4.0 - 0.05, int(48 + 30 * section.energy) };
        bar += run;
    }
    return notes;
}

} // namespace musiaia::music::compose

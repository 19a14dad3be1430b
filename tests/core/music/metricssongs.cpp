// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricssongs.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia::music;

namespace musiaia::testsongs {

Plan housePlan()
{
    Plan plan;
    plan.genre = u"house"_s;
    plan.tempo = 124.0;
    plan.key = Key { 9, Mode::Minor }; // A minor
    plan.swing = 50.0;
    plan.length.bars = SongBars;
    plan.progression = { u"i"_s, u"VI"_s, u"iv"_s, u"v"_s };
    plan.chordBars = 2;
    plan.parts = {
        Part { u"kick"_s, PartRole::Kick, {}, {}, {}, 1, -1 },
        Part { u"snare"_s, PartRole::Snare, u"Clap"_s, {}, {}, 2, -1 },
        Part { u"hats"_s, PartRole::Hats, {}, {}, {}, 3, -1 },
        Part { u"bass"_s, PartRole::Bass, {}, {}, u"offbeat"_s, 4, -1 },
        Part { u"chords"_s, PartRole::Chords, u"Piano"_s, {}, {}, 5, -1 },
        Part { u"lead"_s, PartRole::Lead, {}, {}, {}, 6, -1 },
        Part { u"pad"_s, PartRole::Pad, u"Strings"_s, {}, {}, 7, -1 },
    };
    plan.sections = {
        Section { u"Intro"_s, SectionKind::Intro, IntroBars, 0.4, { u"kick"_s, u"hats"_s, u"bass"_s }, {} },
        Section { u"Drop"_s,
                  SectionKind::Drop,
                  DropBars,
                  0.9,
                  { u"kick"_s, u"snare"_s, u"hats"_s, u"bass"_s, u"chords"_s, u"lead"_s, u"pad"_s },
                  {} },
    };
    return plan;
}

double vary(int index, double base)
{
    static const int offsets[] = { 0, 7, -5, 3, -8, 5, -2, 9 };
    return base + offsets[index % 8];
}

Chord chordAt(const Plan &plan, int barInSection)
{
    return parseRomanChord(plan.progression.at((barInSection / plan.chordBars) % plan.progression.size()),
                           plan.key)
        .value();
}

// The pitch of pitch class `pc` at or above `floor`.
int above(int pc, int floor)
{
    int pitch = floor;
    while (pitchClass(pitch) != pc)
        ++pitch;
    return pitch;
}

als::Track &trackNamed(als::LiveSet &set, const QString &name)
{
    for (als::Track &track : set.tracks) {
        if (track.name == name)
            return track;
    }
    als::Track track;
    track.name = name;
    track.id = int(set.tracks.size()) + 1;
    set.tracks.append(track);
    return set.tracks.last();
}

// One clip per section on each track; notes are placed in arrangement beats and moved into the
// clip of their section.
void addNote(als::LiveSet &set, const QString &trackName, int pitch, double beat, double duration,
             double velocity)
{
    als::Track &track = trackNamed(set, trackName);
    const double sectionStart = beat < IntroBars * 4.0 ? 0.0 : IntroBars * 4.0;
    const double sectionLength = (sectionStart == 0.0 ? IntroBars : DropBars) * 4.0;
    als::Clip *clip = nullptr;
    for (als::Clip &c : track.arrangementClips) {
        if (c.time == sectionStart)
            clip = &c;
    }
    if (!clip) {
        als::Clip c;
        c.name = trackName;
        c.time = sectionStart;
        c.length = sectionLength;
        c.loop = als::ClipLoop { false, 0.0, sectionLength, 0.0 };
        track.arrangementClips.append(c);
        std::sort(track.arrangementClips.begin(), track.arrangementClips.end(),
                  [](const als::Clip &a, const als::Clip &b) { return a.time < b.time; });
        for (als::Clip &c2 : track.arrangementClips) {
            if (c2.time == sectionStart)
                clip = &c2;
        }
    }
    als::MidiNote note;
    note.pitch = pitch;
    note.start = beat - sectionStart;
    note.duration = duration;
    note.velocity = velocity;
    clip->notes.append(note);
}

// A clean song: a house groove in A minor over i-VI-iv-v, two bars a chord (a loop that a key
// finder hears as A minor; i-VI-III-VII would sound as much like C major).
als::LiveSet houseSet(const Plan &plan)
{
    als::LiveSet set;
    set.tempo = plan.tempo;
    set.scale = als::Scale { 9, als::ScaleMode::Minor };
    set.locators = { als::Locator { 0.0, u"Intro"_s }, als::Locator { IntroBars * 4.0, u"Drop"_s } };
    // Create the tracks in plan order.
    for (const QString &name :
         { u"Kick"_s, u"Clap"_s, u"Hats"_s, u"Bass"_s, u"Piano"_s, u"Lead"_s, u"Strings"_s })
        trackNamed(set, name);
    int n = 0;
    for (int bar = 0; bar < SongBars; ++bar) {
        const double at = bar * 4.0;
        const bool drop = bar >= IntroBars;
        const Chord chord = chordAt(plan, bar % IntroBars);
        const QList<int> tones = chord.pitchClasses();
        for (int beat = 0; beat < 4; ++beat) {
            addNote(set, u"Kick"_s, 36, at + beat, 0.25, vary(n++, 110));
            addNote(set, u"Hats"_s, 46, at + beat + 0.5, 0.25, vary(n++, 90));
            addNote(set, u"Hats"_s, 42, at + beat, 0.1, vary(n++, 60));
            addNote(set, u"Bass"_s, above(chord.root, 33), at + beat + 0.5, 0.4, vary(n++, 100));
        }
        if (!drop)
            continue;
        addNote(set, u"Clap"_s, 39, at + 1.0, 0.25, vary(n++, 105));
        addNote(set, u"Clap"_s, 39, at + 3.0, 0.25, vary(n++, 105));
        for (int i = 0; i < tones.size() && i < 3; ++i) {
            addNote(set, u"Piano"_s, above(tones.at(i), 57), at, 3.5, vary(n++, 85));
            addNote(set, u"Strings"_s, above(tones.at(i), 50), at, 4.0, vary(n++, 70));
        }
        for (int beat = 0; beat < 4; ++beat) {
            // Chord tones on the beats, a passing scale note between them.
            addNote(set, u"Lead"_s, above(tones.at(beat % 3), 64), at + beat, 0.5, vary(n++, 95));
            addNote(set, u"Lead"_s, above(plan.key.degreePitchClass(beat + 1), 64), at + beat + 0.5, 0.5,
                    vary(n++, 80));
        }
    }
    return set;
}

} // namespace musiaia::testsongs

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"
#include "music/composer.h"
#include "music/genre.h"
#include "music/plan.h"
#include "music/random.h"

#include <QList>

// Internals of the composer: the song as the part writers see it, and one writer per part kind.
// Writers put notes on the straight 16th grid, in beats from the section's start; humanize() then
// swings, nudges and varies them.
namespace musiaia::music::compose {

inline constexpr double kStep = 0.25; // a 16th note, in beats
inline constexpr int kStepsPerBar = 16;

struct Note
{
    int pitch = 60;
    double start = 0.0; // beats from the section's start
    double length = 0.25; // beats
    int velocity = 100;
};

struct SectionInfo
{
    int index = 0;
    const Section *section = nullptr;
    int startBar = 0;
    int bars = 0;
    double energy = 0.5;
    SectionKind kind = SectionKind::Drop;
    const Section *previous = nullptr; // nullptr for the first
    const Section *next = nullptr; // nullptr for the last
    QList<Chord> barChords; // the chord of each bar of the section
    int drumPattern = 0; // index into the profile's patterns
    QString fill; // the fill at the section's end ("" = none)
    int occurrence = 0; // how many earlier sections share its kind

    const Chord &chordAtBar(int bar) const
    {
        return barChords.at(std::clamp(bar, 0, int(barChords.size()) - 1));
    }
    bool plays(const Part &part) const { return section->parts.contains(part.id); }
    double lengthBeats() const { return bars * 4.0; }
};

struct Song
{
    const Plan *plan = nullptr;
    const GenreProfile *profile = nullptr;
    QList<SectionInfo> sections;
    std::uint32_t drumSeed = 0;

    // The part that plays this drum voice: the first part of the voice's role, else a Drums part.
    const Part *drumOwner(DrumVoice voice) const;
};

// One writer per part kind; each returns the part's notes for one section.
QList<Note> writeDrums(const Song &song, const Part &part, const SectionInfo &section);
QList<Note> writeBass(const Song &song, const Part &part, const SectionInfo &section);
QList<Note> writeChords(const Song &song, const Part &part, const SectionInfo &section);
QList<Note> writePad(const Song &song, const Part &part, const SectionInfo &section);
QList<Note> writeLead(const Song &song, const Part &part, const SectionInfo &section);
QList<Note> writeArp(const Song &song, const Part &part, const SectionInfo &section);
QList<Note> writeFx(const Song &song, const Part &part, const SectionInfo &section);

// Swing (for the genre's swing roles), timing and velocity variation within the profile's
// Humanize, clipped to the section; the result is sorted and has no duplicate (pitch, start).
QList<als::MidiNote> humanize(const Song &song, const Part &part, const SectionInfo &section,
                              QList<Note> notes);

// Shared pitch helpers.
// The pitch of pitch class `pc` nearest to `target`.
int nearestPitch(int pc, int target);
// The chord tone nearest to `target` (ties go down).
int nearestChordTone(const Chord &chord, int target);
// The scale tone nearest to `target` (ties go down).
int nearestScaleTone(const Key &key, int target);
// The scale tone `steps` scale steps from the scale tone `from` (which must be in the key).
int scaleStep(const Key &key, int from, int steps);
// Close-position voicings of the chord with the lowest note in [low, high], chosen to move as
// little as possible from `previous` (empty: the one nearest `centre`); at most `maxVoices` notes.
QList<int> voiceChord(const Chord &chord, const QList<int> &previous, int low, int high, int centre,
                      int maxVoices);
// The velocity of a step mark ('X', 'x', 'o', 'g').
int markVelocity(QChar mark);
// Keeps a pitch inside [low, high] by octaves.
int fold(int pitch, int low, int high);

} // namespace musiaia::music::compose

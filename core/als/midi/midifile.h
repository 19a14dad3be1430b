// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Standard MIDI Files (SMF, .mid): what MusiaIA reads from them and writes to them. Notes with their
// channel, velocities and lengths; tempo, time-signature and key-signature changes; track names.
// Times are in ticks of `ticksPerQuarter`. Controllers, pitch bend and SysEx are read past, not kept.
namespace musiaia::als::midi {

struct Note
{
    qint64 tick = 0;
    qint64 duration = 0;     // ticks; a note never closed lasts to the end of its track
    int channel = 0;         // 0..15 (channel 10 of the MIDI spec is 9 here: drums)
    int pitch = 60;
    int velocity = 100;      // 1..127
    int offVelocity = 64;

    friend bool operator==(const Note &, const Note &) = default;
};

struct TempoChange
{
    qint64 tick = 0;
    double bpm = 120.0;      // from microseconds per quarter note

    friend bool operator==(const TempoChange &, const TempoChange &) = default;
};

struct TimeSignatureChange
{
    qint64 tick = 0;
    int numerator = 4;
    int denominator = 4;

    friend bool operator==(const TimeSignatureChange &, const TimeSignatureChange &) = default;
};

struct KeySignatureChange
{
    qint64 tick = 0;
    int sharps = 0;          // -7 (7 flats) .. 7 (7 sharps)
    bool minor = false;

    friend bool operator==(const KeySignatureChange &, const KeySignatureChange &) = default;
};

struct Track
{
    QString name;            // sequence/track name meta event (FF 03)
    QString instrument;      // instrument name meta event (FF 04)
    QList<Note> notes;       // sorted by tick, then pitch
    qint64 endTick = 0;      // where the track ends (End of Track, or its last event)

    friend bool operator==(const Track &, const Track &) = default;
};

struct File
{
    int format = 1;          // 0: one track holds everything; 1: parallel tracks
    int ticksPerQuarter = 480;
    // Gathered from every track, sorted by tick (type 1 files keep them in the first track).
    QList<TempoChange> tempos;
    QList<TimeSignatureChange> timeSignatures;
    QList<KeySignatureChange> keySignatures;
    QList<Track> tracks;

    qint64 endTick() const;
    friend bool operator==(const File &, const File &) = default;
};

// Reads an SMF of format 0 or 1 (format 2 and SMPTE time are refused as Unsupported). Running status,
// note-on with velocity 0 as note-off, SysEx and meta events are understood; a RIFF "RMID" wrapper is
// taken off. Truncated or garbled data is refused as Corrupt, with a message that names the file
// (`displayName`, may be empty) and says what is wrong and where.
Result<File> parseMidiFile(const QByteArray &data, const QString &displayName = {});
Result<File> readMidiFile(const QString &path);

// Writes format 1: a first track with the tempo, time- and key-signature changes, then one track per
// File::tracks entry with its name and notes. Deterministic. writeMidiFile() is atomic (QSaveFile).
QByteArray midiFileBytes(const File &file);
Result<void> writeMidiFile(const File &file, const QString &path);

} // namespace musiaia::als::midi

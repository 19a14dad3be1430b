// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"
#include "als/midi/midifile.h"
#include "common/result.h"

#include <QStringList>

// Between Live Sets and Standard MIDI Files: `musiaia export-midi` and `musiaia import-midi`.
namespace musiaia::als::midi {

// The notes an arrangement clip plays, where it plays them: following its start marker and loop,
// cut at the loop's end and at the clip's end, disabled notes left out. Note starts are in
// arrangement beats.
QList<MidiNote> arrangementNotes(const Clip &clip);

// The set's arrangement as a MIDI file: one track per Live MIDI track (named after it, even when it
// holds no notes), the set's tempo, time signature and key. Tracks with a Drum Rack, or named like a
// drum part, play on MIDI channel 10; the others on channels 1-16 in turn, skipping 10. Tempo
// automation and session clips are not exported.
File midiFileFromSet(const LiveSet &set, int ticksPerQuarter = 480);

struct MidiImport
{
    LiveSet set;
    QStringList warnings;   // what could not be carried over (tempo changes, ...)
};

// A set built from a MIDI file: one MIDI track per file track and channel that plays notes, named
// from the file ("Drums" for channel 10 when the file gives no name), each with one arrangement clip
// of all its notes from the start, whole bars long; the file's first tempo, time signature and key.
// `fallbackName` names tracks the file leaves unnamed ("<fallbackName> 2"). A file without notes is
// refused (InvalidArgument).
Result<MidiImport> liveSetFromMidiFile(const File &file, const QString &fallbackName);

} // namespace musiaia::als::midi

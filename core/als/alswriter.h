// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

// Writes a LiveSet as a .als file: gzip-compressed XML with the whole structure Live writes, in
// Live's order, with ids Live accepts. Live 11.3's schema by default (Live 12 opens and upgrades
// it); Live 12.4's on request. The same set always gives the same bytes.
//
// The writer writes normalizedForWriting(set): see there for what it fills in and clamps. A set Live
// cannot hold (overlapping arrangement clips, a member before its group, a session clip past the
// last scene, a MIDI clip on an audio track, a non-finite time...) is refused with
// ErrorCode::InvalidArgument and a message that names the track and clip.
//
// Clip loops: ClipLoop.start and .end are written as Live's LoopStart and LoopEnd (with the loop
// off, Live keeps the start and end markers there), startMarker as LoopStart + StartRelative.
// Session clips sit at Time 0 and run from 0 to their length.
namespace musiaia::als {

struct WriteOptions
{
    SchemaVersion schema = SchemaVersion::Live11;
    bool compress = true;        // false: plain XML (Live reads it too; for inspection and tests)
    int compressionLevel = 6;    // zlib level 1..9
};

// Writes the set to `path` atomically (QSaveFile): on failure the file is untouched and the error
// names it.
Result<void> writeLiveSet(const LiveSet &set, const QString &path, const WriteOptions &options = {});

// Writes the set to an open, writable device.
Result<void> writeLiveSet(const LiveSet &set, QIODevice *device, const WriteOptions &options = {});

// The set as the writer writes it, and as a reader reads it back:
// - track ids for tracks whose id is 0 (the smallest free ids), names like "1-MIDI", "A-Return" for
//   unnamed tracks (the main track keeps an empty name: Live calls it "Master" or "Main");
// - Live's 8 empty scenes for a set without scenes; locators, arrangement clips and notes in time
//   order (notes at one time by pitch); session clips at time 0;
// - clip colour -1 replaced by the track's; colours wrapped into the palette (0..69);
// - velocity 1..127, off velocity 0..127, chance 0..1, velocity deviation -127..127; volume up to
//   +6 dB, pan -1..1, one send per return track (up to 0 dB, missing ones off);
// - two warp markers (the sample running at the set's tempo) for an audio clip with fewer;
// - device lists and frozen flags dropped (device chains are written empty); origin set to the
//   Live version written.
Result<LiveSet> normalizedForWriting(const LiveSet &set, SchemaVersion schema = SchemaVersion::Live11);

// The set as uncompressed XML bytes.
Result<QByteArray> liveSetXml(const LiveSet &set, SchemaVersion schema = SchemaVersion::Live11);

} // namespace musiaia::als

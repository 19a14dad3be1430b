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
// What the writer fills in: track ids for tracks whose id is 0, names like "1-MIDI" for unnamed
// tracks, Live's 8 empty scenes for a set without scenes, two warp markers (the sample at the
// set's tempo) for a warped clip without them. Values with a range are clamped: velocity 1..127,
// pan -1..1, volume up to +6 dB, sends up to 0 dB, colours into the palette. A set Live cannot
// hold (overlapping arrangement clips, a member before its group, a session clip past the last
// scene, a MIDI clip on an audio track, a non-finite time...) is refused with
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

// The set as uncompressed XML bytes.
Result<QByteArray> liveSetXml(const LiveSet &set, SchemaVersion schema = SchemaVersion::Live11);

} // namespace musiaia::als

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"
#include "common/result.h"

#include <QList>
#include <QString>

// The set the writer writes: the caller's model checked against what Live can hold and brought
// into the form a reader gets back (see normalizedForWriting() in alswriter.h), plus what Live keeps
// beside the model (the names users typed, as opposed to default names).
namespace musiaia::als::writer {

// The Live build whose header the writer writes for a schema (Live's own default sets).
struct SchemaHeader
{
    QString minorVersion;
    QString schemaChangeCount;
    QString creator;
    QString revision;
    int overwriteProtection = 0;
};
SchemaHeader schemaHeader(SchemaVersion schema);

struct PreparedSet
{
    LiveSet set;                 // normalized: ids, names, colours, scenes, sorted clips and notes
    QList<QString> userNames;    // per track: the name the user gave, empty for a default name
    int returnCount = 0;
    bool hasArrangementClips = false; // open the set in the Arrangement view
};

// Fails with ErrorCode::InvalidArgument and a message naming the track or clip when the set holds
// something Live cannot (overlapping arrangement clips, a member outside its group's run, a session
// clip past the last scene, a non-finite time...).
Result<PreparedSet> prepareSet(const LiveSet &set, SchemaVersion schema);

} // namespace musiaia::als::writer

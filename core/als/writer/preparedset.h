// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"
#include "common/result.h"

#include <QList>
#include <QString>

// What the set writer needs beyond the model: the model checked against what Live can hold, track
// ids assigned, default names and scenes filled in, arrangement clips in time order. The prepared
// set points into the LiveSet it was made from, which must outlive it.
namespace musiaia::als::writer {

struct PreparedTrack
{
    const Track *track = nullptr;
    int id = 0;
    QString effectiveName;                  // what Live shows: the name, or "3-MIDI", "A-Return"
    QString userName;                       // the name the user gave, empty for a default name
    QList<const Clip *> arrangementClips;   // by time
};

struct PreparedSet
{
    const LiveSet *set = nullptr;
    QList<PreparedTrack> tracks;            // display order, returns last
    QList<Scene> scenes;                    // never empty: a set without scenes gets Live's 8
    QList<Locator> locators;                // by time
    int returnCount = 0;
    bool hasArrangementClips = false;       // open the set in the Arrangement view
};

// Checks the set and prepares it for writing. Fails with ErrorCode::InvalidArgument and a message
// naming the track or clip when the set holds something Live cannot (overlapping arrangement clips,
// a member before its group, a session clip past the last scene, a non-finite time...). Values
// with a range (velocity, pan, volume, colours) are clamped by the writer instead.
Result<PreparedSet> prepareSet(const LiveSet &set);

} // namespace musiaia::als::writer

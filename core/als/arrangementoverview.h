// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"

#include <QList>
#include <QString>

// A bird's-eye view of a set's arrangement, for drawing: its sections (from the locators) across
// the top, and one lane per track with a block per arrangement clip. Pure presentation support over
// the LiveSet model: the chat's song card and the analysis of a dropped set draw the same picture.
namespace musiaia::als {

struct OverviewSection
{
    QString name;          // the locator's name; empty when the set has no locators
    double start = 0.0;    // beats
    double end = 0.0;

    friend bool operator==(const OverviewSection &, const OverviewSection &) = default;
};

struct OverviewBlock
{
    double start = 0.0;    // beats
    double end = 0.0;
    int color = 0;         // Live palette index: the clip's, else its track's

    friend bool operator==(const OverviewBlock &, const OverviewBlock &) = default;
};

struct OverviewLane
{
    QString name;
    int color = 0;                     // the track's palette index
    Track::Type type = Track::Type::Midi;
    QList<OverviewBlock> blocks;       // sorted by start

    friend bool operator==(const OverviewLane &, const OverviewLane &) = default;
};

struct ArrangementOverview
{
    double length = 0.0;               // beats: the last clip's end or the last locator, whichever is later
    QList<OverviewSection> sections;   // contiguous from 0 to length
    QList<OverviewLane> lanes;         // MIDI and audio tracks, in display order (groups and returns left out)

    bool isEmpty() const { return length <= 0.0; }
    friend bool operator==(const ArrangementOverview &, const ArrangementOverview &) = default;
};

// Sections: one per locator, from it to the next (or the end); before the first locator, an
// unnamed lead-in when it is not at 0. A set without locators has one unnamed section. Lanes keep
// tracks without arrangement clips (they show as empty rows), so the layout reads as in Live.
ArrangementOverview arrangementOverview(const LiveSet &set);

} // namespace musiaia::als

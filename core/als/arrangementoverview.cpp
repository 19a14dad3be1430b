// SPDX-License-Identifier: GPL-3.0-or-later
#include "arrangementoverview.h"

#include "als/livevalues.h"

#include <algorithm>

namespace musiaia::als {

ArrangementOverview arrangementOverview(const LiveSet &set)
{
    ArrangementOverview overview;
    for (const Track &track : set.tracks) {
        if (track.type != Track::Type::Midi && track.type != Track::Type::Audio)
            continue;
        OverviewLane lane;
        lane.name = track.name;
        lane.color = paletteIndex(track.color);
        lane.type = track.type;
        for (const Clip &clip : track.arrangementClips) {
            if (clip.length <= 0.0)
                continue;
            lane.blocks.append({clip.time, clip.end(), clip.color >= 0 ? paletteIndex(clip.color) : lane.color});
            overview.length = std::max(overview.length, clip.end());
        }
        std::sort(lane.blocks.begin(), lane.blocks.end(),
                  [](const OverviewBlock &a, const OverviewBlock &b) { return a.start < b.start; });
        overview.lanes.append(lane);
    }

    QList<Locator> locators = set.locators;
    std::stable_sort(locators.begin(), locators.end(),
                     [](const Locator &a, const Locator &b) { return a.time < b.time; });
    for (const Locator &locator : std::as_const(locators))
        overview.length = std::max(overview.length, locator.time);
    if (overview.length <= 0.0)
        return overview;

    if (locators.isEmpty() || locators.first().time > 0.0)
        overview.sections.append({QString(), 0.0, locators.isEmpty() ? overview.length : locators.first().time});
    for (qsizetype i = 0; i < locators.size(); ++i) {
        const double start = locators.at(i).time;
        const double end = i + 1 < locators.size() ? locators.at(i + 1).time : overview.length;
        if (end > start)
            overview.sections.append({locators.at(i).name, start, end});
    }
    return overview;
}

} // namespace musiaia::als

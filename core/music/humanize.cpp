// SPDX-License-Identifier: GPL-3.0-or-later
// From the straight grid to a performance: swing on the genre's swing roles, small timing and
// velocity variations within the profile's Humanize, and the lay-back of snares and hats where the
// genre leans late (boom bap, lo-fi).
#include "music/composer_p.h"

#include <algorithm>
#include <cmath>

namespace musiaia::music::compose {

namespace {

bool swings(const GenreProfile &profile, PartRole role)
{
    return profile.swingRoles.isEmpty() || profile.swingRoles.contains(role)
        || (role == PartRole::Drums
            && std::any_of(profile.swingRoles.cbegin(), profile.swingRoles.cend(), isDrumRole));
}

bool laysBack(PartRole role)
{
    return role == PartRole::Snare || role == PartRole::Hats || role == PartRole::Percussion;
}

bool monophonic(PartRole role)
{
    return role == PartRole::Bass || role == PartRole::Lead;
}

} // namespace

QList<als::MidiNote> humanize(const Song &song, const Part &part, const SectionInfo &section,
                              QList<Note> notes)
{
    const GenreProfile &profile = *song.profile;
    const Plan &plan = *song.plan;
    const double beatsPerMs = plan.tempo / 60000.0;
    // A swung 16th starts late by (2s - 1) of a 16th (music-facts.md, "Swing %").
    const double swingDelay = swings(profile, part.role) ? (2.0 * plan.swing / 100.0 - 1.0) * kStep : 0.0;
    const double jitter = profile.humanize.timingMs * beatsPerMs;
    const double late = laysBack(part.role) ? profile.humanize.lateMs * beatsPerMs : 0.0;
    const double clipEnd = section.lengthBeats();
    Random random = Random::forPurpose(part.seed, u"humanize", std::uint64_t(section.index));

    // Same pitch at the same time: keep the loudest.
    std::stable_sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) {
        return a.start != b.start ? a.start < b.start
                                  : (a.pitch != b.pitch ? a.pitch < b.pitch : a.velocity > b.velocity);
    });
    notes.erase(std::unique(notes.begin(), notes.end(),
                            [](const Note &a, const Note &b) {
                                return a.pitch == b.pitch && std::abs(a.start - b.start) < 1e-6;
                            }),
                notes.end());

    QList<als::MidiNote> result;
    result.reserve(notes.size());
    for (const Note &note : std::as_const(notes)) {
        if (note.start < 0.0 || note.start >= clipEnd)
            continue;
        double start = note.start;
        const double steps = start / kStep;
        const double whole = std::round(steps);
        if (std::abs(steps - whole) < 1e-6 && (std::int64_t(whole) % 2) != 0)
            start += swingDelay;
        start += late + random.jitter(jitter);
        start = std::clamp(start, 0.0, clipEnd - 1.0 / 64.0);
        // Round to 1/960 of a beat so the file holds plain numbers.
        start = std::round(start * 960.0) / 960.0;
        double length = std::min(note.length, clipEnd - start);
        length = std::max(1.0 / 64.0, std::round(length * 960.0) / 960.0);
        const int velocity
            = std::clamp(int(std::lround(note.velocity + random.jitter(profile.humanize.velocity))), 1, 127);
        als::MidiNote out;
        out.pitch = std::clamp(note.pitch, 0, 127);
        out.start = start;
        out.duration = length;
        out.velocity = velocity;
        result << out;
    }
    std::sort(result.begin(), result.end(), [](const als::MidiNote &a, const als::MidiNote &b) {
        return a.start != b.start ? a.start < b.start : a.pitch < b.pitch;
    });
    if (monophonic(part.role)) {
        // A line never overlaps itself after the nudges (except the 808's written glides, which
        // the writer makes by a short overlap it asks for with a length past the next start).
        for (qsizetype i = 0; i + 1 < result.size(); ++i) {
            als::MidiNote &current = result[i];
            const double next = result.at(i + 1).start;
            if (current.start + current.duration > next && next > current.start) {
                const bool glide
                    = part.style == QLatin1String("808") && current.duration - (next - current.start) < 0.2;
                if (!glide)
                    current.duration = std::max(1.0 / 64.0, next - current.start);
            }
        }
    }
    return result;
}

int markVelocity(QChar mark)
{
    switch (mark.unicode()) {
    case 'X':
        return 118;
    case 'x':
        return 100;
    case 'o':
        return 78;
    case 'g':
        return 50;
    case 'r':
        return 92;
    case 't':
        return 88;
    default:
        return 0;
    }
}

int fold(int pitch, int low, int high)
{
    while (pitch < low)
        pitch += 12;
    while (pitch > high && pitch - 12 >= low)
        pitch -= 12;
    return pitch;
}

} // namespace musiaia::music::compose

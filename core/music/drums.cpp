// SPDX-License-Identifier: GPL-3.0-or-later
// Drums: the genre's pattern for the section's energy, a small variation every 8 bars, a fill in
// the section's last bar (a roll over the last two bars of a build), a crash where a section lifts.
// Each drum part plays the pattern's lanes of its own role; the groove and the fills are chosen
// once for the song (Song::drumSeed), so the parts agree.
#include "music/composer_p.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music::compose {

namespace {

struct Hit
{
    DrumVoice voice;
    double step; // in 16ths from the bar's start (fractions for rolls and triplets)
    int velocity;
};

void addPattern(const DrumPattern &pattern, int barInSection, const QString &style, double energy,
                QList<Hit> *hits)
{
    const int offset = pattern.steps == 32 ? (barInSection % 2) * kStepsPerBar : 0;
    for (const DrumLane &lane : pattern.lanes) {
        for (int step = 0; step < kStepsPerBar; ++step) {
            const QChar mark = lane.steps.at(offset + step);
            if (mark == u'.')
                continue;
            if (style == QLatin1String("sparse") && mark == u'g')
                continue; // sparse: no ghost notes (accents and off-beat hats stay)
            const int velocity = markVelocity(mark);
            if (mark == u'r') {
                hits->append({ lane.voice, double(step), velocity });
                hits->append({ lane.voice, step + 0.5, velocity - 14 });
            } else if (mark == u't') {
                for (int k = 0; k < 3; ++k)
                    hits->append({ lane.voice, step + k * 2.0 / 3.0, velocity - 10 + k * 6 });
            } else {
                hits->append({ lane.voice, double(step), velocity });
            }
        }
    }
    // Busy: ghost notes on the hats' empty 16ths in louder sections.
    if (style == QLatin1String("busy") && energy >= 0.5) {
        for (int step = 1; step < kStepsPerBar; step += 2) {
            const bool taken = std::any_of(hits->cbegin(), hits->cend(), [step](const Hit &h) {
                return drumVoiceRole(h.voice) == PartRole::Hats && int(h.step) == step;
            });
            if (!taken)
                hits->append({ DrumVoice::ClosedHat, double(step), 42 });
        }
    }
}

// The snare voice the pattern uses for its backbeat (snare, clap or rim).
DrumVoice snareVoiceOf(const DrumPattern &pattern)
{
    for (DrumVoice voice : { DrumVoice::Snare, DrumVoice::Clap, DrumVoice::Rim }) {
        for (const DrumLane &lane : pattern.lanes) {
            if (lane.voice == voice)
                return voice;
        }
    }
    return DrumVoice::Snare;
}

// A fill over the end of the bar. Fills start after the backbeat (step 13) in half-time genres,
// where a loud snare on 13 would read as a backbeat.
void addFill(const QString &fill, const GenreProfile &profile, const DrumPattern &pattern, bool lastBar,
             bool build, QList<Hit> *hits)
{
    const DrumVoice snare = snareVoiceOf(pattern);
    const int first = profile.checks.halfTime ? 13 : 12;
    if (fill == u"snare_fill") {
        if (!lastBar)
            return;
        for (int step = first; step < 16; ++step)
            hits->append({ snare, double(step), 74 + (step - first) * 12 });
    } else if (fill == u"snare_roll") {
        if (build) {
            // Two bars: 8ths, then 16ths rising to the downbeat.
            const int from = lastBar ? 0 : 8;
            for (int step = from; step < 16; step += lastBar ? 1 : 2) {
                int velocity = 60 + step * 3 + (lastBar ? 12 : 0);
                // Half-time: nothing loud on the old backbeat, or the roll reads as one.
                if (profile.checks.halfTime && (step == 4 || step == 12))
                    velocity = std::min(velocity, 58);
                hits->append({ snare, double(step), velocity });
            }
        } else if (lastBar) {
            for (int step = first + (profile.checks.halfTime ? 0 : -4); step < 16; ++step)
                hits->append({ snare, double(step), 62 + step * 3 });
        }
    } else if (fill == u"tom_fill") {
        if (!lastBar)
            return;
        const DrumVoice toms[]
            = { DrumVoice::TomHigh, DrumVoice::TomHigh, DrumVoice::TomMid, DrumVoice::TomLow };
        for (int step = 12; step < 16; ++step)
            hits->append({ toms[step - 12], double(step), 90 + (step - 12) * 8 });
    } else if (fill == u"hat_roll") {
        if (!lastBar)
            return;
        const double spacing = profile.checks.tuplets ? 0.5 : 1.0; // 1/32 rolls where the genre has them
        for (int k = 0; 12.0 + k * spacing < 16.0; ++k)
            hits->append({ DrumVoice::ClosedHat, 12.0 + k * spacing, 60 + int(k * 7 * spacing) });
    } else if (fill == u"open_hat") {
        if (lastBar)
            hits->append({ DrumVoice::OpenHat, 14.0, 104 });
    } else if (fill == u"kick_pickup") {
        if (lastBar)
            hits->append({ DrumVoice::Kick, 15.0, 92 });
    } else if (fill == u"perc_fill") {
        if (!lastBar)
            return;
        const DrumVoice percs[]
            = { DrumVoice::CongaHigh, DrumVoice::CongaLow, DrumVoice::CongaHigh, DrumVoice::BongoHigh };
        for (int step = 12; step < 16; ++step)
            hits->append({ percs[step - 12], double(step), 84 + (step - 12) * 6 });
    }
}

} // namespace

QList<Note> writeDrums(const Song &song, const Part &part, const SectionInfo &section)
{
    const GenreProfile &profile = *song.profile;
    const DrumPattern &pattern = profile.patterns.at(section.drumPattern);
    // A part the section's pattern has no lane for plays its lanes from the pattern nearest in
    // energy that has some: the plan has it playing, so it never sits out a whole section.
    auto owns = [&song, &part](const DrumPattern &candidate) {
        return std::any_of(candidate.lanes.cbegin(), candidate.lanes.cend(), [&](const DrumLane &lane) {
            return song.drumOwner(lane.voice) == &part && lane.steps.count(u'.') < lane.steps.size();
        });
    };
    const DrumPattern *source = &pattern;
    if (!owns(pattern)) {
        double nearest = 2.0;
        for (const DrumPattern &candidate : profile.patterns) {
            const double distance
                = std::abs((candidate.minEnergy + candidate.maxEnergy) / 2.0 - section.energy);
            if (owns(candidate) && distance < nearest) {
                nearest = distance;
                source = &candidate;
            }
        }
    }
    const double loudness = 0.82 + 0.18 * section.energy;
    Random variations = Random::forPurpose(song.drumSeed, u"variation", std::uint64_t(section.index));
    // One variation for the 8-bar marks of this section: an open hat or a kick pickup.
    const bool pickupVariation = variations.chance(0.5);
    const bool lifts = section.previous && section.energy >= 0.7 && section.previous->energy < section.energy;

    QList<Note> notes;
    for (int bar = 0; bar < section.bars; ++bar) {
        QList<Hit> hits;
        addPattern(*source, bar, part.style, section.energy, &hits);
        const bool last = bar == section.bars - 1;
        const bool secondLast = bar == section.bars - 2;
        if (!section.fill.isEmpty() && (last || secondLast))
            addFill(section.fill, profile, pattern, last, section.kind == SectionKind::Build, &hits);
        else if (bar % 8 == 7 && !last)
            hits.append(pickupVariation ? Hit { DrumVoice::Kick, 15.0, 80 }
                                        : Hit { DrumVoice::OpenHat, 14.0, 96 });
        if (bar == 0 && lifts)
            hits.append({ DrumVoice::Crash, 0.0, 110 });
        for (const Hit &hit : std::as_const(hits)) {
            if (song.drumOwner(hit.voice) != &part)
                continue;
            Note note;
            note.pitch = drumVoicePitch(hit.voice);
            note.start = (bar * kStepsPerBar + hit.step) * kStep;
            note.length
                = hit.voice == DrumVoice::Crash ? 2.0 : (hit.voice == DrumVoice::OpenHat ? 0.5 : kStep * 0.9);
            note.velocity = std::clamp(int(hit.velocity * loudness), 1, 127);
            notes << note;
        }
    }
    return notes;
}

} // namespace musiaia::music::compose

// SPDX-License-Identifier: GPL-3.0-or-later
// Arrangement completeness and humanisation (music-facts.md 5.D.22, 5.B.13): no empty bar where a
// part should play, and velocities that vary.
#include "music/metricsmodel_p.h"

#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music::metrics_p {

namespace {

// Bars (0-based) in which the track sounds at all.
QList<bool> soundingBars(const SongModel &model, const SongTrack &track)
{
    QList<bool> sounding(model.bars, false);
    for (const SongNote &note : track.notes) {
        const int first = std::max(0, int(std::floor(note.start / model.barBeats + 1e-9)));
        const int last = std::min(int(model.bars) - 1, int(std::ceil(note.end / model.barBeats - 1e-9)) - 1);
        for (int bar = first; bar <= last; ++bar)
            sounding[bar] = true;
    }
    return sounding;
}

Metric emptyBarsMetric(const SongModel &model)
{
    const QString id = u"empty-bars"_s;
    const QString title = u"No empty bar where a part plays"_s;
    int checked = 0, empty = 0;
    QStringList where;
    for (qsizetype t = 0; t < model.tracks.size(); ++t) {
        const SongTrack &track = model.tracks.at(t);
        const QList<bool> sounding = soundingBars(model, track);
        for (const SongSection &section : model.sections) {
            if (!section.playing.contains(int(t)))
                continue;
            const int end = std::min(section.startBar + section.bars, model.bars);
            int emptyHere = 0;
            for (int bar = section.startBar; bar < section.startBar + section.bars; ++bar) {
                if (bar >= end || !sounding.at(bar))
                    ++emptyHere;
            }
            checked += section.bars;
            // Effects mark transitions (a riser, an impact): they need only sound somewhere in the section.
            if (track.roleKnown && track.role == PartRole::Fx && emptyHere < section.bars)
                continue;
            empty += emptyHere;
            if (emptyHere > 0 && where.size() < 3)
                where << u"%1 in %2 (%3 of %4 bars)"_s.arg(track.name, section.name)
                             .arg(emptyHere)
                             .arg(section.bars);
        }
    }
    if (checked == 0)
        return skipped(id, title, u"No section says which parts play."_s);
    Metric metric = metricOf(id, title, empty, 0.0, MetricComparison::AtMost);
    metric.explanation = u"%1 empty bars out of %2 bars where a part %3 play."_s.arg(empty).arg(checked).arg(
        model.plan && !model.plan->sections.isEmpty() ? u"should"_s
                                                      : u"(inferred from the locators) seems to"_s);
    if (!where.isEmpty())
        metric.explanation += u" Silent: "_s + where.join(u"; "_s) + u'.';
    judge(metric);
    return metric;
}

struct Spread
{
    double deviation = 0.0;
    int distinct = 0;
    int notes = 0;
};

Spread spreadOf(const QList<double> &velocities)
{
    Spread spread;
    spread.notes = int(velocities.size());
    if (velocities.isEmpty())
        return spread;
    double mean = 0.0;
    QSet<int> values;
    for (double v : velocities) {
        mean += v / velocities.size();
        values.insert(int(std::lround(v)));
    }
    double variance = 0.0;
    for (double v : velocities)
        variance += (v - mean) * (v - mean) / velocities.size();
    // Rounding in the mean leaves a trace of variance in identical values.
    spread.deviation = variance < 1e-9 ? 0.0 : std::sqrt(variance);
    spread.distinct = int(values.size());
    return spread;
}

// Per voice on drum tracks, per track otherwise; voices with few notes say little.
void velocityMetrics(const SongModel &model, QList<Metric> &out)
{
    constexpr int MinNotes = 8;
    const QString id = u"velocity"_s;
    const QString title = u"Velocities vary"_s;
    double lowest = -1.0;
    QString lowestWhere;
    int flat = 0, voices = 0;
    QList<double> hatVelocities;
    for (const SongTrack &track : model.tracks) {
        QMap<int, QList<double>> byVoice;
        const bool drums = isDrumTrack(track);
        for (const SongNote &note : track.notes) {
            byVoice[drums ? note.pitch : -1].append(note.velocity);
            if (drums && (track.role == PartRole::Hats || track.role == PartRole::Drums)
                && isHatPitch(note.pitch))
                hatVelocities.append(note.velocity);
        }
        for (auto it = byVoice.cbegin(); it != byVoice.cend(); ++it) {
            if (it.value().size() < MinNotes)
                continue;
            const Spread spread = spreadOf(it.value());
            ++voices;
            if (spread.deviation <= 0.0)
                ++flat;
            if (lowest < 0.0 || spread.deviation < lowest) {
                lowest = spread.deviation;
                lowestWhere = (it.key() >= 0 ? u"%1, note %2"_s.arg(track.name).arg(it.key()) : track.name)
                    + u": standard deviation %1, %2 distinct values in %3 notes"_s
                          .arg(spread.deviation, 0, 'f', 1)
                          .arg(spread.distinct)
                          .arg(spread.notes);
            }
        }
    }
    if (voices == 0) {
        out << skipped(id, title, u"No track or drum voice with %1 notes or more."_s.arg(MinNotes));
    } else {
        Metric metric = metricOf(id, title, lowest, 0.0, MetricComparison::Above);
        metric.explanation
            = u"Lowest velocity standard deviation of %1 tracks and drum voices (%2 with one velocity): %3."_s
                  .arg(voices)
                  .arg(flat)
                  .arg(lowestWhere);
        judge(metric);
        out << metric;
    }

    const QString hatsId = u"velocity-hats"_s;
    const QString hatsTitle = u"Hi-hat accents"_s;
    if (hatVelocities.size() < MinNotes) {
        out << skipped(hatsId, hatsTitle, u"Fewer than %1 hi-hat notes."_s.arg(MinNotes));
        return;
    }
    const Spread hats = spreadOf(hatVelocities);
    Metric metric = metricOf(hatsId, hatsTitle, hats.deviation, 6.0, MetricComparison::AtLeast);
    metric.explanation = u"Hi-hat velocity standard deviation %1 (%2 distinct values in %3 notes)."_s
                             .arg(hats.deviation, 0, 'f', 1)
                             .arg(hats.distinct)
                             .arg(hats.notes);
    judge(metric);
    out << metric;
}

} // namespace

void measureParts(const SongModel &model, QList<Metric> &out)
{
    out << emptyBarsMetric(model);
    velocityMetrics(model, out);
}

} // namespace musiaia::music::metrics_p

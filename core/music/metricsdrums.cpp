// SPDX-License-Identifier: GPL-3.0-or-later
// Drum patterns on the 16-step grid (music-facts.md 5.B.8-10): four-on-the-floor kicks, the
// backbeat and its half-time, dembow and two-step variants, open hats on the off-beats. Each is
// the share of the bars where the part plays that hold the genre's pattern.
#include "music/metricsmodel_p.h"

#include <array>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music::metrics_p {

namespace {

struct BarGrid
{
    quint32 kick = 0; // bit n: an onset on step n + 1
    quint32 snare = 0;
    quint32 openHat = 0;
    std::array<double, 16> snareVelocity {};
};

constexpr quint32 steps(std::initializer_list<int> oneBased)
{
    quint32 mask = 0;
    for (int step : oneBased)
        mask |= 1u << (step - 1);
    return mask;
}

QString stepsText(quint32 mask)
{
    QStringList list;
    for (int i = 0; i < 16; ++i) {
        if (mask & (1u << i))
            list << QString::number(i + 1);
    }
    return list.join(u", "_s);
}

QList<BarGrid> drumGrid(const SongModel &model)
{
    QList<BarGrid> grid(model.bars + 1);
    for (const SongTrack &track : model.tracks) {
        if (!isDrumTrack(track))
            continue;
        for (const SongNote &note : track.notes) {
            const qint64 bar = note.step / 16;
            if (bar < 0 || bar >= grid.size())
                continue;
            BarGrid &cell = grid[bar];
            const int step = int(note.step % 16);
            if (isKickPitch(note.pitch))
                cell.kick |= 1u << step;
            if (isSnarePitch(note.pitch)) {
                cell.snare |= 1u << step;
                cell.snareVelocity[step] = std::max(cell.snareVelocity[step], note.velocity);
            }
            if (isOpenHatPitch(note.pitch))
                cell.openHat |= 1u << step;
        }
    }
    return grid;
}

// Checks every bar of `bars`; `check` returns an empty string when the bar holds the pattern, or
// what is wrong with it.
Metric shareOfBars(const SongModel &model, const QString &id, const QString &title, const QString &what,
                   const QList<int> &bars, double threshold, const std::function<QString(int)> &check)
{
    if (bars.isEmpty())
        return skipped(id, title, u"The part never plays, so there is no pattern to check."_s);
    int good = 0;
    QStringList failures;
    for (int bar : bars) {
        const QString problem = check(bar);
        if (problem.isEmpty())
            ++good;
        else if (failures.size() < 3)
            failures << barLabel(model, bar) + u": "_s + problem;
    }
    Metric metric = metricOf(id, title, double(good) / bars.size(), threshold, MetricComparison::AtLeast);
    metric.explanation
        = u"%1 in %2 of %3 bars (%4)."_s.arg(what).arg(good).arg(bars.size()).arg(percentText(metric.value));
    if (!failures.isEmpty())
        metric.explanation += u" First misses: "_s + failures.join(u"; "_s) + u'.';
    judge(metric);
    return metric;
}

} // namespace

void measureDrums(const SongModel &model, QList<Metric> &out)
{
    if (!model.genre) {
        out << skipped(u"drum-pattern"_s, u"The genre's drum pattern"_s,
                       u"No genre to hold the drums to (give the plan with --plan)."_s);
        return;
    }
    if (!model.fourFour) {
        out << skipped(u"drum-pattern"_s, u"The genre's drum pattern"_s,
                       u"The set is not in 4/4; the patterns are checked on a 4/4 grid."_s);
        return;
    }
    const GenreChecks &checks = model.genre->checks;
    const QList<BarGrid> grid = drumGrid(model);
    const QList<int> kickBars = model.activeBars({ PartRole::Kick, PartRole::Drums });
    const QList<int> snareBars = model.activeBars({ PartRole::Snare, PartRole::Drums });
    const QList<int> hatBars = model.activeBars({ PartRole::Hats, PartRole::Drums });
    const quint32 beats = steps({ 1, 5, 9, 13 });

    if (checks.fourOnTheFloor) {
        out << shareOfBars(model, u"four-on-the-floor"_s, u"Kick on every beat"_s,
                           u"Kick on steps 1, 5, 9 and 13"_s, kickBars, 1.0, [&](int bar) {
                               const quint32 missing = beats & ~grid.at(bar).kick;
                               // A fill may take the last beat of a phrase's last bar (5.B.8).
                               if (missing == 0 || (missing == steps({ 13 }) && model.isPhraseEnd(bar)))
                                   return QString();
                               return u"no kick on step %1"_s.arg(stepsText(missing));
                           });
    }
    if (checks.backbeat) {
        out << shareOfBars(model, u"backbeat"_s, u"Snare or clap on 2 and 4"_s,
                           u"Snare or clap on steps 5 and 13"_s, snareBars, 0.9, [&](int bar) {
                               const quint32 missing = steps({ 5, 13 }) & ~grid.at(bar).snare;
                               return missing == 0 ? QString()
                                                   : u"no snare or clap on step %1"_s.arg(stepsText(missing));
                           });
    }
    if (checks.halfTime) {
        out << shareOfBars(
            model, u"half-time"_s, u"Half-time snare on 3"_s,
            u"Snare or clap on step 9 and nothing loud on 5 or 13"_s, snareBars, 0.9, [&](int bar) {
                const BarGrid &cell = grid.at(bar);
                if (!(cell.snare & steps({ 9 })))
                    return u"no snare or clap on step 9"_s;
                const bool loud = cell.snareVelocity[4] > 60.0 || cell.snareVelocity[12] > 60.0;
                if (loud && !model.isPhraseEnd(bar))
                    return u"a snare above velocity 60 on step 5 or 13"_s;
                return QString();
            });
    }
    if (checks.dembow) {
        out << shareOfBars(model, u"dembow"_s, u"Dembow pattern"_s,
                           u"Snare or rim on steps 4, 7, 12 and 15 (and the kick on the beats)"_s, snareBars,
                           0.9, [&](int bar) {
                               const quint32 missing = steps({ 4, 7, 12, 15 }) & ~grid.at(bar).snare;
                               if (missing)
                                   return u"no snare or rim on step %1"_s.arg(stepsText(missing));
                               const quint32 kickMissing = beats & ~grid.at(bar).kick;
                               if (kickBars.contains(bar) && kickMissing)
                                   return u"no kick on step %1"_s.arg(stepsText(kickMissing));
                               return QString();
                           });
    }
    if (checks.twoStep) {
        out << shareOfBars(
            model, u"two-step-1"_s, u"Two-step kick on 1"_s, u"Kick on step 1"_s, kickBars, 0.9,
            [&](int bar) { return grid.at(bar).kick & 1u ? QString() : u"no kick on step 1"_s; });
        out << shareOfBars(
            model, u"two-step-11"_s, u"Two-step kick on 11"_s, u"Kick on step 11"_s, kickBars, 0.7,
            [&](int bar) { return grid.at(bar).kick & steps({ 11 }) ? QString() : u"no kick on step 11"_s; });
    }
    if (checks.openHatOffbeats) {
        out << shareOfBars(model, u"open-hat-offbeats"_s, u"Open hat on the off-beats"_s,
                           u"Open hat on steps 3, 7, 11 and 15"_s, hatBars, 0.8, [&](int bar) {
                               const quint32 missing = steps({ 3, 7, 11, 15 }) & ~grid.at(bar).openHat;
                               return missing == 0 ? QString()
                                                   : u"no open hat on step %1"_s.arg(stepsText(missing));
                           });
    }
}

} // namespace musiaia::music::metrics_p

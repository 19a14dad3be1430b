// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"
#include "common/result.h"
#include "music/plan.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Measured quality: a song (a LiveSet as the composer wrote it, or as read back from a .als)
// against the Plan it was made from, with the thresholds of music-facts.md "Targets for our
// engine". Without a plan, what can be inferred is measured: the tempo and key written in the
// set, parts from track names, sections from locators. Pure functions; only measureSongFile()
// reads a file.
namespace musiaia::music {

enum class MetricStatus { Pass, Fail, Skipped };

// How a value is held to its threshold.
enum class MetricComparison {
    AtLeast, // value >= threshold
    Above, // value > threshold
    AtMost, // value <= threshold
    Within, // |value - threshold| <= tolerance
};

struct Metric
{
    QString id; // stable: "in-key", "four-on-the-floor", "range-bass" ...
    QString title; // for the musician: "Notes in the key"
    double value = 0.0;
    double threshold = 0.0;
    double tolerance = 0.0; // MetricComparison::Within
    MetricComparison comparison = MetricComparison::AtLeast;
    MetricStatus status = MetricStatus::Skipped;
    QString explanation; // one or two short sentences: what was measured, and where it failed

    bool passed() const { return status == MetricStatus::Pass; }
    bool failed() const { return status == MetricStatus::Fail; }
};

struct SongMetrics
{
    bool withPlan = false;
    QString genre; // the plan's genre id, empty without one
    int bars = 0; // the song's length in bars (end of the last arrangement clip)
    QList<Metric> metrics;

    const Metric *metric(const QString &id) const;
    bool allPassed() const; // skipped metrics do not count
    QStringList failingIds() const;
};

// Measures `set` against `plan` (may be null). The plan should be complete (completePlan()); the
// fields a partial plan leaves unset are inferred from the set as without a plan.
SongMetrics measureSong(const als::LiveSet &set, const Plan *plan = nullptr);

// Reads the .als at `alsPath` (errors as readLiveSet()) and measures it.
Result<SongMetrics> measureSongFile(const QString &alsPath, const Plan *plan = nullptr);

// A table for a terminal: one row per metric (status, id, value, target) and its explanation.
QString songMetricsText(const SongMetrics &metrics);
// {"withPlan", "genre", "bars", "passed", "failing": [ids], "metrics": [{"id", "title", "value",
//  "threshold", "comparison", "tolerance", "status", "explanation"}]}
QJsonObject songMetricsJson(const SongMetrics &metrics);

// "pass", "fail", "skipped" / ">=", ">", "<=", "within".
QString metricStatusName(MetricStatus status);
QString metricComparisonName(MetricComparison comparison);

} // namespace musiaia::music

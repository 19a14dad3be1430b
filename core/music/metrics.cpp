// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/metrics.h"

#include "als/alsreader.h"
#include "music/metricsmodel_p.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music {

namespace metrics_p {

Metric metricOf(const QString &id, const QString &title, double value, double threshold,
                MetricComparison comparison, double tolerance)
{
    Metric metric;
    metric.id = id;
    metric.title = title;
    metric.value = value;
    metric.threshold = threshold;
    metric.comparison = comparison;
    metric.tolerance = tolerance;
    return metric;
}

void judge(Metric &metric)
{
    constexpr double Epsilon = 1e-9;
    bool pass = false;
    switch (metric.comparison) {
    case MetricComparison::AtLeast:
        pass = metric.value >= metric.threshold - Epsilon;
        break;
    case MetricComparison::Above:
        pass = metric.value > metric.threshold;
        break;
    case MetricComparison::AtMost:
        pass = metric.value <= metric.threshold + Epsilon;
        break;
    case MetricComparison::Within:
        pass = std::abs(metric.value - metric.threshold) <= metric.tolerance + Epsilon;
        break;
    }
    metric.status = pass ? MetricStatus::Pass : MetricStatus::Fail;
}

Metric skipped(const QString &id, const QString &title, const QString &why)
{
    Metric metric;
    metric.id = id;
    metric.title = title;
    metric.status = MetricStatus::Skipped;
    metric.explanation = why;
    return metric;
}

} // namespace metrics_p

const Metric *SongMetrics::metric(const QString &id) const
{
    for (const Metric &m : metrics) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

bool SongMetrics::allPassed() const
{
    return std::none_of(metrics.begin(), metrics.end(), [](const Metric &m) { return m.failed(); });
}

QStringList SongMetrics::failingIds() const
{
    QStringList ids;
    for (const Metric &m : metrics) {
        if (m.failed())
            ids << m.id;
    }
    return ids;
}

SongMetrics measureSong(const als::LiveSet &set, const Plan *plan)
{
    using namespace metrics_p;
    const SongModel model = buildSongModel(set, plan);
    SongMetrics result;
    result.withPlan = plan != nullptr;
    result.genre = plan ? plan->genre : QString();
    result.bars = model.bars;
    measurePlanAdherence(model, set, result.metrics);
    measureDrums(model, result.metrics);
    measureHarmony(model, result.metrics);
    measureParts(model, result.metrics);
    return result;
}

Result<SongMetrics> measureSongFile(const QString &alsPath, const Plan *plan)
{
    als::ReadOptions options;
    options.locateSamples = false;
    const Result<als::LiveSet> set = als::readLiveSet(alsPath, options);
    if (!set)
        return set.error();
    return measureSong(*set, plan);
}

QString metricStatusName(MetricStatus status)
{
    switch (status) {
    case MetricStatus::Pass:
        return u"pass"_s;
    case MetricStatus::Fail:
        return u"fail"_s;
    case MetricStatus::Skipped:
        return u"skipped"_s;
    }
    return QString();
}

QString metricComparisonName(MetricComparison comparison)
{
    switch (comparison) {
    case MetricComparison::AtLeast:
        return u">="_s;
    case MetricComparison::Above:
        return u">"_s;
    case MetricComparison::AtMost:
        return u"<="_s;
    case MetricComparison::Within:
        return u"within"_s;
    }
    return QString();
}

namespace {

QString number(double value)
{
    // Shares and counts read best with few decimals; 124 stays 124.
    if (std::abs(value - std::round(value)) < 1e-9)
        return QString::number(qint64(std::llround(value)));
    return QString::number(value, 'f', std::abs(value) < 10.0 ? 3 : 2);
}

QString targetText(const Metric &metric)
{
    if (metric.status == MetricStatus::Skipped)
        return u"-"_s;
    if (metric.comparison == MetricComparison::Within)
        return number(metric.threshold) + u" ±"_s + number(metric.tolerance);
    return metricComparisonName(metric.comparison) + u' ' + number(metric.threshold);
}

} // namespace

QString songMetricsText(const SongMetrics &metrics)
{
    int idWidth = 6;
    for (const Metric &m : metrics.metrics)
        idWidth = std::max(idWidth, int(m.id.size()));
    QString text;
    text += u"%1  %2  %3  %4\n"_s.arg(u"result"_s.leftJustified(7), u"metric"_s.leftJustified(idWidth),
                                      u"value"_s.leftJustified(9), u"target"_s);
    for (const Metric &m : metrics.metrics) {
        const QString value = m.status == MetricStatus::Skipped ? u"-"_s : number(m.value);
        text += u"%1  %2  %3  %4\n"_s.arg(metricStatusName(m.status).toUpper().leftJustified(7),
                                          m.id.leftJustified(idWidth), value.leftJustified(9), targetText(m));
        text += u"         %1\n"_s.arg(m.explanation);
    }
    const QStringList failing = metrics.failingIds();
    int passed = 0, skippedCount = 0;
    for (const Metric &m : metrics.metrics) {
        passed += m.passed() ? 1 : 0;
        skippedCount += m.status == MetricStatus::Skipped ? 1 : 0;
    }
    text += u"\n%1 passed, %2 failed, %3 skipped (%4).\n"_s.arg(passed)
                .arg(failing.size())
                .arg(skippedCount)
                .arg(metrics.withPlan ? u"measured against the plan"_s : u"no plan: inferred from the set"_s);
    if (!failing.isEmpty())
        text += u"Failing: %1\n"_s.arg(failing.join(u", "_s));
    return text;
}

QJsonObject songMetricsJson(const SongMetrics &metrics)
{
    QJsonArray list;
    for (const Metric &m : metrics.metrics) {
        QJsonObject object { { u"id"_s, m.id },
                             { u"title"_s, m.title },
                             { u"status"_s, metricStatusName(m.status) },
                             { u"explanation"_s, m.explanation } };
        if (m.status != MetricStatus::Skipped) {
            object.insert(u"value"_s, m.value);
            object.insert(u"threshold"_s, m.threshold);
            object.insert(u"comparison"_s, metricComparisonName(m.comparison));
            if (m.comparison == MetricComparison::Within)
                object.insert(u"tolerance"_s, m.tolerance);
        }
        list.append(object);
    }
    return QJsonObject { { u"withPlan"_s, metrics.withPlan },
                         { u"genre"_s, metrics.genre },
                         { u"bars"_s, metrics.bars },
                         { u"passed"_s, metrics.allPassed() },
                         { u"failing"_s, QJsonArray::fromStringList(metrics.failingIds()) },
                         { u"metrics"_s, list } };
}

} // namespace musiaia::music

// SPDX-License-Identifier: GPL-3.0-or-later
// The composer and its metrics over every genre profile and several seeds: the time per song to
// compose and measure it, against composing alone (the baseline, same run, same plans), and the
// metric table (the worst value of each metric per genre, failures counted) printed on stderr once.
#include "music/composer.h"
#include "music/genre.h"
#include "music/metrics.h"
#include "music/planner.h"

#include "benchsupport.h"

#include <QLoggingCategory>
#include <QMap>
#include <QTextStream>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;
using namespace musiaia::music;

namespace {

// Complete plans for every genre and seed, made once: planning is not what is measured.
const QList<Plan> &plans()
{
    static const QList<Plan> all = [] {
        QLoggingCategory::setFilterRules(u"musiaia.*.info=false"_s);
        const int seeds = musiaia::bench::smokeRun() ? 1 : 5;
        QList<Plan> list;
        for (const GenreProfile &genre : allGenres()) {
            for (int seed = 1; seed <= seeds; ++seed) {
                Plan partial;
                partial.genre = genre.id;
                partial.seed = std::uint32_t(seed);
                partial.length.seconds = 180.0; // three minutes, the target's song
                if (const Result<Plan> plan = completePlan(partial))
                    list.append(*plan);
            }
        }
        return list;
    }();
    return all;
}

const QList<als::LiveSet> &songs()
{
    static const QList<als::LiveSet> all = [] {
        QList<als::LiveSet> list;
        for (const Plan &plan : plans())
            list.append(composeSong(plan).valueOr(als::LiveSet()));
        return list;
    }();
    return all;
}

struct Cell
{
    bool set = false;
    double worst = 0.0; // Within: the largest distance from the target
    int failures = 0;
};

// Whether `score` is worse than the cell's worst so far.
bool worse(const Metric &metric, double score, const Cell &cell)
{
    if (!cell.set)
        return true;
    if (metric.comparison == MetricComparison::AtLeast || metric.comparison == MetricComparison::Above)
        return score < cell.worst;
    return score > cell.worst;
}

// The worst value of each metric per genre, and how many songs failed it.
void printMetricTable()
{
    static bool printed = false;
    if (printed)
        return;
    printed = true;
    QMap<QString, QMap<QString, Cell>> table; // genre -> metric -> cell
    QStringList ids;
    for (qsizetype i = 0; i < plans().size(); ++i) {
        const SongMetrics metrics = measureSong(songs().at(i), &plans().at(i));
        for (const Metric &metric : metrics.metrics) {
            if (metric.status == MetricStatus::Skipped)
                continue;
            if (!ids.contains(metric.id))
                ids << metric.id;
            Cell &cell = table[plans().at(i).genre][metric.id];
            const double score = metric.comparison == MetricComparison::Within
                ? std::abs(metric.value - metric.threshold)
                : metric.value;
            if (worse(metric, score, cell))
                cell.worst = score;
            cell.set = true;
            cell.failures += metric.failed() ? 1 : 0;
        }
    }
    QTextStream err(stderr);
    err << "Metric table: the worst value per genre over "
        << plans().size() / std::max<qsizetype>(1, table.size())
        << " seeds, [failing songs]; tempo and length: the distance from the target\n";
    for (auto genre = table.cbegin(); genre != table.cend(); ++genre) {
        err << genre.key().leftJustified(16);
        for (const QString &id : ids) {
            const auto cell = genre->constFind(id);
            if (cell == genre->cend())
                continue;
            err << id << '=' << QString::number(cell->worst, 'g', 3);
            if (cell->failures > 0)
                err << '[' << cell->failures << ']';
            err << ' ';
        }
        err << '\n';
    }
    err.flush();
}

void reportSongs(benchmark::State &state)
{
    state.SetItemsProcessed(state.iterations());
    state.counters["songs"] = double(plans().size());
}

// Baseline: composing alone, the songs in turn.
void BM_ComposeSong(benchmark::State &state)
{
    printMetricTable();
    qsizetype next = 0;
    for (auto _ : state) {
        auto set = composeSong(plans().at(next));
        benchmark::DoNotOptimize(set);
        next = (next + 1) % plans().size();
    }
    reportSongs(state);
}

// What the quality tests pay per song: compose, then measure against the plan.
void BM_ComposeAndMeasure(benchmark::State &state)
{
    qsizetype next = 0;
    for (auto _ : state) {
        const Result<als::LiveSet> set = composeSong(plans().at(next));
        if (!set) {
            state.SkipWithError("the composer failed");
            break;
        }
        auto metrics = measureSong(*set, &plans().at(next));
        benchmark::DoNotOptimize(metrics);
        next = (next + 1) % plans().size();
    }
    reportSongs(state);
}

// The metrics alone, on songs composed beforehand.
void BM_MeasureSong(benchmark::State &state)
{
    qsizetype next = 0;
    for (auto _ : state) {
        auto metrics = measureSong(songs().at(next), &plans().at(next));
        benchmark::DoNotOptimize(metrics);
        next = (next + 1) % plans().size();
    }
    reportSongs(state);
}

} // namespace

BENCHMARK(BM_ComposeSong)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ComposeAndMeasure)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MeasureSong)->Unit(benchmark::kMillisecond);

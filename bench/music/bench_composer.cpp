// SPDX-License-Identifier: GPL-3.0-or-later
// Composing a song: a three-minute, eight-part house song (kick, clap, hats, shaker, bass, piano,
// lead, strings) composed from its complete plan, and composed and written as a .als, against a
// baseline measured in the same run: writing that same composed set alone. Also planning from the
// request's words, and composing every genre.
#include "als/alswriter.h"
#include "music/composer.h"
#include "music/genre.h"
#include "music/planner.h"

#include "benchsupport.h"

#include <QBuffer>
#include <QLoggingCategory>

#include <benchmark/benchmark.h>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia;

namespace {

QString request()
{
    // Three minutes, or eight bars for the CTest smoke run.
    return musiaia::bench::smokeRun() ? u"house a 124 BPM en La menor, 8 compases"_s
                                      : u"house a 124 BPM en La menor, 3 minutos"_s;
}

const music::Plan &plan()
{
    static const music::Plan complete = [] {
        QLoggingCategory::setFilterRules(u"musiaia.als.info=false"_s);
        music::Plan p = music::planFromText(request(), 1u).value();
        // Eight parts: the genre's nine without the FX track.
        for (const music::Part *fx : p.partsWithRole(music::PartRole::Fx)) {
            const QString id = fx->id;
            p.parts.removeIf([&id](const music::Part &part) { return part.id == id; });
            for (music::Section &section : p.sections)
                section.parts.removeAll(id);
        }
        return p;
    }();
    return complete;
}

const als::LiveSet &composed()
{
    static const als::LiveSet set = music::composeSong(plan()).value();
    return set;
}

void reportNotes(benchmark::State &state)
{
    qsizetype notes = 0;
    for (const als::Track &track : composed().tracks) {
        for (const als::Clip &clip : track.arrangementClips)
            notes += clip.notes.size();
    }
    state.counters["bars"] = plan().totalBars();
    state.counters["parts"] = double(plan().parts.size());
    state.counters["notes"] = double(notes);
}

bool writeToMemory(const als::LiveSet &set)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool ok = bool(als::writeLiveSet(set, &buffer));
    benchmark::DoNotOptimize(bytes.data());
    return ok;
}

// The notes alone: composeSong() on the complete plan.
void BM_ComposeSong(benchmark::State &state)
{
    for (auto _ : state) {
        auto set = music::composeSong(plan());
        if (!set)
            state.SkipWithError("composing failed");
        benchmark::DoNotOptimize(set);
    }
    reportNotes(state);
}

// What `musiaia generate` pays before the disk: compose, then write the .als into memory.
void BM_ComposeAndWrite(benchmark::State &state)
{
    for (auto _ : state) {
        auto set = music::composeSong(plan());
        if (!set || !writeToMemory(*set))
            state.SkipWithError("composing or writing failed");
    }
    reportNotes(state);
}

// From the words: parse, complete the plan, compose.
void BM_PlanFromTextAndCompose(benchmark::State &state)
{
    const QString words = request();
    for (auto _ : state) {
        auto complete = music::planFromText(words, 1u);
        auto set = complete ? music::composeSong(*complete) : Result<als::LiveSet>(complete.error());
        if (!set)
            state.SkipWithError("planning or composing failed");
        benchmark::DoNotOptimize(set);
    }
    reportNotes(state);
}

// Baseline: writing the same composed set alone (the Live Set writer's share).
void BM_Baseline_WriteSet(benchmark::State &state)
{
    const als::LiveSet &set = composed();
    for (auto _ : state) {
        if (!writeToMemory(set))
            state.SkipWithError("the writer failed");
    }
    reportNotes(state);
}

// Every genre's usual song (its own length and parts), one per iteration, seeds changing.
void BM_ComposeEveryGenre(benchmark::State &state)
{
    QList<music::Plan> plans;
    for (const music::GenreProfile &genre : music::allGenres()) {
        music::Plan partial;
        partial.genre = genre.id;
        partial.seed = 17;
        if (musiaia::bench::smokeRun())
            partial.length.bars = 8;
        plans << music::completePlan(partial).value();
    }
    qsizetype next = 0;
    for (auto _ : state) {
        auto set = music::composeSong(plans.at(next++ % plans.size()));
        if (!set)
            state.SkipWithError("composing failed");
        benchmark::DoNotOptimize(set);
    }
    state.counters["genres"] = double(plans.size());
}

} // namespace

BENCHMARK(BM_ComposeSong)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ComposeAndWrite)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlanFromTextAndCompose)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Baseline_WriteSet)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ComposeEveryGenre)->Unit(benchmark::kMillisecond);

// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the largest corpus set (live12.3-edm-template.als, 21 MB of XML), against a floor
// measured in the same run: inflating the same file through the same gzip device and tokenising
// it with QXmlStreamReader, handling nothing. The reader's target is 1.5x the floor or better.
//
//   cmake --preset release -DMUSIAIA_SHARED_DIR=/path/to/shared
//   cmake --build --preset release --target bench_als_reader
//   build/release/bench/bench_als_reader
#include "als/alsreader.h"
#include "als/gzipinputdevice.h"

#include "benchsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QXmlStreamReader>

#include <benchmark/benchmark.h>

namespace {

using musiaia::als::GzipInputDevice;

QString setPath()
{
    const QString file = musiaia::bench::smokeRun() ? QStringLiteral("live12.4-template.als")
                                                    : QStringLiteral("live12.3-edm-template.als");
    return musiaia::bench::sharedDir() + QStringLiteral("/als-corpus/") + file;
}

constexpr qint64 Cap = 512LL << 20;

// Seconds per read of the floor, measured just before the reader, for the reader's ratio.
double g_floorSeconds = 0.0;

// Inflates and tokenises the file; returns the XML size, or -1 when it cannot be read.
qint64 tokenise(const QString &path, bool handleTokens)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    GzipInputDevice inflater(&file, Cap);
    inflater.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QXmlStreamReader xml(&inflater);
    xml.setNamespaceProcessing(false);   // as the reader does
    qint64 tokens = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (handleTokens)
            ++tokens;
    }
    benchmark::DoNotOptimize(tokens);
    return xml.hasError() ? -1 : inflater.outputBytes();
}

void BM_InflateOnly(benchmark::State &state)
{
    qint64 bytes = 0;
    for (auto _ : state) {
        QFile file(setPath());
        if (!file.open(QIODevice::ReadOnly)) {
            state.SkipWithError("the corpus is absent");
            return;
        }
        GzipInputDevice inflater(&file, Cap);
        inflater.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        char buffer[16384];
        while (inflater.read(buffer, sizeof buffer) > 0) {
        }
        bytes = inflater.outputBytes();
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["xml_MB"] = double(bytes) / 1e6;
}

void BM_Floor_InflateAndTokenise(benchmark::State &state)
{
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    for (auto _ : state) {
        bytes = tokenise(setPath(), false);
        if (bytes < 0) {
            state.SkipWithError("the corpus is absent or unreadable");
            return;
        }
    }
    g_floorSeconds = double(timer.nsecsElapsed()) / 1e9 / double(state.iterations());
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["xml_MB"] = double(bytes) / 1e6;
    state.counters["s_per_read"] = benchmark::Counter(double(state.iterations()),
                                                      benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_ReadLiveSet(benchmark::State &state)
{
    const qint64 bytes = tokenise(setPath(), false);   // the XML size, for MB/s
    if (bytes < 0) {
        state.SkipWithError("the corpus is absent or unreadable");
        return;
    }
    int tracks = 0;
    QElapsedTimer timer;
    timer.start();
    for (auto _ : state) {
        const auto set = musiaia::als::readLiveSet(setPath());
        if (!set) {
            state.SkipWithError(qPrintable(set.errorMessage()));
            return;
        }
        tracks = int(set->tracks.size());
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["xml_MB"] = double(bytes) / 1e6;
    state.counters["tracks"] = tracks;
    // The reader's time over the floor's (the target is 1.5 or less).
    if (g_floorSeconds > 0.0)
        state.counters["x_floor"] = double(timer.nsecsElapsed()) / 1e9 / double(state.iterations()) / g_floorSeconds;
    state.counters["s_per_read"] = benchmark::Counter(double(state.iterations()),
                                                      benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

} // namespace

// Registered in this order: the floor runs before the reader. Real time, since both do I/O.
BENCHMARK(BM_InflateOnly)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Floor_InflateAndTokenise)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ReadLiveSet)->Unit(benchmark::kMillisecond)->UseRealTime();

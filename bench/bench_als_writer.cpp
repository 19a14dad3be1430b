// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a Live Set: an eight-track, three-minute song (testsets::songSet(93): 124 BPM, sixteenth
// hi-hats, a four-on-the-floor kick, bass, chords, lead, pads: about 4,800 notes) written as a .als, against
// baselines measured in the same run on the same XML: gzip-compressing those bytes alone (the
// container's share) and serialising the set to uncompressed XML (the XML's share).
#include "als/alswriter.h"
#include "als/gzipwritedevice.h"

#include "benchsupport.h"
#include "writertestdata.h"

#include <QBuffer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia::als;

namespace {

// Three minutes at 124 BPM; a few bars for the CTest smoke run.
const LiveSet &song()
{
    // One log line per set written would be measured too.
    QLoggingCategory::setFilterRules(u"musiaia.als.info=false"_s);
    static const LiveSet set = testsets::songSet(musiaia::bench::smokeRun() ? 4 : 93);
    return set;
}

const QByteArray &songXml()
{
    static const QByteArray xml = liveSetXml(song()).value();
    return xml;
}

void reportXml(benchmark::State &state)
{
    state.SetBytesProcessed(int64_t(state.iterations()) * songXml().size());
    state.counters["xml_MB"] = double(songXml().size()) / 1e6;
}

// The .als into memory: normalising, both writer passes, XML, gzip.
void BM_WriteSet(benchmark::State &state)
{
    for (auto _ : state) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!writeLiveSet(song(), &buffer))
            state.SkipWithError("the writer failed");
        benchmark::DoNotOptimize(bytes.data());
    }
    reportXml(state);
}

// The .als to a file, through QSaveFile: what `musiaia generate` pays.
void BM_WriteSetToFile(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"song.als"_s);
    for (auto _ : state) {
        if (!writeLiveSet(song(), path))
            state.SkipWithError("the writer failed");
    }
    reportXml(state);
}

// Baseline: the same set to uncompressed XML (no gzip).
void BM_Baseline_SerializeXml(benchmark::State &state)
{
    for (auto _ : state) {
        auto xml = liveSetXml(song());
        benchmark::DoNotOptimize(xml->data());
    }
    reportXml(state);
}

// Baseline: gzip alone on the finished XML bytes, same level, same device.
void BM_Baseline_GzipXml(benchmark::State &state)
{
    const QByteArray &xml = songXml();
    for (auto _ : state) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        GzipWriteDevice gzip(&buffer, 6);
        gzip.open(QIODevice::WriteOnly);
        gzip.write(xml);
        gzip.finish();
        benchmark::DoNotOptimize(bytes.data());
    }
    reportXml(state);
}

} // namespace

BENCHMARK(BM_WriteSet)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteSetToFile)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Baseline_SerializeXml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Baseline_GzipXml)->Unit(benchmark::kMillisecond);

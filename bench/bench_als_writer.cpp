// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a Live Set: an eight-track, three-minute song (124 BPM, 93 bars, sixteenth hi-hats, a
// four-on-the-floor kick, bass, chords, lead, pads: about 4,800 notes) written as a .als, against
// baselines measured in the same run on the same XML: gzip-compressing those bytes alone (the
// container's share) and serialising the set to uncompressed XML (the XML's share).
#include "als/alswriter.h"
#include "als/gzipwritedevice.h"

#include "benchsupport.h"

#include <QBuffer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qt::Literals::StringLiterals;
using namespace musiaia::als;

namespace {

MidiNote note(int pitch, double start, double duration, double velocity)
{
    MidiNote n;
    n.pitch = pitch;
    n.start = start;
    n.duration = duration;
    n.velocity = velocity;
    return n;
}

// A house song: one arrangement clip per track over the whole song, with the note density of the
// real thing.
LiveSet songSet(int bars)
{
    LiveSet set;
    set.tempo = 124.0;
    set.scale = Scale{9, ScaleMode::Minor};
    QList<MidiNote> kick, hats, snare, bass, chords, lead, pad, perc;
    for (int step = 0; step < bars * 16; ++step) {
        const double t = step * 0.25;
        hats.append(note(42, t, 0.125, step % 2 ? 70.0 : 100.0));
        if (step % 4 == 0)
            kick.append(note(36, t, 0.25, 120.0));
        if (step % 8 == 4)
            snare.append(note(38, t, 0.25, 110.0));
        if (step % 4 == 2)
            bass.append(note(33 + (step / 64) % 5, t, 0.25, 100.0));
        if (step % 16 == 0) {
            for (const int pitch : {57, 60, 64})
                chords.append(note(pitch + (step / 64) % 3, t, 3.5, 85.0));
            pad.append(note(45, t, 4.0, 70.0));
        }
        if (step % 3 == 0)
            lead.append(note(69 + step % 7, t, 0.5, 95.0));
        if (step % 16 == 14)
            perc.append(note(39, t, 0.25, 90.0));
    }
    const struct
    {
        QString name;
        int color;
        QList<MidiNote> notes;
    } parts[] = {{u"Kick"_s, 1, kick},    {u"Hats"_s, 2, hats}, {u"Snare"_s, 3, snare}, {u"Bass"_s, 10, bass},
                 {u"Chords"_s, 20, chords}, {u"Lead"_s, 30, lead}, {u"Pad"_s, 40, pad},     {u"Perc"_s, 50, perc}};
    for (const auto &part : parts) {
        Track track;
        track.name = part.name;
        track.color = part.color;
        Clip clip;
        clip.name = part.name;
        clip.length = bars * 4.0;
        clip.loop = ClipLoop{false, 0.0, clip.length, 0.0};
        clip.notes = part.notes;
        track.arrangementClips.append(clip);
        set.tracks.append(track);
    }
    set.locators = {{0.0, u"Intro"_s}, {64.0, u"Build"_s}, {128.0, u"Drop"_s}, {256.0, u"Break"_s}};
    return set;
}

// Three minutes at 124 BPM; a few bars for the CTest smoke run.
const LiveSet &song()
{
    // One log line per set written would be measured too.
    QLoggingCategory::setFilterRules(u"musiaia.als.info=false"_s);
    static const LiveSet set = songSet(musiaia::bench::smokeRun() ? 4 : 93);
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

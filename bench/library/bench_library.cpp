// SPDX-License-Identifier: GPL-3.0-or-later
// The sample library (core/library), two figures:
//  - Import: a generated library of 2,100 files (drum hits, tonal one-shots, drum and music
//    loops; WAV, AIFF, FLAC, OGG, MP3) imported into a new database, in files per second, with the
//    share of time per stage (decode, loudness, tags, analysis, names, hashing, database). Baseline:
//    reading every file's bytes once (the disk floor), measured on the same files in the same run.
//  - Search: latency of typical searches on a library of 100,000 rows (written directly, no audio),
//    as p50 and p95 over many runs of each query, against the baseline of reading one sample by its
//    id (a plain indexed SELECT through the same connection). Target: p95 under 5 ms.
#include "library/sampleimport.h"
#include "library/samplesearch.h"
#include "library/samplestore.h"
#include "library/searchfacets.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include "benchsupport.h"
#include "synthcorpus.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <random>

using namespace musiaia;
using namespace musiaia::library;

namespace {

void quiet()
{
    QLoggingCategory::setFilterRules(QStringLiteral("musiaia.*.info=false\nmusiaia.*.debug=false"));
    QStandardPaths::setTestModeEnabled(true);
}

// ---- Import ------------------------------------------------------------------------------------

struct GeneratedLibrary
{
    QTemporaryDir dir;
    QString root;
    QStringList files;
    qint64 bytes = 0;
};

const GeneratedLibrary &generatedLibrary()
{
    static const std::unique_ptr<GeneratedLibrary> library = [] {
        quiet();
        auto made = std::make_unique<GeneratedLibrary>();
        // MUSIAIA_BENCH_IMPORT_DIR keeps the generated files between runs (generating them takes
        // longer than importing them): written there when the folder does not exist, read otherwise.
        const QString kept = qEnvironmentVariable("MUSIAIA_BENCH_IMPORT_DIR");
        made->root = kept.isEmpty() ? made->dir.filePath(QStringLiteral("lib")) : kept;
        if (!kept.isEmpty() && QFileInfo(kept).isDir()) {
            QDirIterator it(kept, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                made->files << it.next();
                made->bytes += it.fileInfo().size();
            }
            std::fprintf(stderr, "reusing %lld files (%.1f MB) in %s\n",
                         static_cast<long long>(made->files.size()), double(made->bytes) / 1e6, qPrintable(kept));
            return made;
        }
        test::CorpusOptions options;
        options.oneShotsPerType = bench::smokeRun() ? 2 : 130; // 15 types
        options.drumLoops = bench::smokeRun() ? 2 : 75;
        options.musicLoops = bench::smokeRun() ? 2 : 75;
        options.seed = 2026;
        QElapsedTimer timer;
        timer.start();
        const QList<test::CorpusItem> items = test::writeSyntheticCorpus(made->root, options);
        for (const test::CorpusItem &item : items) {
            made->files << item.path;
            made->bytes += QFileInfo(item.path).size();
        }
        std::fprintf(stderr, "generated %lld files (%.1f MB) in %.1f s\n",
                     static_cast<long long>(made->files.size()), double(made->bytes) / 1e6,
                     double(timer.elapsed()) / 1000.0);
        return made;
    }();
    return *library;
}

double g_readSecondsPerFile = 0;   // the baseline's wall time per file, for the imports' ratios

// Process CPU time (every thread), in seconds: the shared machine's load stretches wall times.
double processCpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// The floor: every file's bytes read once (from the page cache after the first pass, as the import
// sees them too).
void BM_Import_ReadBytesBaseline(benchmark::State &state)
{
    const GeneratedLibrary &library = generatedLibrary();
    QElapsedTimer wall;
    wall.start();
    for (auto _ : state) {
        qint64 read = 0;
        for (const QString &path : library.files) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                read += file.readAll().size();
        }
        benchmark::DoNotOptimize(read);
    }
    g_readSecondsPerFile = double(wall.nsecsElapsed()) / 1e9 / double(library.files.size())
        / double(std::max<benchmark::IterationCount>(1, state.iterations()));
    state.counters["files_per_s"] = benchmark::Counter(
        double(library.files.size()) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Import_ReadBytesBaseline)->Unit(benchmark::kMillisecond)->UseRealTime();

// A full import into a new database: scan, decode, analyse, hash, write.
void BM_Import_NewLibrary(benchmark::State &state)
{
    const GeneratedLibrary &library = generatedLibrary();
    ImportReport last;
    int round = 0;
    double cpuSeconds = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dbDir;
        store::Database database(dbDir.filePath(QStringLiteral("library-%1.sqlite").arg(++round)));
        if (!database.open()) {
            state.SkipWithError("cannot open the database");
            break;
        }
        state.ResumeTiming();
        const double cpuBefore = processCpuSeconds();
        auto report = importFolder(database, library.root);
        cpuSeconds += processCpuSeconds() - cpuBefore;
        if (!report) {
            state.SkipWithError(qPrintable(report.errorMessage()));
            break;
        }
        last = *report;
        state.PauseTiming();
        database.closeThreadConnection();
        state.ResumeTiming();
    }
    if (last.found == 0)
        return;
    state.counters["files"] = last.found;
    state.counters["files_per_s"]
        = benchmark::Counter(double(last.found) * double(state.iterations()), benchmark::Counter::kIsRate);
    // CPU seconds of every thread per file, and the wall time per file against reading its bytes.
    state.counters["cpu_ms_per_file"] = 1000 * cpuSeconds / double(state.iterations()) / last.found;
    if (g_readSecondsPerFile > 0)
        state.counters["x_read_baseline"] = last.wallSeconds / last.found / g_readSecondsPerFile;
    // Shares of the work (CPU seconds summed over the analysis threads, plus the writer's).
    const StageTimes &t = last.times;
    const double analysis = t.features + t.pitch + t.tempo + t.key;
    const double total = t.decode + t.loudness + t.tags + analysis + t.names + last.hashSeconds
        + last.writeSeconds + last.scanSeconds;
    if (total > 0) {
        state.counters["share_decode_pct"] = 100 * t.decode / total;
        state.counters["share_loudness_pct"] = 100 * t.loudness / total;
        state.counters["share_tags_pct"] = 100 * t.tags / total;
        state.counters["share_analysis_pct"] = 100 * analysis / total;
        state.counters["share_names_pct"] = 100 * t.names / total;
        state.counters["share_hash_pct"] = 100 * last.hashSeconds / total;
        state.counters["share_database_pct"] = 100 * last.writeSeconds / total;
        state.counters["share_scan_pct"] = 100 * last.scanSeconds / total;
        std::fprintf(
            stderr,
            "import: %d files, %.2f s wall; stages (s): decode %.2f, loudness %.2f, tags %.2f, analysis %.2f "
            "(features %.2f, pitch %.2f, tempo %.2f, key %.2f), names %.2f, hashing %.2f, database %.2f, "
            "scan %.2f\n",
            last.found, last.wallSeconds, t.decode, t.loudness, t.tags, analysis, t.features, t.pitch,
            t.tempo, t.key, t.names, last.hashSeconds, last.writeSeconds, last.scanSeconds);
    }
}
BENCHMARK(BM_Import_NewLibrary)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

// Importing the same folder again: nothing changed, nothing is analysed.
void BM_Import_UnchangedAgain(benchmark::State &state)
{
    const GeneratedLibrary &library = generatedLibrary();
    QTemporaryDir dbDir;
    store::Database database(dbDir.filePath(QStringLiteral("again.sqlite")));
    if (!database.open() || !importFolder(database, library.root)) {
        state.SkipWithError("the first import failed");
        return;
    }
    for (auto _ : state) {
        auto report = importFolder(database, library.root);
        if (!report || report->unchanged != report->found) {
            state.SkipWithError("the second import was not incremental");
            break;
        }
    }
    state.counters["files_per_s"] = benchmark::Counter(
        double(library.files.size()) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Import_UnchangedAgain)->Unit(benchmark::kMillisecond)->UseRealTime();

// ---- Search ------------------------------------------------------------------------------------

struct SearchLibrary
{
    QTemporaryDir dir;
    std::unique_ptr<store::Database> database;
    int rows = 0;
};

const char *const Adjectives[]
    = { "Dark", "Deep",   "Warm",  "Punchy", "Dusty", "Bright", "Crisp", "Fat", "Lofi", "Hard",
        "Soft", "Analog", "Vinyl", "Tight",  "Wide",  "Gritty", "Clean", "Sub", "Airy", "Metallic" };
const char *const Packs[]
    = { "Deep House Essentials", "Techno Tools", "Trap Bangers",   "Lofi Dust",   "Afro Grooves",
        "DnB Rollers",           "Garage Swing", "Minimal Clicks", "Disco Edits", "Cinematic Textures" };

// 100,000 rows written straight into the tables the import fills (samples with their resolved
// fields, tags, the FTS index), through statements prepared once: the import's own path analyses
// audio and would take hours for this many.
const SearchLibrary &searchLibrary()
{
    static const std::unique_ptr<SearchLibrary> library = [] {
        quiet();
        auto made = std::make_unique<SearchLibrary>();
        made->rows = bench::smokeRun() ? 2000 : 100000;
        // MUSIAIA_BENCH_SEARCH_DB keeps the database for a look at query plans (sqlite3, EXPLAIN).
        const QString kept = qEnvironmentVariable("MUSIAIA_BENCH_SEARCH_DB");
        if (!kept.isEmpty())
            QFile::remove(kept);
        made->database = std::make_unique<store::Database>(
            kept.isEmpty() ? made->dir.filePath(QStringLiteral("search.sqlite")) : kept);
        if (!made->database->open())
            qFatal("cannot open the benchmark database");
        SampleStore store(*made->database);
        const qint64 folder = store.addFolder(QStringLiteral("/samples")).value();
        auto db = made->database->connection().value();
        auto sample = store::prepare(
            db,
            QStringLiteral("INSERT INTO samples (id, folder_id, path, relative_dir, name, size, mtime, "
                           "content_hash, format, encoding,"
                           " duration, sample_rate, channels, bit_depth, loudness, peak, missing, "
                           "analysis_version, imported_at,"
                           " analysed_at, type, type_confidence, type_source, kind, kind_confidence, "
                           "kind_source, bpm, bpm_confidence,"
                           " bpm_source, key_code, key_confidence, key_source)"
                           " VALUES (?, ?, ?, ?, ?, ?, 1, ?, 'wav', 'pcm24', ?, 44100, 2, 24, ?, -1.0, 0, 1, "
                           "'2026-01-01', '2026-01-01',"
                           " ?, ?, 'name', ?, 0.9, 'analysis', ?, 0.8, 'analysis', ?, 0.7, 'analysis')"));
        auto text = store::prepare(
            db, QStringLiteral("INSERT INTO samples_fts (rowid, name, folder, tags, facets) VALUES (?, ?, ?, ?, ?)"));
        auto tag = store::prepare(db, QStringLiteral("INSERT OR IGNORE INTO tags (id, name) VALUES (?, ?)"));
        auto link = store::prepare(
            db, QStringLiteral("INSERT INTO sample_tags (sample_id, tag_id, source) VALUES (?, ?, 'name')"));
        if (!sample || !text || !tag || !link)
            qFatal("cannot prepare the benchmark inserts");
        const QStringList &types = sampleTypes();
        QStringList tagNames = types;
        for (const char *pack : Packs)
            tagNames << QString::fromLatin1(pack).section(QLatin1Char(' '), 0, 0).toLower();
        const auto run = [](QSqlQuery &query, std::initializer_list<QVariant> values) {
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (!store::exec(query))
                qFatal("a benchmark insert failed");
        };
        std::mt19937 rng(42);
        QElapsedTimer timer;
        timer.start();
        auto tx = store::Transaction::begin(db).value();
        for (int t = 0; t < tagNames.size(); ++t)
            run(*tag, { t + 1, tagNames.at(t) });
        for (int i = 1; i <= made->rows; ++i) {
            const int typeIndex = int(rng() % types.size());
            const QString &type = types.at(typeIndex);
            const bool loop = isLoopType(type);
            const int packIndex = int(rng() % std::size(Packs));
            const QString pack = QLatin1String(Packs[packIndex]);
            const QString name = QStringLiteral("%1 %2 %3")
                                     .arg(QLatin1String(Adjectives[rng() % std::size(Adjectives)]), type,
                                          QString::number(i));
            const QString dir
                = pack + (loop ? QStringLiteral("/Loops/") : QStringLiteral("/One Shots/")) + type;
            const double seconds = loop ? 4.0 + rng() % 12 : 0.1 + (rng() % 100) / 50.0;
            const QVariant bpm = loop ? QVariant(double(80 + rng() % 95)) : QVariant();
            const std::optional<MusicalKey> key
                = isTonalType(type) ? std::optional(MusicalKey::fromCode(int(rng() % 24))) : std::nullopt;
            run(*sample,
                { i, folder,
                  QString(QStringLiteral("/samples/") + dir + QLatin1Char('/') + name
                          + QStringLiteral(".wav")),
                  dir, name, 10000 + i, QString::number(i, 16), seconds, -8.0 - rng() % 20, type,
                  0.6 + (rng() % 40) / 100.0, loop ? loopKind() : oneShotKind(), bpm,
                  key ? QVariant(key->code()) : QVariant() });
            run(*link, { i, typeIndex + 1 });
            run(*link, { i, int(types.size()) + packIndex + 1 });
            // The pack's name as the tag (the type's words come with the type).
            const SampleSearchText words = sampleSearchText(
                name, dir, { tagNames.at(int(types.size()) + packIndex) },
                { type, loop ? loopKind() : oneShotKind(),
                  bpm.isValid() ? std::optional(bpm.toDouble()) : std::nullopt, key, QString() });
            run(*text, { i, words.name, words.folder, words.tags, words.facets });
        }
        // What the import does after writing (sampleimport.cpp): merge the text index, refresh
        // the planner's statistics.
        if (!tx.commit()
            || !store::execStatement(db, QStringLiteral("INSERT INTO samples_fts(samples_fts) VALUES ('optimize')"))
            || !store::execStatement(db, QStringLiteral("PRAGMA analysis_limit = 1000"))
            || !store::execStatement(db, QStringLiteral("ANALYZE")))
            qFatal("committing the benchmark rows failed");
        std::fprintf(stderr, "wrote %d search rows in %.1f s\n", made->rows,
                     double(timer.elapsed()) / 1000.0);
        return made;
    }();
    return *library;
}

double g_baselineP50 = 0;
double g_baselineP95 = 0;

// This thread's CPU time in ms: with other work on the machine, a run's wall time also holds the
// time it waited for a core, which the p95 of a few-ms query mostly is.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Runs `query` once per iteration, timing each run; reports p50 and p95 in ms (wall, and this
// thread's CPU time) and as a ratio of the by-id baseline.
template<typename Query> void measureLatency(benchmark::State &state, Query query, bool baseline = false)
{
    std::vector<double> ms;
    std::vector<double> cpuMs;
    ms.reserve(4096);
    cpuMs.reserve(4096);
    QElapsedTimer timer;
    for (auto _ : state) {
        const double cpuStart = threadCpuMs();
        timer.start();
        const int found = query();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpuMs.push_back(threadCpuMs() - cpuStart);
        if (found < 0) {
            state.SkipWithError("the query failed");
            return;
        }
        benchmark::DoNotOptimize(found);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpuMs.begin(), cpuMs.end());
    const auto percentile = [](const std::vector<double> &sorted, std::size_t per100) {
        return sorted.at(std::min(sorted.size() - 1, sorted.size() * per100 / 100));
    };
    const double p50 = percentile(ms, 50);
    const double p95 = percentile(ms, 95);
    state.counters["p50_ms"] = p50;
    state.counters["p95_ms"] = p95;
    state.counters["p50_cpu_ms"] = percentile(cpuMs, 50);
    state.counters["p95_cpu_ms"] = percentile(cpuMs, 95);
    state.counters["rows"] = searchLibrary().rows;
    if (baseline) {
        g_baselineP50 = p50;
        g_baselineP95 = p95;
    } else if (g_baselineP50 > 0) {
        state.counters["p50_x_byid"] = p50 / g_baselineP50;
        state.counters["p95_x_byid"] = p95 / g_baselineP95;
    }
}

void BM_Search_ByIdBaseline(benchmark::State &state)
{
    const SearchLibrary &library = searchLibrary();
    auto db = library.database->connection().value();
    std::mt19937 rng(7);
    const QString sql = QStringLiteral("SELECT ") + SampleStore::sampleColumns(QStringLiteral("s"))
        + QStringLiteral(" FROM samples s WHERE s.id = ?");
    measureLatency(
        state,
        [&] {
            auto query = store::prepare(db, sql);
            if (!query)
                return -1;
            query->addBindValue(qint64(1 + rng() % library.rows));
            if (!store::exec(*query))
                return -1;
            int n = 0;
            while (query->next())
                n += SampleStore::recordFromQuery(*query).id > 0;
            return n;
        },
        true);
}
BENCHMARK(BM_Search_ByIdBaseline)->Unit(benchmark::kMicrosecond)->Iterations(2000);

void searchCase(benchmark::State &state, const SampleQuery &query)
{
    const SearchLibrary &library = searchLibrary();
    measureLatency(state, [&] {
        auto hits = searchSamples(*library.database, query);
        return hits ? int(hits->size()) : -1;
    });
}

SampleQuery textQuery(const char *text)
{
    SampleQuery q;
    q.text = QLatin1String(text);
    return q;
}

void BM_Search_Text(benchmark::State &state)
{
    searchCase(state, textQuery("kick"));
}
BENCHMARK(BM_Search_Text)->Unit(benchmark::kMicrosecond)->Iterations(300);

void BM_Search_TwoWords(benchmark::State &state)
{
    searchCase(state, textQuery("dark kick"));
}
BENCHMARK(BM_Search_TwoWords)->Unit(benchmark::kMicrosecond)->Iterations(300);

void BM_Search_SpanishWord(benchmark::State &state)
{
    searchCase(state, textQuery("bombo"));
}
BENCHMARK(BM_Search_SpanishWord)->Unit(benchmark::kMicrosecond)->Iterations(300);

void BM_Search_TypeOneShot(benchmark::State &state)
{
    SampleQuery q;
    q.types = { QStringLiteral("snare"), QStringLiteral("clap") };
    q.kind = oneShotKind();
    searchCase(state, q);
}
BENCHMARK(BM_Search_TypeOneShot)->Unit(benchmark::kMicrosecond)->Iterations(300);

void BM_Search_LoopTempoKey(benchmark::State &state)
{
    SampleQuery q;
    q.types = { QStringLiteral("music-loop") };
    q.kind = loopKind();
    q.bpmMin = 120;
    q.bpmMax = 128;
    q.key = MusicalKey { 9, true };
    q.compatibleKeys = true;
    searchCase(state, q);
}
BENCHMARK(BM_Search_LoopTempoKey)->Unit(benchmark::kMicrosecond)->Iterations(300);

void BM_Search_TextTypeTempoFolder(benchmark::State &state)
{
    SampleQuery q;
    q.text = QStringLiteral("deep");
    q.types = { QStringLiteral("drum-loop") };
    q.bpmMin = 118;
    q.bpmMax = 130;
    q.folder = QStringLiteral("/samples/Deep House Essentials");
    searchCase(state, q);
}
BENCHMARK(BM_Search_TextTypeTempoFolder)->Unit(benchmark::kMicrosecond)->Iterations(300);

// A word that has nothing to do with a wide filter (thousands of drum loops): neither the filter
// nor the text narrows the other much, the hardest case for both of the text search's routes.
void BM_Search_TextWideType(benchmark::State &state)
{
    SampleQuery q;
    q.text = QStringLiteral("warm");
    q.types = { QStringLiteral("drum-loop") };
    searchCase(state, q);
}
BENCHMARK(BM_Search_TextWideType)->Unit(benchmark::kMicrosecond)->Iterations(300);

// The same with a tempo range (1,700 loops in 118-130 BPM) and with a key and its neighbours
// (10,000 tonal samples): filters the musician sets in the browser, again wider than a list of
// candidates.
void BM_Search_TextWideTempo(benchmark::State &state)
{
    SampleQuery q;
    q.text = QStringLiteral("dusty");
    q.bpmMin = 118;
    q.bpmMax = 130;
    searchCase(state, q);
}
BENCHMARK(BM_Search_TextWideTempo)->Unit(benchmark::kMicrosecond)->Iterations(300);

void BM_Search_TextWideKey(benchmark::State &state)
{
    SampleQuery q;
    q.text = QStringLiteral("bright");
    q.key = MusicalKey { 9, true };
    q.compatibleKeys = true;
    searchCase(state, q);
}
BENCHMARK(BM_Search_TextWideKey)->Unit(benchmark::kMicrosecond)->Iterations(300);

void BM_Search_Everything(benchmark::State &state)
{
    searchCase(state, SampleQuery {}); // no criterion: the first page of the whole library by name
}
BENCHMARK(BM_Search_Everything)->Unit(benchmark::kMicrosecond)->Iterations(300);

} // namespace

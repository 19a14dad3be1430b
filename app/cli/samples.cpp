// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia samples ...`: the sample library from the command line. The verbs parse and print; the
// work is core/library's.
#include "samples.h"

#include "commandline.h"

#include "library/sampleimport.h"
#include "library/samplesearch.h"
#include "library/samplestore.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::cli {
namespace {

using namespace musiaia::library;

const QString verb = u"samples"_s;

std::atomic_bool g_interrupted = false;

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

void printJson(const QJsonValue &value)
{
    out() << QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                               : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
          << Qt::flush;
}

// The folder a search is limited to. The table prints names relative to their imported folder
// ("Drums/Hats/Closed 01"), so "--folder Drums/Hats" means that folder inside an imported one when
// no such folder is here; a path that exists, or an absolute one, is taken as it is.
Result<QString> searchFolder(const SampleStore &store, const QString &given)
{
    const QFileInfo here(given);
    if (here.isDir())
        return here.canonicalFilePath();
    if (here.isAbsolute())
        return QDir::cleanPath(given); // gone from disk: its samples are "missing", still listed
    const auto folders = store.folders();
    if (!folders)
        return folders.error();
    QStringList found;
    for (const SampleFolder &imported : *folders) {
        const QFileInfo inside(QDir(imported.path).filePath(given));
        if (inside.isDir())
            found << inside.canonicalFilePath();
    }
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return Error{ErrorCode::NotFound,
                     u"no folder \u201c%1\u201d here or inside an imported folder (musiaia samples folders lists them)"_s.arg(given)};
    return Error{ErrorCode::InvalidArgument,
                 u"\u201c%1\u201d is in several imported folders; give the whole path:\n  %2"_s.arg(given, found.join(u"\n  "_s))};
}

// Parses `arguments` for `subverb`; prints help and returns 0, or an error and returns 2, when the
// caller should stop.
std::optional<int> parse(QCommandLineParser &parser, const QString &subverb, const QString &usage, const QStringList &arguments)
{
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    if (!parser.parse(QStringList{u"musiaia samples "_s + subverb} + arguments))
        return fail(verb + u' ' + subverb, parser.errorText(), 2);
    if (parser.isSet(help)) {
        out() << "Usage: " << usage << "\n\n" << parser.helpText().section(u'\n', 2) << Qt::flush;
        return 0;
    }
    return std::nullopt;
}

Result<store::Database> openDatabase()
{
    store::Database database;
    if (auto opened = database.open(); !opened)
        return opened.error();
    return database;
}

QString formatDuration(double seconds)
{
    return seconds < 10 ? QString::number(seconds, 'f', 2) + u's' : QString::number(seconds, 'f', 1) + u's';
}

QString knownText(const std::optional<Known<QString>> &value)
{
    return value ? value->value : u"?"_s;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print the report as JSON."_s);
    const QCommandLineOption quiet(u"quiet"_s, u"No progress on stderr."_s);
    const QCommandLineOption threads(u"threads"_s, u"Analysis threads (default: one per core)."_s, u"N"_s);
    parser.addOptions({json, quiet, threads});
    parser.addPositionalArgument(u"folder"_s, u"The folder of samples to import (again)."_s);
    if (auto stop = parse(parser, u"import"_s, u"musiaia samples import FOLDER [--json] [--quiet]"_s, arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return fail(verb, u"give one folder: musiaia samples import ~/Samples"_s, 2);
    const QString folder = QDir::cleanPath(QFileInfo(parser.positionalArguments().first()).absoluteFilePath());

    auto database = openDatabase();
    if (!database)
        return fail(verb, database.errorMessage());

    const bool terminal = isatty(fileno(stderr));
    const bool showProgress = !parser.isSet(quiet);
    QMutex printing;
    QElapsedTimer sinceLastLine;
    sinceLastLine.start();
    ImportOptions options;
    options.threads = parser.value(threads).toInt();
    g_interrupted = false;
    auto previous = std::signal(SIGINT, onInterrupt);
    const auto result = importFolder(*database, folder, options, &g_interrupted, [&](const ImportProgress &progress) {
        if (!showProgress)
            return;
        QMutexLocker lock(&printing);
        const bool last = progress.done == progress.total;
        if (terminal) {
            err() << "\r\x1b[K[" << progress.done << '/' << progress.total << "] " << QFileInfo(progress.currentFile).fileName()
                  << (last ? "\n" : "") << Qt::flush;
        } else if (last || progress.done == 0 || sinceLastLine.elapsed() >= 1000) {
            err() << "importing: " << progress.done << " of " << progress.total << " files"
                  << (progress.currentFile.isEmpty() ? QString() : u", "_s + QFileInfo(progress.currentFile).fileName()) << '\n'
                  << Qt::flush;
            sinceLastLine.restart();
        }
    });
    std::signal(SIGINT, previous);
    if (!result)
        return fail(verb, result.errorMessage());
    const ImportReport &report = *result;
    if (parser.isSet(json)) {
        printJson(report.toJson());
    } else {
        out() << (report.cancelled ? "Import cancelled (run it again to carry on): " : "Imported ") << report.folder << '\n'
              << "  " << report.found << " audio files: " << report.added << " added, " << report.updated << " analysed again, "
              << report.unchanged << " unchanged, " << report.moved << " moved, " << report.restored << " back, "
              << report.missing << " now missing\n";
        if (report.skipped() > 0) {
            QStringList parts;
            for (auto it = report.skippedByExtension.cbegin(); it != report.skippedByExtension.cend(); ++it)
                parts << u"%1 .%2"_s.arg(it.value()).arg(it.key().isEmpty() ? u"(none)"_s : it.key());
            if (report.hidden > 0)
                parts << u"%1 hidden"_s.arg(report.hidden);
            out() << "  skipped " << report.skipped() << " other files: " << parts.join(u", "_s) << '\n';
        }
        if (!report.problems.isEmpty()) {
            QStringList counts;
            const auto byKind = report.problemCounts();
            for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
                counts << u"%1 %2"_s.arg(it.value()).arg(it.key());
            out() << "  " << report.problems.size() << " could not be imported (" << counts.join(u", "_s) << "):\n";
            for (const FileProblemReport &problem : report.problems)
                out() << "    " << QDir(report.folder).relativeFilePath(problem.path) << ": " << problem.message << '\n';
        }
        out() << Qt::flush;
    }
    return report.cancelled ? 130 : 0;
}

void printHits(const QList<SampleHit> &hits)
{
    out() << u"%1  %2 %3 %4 %5 %6  %7\n"_s.arg(u"ID"_s, 6)
                 .arg(u"TYPE"_s, -10)
                 .arg(u"KIND"_s, -8)
                 .arg(u"BPM"_s, 6)
                 .arg(u"KEY"_s, -4)
                 .arg(u"LENGTH"_s, 7)
                 .arg(u"NAME"_s);
    for (const SampleHit &hit : hits) {
        const SampleRecord &s = hit.sample;
        out() << u"%1  %2 %3 %4 %5 %6  %7"_s.arg(s.id, 6)
                     .arg(knownText(s.type), -10)
                     .arg(knownText(s.kind), -8)
                     .arg(s.bpm ? QString::number(s.bpm->value, 'f', s.bpm->value == std::round(s.bpm->value) ? 0 : 1) : u"-"_s, 6)
                     .arg(s.key ? s.key->value.name() : u"-"_s, -4)
                     .arg(formatDuration(s.info.duration), 7)
                     .arg(s.relativeDir.isEmpty() ? s.name : s.relativeDir + u'/' + s.name)
              << (s.missing ? "  (missing)" : "") << '\n';
    }
    out() << Qt::flush;
}

int runSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption type(u"type"_s, u"Instrument types, comma-separated: "_s + sampleTypes().join(u", "_s) + u'.', u"TYPES"_s);
    const QCommandLineOption loops(u"loop"_s, u"Loops only."_s);
    const QCommandLineOption oneShots(u"one-shot"_s, u"One-shots only."_s);
    const QCommandLineOption bpm(u"bpm"_s, u"Tempo or tempo range: 124 (\u00b13 %) or 120-128."_s, u"BPM"_s);
    const QCommandLineOption key(u"key"_s, u"Key: Am, F#m, C, 8A, \"la menor\"."_s, u"KEY"_s);
    const QCommandLineOption compatible(u"compatible"_s, u"With --key: also the relative key and its neighbours on the circle of fifths."_s);
    const QCommandLineOption duration(u"duration"_s, u"Length in seconds: 2 or 0-1.5."_s, u"SECONDS"_s);
    const QCommandLineOption folder(u"folder"_s, u"Only below this folder: a path, or a folder inside an imported one (Drums/Kicks)."_s, u"FOLDER"_s);
    const QCommandLineOption limit(u"limit"_s, u"At most this many results (default 50)."_s, u"N"_s, u"50"_s);
    const QCommandLineOption missing(u"missing"_s, u"Include samples whose files are gone."_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOptions({type, loops, oneShots, bpm, key, compatible, duration, folder, limit, missing, json});
    parser.addPositionalArgument(u"words"_s, u"Words from names, folders and tags (kick, bombo, dark...)."_s, u"[WORDS...]"_s);
    if (auto stop = parse(parser, u"search"_s, u"musiaia samples search [WORDS] [--type T] [--loop|--one-shot] [--bpm B] [--key K [--compatible]] [--json]"_s,
                          arguments))
        return *stop;

    SampleQuery query;
    query.text = parser.positionalArguments().join(u' ');
    for (const QString &name : parser.value(type).split(u',', Qt::SkipEmptyParts)) {
        const auto normalised = SampleStore::normaliseValue(Field::Type, name);
        if (!normalised)
            return fail(verb, normalised.errorMessage(), 2);
        query.types << *normalised;
    }
    if (parser.isSet(loops) && parser.isSet(oneShots))
        return fail(verb, u"--loop and --one-shot exclude each other"_s, 2);
    query.kind = parser.isSet(loops) ? loopKind() : parser.isSet(oneShots) ? oneShotKind() : QString();
    if (parser.isSet(bpm)) {
        const auto range = parseRange(parser.value(bpm), 0.03);
        if (!range)
            return fail(verb, range.errorMessage(), 2);
        query.bpmMin = range->first;
        query.bpmMax = range->second;
    }
    if (parser.isSet(key)) {
        query.key = MusicalKey::parse(parser.value(key));
        if (!query.key)
            return fail(verb, u"\u201c%1\u201d is not a key (try Am, F#m, C, 8A or \"la menor\")"_s.arg(parser.value(key)), 2);
    }
    query.compatibleKeys = parser.isSet(compatible);
    if (parser.isSet(duration)) {
        const auto range = parseRange(parser.value(duration), 0.1);
        if (!range)
            return fail(verb, range.errorMessage(), 2);
        query.durationMin = range->first;
        query.durationMax = range->second;
    }
    bool limitOk = false;
    query.limit = parser.value(limit).toInt(&limitOk);
    if (!limitOk || query.limit <= 0)
        return fail(verb, u"--limit takes a positive number"_s, 2);
    query.includeMissing = parser.isSet(missing);

    auto database = openDatabase();
    if (!database)
        return fail(verb, database.errorMessage());
    if (parser.isSet(folder)) {
        const auto resolved = searchFolder(SampleStore(*database), parser.value(folder));
        if (!resolved)
            return fail(verb, resolved.errorMessage(), 2);
        query.folder = *resolved;
    }
    const auto hits = searchSamples(*database, query);
    if (!hits)
        return fail(verb, hits.errorMessage());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SampleHit &hit : *hits) {
            QJsonObject object = hit.sample.toJson();
            object.insert(u"relevance"_s, std::round(hit.relevance * 1000) / 1000);
            array.append(object);
        }
        printJson(array);
        return 0;
    }
    if (hits->isEmpty()) {
        out() << "No samples match." << Qt::endl;
        return 0;
    }
    printHits(*hits);
    return 0;
}

Result<qint64> sampleId(const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || id <= 0 || parser.positionalArguments().size() != 1)
        return makeError(ErrorCode::InvalidArgument, u"give one sample id (the first column of musiaia samples search)"_s);
    return id;
}

int runShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"id"_s, u"The sample's id."_s);
    if (auto stop = parse(parser, u"show"_s, u"musiaia samples show ID [--json]"_s, arguments))
        return *stop;
    const auto id = sampleId(parser);
    if (!id)
        return fail(verb, id.errorMessage(), 2);
    auto database = openDatabase();
    if (!database)
        return fail(verb, database.errorMessage());
    SampleStore samples(*database);
    const auto sample = samples.sample(*id);
    const auto evidence = samples.evidence(*id);
    if (!sample || !evidence)
        return fail(verb, !sample ? sample.errorMessage() : evidence.errorMessage());
    if (parser.isSet(json)) {
        QJsonObject object = sample->toJson();
        QJsonArray list;
        for (const Evidence &e : *evidence)
            list.append(QJsonObject{{u"field"_s, fieldName(e.field)}, {u"source"_s, sourceName(e.source)}, {u"value"_s, e.value},
                                    {u"confidence"_s, e.confidence}, {u"detail"_s, e.detail}});
        object.insert(u"evidence"_s, list);
        printJson(object);
        return 0;
    }
    const SampleRecord &s = *sample;
    out() << s.path << (s.missing ? "  (missing)" : "") << '\n'
          << "  " << s.info.format << ' ' << s.info.encoding << ", " << s.info.sampleRate << " Hz, " << s.info.channels
          << (s.info.channels == 1 ? " channel" : " channels") << ", " << formatDuration(s.info.duration)
          << (s.loudness ? u", %1 LUFS"_s.arg(*s.loudness, 0, 'f', 1) : QString()) << u", peak %1 dBFS"_s.arg(s.peakDb, 0, 'f', 1)
          << '\n';
    auto line = [](const char *label, const QString &value, double confidence, Source source) {
        out() << "  " << QString::fromLatin1(label).leftJustified(6) << value << u"  (%1, %2 %)"_s.arg(sourceName(source)).arg(int(std::lround(confidence * 100)))
              << '\n';
    };
    if (s.type)
        line("type", s.type->value, s.type->confidence, s.type->source);
    if (s.kind)
        line("kind", s.kind->value, s.kind->confidence, s.kind->source);
    if (s.bpm)
        line("bpm", QString::number(s.bpm->value), s.bpm->confidence, s.bpm->source);
    if (s.key)
        line("key", s.key->value.name() + u" (" + s.key->value.camelot() + u')', s.key->confidence, s.key->source);
    if (s.rootMidi)
        line("root", noteName(s.rootMidi->value), s.rootMidi->confidence, s.rootMidi->source);
    if (!s.genre.isEmpty())
        out() << "  genre " << s.genre << '\n';
    if (!s.tags.isEmpty())
        out() << "  tags  " << s.tags.join(u", "_s) << '\n';
    out() << "  evidence:\n";
    for (const Evidence &e : *evidence)
        out() << "    " << fieldName(e.field).leftJustified(8) << sourceName(e.source).leftJustified(9) << e.value.leftJustified(12)
              << u"%1 %"_s.arg(int(std::lround(e.confidence * 100)), 3) << "  " << e.detail << '\n';
    out() << Qt::flush;
    return 0;
}

int runFix(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QList<std::pair<Field, QCommandLineOption>> fields = {
        {Field::Type, QCommandLineOption(u"type"_s, u"The instrument type."_s, u"TYPE"_s)},
        {Field::Kind, QCommandLineOption(u"kind"_s, u"loop or one-shot."_s, u"KIND"_s)},
        {Field::Bpm, QCommandLineOption(u"bpm"_s, u"The tempo."_s, u"BPM"_s)},
        {Field::Key, QCommandLineOption(u"key"_s, u"The key (Am, F#m, 8A, \"la menor\")."_s, u"KEY"_s)},
        {Field::Root, QCommandLineOption(u"root"_s, u"The root note (A1; C3 = MIDI 60)."_s, u"NOTE"_s)},
        {Field::Genre, QCommandLineOption(u"genre"_s, u"The genre."_s, u"GENRE"_s)},
    };
    for (const auto &entry : fields)
        parser.addOption(entry.second);
    const QCommandLineOption clear(u"clear"_s, u"Forget your correction of these fields (comma-separated)."_s, u"FIELDS"_s);
    const QCommandLineOption tag(u"tag"_s, u"Add a tag."_s, u"TAG"_s);
    const QCommandLineOption untag(u"untag"_s, u"Remove a tag."_s, u"TAG"_s);
    parser.addOptions({clear, tag, untag});
    parser.addPositionalArgument(u"id"_s, u"The sample's id."_s);
    if (auto stop = parse(parser, u"fix"_s, u"musiaia samples fix ID [--type T] [--kind K] [--bpm B] [--key K] [--root N] [--clear FIELDS]"_s,
                          arguments))
        return *stop;
    const auto id = sampleId(parser);
    if (!id)
        return fail(verb, id.errorMessage(), 2);
    // Check every value before changing anything.
    QList<std::pair<Field, QString>> corrections;
    for (const auto &[field, option] : fields) {
        if (!parser.isSet(option))
            continue;
        const auto normalised = SampleStore::normaliseValue(field, parser.value(option));
        if (!normalised)
            return fail(verb, normalised.errorMessage(), 2);
        corrections.append({field, *normalised});
    }
    QList<Field> cleared;
    for (const QString &name : parser.value(clear).split(u',', Qt::SkipEmptyParts)) {
        const auto field = fieldFromName(name.trimmed().toLower());
        if (!field)
            return fail(verb, u"\u201c%1\u201d is not a field (type, kind, bpm, key, root, genre)"_s.arg(name), 2);
        cleared.append(*field);
    }
    if (corrections.isEmpty() && cleared.isEmpty() && !parser.isSet(tag) && !parser.isSet(untag))
        return fail(verb, u"say what to fix: musiaia samples fix 12 --type snare --bpm 126"_s, 2);

    auto database = openDatabase();
    if (!database)
        return fail(verb, database.errorMessage());
    SampleStore samples(*database);
    for (const auto &[field, value] : corrections) {
        if (auto done = samples.correct(*id, field, value); !done)
            return fail(verb, done.errorMessage());
    }
    for (Field field : cleared) {
        if (auto done = samples.clearCorrection(*id, field); !done)
            return fail(verb, done.errorMessage());
    }
    for (const QString &name : parser.values(tag)) {
        if (auto done = samples.addUserTag(*id, name); !done)
            return fail(verb, done.errorMessage());
    }
    for (const QString &name : parser.values(untag)) {
        if (auto done = samples.removeUserTag(*id, name); !done)
            return fail(verb, done.errorMessage());
    }
    return runShow({QString::number(*id)});
}

int runFolders(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOption(json);
    if (auto stop = parse(parser, u"folders"_s, u"musiaia samples folders [--json]"_s, arguments))
        return *stop;
    auto database = openDatabase();
    if (!database)
        return fail(verb, database.errorMessage());
    const auto folders = SampleStore(*database).folders();
    if (!folders)
        return fail(verb, folders.errorMessage());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SampleFolder &folder : *folders)
            array.append(folder.toJson());
        printJson(array);
        return 0;
    }
    if (folders->isEmpty())
        out() << "No sample folders yet: musiaia samples import ~/Samples\n";
    for (const SampleFolder &folder : *folders) {
        out() << folder.path << "\n  " << folder.samples << " samples, " << folder.missing << " missing, " << folder.problems
              << " could not be imported; last import " << folder.scanState
              << (folder.scanFinishedAt.isValid() ? u" "_s + folder.scanFinishedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString())
              << '\n';
    }
    out() << Qt::flush;
    return 0;
}

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOption(json);
    if (auto stop = parse(parser, u"stats"_s, u"musiaia samples stats [--json]"_s, arguments))
        return *stop;
    auto database = openDatabase();
    if (!database)
        return fail(verb, database.errorMessage());
    const auto stats = SampleStore(*database).stats();
    if (!stats)
        return fail(verb, stats.errorMessage());
    if (parser.isSet(json)) {
        printJson(stats->toJson());
        return 0;
    }
    out() << stats->samples - stats->missing << " samples in " << stats->folders << " folders (" << stats->loops << " loops, "
          << stats->oneShots << " one-shots), " << QString::number(stats->totalSeconds / 60.0, 'f', 1) << " minutes, "
          << QString::number(double(stats->totalBytes) / 1e6, 'f', 1) << " MB; " << stats->missing << " missing, "
          << stats->problems << " could not be imported\n";
    auto list = [](const char *title, const QList<std::pair<QString, int>> &counts) {
        QStringList parts;
        for (const auto &[name, count] : counts)
            parts << u"%1 %2"_s.arg(name).arg(count);
        out() << "  " << title << parts.join(u", "_s) << '\n';
    };
    list("by type: ", stats->byType);
    list("by format: ", stats->byFormat);
    list("type from: ", stats->bySource);
    out() << Qt::flush;
    return 0;
}

int runProblems(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOption(json);
    if (auto stop = parse(parser, u"problems"_s, u"musiaia samples problems [--json]"_s, arguments))
        return *stop;
    auto database = openDatabase();
    if (!database)
        return fail(verb, database.errorMessage());
    const auto problems = SampleStore(*database).problems();
    if (!problems)
        return fail(verb, problems.errorMessage());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const FileProblemReport &p : *problems)
            array.append(QJsonObject{{u"path"_s, p.path}, {u"problem"_s, problemName(p.problem)}, {u"message"_s, p.message}});
        printJson(array);
        return 0;
    }
    for (const FileProblemReport &p : *problems)
        out() << problemName(p.problem).leftJustified(18) << p.path << ": " << p.message << '\n';
    out() << Qt::flush;
    return 0;
}

int runRemoveFolder(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"folder"_s, u"An imported folder (see musiaia samples folders)."_s);
    if (auto stop = parse(parser, u"remove-folder"_s, u"musiaia samples remove-folder FOLDER"_s, arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return fail(verb, u"give one folder"_s, 2);
    const QFileInfo info(parser.positionalArguments().first());
    const QString path = info.canonicalFilePath().isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : info.canonicalFilePath();
    auto database = openDatabase();
    if (!database)
        return fail(verb, database.errorMessage());
    SampleStore samples(*database);
    const auto folder = samples.folderByPath(path);
    if (!folder)
        return fail(verb, folder.errorMessage());
    if (!*folder)
        return fail(verb, u"%1 is not an imported folder (see musiaia samples folders)"_s.arg(path));
    if (auto removed = samples.removeFolder((*folder)->id); !removed)
        return fail(verb, removed.errorMessage());
    out() << "Removed " << path << " and its " << (*folder)->samples << " samples from the library (the files stay on disk)."
          << Qt::endl;
    return 0;
}

} // namespace

int runSamples(const QStringList &arguments)
{
    static const QList<std::pair<QString, int (*)(const QStringList &)>> subverbs = {
        {u"import"_s, &runImport},   {u"search"_s, &runSearch},     {u"show"_s, &runShow},
        {u"fix"_s, &runFix},         {u"folders"_s, &runFolders},   {u"stats"_s, &runStats},
        {u"problems"_s, &runProblems}, {u"remove-folder"_s, &runRemoveFolder},
    };
    const QString first = arguments.value(0);
    for (const auto &[name, run] : subverbs) {
        if (first == name)
            return run(arguments.mid(1));
    }
    const QString usage =
        u"Usage: musiaia samples <command> [options]\n\n"
        "Commands:\n"
        "  import FOLDER        Import a folder of samples (again: only what changed is analysed)\n"
        "  search [WORDS]       Find samples by words, --type, --loop/--one-shot, --bpm, --key, --duration, --folder\n"
        "  show ID              Everything known about a sample, and where each value came from\n"
        "  fix ID --type T ...  Correct a sample's type, kind, bpm, key, root or genre (your values always win)\n"
        "  folders              The imported folders\n"
        "  stats                What the library holds\n"
        "  problems             Files that could not be imported, and why\n"
        "  remove-folder FOLDER Forget a folder's samples (the files stay)\n\n"
        "\"musiaia samples <command> --help\" explains a command's options.\n"_s;
    if (first.isEmpty() || first == u"-h" || first == u"--help") {
        out() << usage << Qt::flush;
        return first.isEmpty() ? 2 : 0;
    }
    err() << "musiaia samples: unknown command \u201c" << first << "\u201d\n\n" << usage << Qt::flush;
    return 2;
}

} // namespace musiaia::cli

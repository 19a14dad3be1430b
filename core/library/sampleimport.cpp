// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampleimport.h"

#include "common/logging.h"
#include "library/folderscan.h"
#include "library/nametokens.h"
#include "library/samplestore.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

namespace musiaia::library {
namespace {

// One file that needs work, and what became of it.
struct Work
{
    ScannedFile file;
    std::optional<KnownFile> known;   // the library's row at this path, when it changed on disk
    QString hash;
    std::optional<qint64> movedFrom;  // a gone sample with the same content
    AnalysisOutcome outcome;
    double hashSeconds = 0;
    bool skipped = false;             // cancelled before it was looked at
};

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

int ImportReport::skipped() const
{
    int total = hidden;
    for (int count : skippedByExtension)
        total += count;
    return total;
}

QMap<QString, int> ImportReport::problemCounts() const
{
    QMap<QString, int> counts;
    for (const FileProblemReport &p : problems)
        ++counts[problemName(p.problem)];
    return counts;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray problemList;
    for (const FileProblemReport &p : problems)
        problemList.append(QJsonObject{{QStringLiteral("path"), p.path}, {QStringLiteral("problem"), problemName(p.problem)},
                                       {QStringLiteral("message"), p.message}});
    QJsonObject skippedObject;
    for (auto it = skippedByExtension.cbegin(); it != skippedByExtension.cend(); ++it)
        skippedObject.insert(it.key().isEmpty() ? QStringLiteral("(none)") : it.key(), it.value());
    return {{QStringLiteral("folder"), folder},
            {QStringLiteral("found"), found},
            {QStringLiteral("added"), added},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("moved"), moved},
            {QStringLiteral("restored"), restored},
            {QStringLiteral("missing"), missing},
            {QStringLiteral("hidden"), hidden},
            {QStringLiteral("skippedByExtension"), skippedObject},
            {QStringLiteral("problems"), problemList},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("seconds"), std::round(wallSeconds * 100) / 100}};
}

Result<ImportReport> importFolder(const store::Database &database, const QString &folder, const ImportOptions &options,
                                  const std::atomic_bool *cancel, const ImportProgressCallback &progress)
{
    QElapsedTimer wall;
    wall.start();
    const QFileInfo rootInfo(folder);
    if (!rootInfo.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("the folder %1 does not exist").arg(folder));
    if (!rootInfo.isDir())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is not a folder").arg(folder));
    if (!rootInfo.isReadable() || !rootInfo.isExecutable())
        return makeError(ErrorCode::PermissionDenied, QStringLiteral("the folder %1 cannot be opened").arg(folder));
    const QString root = rootInfo.canonicalFilePath();
    auto isCancelled = [cancel] { return cancel && cancel->load(); };

    store::Database db = database;
    if (auto opened = db.open(); !opened)
        return opened.error();
    SampleStore samples(db);
    const auto folderId = samples.addFolder(root);
    if (!folderId)
        return folderId.error();
    if (auto state = samples.setScanState(*folderId, QStringLiteral("running")); !state)
        return state.error();

    ImportReport report;
    report.folder = root;
    QElapsedTimer stage;
    stage.start();
    FolderScan scan = scanFolder(root, cancel);
    report.scanSeconds = double(stage.nsecsElapsed()) / 1e9;
    report.found = int(scan.audio.size());
    report.hidden = scan.hidden;
    report.skippedByExtension = scan.skippedByExtension;
    report.problems = scan.problems;

    const auto known = samples.knownFiles(root);
    const auto knownProblems = samples.knownProblems(root);
    if (!known || !knownProblems)
        return !known ? known.error() : knownProblems.error();

    // Sort the files: unchanged ones cost nothing; broken ones seen before are reported again
    // without being decoded again; the rest need work.
    QList<Work> work;
    QList<std::pair<qint64, qint64>> restored;   // sample id, file time
    QSet<QString> onDisk;
    for (const ScannedFile &file : std::as_const(scan.audio)) {
        onDisk.insert(file.path);
        const auto row = known->constFind(file.path);
        if (row != known->cend() && row->size == file.size && row->mtimeMs == file.mtimeMs
            && row->analysisVersion == AnalysisVersion) {
            ++report.unchanged;
            if (row->missing)
                restored.append({row->id, file.mtimeMs});
            continue;
        }
        const auto problem = knownProblems->constFind(file.path);
        if (row == known->cend() && problem != knownProblems->cend() && problem->size == file.size
            && problem->mtimeMs == file.mtimeMs) {
            report.problems.append({file.path, problem->problem, problem->message});
            continue;
        }
        Work item;
        item.file = file;
        if (row != known->cend())
            item.known = *row;
        work.append(item);
    }

    QThreadPool pool;
    pool.setMaxThreadCount(options.threads > 0 ? options.threads : QThread::idealThreadCount());
    std::atomic_int done = 0;
    const int total = int(work.size());
    QMutex timesMutex;
    QSet<qint64> claimed;   // gone samples already matched to a new path in this import
    auto report1 = [&](const QString &path) {
        const int finished = ++done;
        if (progress)
            progress(ImportProgress{finished, total, path});
    };
    if (progress)
        progress(ImportProgress{0, total, QString()});

    const int batchSize = std::max(1, options.batchSize);
    for (qsizetype start = 0; start < work.size() && !isCancelled(); start += batchSize) {
        QList<Work> batch = work.mid(start, batchSize);

        // 1. Fingerprints, in parallel; then, in order, which new files are moved samples.
        QtConcurrent::blockingMap(&pool, batch, [&](Work &item) {
            if (isCancelled()) {
                item.skipped = true;
                return;
            }
            QElapsedTimer timer;
            timer.start();
            item.hash = contentFingerprint(item.file.path, item.file.size);
            item.hashSeconds = double(timer.nsecsElapsed()) / 1e9;
        });
        for (Work &item : batch) {
            report.hashSeconds += item.hashSeconds;
            if (item.skipped || item.known || item.hash.isEmpty())
                continue;
            const auto from = samples.movedFrom(item.hash, item.file.size);
            if (!from)
                return from.error();
            if (*from && !claimed.contains(**from)) {
                item.movedFrom = *from;
                claimed.insert(**from);
            }
        }

        // 2. Analysis of everything else, in parallel.
        QtConcurrent::blockingMap(&pool, batch, [&](Work &item) {
            if (item.skipped || isCancelled()) {
                item.skipped = true;
                return;
            }
            if (item.movedFrom) {
                report1(item.file.path);
                return;
            }
            if (item.hash.isEmpty()) {
                // The fingerprint read failed: let the decoder say why.
                item.outcome = analyseSample(item.file.path, item.file.folders);
                if (item.outcome.analysis) {
                    item.outcome = {};
                    item.outcome.problem = Problem::Unreadable;
                    item.outcome.message = QStringLiteral("the file could not be read to the end");
                }
            } else {
                item.outcome = analyseSample(item.file.path, item.file.folders);
            }
            {
                QMutexLocker lock(&timesMutex);
                if (item.outcome.analysis)
                    report.times += item.outcome.analysis->times;
            }
            report1(item.file.path);
        });

        // 3. One transaction for the batch.
        QElapsedTimer writeTimer;
        writeTimer.start();
        auto connection = db.connection();
        if (!connection)
            return connection.error();
        auto tx = store::Transaction::begin(*connection);
        if (!tx)
            return tx.error();
        for (const Work &item : std::as_const(batch)) {
            if (item.skipped)
                continue;
            ImportedFile imported{*folderId, item.file.path, item.file.relativeDir, item.file.size, item.file.mtimeMs,
                                  item.hash, {}};
            if (item.movedFrom) {
                const NameHints names = parseNameHints(QFileInfo(item.file.path).completeBaseName(), item.file.folders);
                if (auto moved = samples.moveSample(*connection, *item.movedFrom, imported, names.evidence, names.tags); !moved)
                    return moved.error();
                ++report.moved;
                continue;
            }
            if (!item.outcome.analysis) {
                if (auto recorded = samples.recordProblem(*connection, *folderId, item.file.path, item.file.size,
                                                          item.file.mtimeMs, item.outcome.problem, item.outcome.message);
                    !recorded)
                    return recorded.error();
                report.problems.append({item.file.path, item.outcome.problem, item.outcome.message});
                // A sample whose file broke cannot be used any more.
                if (item.known) {
                    if (auto marked = samples.markMissing(*connection, {item.known->id}); !marked)
                        return marked.error();
                }
                continue;
            }
            imported.analysis = *item.outcome.analysis;
            if (auto written = samples.writeSample(*connection, imported); !written)
                return written.error();
            ++(item.known ? report.updated : report.added);
        }
        if (auto committed = tx->commit(); !committed)
            return committed.error();
        report.writeSeconds += double(writeTimer.nsecsElapsed()) / 1e9;
        qCDebug(lcLibrary) << "import batch written:" << batch.size() << "files," << fileName(batch.last().file.path);
    }
    report.cancelled = isCancelled() || scan.cancelled;

    // Files that came back, and (when the whole folder was walked) files that are gone.
    {
        auto connection = db.connection();
        if (!connection)
            return connection.error();
        auto tx = store::Transaction::begin(*connection);
        if (!tx)
            return tx.error();
        for (const auto &[id, mtime] : std::as_const(restored)) {
            if (auto touched = samples.touchSample(*connection, id, mtime); !touched)
                return touched.error();
        }
        report.restored = int(restored.size());
        if (!scan.cancelled) {
            QList<qint64> gone;
            for (auto it = known->cbegin(); it != known->cend(); ++it) {
                if (!onDisk.contains(it.key()) && !it->missing && !claimed.contains(it->id))
                    gone.append(it->id);
            }
            const auto marked = samples.markMissing(*connection, gone);
            if (!marked)
                return marked.error();
            report.missing = *marked;
            for (auto it = knownProblems->cbegin(); it != knownProblems->cend(); ++it) {
                if (!onDisk.contains(it.key())) {
                    if (auto cleared = samples.clearProblem(*connection, it.key()); !cleared)
                        return cleared.error();
                }
            }
        }
        if (auto committed = tx->commit(); !committed)
            return committed.error();
    }
    // After a change, the text index is merged into one segment (prefix searches then read one list
    // per word) and the planner's statistics are refreshed (the covering indexes of the search are
    // chosen from them). Both cost a fraction of a second on 100,000 samples, against hours of
    // analysis for that many.
    if (report.added + report.updated + report.moved + report.missing > 0) {
        QElapsedTimer upkeep;
        upkeep.start();
        auto connection = db.connection();
        if (!connection)
            return connection.error();
        for (const QString &statement : {QStringLiteral("INSERT INTO samples_fts(samples_fts) VALUES ('optimize')"),
                                         QStringLiteral("PRAGMA analysis_limit = 1000"), QStringLiteral("ANALYZE")}) {
            if (auto ran = store::execStatement(*connection, statement); !ran)
                return ran.error();
        }
        report.writeSeconds += double(upkeep.nsecsElapsed()) / 1e9;
    }
    if (auto state = samples.setScanState(*folderId, report.cancelled ? QStringLiteral("cancelled") : QStringLiteral("complete"));
        !state)
        return state.error();
    report.wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    logging::event(lcLibrary(), QStringLiteral("sample import finished"),
                   {{QStringLiteral("found"), report.found}, {QStringLiteral("added"), report.added},
                    {QStringLiteral("updated"), report.updated}, {QStringLiteral("moved"), report.moved},
                    {QStringLiteral("missing"), report.missing}, {QStringLiteral("problems"), int(report.problems.size())},
                    {QStringLiteral("cancelled"), report.cancelled}});
    return report;
}

SampleImporter::SampleImporter(const store::Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
    qRegisterMetaType<musiaia::library::ImportReport>();
}

SampleImporter::~SampleImporter()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool SampleImporter::start(const QString &folder, const ImportOptions &options)
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait();
    m_cancel = false;
    m_thread.reset(QThread::create([this, folder, options] {
        const auto result = importFolder(m_database, folder, options, &m_cancel, [this](const ImportProgress &p) {
            Q_EMIT progressChanged(p.done, p.total, p.currentFile);
        });
        if (result)
            Q_EMIT finished(*result);
        else
            Q_EMIT failed(result.errorMessage());
    }));
    m_thread->start();
    return true;
}

void SampleImporter::cancel()
{
    m_cancel = true;
}

bool SampleImporter::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace musiaia::library

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "library/sampleanalysis.h"
#include "library/sampletypes.h"
#include "store/database.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace musiaia::library {

struct ImportProgress
{
    int done = 0;          // files finished (analysed, recognised or failed)
    int total = 0;         // files that need work in this import
    QString currentFile;
};

struct ImportOptions
{
    int batchSize = 32;    // files per transaction: a killed import loses at most one batch
    int threads = 0;       // analysis threads; 0 = one per core
};

// What an import did, file by file where something went wrong.
struct ImportReport
{
    QString folder;
    int found = 0;          // audio files on disk
    int added = 0;          // new in the library
    int updated = 0;        // changed on disk (or analysed by an older MusiaIA) and analysed again
    int unchanged = 0;      // not analysed again
    int moved = 0;          // recognised by content at a new path
    int restored = 0;       // were missing, are back at the same path
    int missing = 0;        // newly marked missing (deleted or moved out of the folder)
    int hidden = 0;         // dot files skipped
    QMap<QString, int> skippedByExtension;
    QList<FileProblemReport> problems;   // every file that could not be imported, with why
    bool cancelled = false;

    StageTimes times;       // summed over files (analysis threads run in parallel)
    double scanSeconds = 0;
    double hashSeconds = 0;
    double writeSeconds = 0;
    double wallSeconds = 0;

    int skipped() const;
    QMap<QString, int> problemCounts() const;   // "truncated" -> 2, ...
    QJsonObject toJson() const;
};

using ImportProgressCallback = std::function<void(const ImportProgress &)>;

// Imports `folder` into the library, incrementally: files whose size and time are unchanged are
// not analysed again; a new file whose content matches a sample that is gone is the same sample,
// moved (its analysis and corrections stay); samples whose files are gone are marked missing.
// Analysis runs on a thread pool; results are written in batches, each in one transaction, so a
// cancelled or killed import keeps what it finished and the next one carries on without
// duplicates. `progress` is called from the analysis threads. Checks `cancel` between files.
Result<ImportReport> importFolder(const store::Database &database, const QString &folder,
                                  const ImportOptions &options = {}, const std::atomic_bool *cancel = nullptr,
                                  const ImportProgressCallback &progress = {});

// Runs importFolder() on its own thread for the GUI: progress and the report arrive as signals on
// the owner's thread; cancel() stops it between files. Destroying it cancels and waits.
class SampleImporter final : public QObject
{
    Q_OBJECT

public:
    explicit SampleImporter(const store::Database &database, QObject *parent = nullptr);
    ~SampleImporter() override;

    // Returns false when an import is already running.
    bool start(const QString &folder, const ImportOptions &options = {});
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progressChanged(int done, int total, const QString &currentFile);
    void finished(const musiaia::library::ImportReport &report);
    void failed(const QString &message);

private:
    store::Database m_database;
    std::atomic_bool m_cancel = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace musiaia::library

Q_DECLARE_METATYPE(musiaia::library::ImportReport)

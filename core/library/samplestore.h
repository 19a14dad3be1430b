// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "library/sampleanalysis.h"
#include "library/sampletypes.h"
#include "store/database.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace musiaia::library {

// A file found on disk, as the import writes it.
struct ImportedFile
{
    qint64 folderId = 0;
    QString path;
    QString relativeDir;
    qint64 size = 0;
    qint64 mtimeMs = 0;
    QString contentHash;
    SampleAnalysis analysis;
};

// What the library already has at a path, for an incremental import.
struct KnownFile
{
    qint64 id = 0;
    qint64 size = 0;
    qint64 mtimeMs = 0;
    int analysisVersion = 0;
    bool missing = false;
};

struct KnownProblem
{
    qint64 size = 0;
    qint64 mtimeMs = 0;
    Problem problem = Problem::None;
    QString message;
};

// The sample tables (core/store's migration 1). Every method takes the calling thread's connection
// from the Database; write methods that touch several rows run in one transaction, and callers
// that batch (the import) wrap many calls in their own transaction instead.
class SampleStore
{
public:
    explicit SampleStore(const store::Database &database) : m_database(database) {}

    const store::Database &database() const { return m_database; }

    // Folders.
    Result<qint64> addFolder(const QString &path);
    Result<std::optional<SampleFolder>> folderByPath(const QString &path) const;
    Result<QList<SampleFolder>> folders() const;
    Result<void> setScanState(qint64 folderId, const QString &state);
    Result<void> removeFolder(qint64 folderId);

    // For the import: what is known below a folder (by path prefix, so that nested imports agree).
    Result<QHash<QString, KnownFile>> knownFiles(const QString &folderPath) const;
    Result<QHash<QString, KnownProblem>> knownProblems(const QString &folderPath) const;
    // A sample with this content whose file is gone (marked missing, or not on disk any more).
    Result<std::optional<qint64>> movedFrom(const QString &contentHash, qint64 size) const;

    // These expect to run inside the caller's transaction (see import).
    Result<qint64> writeSample(const QSqlDatabase &db, const ImportedFile &file);
    Result<void> moveSample(const QSqlDatabase &db, qint64 sampleId, const ImportedFile &file,
                            const QList<Evidence> &nameEvidence, const QStringList &nameTags);
    Result<void> touchSample(const QSqlDatabase &db, qint64 sampleId, qint64 mtimeMs);   // back from missing
    Result<void> recordProblem(const QSqlDatabase &db, qint64 folderId, const QString &path, qint64 size,
                               qint64 mtimeMs, Problem problem, const QString &message);
    Result<void> clearProblem(const QSqlDatabase &db, const QString &path);
    Result<int> markMissing(const QSqlDatabase &db, const QList<qint64> &sampleIds);

    // Reading.
    Result<SampleRecord> sample(qint64 id) const;
    Result<QList<Evidence>> evidence(qint64 id) const;   // all sources, corrections included
    Result<QList<FileProblemReport>> problems(const QString &folderPath = QString()) const;
    Result<LibraryStats> stats() const;

    // A musician's correction: it wins over every other source from now on, re-imports included.
    // The value is checked and normalised ("Snare" -> "snare", "126.0" -> "126", "la menor" -> "Am").
    Result<void> correct(qint64 sampleId, Field field, const QString &value);
    Result<void> clearCorrection(qint64 sampleId, Field field);
    Result<void> addUserTag(qint64 sampleId, const QString &tag);
    Result<void> removeUserTag(qint64 sampleId, const QString &tag);

    // Checks and normalises a value for a field; the error says what is accepted.
    static Result<QString> normaliseValue(Field field, const QString &value);

    // Reads a sample row (columns as selected by sampleColumns()).
    static SampleRecord recordFromQuery(const class QSqlQuery &query);
    static QString sampleColumns(const QString &alias);
    // How many columns sampleColumns() selects: a statement's own columns after them start here.
    static constexpr int SampleColumnCount = 34;

private:
    Result<void> writeEvidence(const QSqlDatabase &db, qint64 sampleId, const QList<Evidence> &evidence,
                               const QList<Source> &replacing);
    Result<void> writeTags(const QSqlDatabase &db, qint64 sampleId, const QStringList &tags, const QString &source);
    Result<void> refreshResolved(const QSqlDatabase &db, qint64 sampleId);

    store::Database m_database;
};

} // namespace musiaia::library

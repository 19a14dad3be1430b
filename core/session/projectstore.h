// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/projectfiles.h"
#include "session/sessiontypes.h"

#include "als/liveproject.h"
#include "common/result.h"
#include "store/database.h"

#include <QList>
#include <QString>

namespace musiaia::session {

struct ProjectQuery
{
    QString text;          // words to find in names, genres, keys and prompts; empty = every project
    int limit = 200;
    int offset = 0;
};

// What a finished render adds to the history. The store decides the project's name (unique on
// disk and in the database) and the version's number when it records it.
struct NewVersion
{
    qint64 projectId = 0;           // 0 = a new project named `projectName`
    QString projectName;
    qint64 parentId = 0;
    qint64 conversationId = 0;      // also becomes the conversation's current project and version
    QString prompt;
    QString language;
    QJsonObject plan;
    std::uint32_t seed = 0;
    QString provider;
    QString model;
    QString diff;
    QList<VersionChange> changes;
    QString genre;
    double tempo = 0.0;
    QString keyName;
    int bars = 0;
    double seconds = 0.0;
    QList<ChosenSample> samples;
};

// Projects and their versions: the history a musician browses, and the only code that writes
// the projects folder. Each version is written into a StagedFolder, then commitVersion() renames
// it into place and records it in one transaction, so that a crash leaves either a whole version
// on disk and in the database or nothing (recover() settles the rest on the next start).
//
// Cheap to copy; safe to use from several threads (each thread gets its own connection).
class ProjectStore
{
public:
    ProjectStore(store::Database database, QString projectsRoot);

    QString projectsRoot() const { return m_staging.projectsRoot(); }
    const StagingArea &staging() const { return m_staging; }

    // Newest first.
    Result<QList<ProjectInfo>> list(const ProjectQuery &query = {}) const;
    Result<ProjectInfo> project(qint64 projectId) const;
    // Oldest first, with their samples.
    Result<QList<VersionInfo>> versions(qint64 projectId) const;
    Result<VersionInfo> version(qint64 versionId) const;
    Result<VersionInfo> latestVersion(qint64 projectId) const;

    // The name a new project would get: `wanted`, or "wanted 2", "wanted 3" ... when a project
    // already has that name or its folder exists.
    Result<QString> freeProjectName(const QString &wanted) const;

    // Records a rendered version. `written` is the Live project written in `staged`
    // (als::writeLiveProject()); its set is renamed after the project and version ("Night Drive
    // v3.als") and its folder is placed at "<project folder>/Night Drive v3 Project". On failure
    // nothing is recorded and the staged files are left to the caller (who discards them).
    Result<VersionInfo> commitVersion(StagedFolder &staged, const als::LiveProjectPaths &written,
                                      const NewVersion &version) const;

    // Deletes the project, its versions and their folders.
    Result<void> deleteProject(qint64 projectId) const;
    // Deletes one version and its folder; the last version takes its project with it.
    Result<void> deleteVersion(qint64 versionId) const;

    // Copies a version's Live project folder into `destinationDir` (the copy is made beside and
    // renamed into place). Returns the new folder ("…/Night Drive v2 Project", or "… 2" when that
    // name is taken).
    Result<QString> exportVersion(qint64 versionId, const QString &destinationDir) const;

    // Settles what an interrupted run left behind. Call once at start.
    RecoveryReport recover() const;

private:
    Result<QList<ChosenSample>> samplesOf(const QSqlDatabase &db, qint64 versionId) const;

    store::Database m_database;
    StagingArea m_staging;
};

} // namespace musiaia::session

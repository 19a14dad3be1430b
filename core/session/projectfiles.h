// SPDX-License-Identifier: GPL-3.0-or-later
// The file-system side of projects: folder names, a staging area where versions are written before
// they are put in place with one rename, journals that let the next start finish or undo what a
// crash interrupted, and copies for export.
//
// Layout under the projects folder (store::Settings::projectsFolderPath()):
//
//     Night Drive/                         one folder per project (song)
//         Night Drive v1 Project/          one complete Live project per version
//             Night Drive v1.als
//             Ableton Project Info/
//             Samples/Imported/...
//         Night Drive v2 Project/
//             Night Drive v2.als
//     .musiaia-staging/                    work in progress; cleaned on start
//         <id>/         a version being written (becomes "Night Drive v3 Project")
//         <id>.lock     held by the process writing it
//         <id>.journal  what to finish or undo if that process dies
//
// Why one Live project per version: a musician drags any version into Live and gets exactly that
// version, with its own samples, and can copy, send or delete it alone; Live's "Collect All and
// Save" and its project-relative sample paths keep working because nothing is shared between
// versions. The song folder keeps the versions together in the Finder and in Live's browser.
#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QLockFile;

namespace musiaia::session {

// "Night Drive v2 Project" and "Night Drive v2.als" (the name made safe by
// als::sanitizeProjectName()).
QString versionFolderName(const QString &projectName, int number);
QString versionSetFileName(const QString &projectName, int number);

// Copies a folder tree (files and folders; symbolic links are copied as links). Fails, leaving
// what it copied, when a file cannot be read or written.
Result<void> copyTree(const QString &from, const QString &to);
// Removes a folder tree; succeeds when it is already gone.
Result<void> removeTree(const QString &path);

class StagingArea;

// A folder in the staging area, locked by this process until it is placed or discarded. Moving it
// moves the lock; destroying it discards what was not placed.
class StagedFolder
{
public:
    StagedFolder(StagedFolder &&other) noexcept;
    StagedFolder &operator=(StagedFolder &&other) noexcept;
    StagedFolder(const StagedFolder &) = delete;
    StagedFolder &operator=(const StagedFolder &) = delete;
    ~StagedFolder();

    // Write the version's files here (als::writeLiveProject() makes its "<Name> Project" inside).
    QString path() const { return m_path; }

    // Puts `folder` (this staged folder or one inside it) at `finalPath` (whose parent is
    // created) with one rename, after recording in a journal that `finalPath` is being placed.
    // Call commitPlacement() once the database holds the version, or undoPlacement() when it
    // could not be recorded. A crash in between is settled by StagingArea::recover(): the folder
    // stays only if the database has it.
    Result<void> place(const QString &folder, const QString &finalPath);
    void commitPlacement();
    void undoPlacement();

    // Removes the staged files (and the journal and lock). Called by the destructor.
    void discard();

private:
    friend class StagingArea;
    StagedFolder(QString stagingDir, QString id, std::unique_ptr<QLockFile> lock);

    QString m_stagingDir;
    QString m_id;
    QString m_path;
    QString m_placedFrom;
    QString m_placedAt;
    std::unique_ptr<QLockFile> m_lock;
};

// A removal in progress: the folder has been moved into the staging area (so it disappears from
// the projects folder at once) and is deleted for good by finish(), or put back by undo().
class PendingRemoval
{
public:
    PendingRemoval(PendingRemoval &&other) noexcept;
    PendingRemoval &operator=(PendingRemoval &&other) noexcept;
    PendingRemoval(const PendingRemoval &) = delete;
    PendingRemoval &operator=(const PendingRemoval &) = delete;
    ~PendingRemoval(); // undo() unless finished

    Result<void> finish();
    void undo();

private:
    friend class StagingArea;
    PendingRemoval(QString stagingDir, QString id, QString originalPath, std::unique_ptr<QLockFile> lock);

    QString m_stagingDir;
    QString m_id;
    QString m_originalPath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_done = false;
};

struct RecoveryReport
{
    int discardedStaging = 0; // half-written versions removed
    int undonePlacements = 0; // versions placed but never recorded, removed
    int finishedRemovals = 0; // deletions completed
    int restoredRemovals = 0; // deletions that never reached the database, put back
    QStringList problems; // what could not be cleaned (permissions ...)
    bool isEmpty() const
    {
        return discardedStaging + undonePlacements + finishedRemovals + restoredRemovals == 0
            && problems.isEmpty();
    }
};

class StagingArea
{
public:
    // `projectsRoot`: the projects folder; the staging area is its ".musiaia-staging" folder, so
    // that placing a version is a rename on the same file system.
    explicit StagingArea(QString projectsRoot);

    QString projectsRoot() const { return m_root; }
    QString path() const;

    Result<StagedFolder> create() const;
    // Moves `path` into the staging area, journaled; see PendingRemoval.
    Result<PendingRemoval> beginRemoval(const QString &path) const;

    // Settles what processes that died left behind (folders whose lock is no longer held). The
    // callback says whether the database knows a folder (a committed version or project).
    RecoveryReport recover(const std::function<bool(const QString &folder)> &isRecorded) const;

private:
    Result<std::unique_ptr<QLockFile>> lockNew(QString *id) const;
    static bool takeUnwrittenLock(QLockFile &lock);

    QString m_root;
};

} // namespace musiaia::session

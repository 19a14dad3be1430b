// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfiles.h"

#include "als/liveproject.h"
#include "common/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>
#include <QThread>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::session {
namespace {

const QString StagingFolderName = u".musiaia-staging"_s;

QString lockPath(const QString &stagingDir, const QString &id)
{
    return stagingDir + u'/' + id + u".lock"_s;
}

QString journalPath(const QString &stagingDir, const QString &id)
{
    return stagingDir + u'/' + id + u".journal"_s;
}

Result<void> writeJournal(const QString &path, const QString &operation, const QString &target)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    file.write(QJsonDocument(QJsonObject { { u"operation"_s, operation }, { u"path"_s, target } }).toJson());
    if (!file.commit())
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return {};
}

QJsonObject readJournal(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void releaseLock(std::unique_ptr<QLockFile> &lock)
{
    if (lock) {
        lock->unlock(); // also removes the file
        lock.reset();
    }
}

// Removes the folder when it is empty (a song folder whose only version went away).
void removeIfEmpty(const QString &path)
{
    QDir dir(path);
    if (dir.exists() && dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        QDir().rmdir(path);
}

Result<void> renameFolder(const QString &from, const QString &to)
{
    if (QFileInfo::exists(to))
        return makeError(ErrorCode::Io, u"%1 already exists"_s.arg(QDir::toNativeSeparators(to)));
    if (!QDir().rename(from, to))
        return makeError(
            ErrorCode::Io,
            u"cannot move %1 to %2"_s.arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to)));
    return {};
}

} // namespace

QString versionFolderName(const QString &projectName, int number)
{
    return u"%1 v%2 Project"_s.arg(als::sanitizeProjectName(projectName)).arg(number);
}

QString versionSetFileName(const QString &projectName, int number)
{
    return u"%1 v%2.als"_s.arg(als::sanitizeProjectName(projectName)).arg(number);
}

Result<void> copyTree(const QString &from, const QString &to)
{
    const QFileInfo source(from);
    if (!source.isDir())
        return makeError(ErrorCode::NotFound, u"%1 is not a folder"_s.arg(QDir::toNativeSeparators(from)));
    if (!QDir().mkpath(to))
        return makeError(ErrorCode::Io, u"cannot create %1"_s.arg(QDir::toNativeSeparators(to)));
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    const QDir base(from);
    while (it.hasNext()) {
        it.next();
        const QFileInfo entry = it.fileInfo();
        const QString target = to + u'/' + base.relativeFilePath(entry.filePath());
        if (entry.isSymLink()) {
            if (!QFile::link(entry.symLinkTarget(), target))
                return makeError(ErrorCode::Io,
                                 u"cannot copy the link %1"_s.arg(QDir::toNativeSeparators(target)));
        } else if (entry.isDir()) {
            if (!QDir().mkpath(target))
                return makeError(ErrorCode::Io, u"cannot create %1"_s.arg(QDir::toNativeSeparators(target)));
        } else {
            QFile file(entry.filePath());
            if (!file.copy(target))
                return makeError(ErrorCode::Io,
                                 u"cannot copy %1: %2"_s.arg(QDir::toNativeSeparators(entry.filePath()),
                                                             file.errorString()));
        }
    }
    return {};
}

Result<void> removeTree(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return {};
    const bool removed
        = info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively() : QFile::remove(path);
    if (!removed)
        return makeError(ErrorCode::Io, u"cannot remove %1"_s.arg(QDir::toNativeSeparators(path)));
    return {};
}

// --- StagedFolder ---

StagedFolder::StagedFolder(QString stagingDir, QString id, std::unique_ptr<QLockFile> lock)
    : m_stagingDir(std::move(stagingDir))
    , m_id(std::move(id))
    , m_path(m_stagingDir + u'/' + m_id)
    , m_lock(std::move(lock))
{
}

StagedFolder::StagedFolder(StagedFolder &&other) noexcept
    : m_stagingDir(std::move(other.m_stagingDir))
    , m_id(std::move(other.m_id))
    , m_path(std::move(other.m_path))
    , m_placedFrom(std::move(other.m_placedFrom))
    , m_placedAt(std::move(other.m_placedAt))
    , m_lock(std::move(other.m_lock))
{
    other.m_path.clear();
    other.m_placedFrom.clear();
    other.m_placedAt.clear();
}

StagedFolder &StagedFolder::operator=(StagedFolder &&other) noexcept
{
    if (this != &other) {
        discard();
        m_stagingDir = std::move(other.m_stagingDir);
        m_id = std::move(other.m_id);
        m_path = std::exchange(other.m_path, QString());
        m_placedFrom = std::exchange(other.m_placedFrom, QString());
        m_placedAt = std::exchange(other.m_placedAt, QString());
        m_lock = std::move(other.m_lock);
    }
    return *this;
}

StagedFolder::~StagedFolder()
{
    discard();
}

Result<void> StagedFolder::place(const QString &folder, const QString &finalPath)
{
    if (m_path.isEmpty() || !m_placedAt.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"this staged folder was already placed or discarded"_s);
    const QString from = QDir::cleanPath(folder);
    if (from != m_path && !from.startsWith(m_path + u'/'))
        return makeError(ErrorCode::InvalidArgument, u"%1 is not in the staged folder"_s.arg(folder));
    if (QFileInfo::exists(finalPath))
        return makeError(ErrorCode::Io, u"%1 already exists"_s.arg(QDir::toNativeSeparators(finalPath)));
    const QString parent = QFileInfo(finalPath).absolutePath();
    if (!QDir().mkpath(parent))
        return makeError(ErrorCode::Io, u"cannot create %1"_s.arg(QDir::toNativeSeparators(parent)));
    if (auto written = writeJournal(journalPath(m_stagingDir, m_id), u"place"_s, finalPath); !written)
        return written;
    if (auto moved = renameFolder(from, finalPath); !moved) {
        QFile::remove(journalPath(m_stagingDir, m_id));
        removeIfEmpty(parent);
        return moved;
    }
    m_placedFrom = from;
    m_placedAt = finalPath;
    return {};
}

void StagedFolder::commitPlacement()
{
    if (m_placedAt.isEmpty())
        return;
    QFile::remove(journalPath(m_stagingDir, m_id));
    m_placedFrom.clear();
    m_placedAt.clear();
    // Whatever else was staged beside the placed folder goes.
    if (auto removed = removeTree(m_path); !removed)
        qCWarning(lcSession) << removed.errorMessage();
    m_path.clear();
    releaseLock(m_lock);
}

void StagedFolder::undoPlacement()
{
    if (m_placedAt.isEmpty())
        return;
    if (!QDir().rename(m_placedAt, m_placedFrom)) {
        if (auto removed = removeTree(m_placedAt); !removed)
            qCWarning(lcSession) << removed.errorMessage();
    }
    removeIfEmpty(QFileInfo(m_placedAt).absolutePath());
    QFile::remove(journalPath(m_stagingDir, m_id));
    m_placedFrom.clear();
    m_placedAt.clear();
}

void StagedFolder::discard()
{
    undoPlacement();
    if (!m_path.isEmpty()) {
        if (auto removed = removeTree(m_path); !removed)
            qCWarning(lcSession) << removed.errorMessage();
        m_path.clear();
    }
    releaseLock(m_lock);
}

// --- PendingRemoval ---

PendingRemoval::PendingRemoval(QString stagingDir, QString id, QString originalPath,
                               std::unique_ptr<QLockFile> lock)
    : m_stagingDir(std::move(stagingDir))
    , m_id(std::move(id))
    , m_originalPath(std::move(originalPath))
    , m_lock(std::move(lock))
{
}

PendingRemoval::PendingRemoval(PendingRemoval &&other) noexcept
    : m_stagingDir(std::move(other.m_stagingDir))
    , m_id(std::move(other.m_id))
    , m_originalPath(std::move(other.m_originalPath))
    , m_lock(std::move(other.m_lock))
    , m_done(std::exchange(other.m_done, true))
{
}

PendingRemoval &PendingRemoval::operator=(PendingRemoval &&other) noexcept
{
    if (this != &other) {
        undo();
        m_stagingDir = std::move(other.m_stagingDir);
        m_id = std::move(other.m_id);
        m_originalPath = std::move(other.m_originalPath);
        m_lock = std::move(other.m_lock);
        m_done = std::exchange(other.m_done, true);
    }
    return *this;
}

PendingRemoval::~PendingRemoval()
{
    undo();
}

Result<void> PendingRemoval::finish()
{
    if (m_done)
        return {};
    m_done = true;
    const Result<void> removed = removeTree(m_stagingDir + u'/' + m_id);
    removeIfEmpty(QFileInfo(m_originalPath).absolutePath());
    QFile::remove(journalPath(m_stagingDir, m_id));
    releaseLock(m_lock);
    return removed;
}

void PendingRemoval::undo()
{
    if (m_done)
        return;
    m_done = true;
    const QString trash = m_stagingDir + u'/' + m_id;
    QDir().mkpath(QFileInfo(m_originalPath).absolutePath());
    if (auto moved = renameFolder(trash, m_originalPath); !moved)
        qCWarning(lcSession) << "cannot put back" << m_originalPath << moved.errorMessage();
    QFile::remove(journalPath(m_stagingDir, m_id));
    releaseLock(m_lock);
}

// --- StagingArea ---

StagingArea::StagingArea(QString projectsRoot)
    : m_root(QDir::cleanPath(QDir(projectsRoot).absolutePath()))
{
}

QString StagingArea::path() const
{
    return m_root + u'/' + StagingFolderName;
}

Result<std::unique_ptr<QLockFile>> StagingArea::lockNew(QString *id) const
{
    if (!QDir().mkpath(path()))
        return makeError(ErrorCode::Io,
                         u"cannot create the projects folder %1"_s.arg(QDir::toNativeSeparators(path())));
    *id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto lock = std::make_unique<QLockFile>(lockPath(path(), *id));
    lock->setStaleLockTime(0); // stale only when its process is gone
    if (!lock->tryLock(0))
        return makeError(ErrorCode::Io, u"cannot lock %1 in %2"_s.arg(*id, QDir::toNativeSeparators(path())));
    return lock;
}

Result<StagedFolder> StagingArea::create() const
{
    QString id;
    auto lock = lockNew(&id);
    if (!lock)
        return lock.error();
    const QString folder = path() + u'/' + id;
    if (!QDir().mkpath(folder)) {
        (*lock)->unlock();
        return makeError(ErrorCode::Io, u"cannot create %1"_s.arg(QDir::toNativeSeparators(folder)));
    }
    return StagedFolder(path(), id, std::move(*lock));
}

Result<PendingRemoval> StagingArea::beginRemoval(const QString &folder) const
{
    if (!QFileInfo(folder).isDir())
        return makeError(ErrorCode::NotFound,
                         u"%1 is not there any more"_s.arg(QDir::toNativeSeparators(folder)));
    QString id;
    auto lock = lockNew(&id);
    if (!lock)
        return lock.error();
    if (auto written = writeJournal(journalPath(path(), id), u"remove"_s, folder); !written) {
        (*lock)->unlock();
        return written.error();
    }
    if (auto moved = renameFolder(folder, path() + u'/' + id); !moved) {
        QFile::remove(journalPath(path(), id));
        (*lock)->unlock();
        return makeError(
            ErrorCode::Io,
            u"cannot remove %1: it may be open in another program"_s.arg(QDir::toNativeSeparators(folder)));
    }
    return PendingRemoval(path(), id, folder, std::move(*lock));
}

// A process killed between creating its lock file and writing its id into it leaves an empty
// lock that QLockFile never calls stale (it has no process to ask after, and we do not go by age).
// A live process fills it within microseconds, so one still unreadable a moment later is dead.
bool StagingArea::takeUnwrittenLock(QLockFile &lock)
{
    qint64 pid = 0;
    QString host, app;
    if (lock.getLockInfo(&pid, &host, &app))
        return false;
    QThread::msleep(250);
    if (lock.getLockInfo(&pid, &host, &app) || !lock.removeStaleLockFile())
        return false;
    return lock.tryLock(0);
}

RecoveryReport StagingArea::recover(const std::function<bool(const QString &folder)> &isRecorded) const
{
    RecoveryReport report;
    const QDir staging(path());
    if (!staging.exists())
        return report;
    QSet<QString> ids;
    const QFileInfoList entries
        = staging.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        if (name.endsWith(u".lock"_s) || name.endsWith(u".journal"_s))
            ids.insert(entry.completeBaseName());
        else if (!name.contains(u".lock."_s)) // QLockFile's own temporary files
            ids.insert(name);
    }
    QStringList sorted(ids.cbegin(), ids.cend());
    sorted.sort();
    for (const QString &id : std::as_const(sorted)) {
        auto lock = std::make_unique<QLockFile>(lockPath(path(), id));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0) && !takeUnwrittenLock(*lock))
            continue; // a live process is still working on it
        const QString staged = path() + u'/' + id;
        const QJsonObject journal = readJournal(journalPath(path(), id));
        const QString operation = journal.value(u"operation"_s).toString();
        const QString target = journal.value(u"path"_s).toString();
        if (operation == u"place" && !target.isEmpty()) {
            if (!isRecorded(target) && QFileInfo::exists(target)) {
                if (auto removed = removeTree(target); removed)
                    ++report.undonePlacements;
                else
                    report.problems << removed.errorMessage();
                removeIfEmpty(QFileInfo(target).absolutePath());
            }
        } else if (operation == u"remove" && !target.isEmpty() && QFileInfo::exists(staged)) {
            if (isRecorded(target) && !QFileInfo::exists(target)) {
                QDir().mkpath(QFileInfo(target).absolutePath());
                if (auto moved = renameFolder(staged, target); moved)
                    ++report.restoredRemovals;
                else
                    report.problems << moved.errorMessage();
            } else {
                ++report.finishedRemovals;
                removeIfEmpty(QFileInfo(target).absolutePath());
            }
        }
        if (QFileInfo::exists(staged)) {
            if (operation.isEmpty())
                ++report.discardedStaging;
            if (auto removed = removeTree(staged); !removed)
                report.problems << removed.errorMessage();
        }
        QFile::remove(journalPath(path(), id));
        releaseLock(lock);
    }
    if (!report.isEmpty())
        logging::event(lcSession(), u"recovered the projects folder after an interrupted run"_s,
                       { { u"discarded"_s, report.discardedStaging },
                         { u"undonePlacements"_s, report.undonePlacements },
                         { u"finishedRemovals"_s, report.finishedRemovals },
                         { u"restoredRemovals"_s, report.restoredRemovals } });
    return report;
}

} // namespace musiaia::session

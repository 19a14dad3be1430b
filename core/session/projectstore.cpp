// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectstore.h"

#include "session/historysql.h"

#include "common/logging.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::session {
namespace {

// The columns readVersion() reads, prefixed with the versions table's alias `v`.
const QString VersionColumns =
    u"v.id, v.project_id, v.number, v.parent_id, v.created_at, v.prompt, v.language, v.plan, v.seed, v.provider, "
    "v.model, v.diff, v.changes, v.folder, v.set_path, v.genre, v.tempo, v.key_name, v.bars, v.seconds"_s;

VersionInfo readVersion(const QSqlQuery &query, int first = 0)
{
    VersionInfo v;
    v.id = query.value(first + 0).toLongLong();
    v.projectId = query.value(first + 1).toLongLong();
    v.number = query.value(first + 2).toInt();
    v.parentId = query.value(first + 3).toLongLong();
    v.createdAt = parseTimestamp(query.value(first + 4).toString());
    v.prompt = query.value(first + 5).toString();
    v.language = query.value(first + 6).toString();
    v.plan = QJsonDocument::fromJson(query.value(first + 7).toString().toUtf8()).object();
    v.seed = std::uint32_t(query.value(first + 8).toLongLong());
    v.provider = query.value(first + 9).toString();
    v.model = query.value(first + 10).toString();
    v.diff = query.value(first + 11).toString();
    const QJsonArray changes = QJsonDocument::fromJson(query.value(first + 12).toString().toUtf8()).array();
    for (const QJsonValue &change : changes)
        v.changes << VersionChange::fromJson(change.toObject());
    v.folder = query.value(first + 13).toString();
    v.setPath = query.value(first + 14).toString();
    v.genre = query.value(first + 15).toString();
    v.tempo = query.value(first + 16).toDouble();
    v.keyName = query.value(first + 17).toString();
    v.bars = query.value(first + 18).toInt();
    v.seconds = query.value(first + 19).toDouble();
    return v;
}

// Project columns, alias `p`, followed by the version count.
const QString ProjectColumns =
    u"p.id, p.name, p.folder, p.conversation_id, p.created_at, p.updated_at, "
    "(SELECT count(*) FROM versions c WHERE c.project_id = p.id)"_s;
constexpr int ProjectColumnCount = 7;

ProjectInfo readProject(const QSqlQuery &query)
{
    ProjectInfo p;
    p.id = query.value(0).toLongLong();
    p.name = query.value(1).toString();
    p.folder = query.value(2).toString();
    p.conversationId = query.value(3).toLongLong();
    p.createdAt = parseTimestamp(query.value(4).toString());
    p.updatedAt = parseTimestamp(query.value(5).toString());
    p.versionCount = query.value(6).toInt();
    return p;
}

// The newest version of `p`, joined as `v`.
const QString LatestVersionJoin =
    u" JOIN versions v ON v.id = (SELECT l.id FROM versions l WHERE l.project_id = p.id ORDER BY l.number DESC LIMIT 1)"_s;

QString changesText(const QList<VersionChange> &changes)
{
    QJsonArray array;
    for (const VersionChange &change : changes)
        array.append(change.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<void> refreshSearchIndex(const QSqlDatabase &db, qint64 projectId)
{
    auto remove = store::prepare(db, u"DELETE FROM projects_fts WHERE rowid = ?"_s);
    if (!remove)
        return remove.error();
    remove->addBindValue(projectId);
    if (auto ran = store::exec(*remove); !ran)
        return ran;
    auto insert = store::prepare(
        db, u"INSERT INTO projects_fts(rowid, name, details) SELECT p.id, p.name, "
            "(SELECT group_concat(v.genre || ' ' || v.key_name || ' ' || v.prompt, ' ') FROM versions v "
            "WHERE v.project_id = p.id) FROM projects p WHERE p.id = ?"_s);
    if (!insert)
        return insert.error();
    insert->addBindValue(projectId);
    return store::exec(*insert);
}

Error notFound(const QString &what, qint64 id)
{
    return makeError(ErrorCode::NotFound, u"there is no %1 %2"_s.arg(what).arg(id));
}

} // namespace

ProjectStore::ProjectStore(store::Database database, QString projectsRoot)
    : m_database(std::move(database)), m_staging(std::move(projectsRoot))
{
}

Result<QList<ProjectInfo>> ProjectStore::list(const ProjectQuery &request) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    const QString match = ftsMatchExpression(request.text);
    QString sql = u"SELECT "_s + ProjectColumns + u", "_s + VersionColumns + u" FROM projects p"_s + LatestVersionJoin;
    if (!match.isEmpty())
        sql += u" WHERE p.id IN (SELECT rowid FROM projects_fts WHERE projects_fts MATCH ?)"_s;
    sql += u" ORDER BY p.updated_at DESC, p.id DESC LIMIT ? OFFSET ?"_s;
    auto query = store::prepare(*db, sql);
    if (!query)
        return query.error();
    if (!match.isEmpty())
        query->addBindValue(match);
    query->addBindValue(request.limit > 0 ? request.limit : -1);
    query->addBindValue(qMax(0, request.offset));
    if (auto ran = store::exec(*query); !ran)
        return ran.error();
    QList<ProjectInfo> projects;
    while (query->next()) {
        ProjectInfo project = readProject(*query);
        project.latest = readVersion(*query, ProjectColumnCount);
        projects << project;
    }
    return projects;
}

Result<ProjectInfo> ProjectStore::project(qint64 projectId) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = store::prepare(*db, u"SELECT "_s + ProjectColumns + u", "_s + VersionColumns + u" FROM projects p"_s
                                         + LatestVersionJoin + u" WHERE p.id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(projectId);
    if (auto ran = store::exec(*query); !ran)
        return ran.error();
    if (!query->next())
        return notFound(u"project"_s, projectId);
    ProjectInfo project = readProject(*query);
    project.latest = readVersion(*query, ProjectColumnCount);
    return project;
}

Result<QList<ChosenSample>> ProjectStore::samplesOf(const QSqlDatabase &db, qint64 versionId) const
{
    auto query = store::prepare(db, u"SELECT part_id, role, sample_id, source_path, project_path, reason "
                                     "FROM version_samples WHERE version_id = ? ORDER BY id"_s);
    if (!query)
        return query.error();
    query->addBindValue(versionId);
    if (auto ran = store::exec(*query); !ran)
        return ran.error();
    QList<ChosenSample> samples;
    while (query->next())
        samples << ChosenSample{query->value(0).toString(), query->value(1).toString(), query->value(2).toLongLong(),
                                query->value(3).toString(), query->value(4).toString(), query->value(5).toString()};
    return samples;
}

Result<QList<VersionInfo>> ProjectStore::versions(qint64 projectId) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = store::prepare(*db, u"SELECT "_s + VersionColumns
                                         + u" FROM versions v WHERE v.project_id = ? ORDER BY v.number"_s);
    if (!query)
        return query.error();
    query->addBindValue(projectId);
    if (auto ran = store::exec(*query); !ran)
        return ran.error();
    QList<VersionInfo> versions;
    while (query->next())
        versions << readVersion(*query);
    for (VersionInfo &version : versions) {
        auto samples = samplesOf(*db, version.id);
        if (!samples)
            return samples.error();
        version.samples = *samples;
    }
    return versions;
}

Result<VersionInfo> ProjectStore::version(qint64 versionId) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = store::prepare(*db, u"SELECT "_s + VersionColumns + u" FROM versions v WHERE v.id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(versionId);
    if (auto ran = store::exec(*query); !ran)
        return ran.error();
    if (!query->next())
        return notFound(u"version"_s, versionId);
    VersionInfo version = readVersion(*query);
    auto samples = samplesOf(*db, version.id);
    if (!samples)
        return samples.error();
    version.samples = *samples;
    return version;
}

Result<VersionInfo> ProjectStore::latestVersion(qint64 projectId) const
{
    auto found = project(projectId);
    if (!found)
        return found.error();
    return version(found->latest.id);
}

Result<QString> ProjectStore::freeProjectName(const QString &wanted) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    const QString base = als::sanitizeProjectName(wanted);
    auto query = store::prepare(*db, u"SELECT count(*) FROM projects WHERE name = ? COLLATE NOCASE OR folder = ?"_s);
    if (!query)
        return query.error();
    for (int n = 1; n < 10000; ++n) {
        const QString name = n == 1 ? base : u"%1 %2"_s.arg(base).arg(n);
        const QString folder = projectsRoot() + u'/' + name;
        query->addBindValue(name);
        query->addBindValue(folder);
        if (auto ran = store::exec(*query); !ran)
            return ran.error();
        const bool taken = query->next() && query->value(0).toInt() > 0;
        query->finish();
        if (!taken && !QFileInfo::exists(folder))
            return name;
    }
    return makeError(ErrorCode::Io, u"no free project name for \u201c%1\u201d"_s.arg(wanted));
}

Result<VersionInfo> ProjectStore::commitVersion(StagedFolder &staged, const als::LiveProjectPaths &written,
                                               const NewVersion &input) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = store::Transaction::begin(*db);
    if (!tx)
        return tx.error();
    const QString now = timestampText(QDateTime::currentDateTimeUtc());

    // The project: an existing one, or a new one with a free name.
    qint64 projectId = input.projectId;
    QString projectName;
    QString projectFolder;
    int number = 1;
    if (projectId > 0) {
        auto query = store::prepare(*db, u"SELECT name, folder, (SELECT coalesce(max(number), 0) FROM versions "
                                          "WHERE project_id = projects.id) FROM projects WHERE id = ?"_s);
        if (!query)
            return query.error();
        query->addBindValue(projectId);
        if (auto ran = store::exec(*query); !ran)
            return ran.error();
        if (!query->next())
            return makeError(ErrorCode::NotFound, u"the project was deleted while this version was being made"_s);
        projectName = query->value(0).toString();
        projectFolder = query->value(1).toString();
        number = query->value(2).toInt() + 1;
    } else {
        auto name = freeProjectName(input.projectName);
        if (!name)
            return name.error();
        projectName = *name;
        projectFolder = projectsRoot() + u'/' + projectName;
        auto insert = store::prepare(*db, u"INSERT INTO projects (name, folder, conversation_id, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?)"_s);
        if (!insert)
            return insert.error();
        insert->addBindValue(projectName);
        insert->addBindValue(projectFolder);
        insert->addBindValue(input.conversationId > 0 ? QVariant(input.conversationId) : QVariant());
        insert->addBindValue(now);
        insert->addBindValue(now);
        if (auto ran = store::exec(*insert); !ran)
            return ran.error();
        projectId = insert->lastInsertId().toLongLong();
    }

    // The set's final name, inside the staged folder, then the folder's final place.
    const QString setFileName = versionSetFileName(projectName, number);
    if (QFileInfo(written.setPath).fileName() != setFileName
        && !QFile::rename(written.setPath, written.projectDir + u'/' + setFileName))
        return makeError(ErrorCode::Io, u"cannot rename the set %1"_s.arg(QDir::toNativeSeparators(written.setPath)));
    const QString folder = projectFolder + u'/' + versionFolderName(projectName, number);
    const QString setPath = folder + u'/' + setFileName;

    auto insert = store::prepare(
        *db, u"INSERT INTO versions (project_id, number, parent_id, created_at, prompt, language, plan, seed, provider, "
             "model, diff, changes, folder, set_path, genre, tempo, key_name, bars, seconds) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!insert)
        return insert.error();
    insert->addBindValue(projectId);
    insert->addBindValue(number);
    insert->addBindValue(input.parentId > 0 ? QVariant(input.parentId) : QVariant());
    insert->addBindValue(now);
    insert->addBindValue(textValue(input.prompt));
    insert->addBindValue(textValue(input.language));
    insert->addBindValue(QString::fromUtf8(QJsonDocument(input.plan).toJson(QJsonDocument::Compact)));
    insert->addBindValue(qint64(input.seed));
    insert->addBindValue(textValue(input.provider));
    insert->addBindValue(textValue(input.model));
    insert->addBindValue(textValue(input.diff));
    insert->addBindValue(changesText(input.changes));
    insert->addBindValue(folder);
    insert->addBindValue(setPath);
    insert->addBindValue(textValue(input.genre));
    insert->addBindValue(input.tempo);
    insert->addBindValue(textValue(input.keyName));
    insert->addBindValue(input.bars);
    insert->addBindValue(input.seconds);
    if (auto ran = store::exec(*insert); !ran)
        return ran.error();
    const qint64 versionId = insert->lastInsertId().toLongLong();

    auto sample = store::prepare(*db, u"INSERT INTO version_samples (version_id, part_id, role, sample_id, source_path, "
                                       "project_path, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    if (!sample)
        return sample.error();
    for (const ChosenSample &chosen : input.samples) {
        sample->addBindValue(versionId);
        sample->addBindValue(textValue(chosen.partId));
        sample->addBindValue(textValue(chosen.role));
        sample->addBindValue(chosen.sampleId > 0 ? QVariant(chosen.sampleId) : QVariant());
        sample->addBindValue(textValue(chosen.sourcePath));
        sample->addBindValue(textValue(chosen.projectPath));
        sample->addBindValue(textValue(chosen.reason));
        if (auto ran = store::exec(*sample); !ran)
            return ran.error();
    }

    auto touch = store::prepare(*db, u"UPDATE projects SET updated_at = ? WHERE id = ?"_s);
    if (!touch)
        return touch.error();
    touch->addBindValue(now);
    touch->addBindValue(projectId);
    if (auto ran = store::exec(*touch); !ran)
        return ran.error();
    if (auto indexed = refreshSearchIndex(*db, projectId); !indexed)
        return indexed.error();
    if (input.conversationId > 0) {
        auto current = store::prepare(*db, u"UPDATE conversations SET current_project_id = ?, current_version_id = ?, "
                                            "updated_at = ? WHERE id = ?"_s);
        if (!current)
            return current.error();
        current->addBindValue(projectId);
        current->addBindValue(versionId);
        current->addBindValue(now);
        current->addBindValue(input.conversationId);
        if (auto ran = store::exec(*current); !ran)
            return ran.error();
    }

    // The rename happens inside the transaction: if it fails, nothing is recorded; if the commit
    // fails, the folder goes back; a crash between the two is undone by recover().
    if (auto placed = staged.place(written.projectDir, folder); !placed)
        return placed.error();
    crashPointForTests("after-place");
    if (auto committed = tx->commit(); !committed) {
        staged.undoPlacement();
        return committed.error();
    }
    staged.commitPlacement();
    logging::event(lcSession(), u"version recorded"_s,
                   {{u"project"_s, projectId}, {u"version"_s, versionId}, {u"number"_s, number}});
    return version(versionId);
}

Result<void> ProjectStore::deleteProject(qint64 projectId) const
{
    auto found = project(projectId);
    if (!found)
        return found.error();
    std::optional<PendingRemoval> removal;
    if (QFileInfo(found->folder).exists()) {
        auto begun = m_staging.beginRemoval(found->folder);
        if (!begun)
            return begun.error();
        removal.emplace(std::move(*begun));
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = store::Transaction::begin(*db);
    if (!tx)
        return tx.error();
    auto remove = store::prepare(*db, u"DELETE FROM projects WHERE id = ?"_s);
    if (!remove)
        return remove.error();
    remove->addBindValue(projectId);
    if (auto ran = store::exec(*remove); !ran)
        return ran;
    if (auto committed = tx->commit(); !committed)
        return committed;
    logging::event(lcSession(), u"project deleted"_s, {{u"project"_s, projectId}});
    return removal ? removal->finish() : Result<void>();
}

Result<void> ProjectStore::deleteVersion(qint64 versionId) const
{
    auto found = version(versionId);
    if (!found)
        return found.error();
    auto owner = project(found->projectId);
    if (!owner)
        return owner.error();
    if (owner->versionCount <= 1)
        return deleteProject(owner->id);
    std::optional<PendingRemoval> removal;
    if (QFileInfo(found->folder).exists()) {
        auto begun = m_staging.beginRemoval(found->folder);
        if (!begun)
            return begun.error();
        removal.emplace(std::move(*begun));
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = store::Transaction::begin(*db);
    if (!tx)
        return tx.error();
    auto remove = store::prepare(*db, u"DELETE FROM versions WHERE id = ?"_s);
    if (!remove)
        return remove.error();
    remove->addBindValue(versionId);
    if (auto ran = store::exec(*remove); !ran)
        return ran;
    // Conversations that were on this version move to the project's newest remaining one.
    auto current = store::prepare(*db, u"UPDATE conversations SET current_version_id = (SELECT id FROM versions "
                                        "WHERE project_id = ? ORDER BY number DESC LIMIT 1) "
                                        "WHERE current_project_id = ? AND current_version_id IS NULL"_s);
    if (!current)
        return current.error();
    current->addBindValue(owner->id);
    current->addBindValue(owner->id);
    if (auto ran = store::exec(*current); !ran)
        return ran;
    if (auto indexed = refreshSearchIndex(*db, owner->id); !indexed)
        return indexed;
    if (auto committed = tx->commit(); !committed)
        return committed;
    logging::event(lcSession(), u"version deleted"_s, {{u"project"_s, owner->id}, {u"version"_s, versionId}});
    return removal ? removal->finish() : Result<void>();
}

Result<QString> ProjectStore::exportVersion(qint64 versionId, const QString &destinationDir) const
{
    auto found = version(versionId);
    if (!found)
        return found.error();
    if (!QFileInfo(found->folder).isDir())
        return makeError(ErrorCode::NotFound, u"the folder of version %1 is missing: %2"_s.arg(found->number).arg(
                                                  QDir::toNativeSeparators(found->folder)));
    if (!QDir().mkpath(destinationDir))
        return makeError(ErrorCode::Io, u"cannot create %1"_s.arg(QDir::toNativeSeparators(destinationDir)));
    const QString baseName = QFileInfo(found->folder).fileName();
    QString target = QDir(destinationDir).absoluteFilePath(baseName);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(destinationDir).absoluteFilePath(u"%1 %2"_s.arg(baseName).arg(n));
    const QString partial = QDir(destinationDir).absoluteFilePath(
        u".%1.partial-%2"_s.arg(baseName, QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (auto copied = copyTree(found->folder, partial); !copied) {
        (void)removeTree(partial);
        return copied.error();
    }
    if (!QDir().rename(partial, target)) {
        (void)removeTree(partial);
        return makeError(ErrorCode::Io, u"cannot create %1"_s.arg(QDir::toNativeSeparators(target)));
    }
    return target;
}

RecoveryReport ProjectStore::recover() const
{
    return m_staging.recover([this](const QString &folder) {
        auto db = m_database.connection();
        if (!db)
            return true;   // when in doubt, keep the files
        auto query = store::prepare(*db, u"SELECT (SELECT count(*) FROM versions WHERE folder = ?) + "
                                          "(SELECT count(*) FROM projects WHERE folder = ?)"_s);
        if (!query)
            return true;
        query->addBindValue(folder);
        query->addBindValue(folder);
        if (!store::exec(*query) || !query->next())
            return true;
        return query->value(0).toInt() > 0;
    });
}

} // namespace musiaia::session

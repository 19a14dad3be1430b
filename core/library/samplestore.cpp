// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplestore.h"

#include "library/nametokens.h"
#include "library/searchfacets.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QFileInfo>
#include <QTimeZone>
#include <QSqlQuery>

#include <cmath>

namespace musiaia::library {

using store::exec;
using store::prepare;

namespace {

// A file in the imported folder itself has no sub-folder: stored as '', which a null QString
// would bind as NULL.
QString storedDir(const QString &relativeDir)
{
    return relativeDir.isNull() ? QStringLiteral("") : relativeDir;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Rows whose path lies below `folder`: path > "folder/" and < "folder0" ('0' follows '/').
QString belowFolder(const QString &column)
{
    return QStringLiteral("(%1 > ? AND %1 < ?)").arg(column);
}

void bindBelow(QSqlQuery &query, const QString &folder)
{
    QString root = folder;
    while (root.endsWith(QLatin1Char('/')) && root.size() > 1)
        root.chop(1);
    query.addBindValue(QString(root + QLatin1Char('/')));
    query.addBindValue(QString(root + QLatin1Char('0')));
}

template<typename T>
void fillKnown(std::optional<Known<T>> &slot, const QVariant &value, const QVariant &confidence, const QVariant &source,
               T converted)
{
    if (value.isNull())
        return;
    slot = Known<T>{converted, confidence.toDouble(), sourceFromName(source.toString()).value_or(Source::Analysis)};
}

QList<QString> splitTags(const QString &joined)
{
    QStringList tags = joined.split(QLatin1Char(','), Qt::SkipEmptyParts);
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

} // namespace

QString SampleStore::sampleColumns(const QString &a)
{
    return QStringLiteral(
               "%1.id, %1.folder_id, %1.path, %1.relative_dir, %1.name, %1.size, %1.mtime, %1.content_hash, %1.format, "
               "%1.encoding, %1.duration, %1.sample_rate, %1.channels, %1.bit_depth, %1.loudness, %1.peak, %1.missing, "
               "%1.type, %1.type_confidence, %1.type_source, %1.kind, %1.kind_confidence, %1.kind_source, "
               "%1.bpm, %1.bpm_confidence, %1.bpm_source, %1.key_code, %1.key_confidence, %1.key_source, "
               "%1.root_midi, %1.root_confidence, %1.root_source, %1.genre, "
               "(SELECT group_concat(t.name, ',') FROM sample_tags st JOIN tags t ON t.id = st.tag_id "
               "WHERE st.sample_id = %1.id)")
        .arg(a);
}

SampleRecord SampleStore::recordFromQuery(const QSqlQuery &q)
{
    SampleRecord r;
    r.id = q.value(0).toLongLong();
    r.folderId = q.value(1).toLongLong();
    r.path = q.value(2).toString();
    r.relativeDir = q.value(3).toString();
    r.name = q.value(4).toString();
    r.size = q.value(5).toLongLong();
    r.modified = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    r.contentHash = q.value(7).toString();
    r.info.format = q.value(8).toString();
    r.info.encoding = q.value(9).toString();
    r.info.duration = q.value(10).toDouble();
    r.info.sampleRate = q.value(11).toInt();
    r.info.channels = q.value(12).toInt();
    r.info.bitDepth = q.value(13).toInt();
    r.info.frames = qint64(std::llround(r.info.duration * r.info.sampleRate));
    if (!q.value(14).isNull())
        r.loudness = q.value(14).toDouble();
    r.peakDb = q.value(15).toDouble();
    r.missing = q.value(16).toBool();
    fillKnown(r.type, q.value(17), q.value(18), q.value(19), q.value(17).toString());
    fillKnown(r.kind, q.value(20), q.value(21), q.value(22), q.value(20).toString());
    fillKnown(r.bpm, q.value(23), q.value(24), q.value(25), q.value(23).toDouble());
    fillKnown(r.key, q.value(26), q.value(27), q.value(28), MusicalKey::fromCode(q.value(26).toInt()));
    fillKnown(r.rootMidi, q.value(29), q.value(30), q.value(31), q.value(29).toInt());
    r.genre = q.value(32).toString();
    r.tags = splitTags(q.value(33).toString());
    return r;
}

Result<qint64> SampleStore::addFolder(const QString &path)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto insert = prepare(*db, QStringLiteral(
        "INSERT INTO sample_folders (path, added_at) VALUES (?, ?) ON CONFLICT(path) DO UPDATE SET path = excluded.path "
        "RETURNING id"));
    if (!insert)
        return insert.error();
    insert->addBindValue(path);
    insert->addBindValue(now());
    if (auto ran = exec(*insert); !ran)
        return ran.error();
    if (!insert->next())
        return makeError(ErrorCode::Database, QStringLiteral("the folder %1 could not be added").arg(path));
    return insert->value(0).toLongLong();
}

Result<QList<SampleFolder>> SampleStore::folders() const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = prepare(*db, QStringLiteral(
        "SELECT f.id, f.path, f.scan_state, f.added_at, f.scan_finished_at,"
        " (SELECT count(*) FROM samples s WHERE s.folder_id = f.id AND s.missing = 0),"
        " (SELECT count(*) FROM samples s WHERE s.folder_id = f.id AND s.missing = 1),"
        " (SELECT count(*) FROM import_problems p WHERE p.folder_id = f.id)"
        " FROM sample_folders f ORDER BY f.path"));
    if (!query)
        return query.error();
    if (auto ran = exec(*query); !ran)
        return ran.error();
    QList<SampleFolder> list;
    while (query->next()) {
        SampleFolder folder;
        folder.id = query->value(0).toLongLong();
        folder.path = query->value(1).toString();
        folder.scanState = query->value(2).toString();
        folder.addedAt = QDateTime::fromString(query->value(3).toString(), Qt::ISODate);
        folder.scanFinishedAt = QDateTime::fromString(query->value(4).toString(), Qt::ISODate);
        folder.samples = query->value(5).toInt();
        folder.missing = query->value(6).toInt();
        folder.problems = query->value(7).toInt();
        list.append(folder);
    }
    return list;
}

Result<std::optional<SampleFolder>> SampleStore::folderByPath(const QString &path) const
{
    auto all = folders();
    if (!all)
        return all.error();
    for (const SampleFolder &folder : std::as_const(*all)) {
        if (folder.path == path)
            return std::optional<SampleFolder>(folder);
    }
    return std::optional<SampleFolder>();
}

Result<void> SampleStore::setScanState(qint64 folderId, const QString &state)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    const bool starting = state == QLatin1String("running");
    auto update = prepare(*db, starting ? QStringLiteral("UPDATE sample_folders SET scan_state = ?, scan_started_at = ? WHERE id = ?")
                                        : QStringLiteral("UPDATE sample_folders SET scan_state = ?, scan_finished_at = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update->addBindValue(state);
    update->addBindValue(now());
    update->addBindValue(folderId);
    return exec(*update);
}

Result<void> SampleStore::removeFolder(qint64 folderId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = store::Transaction::begin(*db);
    if (!tx)
        return tx.error();
    auto remove = prepare(*db, QStringLiteral("DELETE FROM sample_folders WHERE id = ?"));
    if (!remove)
        return remove.error();
    remove->addBindValue(folderId);
    if (auto ran = exec(*remove); !ran)
        return ran;
    if (remove->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no sample folder %1").arg(folderId));
    return tx->commit();
}

Result<QHash<QString, KnownFile>> SampleStore::knownFiles(const QString &folderPath) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = prepare(*db, QStringLiteral("SELECT path, id, size, mtime, analysis_version, missing FROM samples WHERE ")
                                  + belowFolder(QStringLiteral("path")));
    if (!query)
        return query.error();
    bindBelow(*query, folderPath);
    if (auto ran = exec(*query); !ran)
        return ran.error();
    QHash<QString, KnownFile> known;
    while (query->next()) {
        known.insert(query->value(0).toString(),
                     KnownFile{query->value(1).toLongLong(), query->value(2).toLongLong(), query->value(3).toLongLong(),
                               query->value(4).toInt(), query->value(5).toBool()});
    }
    return known;
}

Result<QHash<QString, KnownProblem>> SampleStore::knownProblems(const QString &folderPath) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = prepare(*db, QStringLiteral("SELECT path, size, mtime, problem, message FROM import_problems WHERE ")
                                  + belowFolder(QStringLiteral("path")));
    if (!query)
        return query.error();
    bindBelow(*query, folderPath);
    if (auto ran = exec(*query); !ran)
        return ran.error();
    QHash<QString, KnownProblem> known;
    while (query->next()) {
        const Problem problem = problemFromName(query->value(3).toString());
        known.insert(query->value(0).toString(), KnownProblem{query->value(1).toLongLong(), query->value(2).toLongLong(),
                                                              problem, query->value(4).toString()});
    }
    return known;
}

Result<std::optional<qint64>> SampleStore::movedFrom(const QString &contentHash, qint64 size) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = prepare(*db, QStringLiteral("SELECT id, path, missing FROM samples WHERE content_hash = ? AND size = ? ORDER BY id"));
    if (!query)
        return query.error();
    query->addBindValue(contentHash);
    query->addBindValue(size);
    if (auto ran = exec(*query); !ran)
        return ran.error();
    while (query->next()) {
        if (query->value(2).toBool() || !QFileInfo::exists(query->value(1).toString()))
            return std::optional<qint64>(query->value(0).toLongLong());
    }
    return std::optional<qint64>();
}

Result<qint64> SampleStore::writeSample(const QSqlDatabase &db, const ImportedFile &file)
{
    const SampleAnalysis &a = file.analysis;
    auto upsert = prepare(db, QStringLiteral(
        "INSERT INTO samples (folder_id, path, relative_dir, name, size, mtime, content_hash, format, encoding, duration,"
        " sample_rate, channels, bit_depth, loudness, peak, missing, analysis_version, imported_at, analysed_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"
        " ON CONFLICT(path) DO UPDATE SET relative_dir = excluded.relative_dir, name = excluded.name, size = excluded.size,"
        " mtime = excluded.mtime, content_hash = excluded.content_hash, format = excluded.format,"
        " encoding = excluded.encoding, duration = excluded.duration, sample_rate = excluded.sample_rate,"
        " channels = excluded.channels, bit_depth = excluded.bit_depth, loudness = excluded.loudness,"
        " peak = excluded.peak, missing = 0, analysis_version = excluded.analysis_version,"
        " analysed_at = excluded.analysed_at"
        " RETURNING id"));
    if (!upsert)
        return upsert.error();
    const QString timestamp = now();
    const QVariant values[] = {
        file.folderId, file.path, storedDir(file.relativeDir), QFileInfo(file.path).completeBaseName(), file.size, file.mtimeMs,
        file.contentHash, a.info.format, a.info.encoding, a.info.duration, a.info.sampleRate, a.info.channels,
        a.info.bitDepth > 0 ? QVariant(a.info.bitDepth) : QVariant(), a.loudness ? QVariant(*a.loudness) : QVariant(),
        a.peakDb, AnalysisVersion, timestamp, timestamp,
    };
    for (const QVariant &value : values)
        upsert->addBindValue(value);
    if (auto ran = exec(*upsert); !ran)
        return ran.error();
    if (!upsert->next())
        return makeError(ErrorCode::Database, QStringLiteral("%1 could not be stored").arg(file.path));
    const qint64 id = upsert->value(0).toLongLong();
    upsert->finish();
    if (auto written = writeEvidence(db, id, a.evidence, {Source::Tag, Source::Name, Source::Analysis}); !written)
        return written.error();
    if (auto tagged = writeTags(db, id, a.tags, QStringLiteral("name")); !tagged)
        return tagged.error();
    if (auto cleared = clearProblem(db, file.path); !cleared)
        return cleared.error();
    if (auto resolved = refreshResolved(db, id); !resolved)
        return resolved.error();
    return id;
}

Result<void> SampleStore::moveSample(const QSqlDatabase &db, qint64 sampleId, const ImportedFile &file,
                                     const QList<Evidence> &nameEvidence, const QStringList &nameTags)
{
    auto update = prepare(db, QStringLiteral(
        "UPDATE samples SET folder_id = ?, path = ?, relative_dir = ?, name = ?, mtime = ?, missing = 0 WHERE id = ?"));
    if (!update)
        return update.error();
    for (const QVariant &value : {QVariant(file.folderId), QVariant(file.path), QVariant(storedDir(file.relativeDir)),
                                  QVariant(QFileInfo(file.path).completeBaseName()), QVariant(file.mtimeMs), QVariant(sampleId)})
        update->addBindValue(value);
    if (auto ran = exec(*update); !ran)
        return ran;
    // The analysis and the corrections stay; what the new name says replaces what the old one said.
    if (auto written = writeEvidence(db, sampleId, nameEvidence, {Source::Name}); !written)
        return written;
    if (auto tagged = writeTags(db, sampleId, nameTags, QStringLiteral("name")); !tagged)
        return tagged;
    if (auto cleared = clearProblem(db, file.path); !cleared)
        return cleared;
    return refreshResolved(db, sampleId);
}

Result<void> SampleStore::touchSample(const QSqlDatabase &db, qint64 sampleId, qint64 mtimeMs)
{
    auto update = prepare(db, QStringLiteral("UPDATE samples SET missing = 0, mtime = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update->addBindValue(mtimeMs);
    update->addBindValue(sampleId);
    return exec(*update);
}

Result<void> SampleStore::recordProblem(const QSqlDatabase &db, qint64 folderId, const QString &path, qint64 size,
                                        qint64 mtimeMs, Problem problem, const QString &message)
{
    auto insert = prepare(db, QStringLiteral(
        "INSERT OR REPLACE INTO import_problems (path, folder_id, size, mtime, problem, message, seen_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    for (const QVariant &value : {QVariant(path), QVariant(folderId), QVariant(size), QVariant(mtimeMs),
                                  QVariant(problemName(problem)), QVariant(message), QVariant(now())})
        insert->addBindValue(value);
    return exec(*insert);
}

Result<void> SampleStore::clearProblem(const QSqlDatabase &db, const QString &path)
{
    auto remove = prepare(db, QStringLiteral("DELETE FROM import_problems WHERE path = ?"));
    if (!remove)
        return remove.error();
    remove->addBindValue(path);
    return exec(*remove);
}

Result<int> SampleStore::markMissing(const QSqlDatabase &db, const QList<qint64> &sampleIds)
{
    auto update = prepare(db, QStringLiteral("UPDATE samples SET missing = 1 WHERE id = ? AND missing = 0"));
    if (!update)
        return update.error();
    int marked = 0;
    for (qint64 id : sampleIds) {
        update->addBindValue(id);
        if (auto ran = exec(*update); !ran)
            return ran.error();
        marked += update->numRowsAffected() > 0 ? 1 : 0;
    }
    return marked;
}

Result<void> SampleStore::writeEvidence(const QSqlDatabase &db, qint64 sampleId, const QList<Evidence> &evidence,
                                        const QList<Source> &replacing)
{
    auto remove = prepare(db, QStringLiteral("DELETE FROM sample_evidence WHERE sample_id = ? AND source = ?"));
    if (!remove)
        return remove.error();
    for (Source source : replacing) {
        remove->addBindValue(sampleId);
        remove->addBindValue(sourceName(source));
        if (auto ran = exec(*remove); !ran)
            return ran;
    }
    auto insert = prepare(db, QStringLiteral(
        "INSERT OR REPLACE INTO sample_evidence (sample_id, field, source, value, confidence, detail) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    for (const Evidence &e : evidence) {
        if (!replacing.contains(e.source))
            continue;
        for (const QVariant &value : {QVariant(sampleId), QVariant(fieldName(e.field)), QVariant(sourceName(e.source)),
                                      QVariant(e.value), QVariant(std::round(e.confidence * 1000) / 1000), QVariant(e.detail)})
            insert->addBindValue(value);
        if (auto ran = exec(*insert); !ran)
            return ran;
    }
    return {};
}

Result<void> SampleStore::writeTags(const QSqlDatabase &db, qint64 sampleId, const QStringList &tags, const QString &source)
{
    auto remove = prepare(db, QStringLiteral("DELETE FROM sample_tags WHERE sample_id = ? AND source = ?"));
    auto insertTag = prepare(db, QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = name RETURNING id"));
    auto link = prepare(db, QStringLiteral("INSERT OR IGNORE INTO sample_tags (sample_id, tag_id, source) VALUES (?, ?, ?)"));
    if (!remove || !insertTag || !link)
        return !remove ? remove.error() : !insertTag ? insertTag.error() : link.error();
    remove->addBindValue(sampleId);
    remove->addBindValue(source);
    if (auto ran = exec(*remove); !ran)
        return ran;
    for (const QString &tag : tags) {
        const QString name = tag.simplified().toLower().left(60);
        if (name.isEmpty())
            continue;
        insertTag->addBindValue(name);
        if (auto ran = exec(*insertTag); !ran)
            return ran;
        if (!insertTag->next())
            return makeError(ErrorCode::Database, QStringLiteral("the tag \"%1\" could not be stored").arg(name));
        const qint64 tagId = insertTag->value(0).toLongLong();
        insertTag->finish();
        link->addBindValue(sampleId);
        link->addBindValue(tagId);
        link->addBindValue(source);
        if (auto ran = exec(*link); !ran)
            return ran;
    }
    return {};
}

Result<void> SampleStore::refreshResolved(const QSqlDatabase &db, qint64 sampleId)
{
    QList<Evidence> all;
    auto read = prepare(db, QStringLiteral(
        "SELECT field, source, value, confidence FROM sample_evidence WHERE sample_id = ?"
        " UNION ALL SELECT field, 'user', value, 1.0 FROM sample_corrections WHERE sample_id = ?"));
    if (!read)
        return read.error();
    read->addBindValue(sampleId);
    read->addBindValue(sampleId);
    if (auto ran = exec(*read); !ran)
        return ran;
    while (read->next()) {
        const auto field = fieldFromName(read->value(0).toString());
        const auto source = sourceFromName(read->value(1).toString());
        if (field && source)
            all.append(Evidence{*field, *source, read->value(2).toString(), read->value(3).toDouble(), {}});
    }
    read->finish();

    auto type = resolveField(Field::Type, all);
    auto kind = resolveField(Field::Kind, all);
    // A loop type is a loop, whatever else said otherwise (unless the musician said so).
    if (type && isLoopType(type->value) && (!kind || (kind->value != loopKind() && kind->source != Source::User)))
        kind = ResolvedValue{loopKind(), type->confidence, type->source};
    const auto bpm = resolveField(Field::Bpm, all);
    const auto keyValue = resolveField(Field::Key, all);
    const auto root = resolveField(Field::Root, all);
    const auto genre = resolveField(Field::Genre, all);
    const std::optional<MusicalKey> key = keyValue ? MusicalKey::parse(keyValue->value) : std::nullopt;
    const std::optional<int> rootMidi = root ? parseNoteName(root->value) : std::nullopt;

    auto update = prepare(db, QStringLiteral(
        "UPDATE samples SET type = ?, type_confidence = ?, type_source = ?, kind = ?, kind_confidence = ?, kind_source = ?,"
        " bpm = ?, bpm_confidence = ?, bpm_source = ?, key_code = ?, key_confidence = ?, key_source = ?,"
        " root_midi = ?, root_confidence = ?, root_source = ?, genre = ? WHERE id = ?"
        " RETURNING name, relative_dir"));
    if (!update)
        return update.error();
    auto bindResolved = [&update](const std::optional<ResolvedValue> &value, const QVariant &converted) {
        const bool has = value.has_value() && converted.isValid();
        update->addBindValue(has ? converted : QVariant());
        update->addBindValue(has ? QVariant(std::round(value->confidence * 1000) / 1000) : QVariant());
        update->addBindValue(has ? QVariant(sourceName(value->source)) : QVariant());
    };
    bindResolved(type, type ? QVariant(type->value) : QVariant());
    bindResolved(kind, kind ? QVariant(kind->value) : QVariant());
    bindResolved(bpm, bpm ? QVariant(bpm->value.toDouble()) : QVariant());
    bindResolved(keyValue, key ? QVariant(key->code()) : QVariant());
    bindResolved(root, rootMidi ? QVariant(*rootMidi) : QVariant());
    update->addBindValue(genre ? QVariant(genre->value) : QVariant());
    update->addBindValue(sampleId);
    if (auto ran = exec(*update); !ran)
        return ran;
    if (!update->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no sample %1").arg(sampleId));
    const QString name = update->value(0).toString();
    const QString folder = update->value(1).toString();
    update->finish();

    QStringList tags;
    auto tagRows = prepare(db, QStringLiteral(
        "SELECT t.name FROM sample_tags st JOIN tags t ON t.id = st.tag_id WHERE st.sample_id = ? ORDER BY t.name"));
    if (!tagRows)
        return tagRows.error();
    tagRows->addBindValue(sampleId);
    if (auto ran = exec(*tagRows); !ran)
        return ran;
    while (tagRows->next())
        tags << tagRows->value(0).toString();
    const SampleSearchText text = sampleSearchText(
        name, folder, tags,
        {type ? type->value : QString(), kind ? kind->value : QString(),
         bpm ? std::optional(bpm->value.toDouble()) : std::nullopt, key, genre ? genre->value : QString()});

    auto removeText = prepare(db, QStringLiteral("DELETE FROM samples_fts WHERE rowid = ?"));
    auto insertText = prepare(db, QStringLiteral("INSERT INTO samples_fts (rowid, name, folder, tags, facets) VALUES (?, ?, ?, ?, ?)"));
    if (!removeText || !insertText)
        return !removeText ? removeText.error() : insertText.error();
    removeText->addBindValue(sampleId);
    if (auto ran = exec(*removeText); !ran)
        return ran;
    for (const QVariant &value : {QVariant(sampleId), QVariant(text.name), QVariant(text.folder), QVariant(text.tags),
                                  QVariant(text.facets)})
        insertText->addBindValue(value);
    return exec(*insertText);
}

Result<SampleRecord> SampleStore::sample(qint64 id) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = prepare(*db, QStringLiteral("SELECT ") + sampleColumns(QStringLiteral("s")) + QStringLiteral(" FROM samples s WHERE s.id = ?"));
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (auto ran = exec(*query); !ran)
        return ran.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no sample %1 in the library").arg(id));
    return recordFromQuery(*query);
}

Result<QList<Evidence>> SampleStore::evidence(qint64 id) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = prepare(*db, QStringLiteral(
        "SELECT field, 'user', value, 1.0, 'corrected ' || corrected_at FROM sample_corrections WHERE sample_id = ?"
        " UNION ALL SELECT field, source, value, confidence, detail FROM sample_evidence WHERE sample_id = ?"));
    if (!query)
        return query.error();
    query->addBindValue(id);
    query->addBindValue(id);
    if (auto ran = exec(*query); !ran)
        return ran.error();
    QList<Evidence> list;
    while (query->next()) {
        const auto field = fieldFromName(query->value(0).toString());
        const auto source = sourceFromName(query->value(1).toString());
        if (field && source)
            list.append({*field, *source, query->value(2).toString(), query->value(3).toDouble(), query->value(4).toString()});
    }
    std::stable_sort(list.begin(), list.end(), [](const Evidence &a, const Evidence &b) {
        return a.field != b.field ? a.field < b.field : a.source < b.source;
    });
    return list;
}

Result<QList<FileProblemReport>> SampleStore::problems(const QString &folderPath) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    const bool all = folderPath.isEmpty();
    auto query = prepare(*db, QStringLiteral("SELECT path, problem, message FROM import_problems")
                                  + (all ? QString() : QStringLiteral(" WHERE ") + belowFolder(QStringLiteral("path")))
                                  + QStringLiteral(" ORDER BY path"));
    if (!query)
        return query.error();
    if (!all)
        bindBelow(*query, folderPath);
    if (auto ran = exec(*query); !ran)
        return ran.error();
    QList<FileProblemReport> list;
    while (query->next())
        list.append({query->value(0).toString(), problemFromName(query->value(1).toString()), query->value(2).toString()});
    return list;
}


} // namespace musiaia::library

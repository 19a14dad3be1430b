// SPDX-License-Identifier: GPL-3.0-or-later
// SampleStore: the musician's corrections and tags, and the library's figures.
#include "samplestore.h"

#include "library/nametokens.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QSqlQuery>

#include <cmath>

namespace musiaia::library {

using store::exec;
using store::prepare;

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

Result<LibraryStats> SampleStore::stats() const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    LibraryStats stats;
    auto totals = prepare(*db, QStringLiteral(
        "SELECT (SELECT count(*) FROM sample_folders), count(*), coalesce(sum(missing), 0),"
        " coalesce(sum(kind = 'loop' AND missing = 0), 0), coalesce(sum(kind = 'one-shot' AND missing = 0), 0),"
        " (SELECT count(*) FROM import_problems), coalesce(sum(duration), 0), coalesce(sum(size), 0) FROM samples"));
    if (!totals)
        return totals.error();
    if (auto ran = exec(*totals); !ran)
        return ran.error();
    if (totals->next()) {
        stats.folders = totals->value(0).toInt();
        stats.samples = totals->value(1).toInt();
        stats.missing = totals->value(2).toInt();
        stats.loops = totals->value(3).toInt();
        stats.oneShots = totals->value(4).toInt();
        stats.problems = totals->value(5).toInt();
        stats.totalSeconds = totals->value(6).toDouble();
        stats.totalBytes = totals->value(7).toLongLong();
    }
    auto grouped = [&db](const QString &column, QList<std::pair<QString, int>> &into) -> Result<void> {
        auto query = prepare(*db, QStringLiteral("SELECT coalesce(%1, 'unknown'), count(*) FROM samples WHERE missing = 0"
                                                 " GROUP BY 1 ORDER BY 2 DESC, 1").arg(column));
        if (!query)
            return query.error();
        if (auto ran = exec(*query); !ran)
            return ran;
        while (query->next())
            into.append({query->value(0).toString(), query->value(1).toInt()});
        return {};
    };
    QList<std::pair<QString, int>> byType;
    for (auto step : {grouped(QStringLiteral("type"), byType), grouped(QStringLiteral("format"), stats.byFormat),
                      grouped(QStringLiteral("type_source"), stats.bySource)}) {
        if (!step)
            return step.error();
    }
    // Types in the order musicians read them.
    for (const QString &type : sampleTypes()) {
        for (const auto &entry : std::as_const(byType)) {
            if (entry.first == type)
                stats.byType.append(entry);
        }
    }
    for (const auto &entry : std::as_const(byType)) {
        if (!sampleTypes().contains(entry.first))
            stats.byType.append(entry);
    }
    return stats;
}

Result<QString> SampleStore::normaliseValue(Field field, const QString &input)
{
    const QString value = input.simplified();
    switch (field) {
    case Field::Type: {
        const QString lower = value.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        if (sampleTypes().contains(lower))
            return lower;
        // "bombo", "hi hat", "closed hat", "palmas": what a name would say.
        const NameHints hints = parseNameHints(value, {});
        for (const Evidence &e : hints.evidence) {
            if (e.field == Field::Type)
                return e.value;
        }
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not a sample type; use one of: %2")
                                                         .arg(value, sampleTypes().join(QStringLiteral(", "))));
    }
    case Field::Kind: {
        const QString lower = value.toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        if (lower == QLatin1String("loop") || lower == QLatin1String("bucle"))
            return loopKind();
        if (lower == QLatin1String("oneshot") || lower == QLatin1String("hit") || lower == QLatin1String("golpe"))
            return oneShotKind();
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not a kind; use loop or one-shot").arg(value));
    }
    case Field::Bpm: {
        bool ok = false;
        const double bpm = QString(value).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || bpm < 20 || bpm > 999)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not a tempo (20 to 999 BPM)").arg(value));
        return QString::number(std::round(bpm * 100) / 100);
    }
    case Field::Key: {
        if (const auto key = MusicalKey::parse(value))
            return key->name();
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not a key (try Am, F#m, C, 8A or \"la menor\")").arg(value));
    }
    case Field::Root: {
        bool isNumber = false;
        const int midi = value.toInt(&isNumber);
        if (isNumber && midi >= 0 && midi <= 127)
            return noteName(midi);
        if (const auto note = parseNoteName(value))
            return noteName(*note);
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not a note (try A1, C#2 or a MIDI number; C3 = 60)").arg(value));
    }
    case Field::Genre:
    case Field::Comment:
        if (value.isEmpty())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("the %1 cannot be empty").arg(fieldName(field)));
        return value.left(field == Field::Genre ? 80 : 500);
    }
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown field"));
}

Result<void> SampleStore::correct(qint64 sampleId, Field field, const QString &value)
{
    const Result<QString> normalised = normaliseValue(field, value);
    if (!normalised)
        return normalised.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = store::Transaction::begin(*db);
    if (!tx)
        return tx.error();
    auto insert = prepare(*db, QStringLiteral(
        "INSERT OR REPLACE INTO sample_corrections (sample_id, field, value, corrected_at)"
        " SELECT id, ?, ?, ? FROM samples WHERE id = ?"));
    if (!insert)
        return insert.error();
    for (const QVariant &v : {QVariant(fieldName(field)), QVariant(*normalised), QVariant(now()), QVariant(sampleId)})
        insert->addBindValue(v);
    if (auto ran = exec(*insert); !ran)
        return ran;
    if (insert->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no sample %1 in the library").arg(sampleId));
    if (auto resolved = refreshResolved(*db, sampleId); !resolved)
        return resolved;
    return tx->commit();
}

Result<void> SampleStore::clearCorrection(qint64 sampleId, Field field)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = store::Transaction::begin(*db);
    if (!tx)
        return tx.error();
    auto remove = prepare(*db, QStringLiteral("DELETE FROM sample_corrections WHERE sample_id = ? AND field = ?"));
    if (!remove)
        return remove.error();
    remove->addBindValue(sampleId);
    remove->addBindValue(fieldName(field));
    if (auto ran = exec(*remove); !ran)
        return ran;
    if (auto resolved = refreshResolved(*db, sampleId); !resolved)
        return resolved;
    return tx->commit();
}

Result<void> SampleStore::addUserTag(qint64 sampleId, const QString &tag)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    const QString name = tag.simplified().toLower().left(60);
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a tag cannot be empty"));
    auto tx = store::Transaction::begin(*db);
    if (!tx)
        return tx.error();
    auto insertTag = prepare(*db, QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = name RETURNING id"));
    if (!insertTag)
        return insertTag.error();
    insertTag->addBindValue(name);
    if (auto ran = exec(*insertTag); !ran)
        return ran;
    if (!insertTag->next())
        return makeError(ErrorCode::Database, QStringLiteral("the tag could not be stored"));
    const qint64 tagId = insertTag->value(0).toLongLong();
    insertTag->finish();
    // A user's tag replaces the same word found in the name, so that a rename does not drop it.
    auto link = prepare(*db, QStringLiteral("INSERT OR REPLACE INTO sample_tags (sample_id, tag_id, source)"
                                            " SELECT id, ?, 'user' FROM samples WHERE id = ?"));
    if (!link)
        return link.error();
    link->addBindValue(tagId);
    link->addBindValue(sampleId);
    if (auto ran = exec(*link); !ran)
        return ran;
    if (link->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no sample %1 in the library").arg(sampleId));
    if (auto resolved = refreshResolved(*db, sampleId); !resolved)
        return resolved;
    return tx->commit();
}

Result<void> SampleStore::removeUserTag(qint64 sampleId, const QString &tag)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = store::Transaction::begin(*db);
    if (!tx)
        return tx.error();
    auto remove = prepare(*db, QStringLiteral(
        "DELETE FROM sample_tags WHERE sample_id = ? AND tag_id = (SELECT id FROM tags WHERE name = ?)"));
    if (!remove)
        return remove.error();
    remove->addBindValue(sampleId);
    remove->addBindValue(tag.simplified().toLower());
    if (auto ran = exec(*remove); !ran)
        return ran;
    if (auto resolved = refreshResolved(*db, sampleId); !resolved)
        return resolved;
    return tx->commit();
}

} // namespace musiaia::library

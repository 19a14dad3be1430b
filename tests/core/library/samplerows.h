// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sample rows for the search's tests, written without audio: the evidence says what each is.
#include "library/samplestore.h"
#include "library/searchfacets.h"
#include "store/sql.h"

#include <QSqlQuery>

namespace musiaia::library::testing {

// Adds /lib/<relative> to `store`; the new sample's id, or -1.
inline qint64 addSample(SampleStore &store, qint64 folderId, const QString &relative, double duration,
                        const QList<Evidence> &evidence, const QStringList &tags = {})
{
    auto db = store.database().connection();
    ImportedFile file;
    file.folderId = folderId;
    file.path = QStringLiteral("/lib/") + relative;
    file.relativeDir = relative.section(QLatin1Char('/'), 0, -2);
    file.size = 1000 + relative.size();
    file.mtimeMs = 1;
    file.contentHash = relative;
    file.analysis.info = {QStringLiteral("wav"), QStringLiteral("pcm16"), 44100, 2, 16, qint64(duration * 44100), duration};
    file.analysis.evidence = evidence;
    file.analysis.tags = tags;
    const auto id = store.writeSample(*db, file);
    return id ? *id : -1;
}

inline Evidence fact(Field field, const QString &value, double confidence = 0.9, Source source = Source::Name)
{
    return Evidence{field, source, value, confidence, QStringLiteral("test")};
}

// A sample as MusiaIA wrote it before migration 8 (schemas 1 to 7: a text index without the facets
// column), straight into the tables: the migrations' tests open a file at an earlier schema, which
// SampleStore, written for the current one, cannot fill. The row, its evidence (from the name), a
// correction, the musician's tags and the three text columns, as SampleStore wrote them then.
struct EarlierSample
{
    QString relative;   // below /lib
    QString type;
    double typeConfidence = 0.9;
    QString kind;
    std::optional<double> bpm;
    std::optional<int> keyCode;
    QString correctedType;   // the musician's type, when they said one
    QStringList userTags;
};

inline qint64 addEarlierSample(const QSqlDatabase &db, qint64 folderId, const EarlierSample &s)
{
    const auto orNull = [](const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); };
    const auto run = [&db](const QString &sql, const QVariantList &values) -> std::optional<QVariant> {
        auto query = store::prepare(db, sql);
        if (!query) {
            qWarning("%s", qPrintable(query.error().message));
            return std::nullopt;
        }
        for (const QVariant &value : values)
            query->addBindValue(value);
        if (auto ran = store::exec(*query); !ran) {
            qWarning("%s", qPrintable(ran.error().message));
            return std::nullopt;
        }
        return query->lastInsertId();
    };
    const QString dir = s.relative.section(QLatin1Char('/'), 0, -2);
    const QString name = s.relative.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
    const QString type = s.correctedType.isEmpty() ? s.type : s.correctedType;
    const std::optional<MusicalKey> key = s.keyCode ? std::optional(MusicalKey::fromCode(*s.keyCode)) : std::nullopt;
    const auto inserted = run(
        QStringLiteral("INSERT INTO samples (folder_id, path, relative_dir, name, size, mtime, content_hash, format, encoding,"
                       " duration, sample_rate, channels, bit_depth, missing, analysis_version, imported_at, analysed_at,"
                       " type, type_confidence, type_source, kind, kind_confidence, kind_source,"
                       " bpm, bpm_confidence, bpm_source, key_code, key_confidence, key_source)"
                       " VALUES (?, ?, ?, ?, 1000, 1, ?, 'wav', 'pcm16', 1.0, 44100, 2, 16, 0, 1, '2026-01-01', '2026-01-01',"
                       " ?, ?, ?, ?, 0.9, 'name', ?, ?, ?, ?, ?, ?)"),
        {folderId, QString(QStringLiteral("/lib/") + s.relative), dir, name, s.relative, orNull(type),
         type.isEmpty() ? QVariant() : s.correctedType.isEmpty() ? s.typeConfidence : 1.0,
         type.isEmpty() ? QVariant() : s.correctedType.isEmpty() ? QStringLiteral("name") : QStringLiteral("user"), orNull(s.kind),
         s.bpm ? QVariant(*s.bpm) : QVariant(), s.bpm ? QVariant(0.9) : QVariant(), s.bpm ? QStringLiteral("name") : QVariant(),
         key ? QVariant(key->code()) : QVariant(), key ? QVariant(0.9) : QVariant(), key ? QStringLiteral("name") : QVariant()});
    if (!inserted)
        return -1;
    const qint64 id = inserted->toLongLong();
    const QString evidence = QStringLiteral("INSERT INTO sample_evidence (sample_id, field, source, value, confidence) VALUES (?, ?, 'name', ?, ?)");
    if ((!s.type.isEmpty() && !run(evidence, {id, QStringLiteral("type"), s.type, s.typeConfidence}))
        || (!s.kind.isEmpty() && !run(evidence, {id, QStringLiteral("kind"), s.kind, 0.9}))
        || (s.bpm && !run(evidence, {id, QStringLiteral("bpm"), QString::number(*s.bpm), 0.9}))
        || (key && !run(evidence, {id, QStringLiteral("key"), key->name(), 0.9})))
        return -1;
    if (!s.correctedType.isEmpty()
        && !run(QStringLiteral("INSERT INTO sample_corrections (sample_id, field, value, corrected_at) VALUES (?, 'type', ?, '2026-01-02')"),
                {id, s.correctedType}))
        return -1;
    for (const QString &tag : s.userTags) {
        if (!run(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"), {tag})
            || !run(QStringLiteral("INSERT INTO sample_tags (sample_id, tag_id, source) SELECT ?, id, 'user' FROM tags WHERE name = ?"),
                    {id, tag}))
            return -1;
    }
    // The three text columns as SampleStore wrote them; the facets came with migration 8.
    const SampleSearchText text = sampleSearchText(name, dir, s.userTags, {type, s.kind, s.bpm, key, QString()});
    if (!run(QStringLiteral("INSERT INTO samples_fts (rowid, name, folder, tags) VALUES (?, ?, ?, ?)"),
             {id, text.name, text.folder, text.tags}))
        return -1;
    return id;
}

} // namespace musiaia::library::testing

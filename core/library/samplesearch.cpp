// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplesearch.h"

#include "library/nametokens.h"
#include "library/samplestore.h"
#include "store/sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace musiaia::library {
namespace {

// "dark kick" -> "dark"* AND "kick"*: every word must match the start of a word.
QString ftsExpression(const QString &text)
{
    QStringList terms;
    for (const QString &token : nameTokens(text)) {
        QString clean = token;
        clean.remove(QLatin1Char('"'));
        if (!clean.isEmpty())
            terms << QLatin1Char('"') + clean + QStringLiteral("\"*");
    }
    return terms.join(QStringLiteral(" AND "));
}

} // namespace

Result<std::pair<double, double>> parseRange(const QString &text, double singleTolerance)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:(?:-|\\.\\.|to)\\s*(\\d+(?:[.,]\\d+)?))?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not a number or a range like 120-128").arg(text));
    auto number = [](QString value) { return value.replace(QLatin1Char(','), QLatin1Char('.')).toDouble(); };
    const double low = number(match.captured(1));
    if (match.captured(2).isEmpty())
        return std::pair{low * (1 - singleTolerance), low * (1 + singleTolerance)};
    const double high = number(match.captured(2));
    return std::pair{std::min(low, high), std::max(low, high)};
}

Result<QList<SampleHit>> searchSamples(const store::Database &database, const SampleQuery &q)
{
    auto db = database.connection();
    if (!db)
        return db.error();

    const QString match = ftsExpression(q.text);
    QStringList where;
    QVariantList binds;
    QStringList score;          // relevance terms, each with its own parameters
    QVariantList scoreBinds;

    if (!q.includeMissing)
        where << QStringLiteral("s.missing = 0");
    if (!q.types.isEmpty()) {
        where << QStringLiteral("s.type IN (%1)").arg(QStringList(q.types.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString &type : q.types)
            binds << type;
        score << QStringLiteral("coalesce(s.type_confidence, 0) * 0.5");
    }
    if (!q.kind.isEmpty()) {
        where << QStringLiteral("s.kind = ?");
        binds << q.kind;
    }
    if (q.bpmMin || q.bpmMax) {
        const double low = q.bpmMin.value_or(0), high = q.bpmMax.value_or(10000);
        where << QStringLiteral("s.bpm BETWEEN ? AND ?");
        binds << low << high;
        // Nearer the middle of the range is better.
        score << QStringLiteral("(1.0 - abs(s.bpm - ?) / ?) * 0.5");
        scoreBinds << (low + high) / 2 << std::max(1.0, (high - low) / 2 + 1);
    }
    if (q.key) {
        const QList<MusicalKey> keys = q.compatibleKeys ? q.key->compatible() : QList<MusicalKey>{*q.key};
        where << QStringLiteral("s.key_code IN (%1)").arg(QStringList(keys.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        QString affinity = QStringLiteral("(CASE s.key_code");
        for (const MusicalKey &key : keys) {
            binds << key.code();
            affinity += QStringLiteral(" WHEN ? THEN ?");
            scoreBinds << key.code() << keyAffinity(*q.key, key);
        }
        score << affinity + QStringLiteral(" ELSE 0 END)");
    }
    if (q.durationMin) {
        where << QStringLiteral("s.duration >= ?");
        binds << *q.durationMin;
    }
    if (q.durationMax) {
        where << QStringLiteral("s.duration <= ?");
        binds << *q.durationMax;
    }
    if (!q.folder.isEmpty()) {
        QString root = q.folder;
        while (root.endsWith(QLatin1Char('/')) && root.size() > 1)
            root.chop(1);
        where << QStringLiteral("s.path > ? AND s.path < ?");
        binds << QString(root + QLatin1Char('/')) << QString(root + QLatin1Char('0'));
    }

    if (!match.isEmpty()) {
        // BM25 is negative, better when lower; names weigh most, then tags, then folders.
        score.prepend(QStringLiteral("-bm25(samples_fts, 10.0, 3.0, 6.0)"));
        where.prepend(QStringLiteral("samples_fts MATCH ?"));
        binds.prepend(match);
    }

    // Rank and cut first, on the narrow columns; read the full rows (with their tags) only for the
    // page that is returned.
    QString inner = QStringLiteral("SELECT s.id AS id, ")
        + (score.isEmpty() ? QStringLiteral("0.0") : score.join(QStringLiteral(" + "))) + QStringLiteral(" AS relevance, s.name AS name");
    QVariantList allBinds = scoreBinds;
    if (!match.isEmpty()) {
        inner += QStringLiteral(" FROM samples_fts JOIN samples s ON s.id = samples_fts.rowid");
    } else {
        inner += QStringLiteral(" FROM samples s");
    }
    if (!where.isEmpty())
        inner += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    allBinds << binds;
    // With nothing to score, order by name alone: the samples_name index then gives the first page
    // without sorting the library (a constant in the ORDER BY would defeat it).
    inner += score.isEmpty() ? QStringLiteral(" ORDER BY s.name COLLATE NOCASE, s.id LIMIT ? OFFSET ?")
                             : QStringLiteral(" ORDER BY relevance DESC, s.name COLLATE NOCASE, s.id LIMIT ? OFFSET ?");
    allBinds << std::clamp(q.limit, 1, 10000) << std::max(0, q.offset);
    const QString sql = QStringLiteral("SELECT ") + SampleStore::sampleColumns(QStringLiteral("s"))
        + QStringLiteral(", page.relevance FROM (") + inner
        + QStringLiteral(") page JOIN samples s ON s.id = page.id ORDER BY page.relevance DESC, page.name COLLATE NOCASE, s.id");

    auto query = store::prepare(*db, sql);
    if (!query)
        return query.error();
    for (const QVariant &value : std::as_const(allBinds))
        query->addBindValue(value);
    if (auto ran = store::exec(*query); !ran)
        return ran.error();
    QList<SampleHit> hits;
    while (query->next())
        hits.append({SampleStore::recordFromQuery(*query), query->value(34).toDouble()});
    return hits;
}

} // namespace musiaia::library

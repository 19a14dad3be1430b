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

namespace {

// How many matches of a text search are ranked in full (searchText).
constexpr int RankedPool = 250;

struct SearchStatement
{
    QString sql;
    QVariantList binds;
};

// What a query asks, as SQL terms over `samples s` (and samples_fts when there is text).
struct Criteria
{
    QString match;              // the FTS5 expression; empty without text
    QStringList where;          // every condition but the type's
    QVariantList binds;
    QStringList score;          // relevance terms, each with its own parameters
    QVariantList scoreBinds;

    // Every condition, the type's included.
    std::pair<QStringList, QVariantList> allConditions(const QStringList &types) const
    {
        QStringList terms = where;
        QVariantList values = binds;
        if (!types.isEmpty()) {
            terms << QStringLiteral("s.type IN (%1)").arg(QStringList(types.size(), QStringLiteral("?")).join(QLatin1Char(',')));
            for (const QString &type : types)
                values << type;
        }
        return {terms, values};
    }
    QString relevance() const { return score.isEmpty() ? QStringLiteral("0.0") : score.join(QStringLiteral(" + ")); }
};

QString whereClause(const QStringList &terms)
{
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

Criteria criteria(const SampleQuery &q)
{
    Criteria c;
    c.match = ftsExpression(q.text);
    QStringList &where = c.where;
    QVariantList &binds = c.binds;
    QStringList &score = c.score;
    QVariantList &scoreBinds = c.scoreBinds;
    const QString &match = c.match;

    if (!q.includeMissing)
        where << QStringLiteral("s.missing = 0");
    if (!q.types.isEmpty())
        score << QStringLiteral("coalesce(s.type_confidence, 0) * 0.5");
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
    return c;
}

SearchStatement searchStatement(const SampleQuery &q)
{
    const Criteria c = criteria(q);
    const QString &match = c.match;
    const QStringList &where = c.where;
    const QVariantList &binds = c.binds;
    const QStringList &score = c.score;
    const QVariantList &scoreBinds = c.scoreBinds;

    const int limit = std::clamp(q.limit, 1, 10000);
    const int offset = std::max(0, q.offset);
    const QString from = match.isEmpty() ? QStringLiteral(" FROM samples s")
                                         : QStringLiteral(" FROM samples_fts JOIN samples s ON s.id = samples_fts.rowid");
    const QString columns = QStringLiteral("SELECT s.id AS id, ") + c.relevance()
        + QStringLiteral(" AS relevance, s.name AS name, s.type_confidence AS certainty");
    // The order of the page. With nothing to score it is the name alone, and when the type's
    // certainty is the only score it is that certainty itself: samples_name and samples_by_type
    // then hold the rows in that order and the first page is read without sorting the matches (an
    // expression or a constant in the ORDER BY would defeat the index).
    const bool byCertainty = score.size() == 1 && !q.types.isEmpty();
    const QString order = score.isEmpty() ? QStringLiteral(" ORDER BY %1name COLLATE NOCASE, %1id")
                        : byCertainty     ? QStringLiteral(" ORDER BY %1certainty DESC, %1name COLLATE NOCASE, %1id")
                                          : QStringLiteral(" ORDER BY %1relevance DESC, %1name COLLATE NOCASE, %1id");

    // Rank and cut first, on the narrow columns; read the full rows (with their tags) only for the
    // page that is returned.
    QString inner;
    QVariantList allBinds;
    if (byCertainty && q.types.size() > 1) {
        // Several types: each type's best rows off its own index range, then the best of those.
        // (One IN over the types would read every row of every type to sort them.)
        QStringList arms;
        for (const QString &type : q.types) {
            arms << QStringLiteral("SELECT * FROM (") + columns + from
                    + whereClause(QStringList(where) << QStringLiteral("s.type = ?"))
                    + order.arg(QStringLiteral("s.")).replace(QStringLiteral("s.certainty"), QStringLiteral("s.type_confidence"))
                    + QStringLiteral(" LIMIT ?)");
            allBinds << binds << type << limit + offset;
        }
        inner = QStringLiteral("SELECT * FROM (") + arms.join(QStringLiteral(" UNION ALL ")) + QLatin1Char(')')
              + order.arg(QString()) + QStringLiteral(" LIMIT ? OFFSET ?");
    } else {
        const auto [terms, termBinds] = c.allConditions(q.types);
        inner = columns + from + whereClause(terms)
              + order.arg(QStringLiteral("s.")).replace(QStringLiteral("s.certainty"), QStringLiteral("s.type_confidence"))
                     .replace(QStringLiteral("s.relevance"), QStringLiteral("relevance"))
              + QStringLiteral(" LIMIT ? OFFSET ?");
        allBinds << scoreBinds << termBinds;
    }
    allBinds << limit << offset;
    const QString sql = QStringLiteral("SELECT ") + SampleStore::sampleColumns(QStringLiteral("s"))
        + QStringLiteral(", page.relevance FROM (") + inner
        + QStringLiteral(") page JOIN samples s ON s.id = page.id") + order.arg(QStringLiteral("page."));

    return {sql, allBinds};
}

// Prepares `sql`, binds `binds` in order and runs it.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    auto query = store::prepare(db, sql);
    if (!query)
        return query.error();
    for (const QVariant &value : binds)
        query->addBindValue(value);
    if (auto ran = store::exec(*query); !ran)
        return ran.error();
    return query;
}

Result<QSqlQuery> runStatement(const store::Database &database, const QString &prefix, const SearchStatement &statement)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    return run(*db, prefix + statement.sql, statement.binds);
}

// Runs `sql` with `binds`; `read` gets each row.
template<typename Read>
Result<void> forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, Read read)
{
    auto query = run(db, sql, binds);
    if (!query)
        return query.error();
    while (query->next())
        read(*query);
    return {};
}

// A text search. Ranking a match costs BM25 and a read of its sample row (about 2 µs), so a common
// word ("kick", "loop": thousands of matches in a large library) cannot rank every match within the
// few milliseconds a search may take. The pool of the RankedPool most recently imported matches
// (FTS5 hands them over newest first without sorting) is ranked in full; when fewer match, that is
// every match. Matches beyond the pool follow it, newest first, so every match is reachable by
// paging and pages never overlap.
Result<QList<SampleHit>> searchText(const store::Database &database, const SampleQuery &q)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    const Criteria c = criteria(q);
    auto [terms, termBinds] = c.allConditions(q.types);
    // With a selective filter (a type, a tempo, a key, a folder) most matches of a common word are
    // filtered out: the samples that pass the filters are listed first (through their covering
    // indexes) and the text index checks its matches against that list, instead of reading the
    // sample row of every match. The unary + keeps SQLite from asking FTS5 for each listed id.
    if (!q.types.isEmpty() || q.bpmMin || q.bpmMax || q.key || !q.folder.isEmpty()) {
        const QStringList filters = terms.mid(1);   // all but the MATCH
        const QVariantList filterBinds = termBinds.mid(1);
        terms.insert(1, QStringLiteral("+samples_fts.rowid IN (SELECT s.id FROM samples s") + whereClause(filters) + QLatin1Char(')'));
        termBinds = QVariantList{termBinds.first()} << filterBinds << filterBinds;
    }
    const int limit = std::clamp(q.limit, 1, 10000);
    const int offset = std::max(0, q.offset);
    const auto stream = [&](const QStringList &extra) -> QString {
        return QStringLiteral("SELECT s.id AS id, ") + c.relevance()
            + QStringLiteral(" AS relevance, s.name AS name, samples_fts.rowid AS recency"
                             " FROM samples_fts JOIN samples s ON s.id = samples_fts.rowid")
            + whereClause(QStringList(terms) << extra) + QStringLiteral(" ORDER BY samples_fts.rowid DESC LIMIT ? OFFSET ?");
    };
    QVariantList binds = QVariantList(c.scoreBinds) << termBinds;

    QList<std::pair<qint64, double>> page;
    int pooled = -1;
    qint64 oldest = 0;
    const auto readPooled = [&](const QSqlQuery &row) {
        page.append({row.value(0).toLongLong(), row.value(1).toDouble()});
        pooled = row.value(2).toInt();
        oldest = row.value(3).toLongLong();
    };
    if (auto ranked = forEachRow(*db, QStringLiteral("SELECT id, relevance, count(*) OVER (), min(recency) OVER () FROM (")
                                              + stream({}) + QStringLiteral(") ORDER BY relevance DESC, name COLLATE NOCASE, id LIMIT ? OFFSET ?"),
                                 QVariantList(binds) << RankedPool << 0 << limit << offset, readPooled);
        !ranked)
        return ranked.error();
    if (page.size() < limit) {
        if (pooled < 0) {   // the page starts after the pool: how big is the pool, where does it end?
            if (auto counted = forEachRow(*db, QStringLiteral("SELECT count(*), min(recency) FROM (") + stream({}) + QLatin1Char(')'),
                                          QVariantList(binds) << RankedPool << 0,
                                          [&](const QSqlQuery &row) {
                                              pooled = row.value(0).toInt();
                                              oldest = row.value(1).toLongLong();
                                          });
                !counted)
                return counted.error();
        }
        if (pooled == RankedPool) {
            if (auto rest = forEachRow(*db, stream({QStringLiteral("samples_fts.rowid < ?")}),
                                       QVariantList(c.scoreBinds) << termBinds << oldest << limit - int(page.size())
                                                                  << std::max(0, offset - pooled),
                                       [&](const QSqlQuery &row) { page.append({row.value(0).toLongLong(), row.value(1).toDouble()}); });
                !rest)
                return rest.error();
        }
    }
    if (page.isEmpty())
        return QList<SampleHit>();

    // The full rows of the page, in one statement.
    QHash<qint64, SampleRecord> records;
    QVariantList ids;
    for (const auto &[id, relevance] : std::as_const(page))
        ids << id;
    if (auto read = forEachRow(*db, QStringLiteral("SELECT ") + SampleStore::sampleColumns(QStringLiteral("s"))
                                        + QStringLiteral(" FROM samples s WHERE s.id IN (%1)")
                                              .arg(QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                               ids, [&](const QSqlQuery &row) {
                                   SampleRecord record = SampleStore::recordFromQuery(row);
                                   records.insert(record.id, record);
                               });
        !read)
        return read.error();
    QList<SampleHit> hits;
    for (const auto &[id, relevance] : std::as_const(page)) {
        if (records.contains(id))
            hits.append({records.value(id), relevance});
    }
    return hits;
}

} // namespace

Result<QList<SampleHit>> searchSamples(const store::Database &database, const SampleQuery &q)
{
    if (!ftsExpression(q.text).isEmpty())
        return searchText(database, q);
    auto query = runStatement(database, QString(), searchStatement(q));
    if (!query)
        return query.error();
    QList<SampleHit> hits;
    while (query->next())
        hits.append({SampleStore::recordFromQuery(*query), query->value(34).toDouble()});
    return hits;
}

Result<QStringList> searchPlan(const store::Database &database, const SampleQuery &q)
{
    auto query = runStatement(database, QStringLiteral("EXPLAIN QUERY PLAN "), searchStatement(q));
    if (!query)
        return query.error();
    QStringList steps;
    while (query->next())
        steps << query->value(3).toString();
    return steps;
}

} // namespace musiaia::library

// SPDX-License-Identifier: GPL-3.0-or-later
// Searches with text. Two ways, chosen by the filters:
//  - A folder, or a tempo range too wide for the facets, that narrows the library to at most
//    CandidateLimit samples: those samples are listed through the filters' indexes, and the text
//    index checks each of them (a seek in each word's list, ~5-10 us a sample) instead of walking
//    every match of a common word ("deep": 14,000 matches in 100,000 samples). Every match is ranked.
//  - Otherwise the text index drives. A type, a kind, a tempo range and a key are facets, words of
//    the text index (searchfacets.h): it hands over only the matches that have them, so a common
//    word with a wide filter ("warm" among 6,000 drum loops) reads no row that fails the filter.
//    Ranking a match costs BM25 and a read of its sample row (~2 us), so a common word ("kick",
//    "loop": thousands of matches) cannot rank every match within the few milliseconds a search may
//    take. The RankedPool most recently imported matches that pass the filters (FTS5 hands them
//    over newest first without sorting) are ranked in full; when fewer match, that is every match.
//    Matches beyond the pool follow it, newest first, so every match is reachable by paging and
//    pages never overlap.
#include "library/samplesearch_p.h"

#include <QSqlQuery>

namespace musiaia::library::detail {
namespace {

constexpr int RankedPool = 250;
constexpr int CandidateLimit = 500;

const QString TextJoin = QStringLiteral("samples_fts JOIN samples s ON s.id = samples_fts.rowid");

// BM25 is negative, better when lower; names weigh most, then tags, then folders; the facets
// (searchfacets.h) are filters: their matches do not count, and every row has four of them, so
// they lengthen every row alike.
SqlPart bm25Relevance(const Criteria &c)
{
    SqlPart relevance
        = joined(QList<SqlPart> { { QStringLiteral("-bm25(samples_fts, 10.0, 3.0, 6.0, 0.0)"), {} } } << c.scores,
                 QStringLiteral(" + "));
    relevance.sql += QStringLiteral(" AS relevance");
    return relevance;
}

// The text's share of the relevance when each sample is checked on its own. BM25 cannot be used
// there: FTS5 counts each word's documents over the whole index again for every sample it seeks.
// Instead each word found counts with its column's BM25 weight (names 10, tags 6, folders 3):
// highlight() marks every match in a column with one character, so the marks are the length gained.
SqlPart markedRelevance(const Criteria &c)
{
    QList<SqlPart> terms {
        { QStringLiteral("10.0 * coalesce(length(highlight(samples_fts, 0, char(1), '')) - "
                         "length(samples_fts.name), 0)"),
          {} },
        { QStringLiteral("3.0 * coalesce(length(highlight(samples_fts, 1, char(1), '')) - "
                         "length(samples_fts.folder), 0)"),
          {} },
        { QStringLiteral(
              "6.0 * coalesce(length(highlight(samples_fts, 2, char(1), '')) - length(samples_fts.tags), 0)"),
          {} },
    };
    SqlPart relevance = joined(terms << c.scores, QStringLiteral(" + "));
    relevance.sql += QStringLiteral(" AS relevance");
    return relevance;
}

SqlPart matching(const Criteria &c)
{
    return { QStringLiteral("samples_fts MATCH ?"), { c.match } };
}

// The text and the filters' facets together: the text index hands over only the matches that
// have the facets, off its own word lists, before any sample row is read.
SqlPart matchingWithFacets(const Criteria &c)
{
    if (c.facets.isEmpty())
        return matching(c);
    return { QStringLiteral("samples_fts MATCH ?"), { QString(c.match + QStringLiteral(" AND ") + c.facets) } };
}

// The samples that pass the filters, one more than CandidateLimit at most.
SqlPart candidateListing(const Criteria &c)
{
    return Select { { { QStringLiteral("s.id"), {} } },
                    { QStringLiteral("samples s"), {} },
                    c.conditions(),
                    {},
                    CandidateLimit + 1,
                    std::nullopt }
        .statement();
}

// Each candidate (a JSON array of ids) checked against the text; all of them ranked, one page cut.
SqlPart candidateRanking(const Criteria &c, const QString &candidates, int limit, int offset)
{
    return Select {
        { { QStringLiteral("s.id AS id"), {} }, markedRelevance(c) },
        { TextJoin, {} },
        { matching(c),
          { QStringLiteral("samples_fts.rowid IN (SELECT value FROM json_each(?))"), { candidates } } },
        { QStringLiteral("relevance DESC"), QStringLiteral("s.name COLLATE NOCASE"), QStringLiteral("s.id") },
        limit,
        offset
    }
        .statement();
}

// The newest matches that pass the filters, newest first; RankedPool of them unless changed.
Select matchStream(const Criteria &c, QList<SqlPart> columns)
{
    return { std::move(columns),
             { TextJoin, {} },
             QList<SqlPart> { matchingWithFacets(c) } << c.conditions(),
             { QStringLiteral("samples_fts.rowid DESC") },
             RankedPool,
             std::nullopt };
}

// The pool ranked in full, one page cut.
SqlPart poolRanking(const Criteria &c, int limit, int offset)
{
    const SqlPart pool = matchStream(c,
                                     { { QStringLiteral("s.id AS id"), {} },
                                       bm25Relevance(c),
                                       { QStringLiteral("s.name AS name"), {} } })
                             .statement();
    return Select { { { QStringLiteral("id"), {} }, { QStringLiteral("relevance"), {} } },
                    { QLatin1Char('(') + pool.sql + QLatin1Char(')'), pool.binds },
                    {},
                    { QStringLiteral("relevance DESC"), QStringLiteral("name COLLATE NOCASE"),
                      QStringLiteral("id") },
                    limit,
                    offset }
        .statement();
}

// How the search goes: with the candidates as a JSON array of ids, or driven by the text index.
struct Route
{
    std::optional<SqlPart> listing; // the statement that listed the candidates
    std::optional<QString> candidates;
};

Result<Route> route(const store::Database &database, const Criteria &c)
{
    Route way;
    if (!c.selective)
        return way;
    way.listing = candidateListing(c);
    QList<qint64> ids;
    auto listed
        = forEachRow(database, *way.listing, [&](const QSqlQuery &row) { ids << row.value(0).toLongLong(); });
    if (!listed)
        return listed.error();
    if (ids.size() <= CandidateLimit)
        way.candidates = jsonIdArray(ids);
    return way;
}

using Page = QList<std::pair<qint64, double>>;

Result<void> readInto(const store::Database &database, const SqlPart &statement, Page &page)
{
    return forEachRow(database, statement, [&](const QSqlQuery &row) {
        page.append({ row.value(0).toLongLong(), row.value(1).toDouble() });
    });
}

// The page from the pool, then (when it runs past the pool's end) from the matches beyond it.
Result<Page> pooledPage(const store::Database &database, const Criteria &c, int limit, int offset)
{
    Page page;
    if (auto ranked = readInto(database, poolRanking(c, limit, offset), page); !ranked)
        return ranked.error();
    if (page.size() == limit)
        return page;
    // Short: the pool ended within this page or before it. How big is it, where does it end?
    const SqlPart pool
        = matchStream(c, { { QStringLiteral("samples_fts.rowid AS recency"), {} } }).statement();
    int pooled = 0;
    qint64 oldest = 0;
    auto bounds = forEachRow(
        database,
        { QStringLiteral("SELECT count(*), min(recency) FROM (") + pool.sql + QLatin1Char(')'), pool.binds },
        [&](const QSqlQuery &row) {
            pooled = row.value(0).toInt();
            oldest = row.value(1).toLongLong();
        });
    if (!bounds)
        return bounds.error();
    if (pooled < RankedPool)
        return page; // the pool was every match
    Select rest = matchStream(c, { { QStringLiteral("s.id AS id"), {} }, bm25Relevance(c) });
    rest.where << SqlPart { QStringLiteral("samples_fts.rowid < ?"), { oldest } };
    rest.limit = limit - int(page.size());
    rest.offset = std::max(0, offset - pooled);
    if (auto more = readInto(database, rest.statement(), page); !more)
        return more.error();
    return page;
}

} // namespace

Result<Page> textSearchPage(const store::Database &database, const SampleQuery &q)
{
    const Criteria c = criteria(q);
    auto way = route(database, c);
    if (!way)
        return way.error();
    if (!way->candidates)
        return pooledPage(database, c, pageLimit(q), pageOffset(q));
    Page page;
    if (way->candidates->size() > 2) { // not "[]"
        if (auto ranked
            = readInto(database, candidateRanking(c, *way->candidates, pageLimit(q), pageOffset(q)), page);
            !ranked)
            return ranked.error();
    }
    return page;
}

Result<QStringList> textSearchPlan(const store::Database &database, const SampleQuery &q)
{
    const Criteria c = criteria(q);
    auto way = route(database, c);
    if (!way)
        return way.error();
    QStringList steps;
    if (way->listing) {
        auto listing = explain(database, *way->listing);
        if (!listing)
            return listing.error();
        steps << *listing;
    }
    auto ranking
        = explain(database,
                  way->candidates ? candidateRanking(c, *way->candidates, pageLimit(q), pageOffset(q))
                                  : poolRanking(c, pageLimit(q), pageOffset(q)));
    if (!ranking)
        return ranking.error();
    steps << *ranking;
    return steps;
}

} // namespace musiaia::library::detail

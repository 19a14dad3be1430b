// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/samplesearch.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

// What the search's files share (samplesearch.cpp, searchfilters.cpp, searchtext.cpp): SQL built
// from parts that carry their own parameters, the query's criteria as such parts, and running a
// statement through the thread's cached prepared statements.
namespace musiaia::library::detail {

// A piece of SQL and the values of its parameters, in order.
struct SqlPart
{
    QString sql;
    QVariantList binds;

    bool isEmpty() const { return sql.isEmpty(); }
};

// `parts` joined by `separator` (their parameters in the same order); `whenEmpty` when none.
SqlPart joined(const QList<SqlPart> &parts, const QString &separator, const QString &whenEmpty = QString());

// "?, ?, ?" with `values` as its parameters, for an IN list.
SqlPart placeholders(const QVariantList &values);

// A SELECT assembled from parts; statement() writes them in SQL order so that the parameters line
// up with their placeholders.
struct Select
{
    QList<SqlPart> columns;
    SqlPart from;
    QList<SqlPart> where; // joined by AND
    QStringList orderBy;
    std::optional<int> limit;
    std::optional<int> offset;

    SqlPart statement() const;
};

// The order of a result, over the columns as some SELECT names them.
struct OrderColumns
{
    QString relevance;
    QString certainty;
    QString name;
    QString id;
};

// What a query asks, as SQL over `samples s`.
struct Criteria
{
    QString match; // the FTS5 expression of the text, on the text columns only; empty without text
    QString facets; // the filters that the text index can check itself (searchfacets.h), or empty
    QList<SqlPart> filters; // every condition on s but the type's
    SqlPart types; // s.type IN (...); empty for any type
    QList<SqlPart> scores; // relevance terms other than the text's

    // The filters and the type together.
    QList<SqlPart> conditions() const;
    // A filter that may narrow the library a lot and that the text index cannot check itself: a
    // folder; a tempo range too wide for the facets (a type, a key and a tempo range are facets).
    bool selective = false;
    bool byTypeOnly = false; // the type's certainty is the only score
};

Criteria criteria(const SampleQuery &query);

// The facet words (searchfacets.h) a sample needs to pass a query's filters, as an FTS5
// expression on the facets column; empty when no filter has facets.
struct FacetFilter
{
    QString expression;
    bool complete = true; // every filter that narrows the library (type, tempo, key) is in it
};

// A tempo range too wide to list its whole tempos (60-200 BPM) is left out.
FacetFilter facetFilter(const SampleQuery &query);

// "dark kick" -> "dark"* AND "kick"*: every word must match the start of a word.
QString ftsExpression(const QString &text);

// Ids as one JSON array ("[3,17,42]") for `IN (SELECT value FROM json_each(?))`: one parameter,
// so the statement's text is the same for any number of ids and stays prepared.
QString jsonIdArray(const QList<qint64> &ids);

int pageLimit(const SampleQuery &query);
int pageOffset(const SampleQuery &query);

// Runs `statement` through this thread's cached prepared statement; `read` gets each row.
Result<void> forEachRow(const store::Database &database, const SqlPart &statement,
                        const std::function<void(const QSqlQuery &)> &read);

// SQLite's plan for `statement`, one step per entry.
Result<QStringList> explain(const store::Database &database, const SqlPart &statement);

// Searches without text (searchfilters.cpp): one statement, ranked and paged in SQL.
SqlPart filterStatement(const SampleQuery &query);

// Searches with text (searchtext.cpp). The plan lists every statement a search runs before it reads
// the page's full rows, in order.
Result<QList<std::pair<qint64, double>>> textSearchPage(const store::Database &database,
                                                        const SampleQuery &query);
Result<QStringList> textSearchPlan(const store::Database &database, const SampleQuery &query);

} // namespace musiaia::library::detail

// SPDX-License-Identifier: GPL-3.0-or-later
// The search's entry points and what its parts share. The statements themselves are in
// searchfilters.cpp (no text) and searchtext.cpp (text, with or without filters).
#include "samplesearch.h"

#include "library/nametokens.h"
#include "library/samplesearch_p.h"
#include "library/samplestore.h"
#include "store/sql.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace musiaia::library {
namespace detail {

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

QString jsonIdArray(const QList<qint64> &ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (const qint64 id : ids)
        texts << QString::number(id);
    return QLatin1Char('[') + texts.join(QLatin1Char(',')) + QLatin1Char(']');
}

int pageLimit(const SampleQuery &query)
{
    return std::clamp(query.limit, 1, 10000);
}

int pageOffset(const SampleQuery &query)
{
    return std::max(0, query.offset);
}

SqlPart joined(const QList<SqlPart> &parts, const QString &separator, const QString &whenEmpty)
{
    if (parts.isEmpty())
        return { whenEmpty, {} };
    SqlPart all;
    QStringList texts;
    for (const SqlPart &part : parts) {
        texts << part.sql;
        all.binds << part.binds;
    }
    all.sql = texts.join(separator);
    return all;
}

SqlPart placeholders(const QVariantList &values)
{
    return { QStringList(values.size(), QStringLiteral("?")).join(QStringLiteral(", ")), values };
}

SqlPart Select::statement() const
{
    SqlPart out = joined(columns, QStringLiteral(", "));
    out.sql = QStringLiteral("SELECT ") + out.sql + QStringLiteral(" FROM ") + from.sql;
    out.binds << from.binds;
    if (!where.isEmpty()) {
        const SqlPart conditions = joined(where, QStringLiteral(" AND "));
        out.sql += QStringLiteral(" WHERE ") + conditions.sql;
        out.binds << conditions.binds;
    }
    if (!orderBy.isEmpty())
        out.sql += QStringLiteral(" ORDER BY ") + orderBy.join(QStringLiteral(", "));
    if (limit) {
        out.sql += QStringLiteral(" LIMIT ?");
        out.binds << *limit;
    }
    if (offset) {
        out.sql += QStringLiteral(" OFFSET ?");
        out.binds << *offset;
    }
    return out;
}

Result<void> forEachRow(const store::Database &database, const SqlPart &statement,
                        const std::function<void(const QSqlQuery &)> &read)
{
    auto query = database.cachedQuery(statement.sql);
    if (!query)
        return query.error();
    for (int i = 0; i < statement.binds.size(); ++i)
        (*query)->bindValue(i, statement.binds.at(i));
    if (auto ran = store::exec(**query); !ran)
        return ran.error();
    while ((*query)->next())
        read(**query);
    return {};
}

Result<QStringList> explain(const store::Database &database, const SqlPart &statement)
{
    QStringList steps;
    auto ran
        = forEachRow(database, { QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql, statement.binds },
                     [&](const QSqlQuery &row) { steps << row.value(3).toString(); });
    if (!ran)
        return ran.error();
    return steps;
}

} // namespace detail

using namespace detail;

Result<std::pair<double, double>> parseRange(const QString &text, double singleTolerance)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:(?:-|\\.\\.|to)\\s*(\\d+(?:[.,]\\d+)?))?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not a number or a range like 120-128").arg(text));
    auto number = [](QString value) { return value.replace(QLatin1Char(','), QLatin1Char('.')).toDouble(); };
    const double low = number(match.captured(1));
    if (match.captured(2).isEmpty())
        return std::pair { low * (1 - singleTolerance), low * (1 + singleTolerance) };
    const double high = number(match.captured(2));
    return std::pair { std::min(low, high), std::max(low, high) };
}

namespace {

// The full rows (with their tags) of a text search's page, in the page's order.
Result<QList<SampleHit>> readPage(const store::Database &database,
                                  const QList<std::pair<qint64, double>> &page)
{
    if (page.isEmpty())
        return QList<SampleHit>();
    QList<qint64> ids;
    for (const auto &[id, relevance] : page)
        ids << id;
    QHash<qint64, SampleRecord> records;
    const SqlPart statement { QStringLiteral("SELECT ") + SampleStore::sampleColumns(QStringLiteral("s"))
                                  + QStringLiteral(
                                      " FROM samples s WHERE s.id IN (SELECT value FROM json_each(?))"),
                              { jsonIdArray(ids) } };
    auto read = forEachRow(database, statement, [&](const QSqlQuery &row) {
        SampleRecord record = SampleStore::recordFromQuery(row);
        records.insert(record.id, record);
    });
    if (!read)
        return read.error();
    QList<SampleHit> hits;
    for (const auto &[id, relevance] : page) {
        if (records.contains(id))
            hits.append({ records.value(id), relevance });
    }
    return hits;
}

} // namespace

Result<QList<SampleHit>> searchSamples(const store::Database &database, const SampleQuery &q)
{
    if (!ftsExpression(q.text).isEmpty()) {
        auto page = textSearchPage(database, q);
        if (!page)
            return page.error();
        return readPage(database, *page);
    }
    QList<SampleHit> hits;
    auto ran = forEachRow(database, filterStatement(q), [&](const QSqlQuery &row) {
        hits.append({ SampleStore::recordFromQuery(row), row.value(SampleStore::SampleColumnCount).toDouble() });
    });
    if (!ran)
        return ran.error();
    return hits;
}

Result<QStringList> searchPlan(const store::Database &database, const SampleQuery &q)
{
    if (!ftsExpression(q.text).isEmpty())
        return textSearchPlan(database, q);
    return explain(database, filterStatement(q));
}

} // namespace musiaia::library

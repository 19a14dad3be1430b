// SPDX-License-Identifier: GPL-3.0-or-later
// The query's criteria as SQL, and the search without text: one statement that ranks and pages on
// the narrow covering indexes, then reads the full rows of the page only.
#include "library/samplesearch_p.h"
#include "library/samplestore.h"

#include <QRegularExpression>

namespace musiaia::library::detail {

Criteria criteria(const SampleQuery &q)
{
    Criteria c;
    c.match = ftsExpression(q.text);
    // The facet words all start with "qx": a word typed so ("q", "qx...") would match them, so it
    // is looked for in the text columns only. Other words skip that check, which costs a read of
    // each match's positions.
    static const QRegularExpression wordFromQ(QStringLiteral("(?<![\\p{L}\\p{N}])q"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (c.match.contains(wordFromQ))
        c.match = QStringLiteral("{name folder tags} : (") + c.match + QLatin1Char(')');
    const FacetFilter facets = facetFilter(q);
    c.facets = facets.expression;
    if (!q.includeMissing)
        c.filters << SqlPart { QStringLiteral("s.missing = 0"), {} };
    if (!q.types.isEmpty()) {
        QVariantList types;
        for (const QString &type : q.types)
            types << type;
        const SqlPart list = placeholders(types);
        c.types = { QStringLiteral("s.type IN (") + list.sql + QLatin1Char(')'), list.binds };
        c.scores << SqlPart { QStringLiteral("coalesce(s.type_confidence, 0) * 0.5"), {} };
    }
    if (!q.kind.isEmpty())
        c.filters << SqlPart { QStringLiteral("s.kind = ?"), { q.kind } };
    if (q.bpmMin || q.bpmMax) {
        const double low = q.bpmMin.value_or(0), high = q.bpmMax.value_or(10000);
        c.filters << SqlPart { QStringLiteral("s.bpm BETWEEN ? AND ?"), { low, high } };
        // Nearer the middle of the range is better.
        c.scores << SqlPart { QStringLiteral("(1.0 - abs(s.bpm - ?) / ?) * 0.5"),
                              { (low + high) / 2, std::max(1.0, (high - low) / 2 + 1) } };
    }
    if (q.key) {
        const QList<MusicalKey> keys = q.compatibleKeys ? q.key->compatible() : QList<MusicalKey> { *q.key };
        QVariantList codes;
        SqlPart affinity { QStringLiteral("(CASE s.key_code"), {} };
        for (const MusicalKey &key : keys) {
            codes << key.code();
            affinity.sql += QStringLiteral(" WHEN ? THEN ?");
            affinity.binds << key.code() << keyAffinity(*q.key, key);
        }
        affinity.sql += QStringLiteral(" ELSE 0 END)");
        const SqlPart list = placeholders(codes);
        c.filters << SqlPart { QStringLiteral("s.key_code IN (") + list.sql + QLatin1Char(')'), list.binds };
        c.scores << affinity;
    }
    if (q.durationMin)
        c.filters << SqlPart { QStringLiteral("s.duration >= ?"), { *q.durationMin } };
    if (q.durationMax)
        c.filters << SqlPart { QStringLiteral("s.duration <= ?"), { *q.durationMax } };
    if (!q.folder.isEmpty()) {
        QString root = q.folder;
        while (root.endsWith(QLatin1Char('/')) && root.size() > 1)
            root.chop(1);
        // Every path below root/: '0' is the character after '/'.
        c.filters << SqlPart { QStringLiteral("s.path > ? AND s.path < ?"),
                               { QString(root + QLatin1Char('/')), QString(root + QLatin1Char('0')) } };
    }
    c.selective = !q.folder.isEmpty() || ((!q.types.isEmpty() || q.bpmMin || q.bpmMax || q.key) && !facets.complete);
    c.byTypeOnly = c.scores.size() == 1 && !q.types.isEmpty();
    return c;
}

QList<SqlPart> Criteria::conditions() const
{
    QList<SqlPart> all = filters;
    if (!types.isEmpty())
        all << types;
    return all;
}

namespace {

// The order of the page. With nothing to score it is the name alone, and when the type's certainty
// is the only score it is that certainty itself: samples_name and samples_by_type then hold the
// rows in that order and the first page is read without sorting the matches (an expression or a
// constant in the ORDER BY would defeat the index).
QStringList pageOrder(const Criteria &c, const OrderColumns &columns)
{
    const QString byName = columns.name + QStringLiteral(" COLLATE NOCASE");
    if (c.scores.isEmpty())
        return { byName, columns.id };
    if (c.byTypeOnly)
        return { columns.certainty + QStringLiteral(" DESC"), byName, columns.id };
    return { columns.relevance + QStringLiteral(" DESC"), byName, columns.id };
}

// The ranking's columns, over `samples s`.
QList<SqlPart> rankingColumns(const Criteria &c)
{
    SqlPart relevance = joined(c.scores, QStringLiteral(" + "), QStringLiteral("0.0"));
    relevance.sql += QStringLiteral(" AS relevance");
    return { { QStringLiteral("s.id AS id"), {} },
             relevance,
             { QStringLiteral("s.name AS name"), {} },
             { QStringLiteral("s.type_confidence AS certainty"), {} } };
}

const OrderColumns onSamples { QStringLiteral("relevance"), QStringLiteral("s.type_confidence"),
                               QStringLiteral("s.name"), QStringLiteral("s.id") };

} // namespace

SqlPart filterStatement(const SampleQuery &q)
{
    const Criteria c = criteria(q);
    const int limit = pageLimit(q);
    const int offset = pageOffset(q);

    // Rank and cut first, on the narrow columns; read the full rows (with their tags) only for the
    // page that is returned.
    SqlPart ranking;
    if (c.byTypeOnly && q.types.size() > 1) {
        // Several types: each type's best rows off its own index range, then the best of those.
        // (One IN over the types would read every row of every type to sort them.)
        QList<SqlPart> arms;
        for (const QString &type : q.types) {
            Select arm { rankingColumns(c),
                         { QStringLiteral("samples s"), {} },
                         QList<SqlPart>(c.filters) << SqlPart { QStringLiteral("s.type = ?"), { type } },
                         pageOrder(c, onSamples),
                         limit + offset,
                         std::nullopt };
            SqlPart armSql = arm.statement();
            arms << SqlPart { QStringLiteral("SELECT * FROM (") + armSql.sql + QLatin1Char(')'),
                              armSql.binds };
        }
        const SqlPart merged = joined(arms, QStringLiteral(" UNION ALL "));
        ranking = Select { { { QStringLiteral("*"), {} } },
                           { QLatin1Char('(') + merged.sql + QLatin1Char(')'), merged.binds },
                           {},
                           pageOrder(c,
                                     { QStringLiteral("relevance"), QStringLiteral("certainty"),
                                       QStringLiteral("name"), QStringLiteral("id") }),
                           limit,
                           offset }
                      .statement();
    } else {
        ranking = Select { rankingColumns(c),
                           { QStringLiteral("samples s"), {} },
                           c.conditions(),
                           pageOrder(c, onSamples),
                           limit,
                           offset }
                      .statement();
    }
    return Select {
        { { SampleStore::sampleColumns(QStringLiteral("s")), {} }, { QStringLiteral("page.relevance"), {} } },
        { QStringLiteral("(") + ranking.sql + QStringLiteral(") page JOIN samples s ON s.id = page.id"),
          ranking.binds },
        {},
        pageOrder(c,
                  { QStringLiteral("page.relevance"), QStringLiteral("page.certainty"),
                    QStringLiteral("page.name"), QStringLiteral("page.id") }),
        std::nullopt,
        std::nullopt
    }
        .statement();
}

} // namespace musiaia::library::detail

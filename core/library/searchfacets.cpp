// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/searchfacets.h"

#include "library/evidence.h"
#include "library/nametokens.h"
#include "library/samplesearch_p.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace musiaia::library {
namespace {

// Whole tempos a range may list; a wider range (60-200 BPM) filters little and would cost more
// in the text index than the rows it saves.
constexpr int MaxTempoWords = 32;
// Past any tempo a sample can have (corrections stop at 999 BPM); also keeps the cast to an
// integer defined for whatever a range's text says.
constexpr double MaxTempo = 1000;

// "drum-loop" -> "drumloop": the tokenizer splits at anything but letters and digits.
QString word(QLatin1String mark, const QString &value)
{
    QString letters;
    for (const QChar c : value) {
        if (c.isLetterOrNumber())
            letters += c.toLower();
    }
    return QString(mark) + letters;
}

QString typeWord(const QString &type)
{
    return word(QLatin1String("qxt"), type);
}

QString kindWord(const QString &kind)
{
    return word(QLatin1String("qxk"), kind);
}

QString tempoWord(double bpm)
{
    return QStringLiteral("qxb") + QString::number(qint64(std::floor(bpm)));
}

QString keyWord(int code)
{
    return QStringLiteral("qxc") + QString::number(code);
}

// "(a OR b OR c)", or the single word.
QString anyOf(const QStringList &words)
{
    return words.size() == 1 ? words.first()
                             : QLatin1Char('(') + words.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace

QString facetWords(const QString &type, const QString &kind, std::optional<double> bpm, std::optional<int> keyCode)
{
    // Always four words, "none" for what is unknown: BM25 counts every word of a row in its
    // length, and a sample should not rank lower for having a known tempo and key.
    const QString none = QStringLiteral("none");
    return QStringList { type.isEmpty() ? typeWord(none) : typeWord(type),
                         kind.isEmpty() ? kindWord(none) : kindWord(kind),
                         bpm && *bpm >= 0 && *bpm < MaxTempo ? tempoWord(*bpm) : QStringLiteral("qxbnone"),
                         keyCode ? keyWord(*keyCode) : QStringLiteral("qxcnone") }
        .join(QLatin1Char(' '));
}

SampleSearchText sampleSearchText(const QString &name, const QString &folder, const QStringList &tags,
                                  const SampleSearchFields &fields)
{
    QStringList tagWords = tags;
    if (!fields.type.isEmpty())
        tagWords << typeSearchWords(fields.type);
    if (!fields.kind.isEmpty())
        tagWords << (fields.kind == loopKind() ? QStringLiteral("loop") : QStringLiteral("oneshot one-shot"));
    if (fields.key)
        tagWords << fields.key->name() << fields.key->camelot();
    if (!fields.genre.isEmpty())
        tagWords << fields.genre;
    return { QString(name + QLatin1Char(' ') + nameTokens(name).join(QLatin1Char(' '))),
             nameTokens(folder).join(QLatin1Char(' ')), tagWords.join(QLatin1Char(' ')),
             facetWords(fields.type, fields.kind, fields.bpm,
                        fields.key ? std::optional(fields.key->code()) : std::nullopt) };
}

namespace detail {

FacetFilter facetFilter(const SampleQuery &q)
{
    FacetFilter filter;
    QStringList all;
    if (!q.types.isEmpty()) {
        QStringList words;
        for (const QString &type : q.types)
            words << typeWord(type);
        all << anyOf(words);
    }
    if (!q.kind.isEmpty())
        all << kindWord(q.kind);
    if (q.bpmMin || q.bpmMax) {
        const double low = std::max(0.0, q.bpmMin.value_or(0));
        const double high = q.bpmMax.value_or(MaxTempo);
        if (high >= low && high < MaxTempo && std::floor(high) - std::floor(low) < MaxTempoWords) {
            QStringList words;
            for (qint64 bpm = qint64(std::floor(low)); bpm <= qint64(std::floor(high)); ++bpm)
                words << tempoWord(double(bpm));
            all << anyOf(words);
        } else {
            filter.complete = false;
        }
    }
    if (q.key) {
        QStringList words;
        for (const MusicalKey &key : q.compatibleKeys ? q.key->compatible() : QList<MusicalKey> { *q.key })
            words << keyWord(key.code());
        all << anyOf(words);
    }
    if (!all.isEmpty())
        filter.expression
            = QStringLiteral("{facets} : (") + all.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    return filter;
}

} // namespace detail
} // namespace musiaia::library

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/musicalkey.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace musiaia::library {

// The text index's `facets` column: a sample's type, kind, whole tempo and key as words nobody
// types ("qxtdrumloop qxkloop qxb124 qxc9", "qxbnone" and so on for what is unknown). A text
// search with a filter on them asks the text index for both at once, and the index intersects its
// word lists; otherwise every sample that says the word is read to check the filter, thousands of
// rows for a common word and a wide type. The column is written with the sample's resolved fields
// (SampleStore::refreshResolved) and is only ever a first cut: the search still checks the
// filters on the sample rows. The query side is detail::facetFilter() (samplesearch_p.h).
QString facetWords(const QString &type, const QString &kind, std::optional<double> bpm,
                   std::optional<int> keyCode);

// A sample's row in the text index (samples_fts). SampleStore writes it; the benchmark and the
// tests' earlier-schema libraries build theirs the same way.
struct SampleSearchText
{
    QString name;     // as written, then split into words ("KickHard_01 kick hard 01")
    QString folder;   // the folders, as words
    QString tags;     // the tags, then the words for the type (English and Spanish), kind, key, genre
    QString facets;   // facetWords()
};

struct SampleSearchFields
{
    QString type;
    QString kind;
    std::optional<double> bpm;
    std::optional<MusicalKey> key;
    QString genre;
};

SampleSearchText sampleSearchText(const QString &name, const QString &folder, const QStringList &tags,
                                  const SampleSearchFields &fields);

} // namespace musiaia::library

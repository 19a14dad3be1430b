// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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

} // namespace musiaia::library

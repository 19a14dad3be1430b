// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "library/sampletypes.h"
#include "store/database.h"

#include <QStringList>

#include <optional>

namespace musiaia::library {

// A search of the library. Every criterion is optional; empty means "any".
struct SampleQuery
{
    QString text;                        // words from names, folders and tags ("dark kick", "bombo")
    QStringList types;                   // any of these types
    QString kind;                        // "loop" or "one-shot"
    std::optional<double> bpmMin;
    std::optional<double> bpmMax;
    std::optional<MusicalKey> key;
    bool compatibleKeys = false;         // also the relative key and the neighbours on the circle of fifths
    std::optional<double> durationMin;   // seconds
    std::optional<double> durationMax;
    QString folder;                      // only below this folder (absolute path)
    bool includeMissing = false;
    int limit = 50;
    int offset = 0;
};

struct SampleHit
{
    SampleRecord sample;
    double relevance = 0;
};

// Runs a query: full-text matching (FTS5, every word a prefix) ranked by BM25, plus closeness of
// key and tempo and the certainty of the type; best first, ties by name.
Result<QList<SampleHit>> searchSamples(const store::Database &database, const SampleQuery &query);

// SQLite's plan for a search (EXPLAIN QUERY PLAN, one step per entry): which indexes it reads and
// whether it sorts. For tests and diagnostics.
Result<QStringList> searchPlan(const store::Database &database, const SampleQuery &query);

// Parses "120", "120-128" or "120..128" into a range (a single tempo gives +-3 %).
Result<std::pair<double, double>> parseRange(const QString &text, double singleTolerance);

} // namespace musiaia::library

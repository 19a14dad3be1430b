// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysamples.h"

#include "library/samplestore.h"
#include "store/database.h"

#include <QFileInfo>

namespace musiaia::cli {

Result<library::SampleChoices> addLibrarySamples(als::LiveSet &set, const music::Plan &plan,
                                                 QTextStream &report)
{
    // Opening creates and migrates the file: a musician who never imported samples gets none,
    // and no database appears as a side effect of generating a song.
    const QString path = store::Database::defaultPath();
    if (!QFileInfo::exists(path)) {
        report << "Samples: no sample library yet (musiaia samples import DIR); the drums are MIDI only.\n";
        return library::SampleChoices {};
    }
    store::Database database(path);
    if (auto opened = database.open(); !opened)
        return opened.error();
    const auto stats = library::SampleStore(database).stats();
    if (!stats)
        return stats.error();
    if (stats->samples - stats->missing <= 0) {
        report << "Samples: the library has no samples; the drums are MIDI only.\n";
        return library::SampleChoices {};
    }
    auto choices = library::chooseSamples(database, plan);
    if (!choices)
        return choices.error();
    if (auto placed = library::placeSamples(set, plan, *choices); !placed)
        return placed.error();
    report << "Samples from your library (" << choices->choices.size() << " chosen of " << stats->samples
           << "):\n";
    for (const QString &line : choices->reasons())
        report << "  " << line << '\n';
    return choices;
}

} // namespace musiaia::cli

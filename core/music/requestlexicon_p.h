// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The words the request parser knows, in Spanish and English, normalised (lower case, no
// accents). Internal to requestparser.cpp.
namespace musiaia::music::lexicon {

enum class Kind {
    Genre,          // text = profile id
    Mood,           // value = Mood
    Part,           // value = PartRole
    Drums,          // every drum part at once ("batería", "drums")
    PartStyle,      // value = PartRole, text = style ("808" -> bass style 808)
    Instrument,     // value = PartRole, text = instrument ("piano" -> chords)
    Vocals,         // not something MusiaIA writes
    Section,        // value = SectionKind
    SizeLong,       // "largo", "long" (a section's, or the song's)
    SizeShort,
    TempoFaster,
    TempoSlower,
    Negate,         // "sin", "no", "without"
    Include,        // "con", "with", "añade"
    Connector,      // words that keep a "sin"/"con" going: "y", "ni", "the", "quiero"
    Mode,           // value = Mode; text "exact" when the musician insisted ("menor natural")
    Accidental,     // value = +1 or -1
    SwingOn,
    SwingOff,
    Swing,          // the word itself, for "swing 60%"
    UnitBpm,
    UnitMinutes,
    UnitSeconds,
    UnitBars,
    Percent,
    Half,           // "y medio", "and a half"
    KeyIntro,       // "en", "in", "key", "tonalidad"
    TempoIntro,     // "a", "at", "@", "tempo"
    NumberWord,     // value = the number
    Of,             // "de", "of": "drop de 16 compases"
};

struct Entry
{
    QStringList tokens;
    Kind kind = Kind::Connector;
    int value = 0;
    QString text;
};

// Every entry, genre aliases included (from the compiled-in profiles).
const QList<Entry> &entries();

// The longest entry whose tokens start at `tokens[index]`, or nullptr.
const Entry *longestMatch(const QStringList &tokens, qsizetype index, qsizetype *length);

// Single-token words worth matching with a typo ("reggeton", "trnace"), longest first.
const QList<const Entry *> &fuzzyCandidates();

// Damerau-Levenshtein distance, stopping early above `limit`.
int editDistance(QStringView a, QStringView b, int limit);

} // namespace musiaia::music::lexicon

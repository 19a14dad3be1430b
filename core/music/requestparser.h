// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/plan.h"
#include "music/theory.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The rule-based reading of a musician's request, in Spanish or English: "house a 124 BPM en La
// menor, 3 minutos, sin hi-hats, drop largo". Accents, case and small typos do not matter; words it
// does not know are ignored. When the request contradicts itself, one reading is kept and a note
// says which ("asked for both 'sin bajo' and 'con bajo': kept the bass").
namespace musiaia::music {

struct SectionRequest
{
    enum class Presence { Keep, Add, Remove };
    enum class Size { Default, Short, Long, Exact };

    SectionKind kind = SectionKind::Drop;
    Presence presence = Presence::Keep;
    Size size = Size::Default;
    int bars = 0;                 // Size::Exact
    QMap<PartRole, bool> parts;   // "sin hi-hats en la intro": parts in or out of this section only
    QString words;                // as the musician wrote them, for notes

    friend bool operator==(const SectionRequest &, const SectionRequest &) = default;
};

struct Request
{
    QString text;

    QString genre;                // a profile id; empty = none named
    double tempo = 0.0;           // BPM as asked; 0 = none
    int tempoFeel = 0;            // +1 "rápido", -1 "lento", relative to the genre
    int keyRoot = -1;             // pitch class as asked; -1 = none
    std::optional<Mode> keyMode;  // "menor", "dorian"; none = the genre decides
    bool modeLocked = false;      // "menor natural", "aeolian": keep exactly this mode
    std::optional<Mood> mood;
    LengthTarget length;
    double swing = -1.0;          // percent as asked; < 0 = none
    int swingFeel = 0;            // +1 "con swing", -1 "recto"/"straight"
    QMap<PartRole, bool> parts;   // role -> included (true) or left out (false)
    QMap<PartRole, QString> partStyles;       // "con 808" -> bass style "808"
    QMap<PartRole, QString> partInstruments;  // "con piano" -> chords on a piano
    QList<SectionRequest> sections;
    QStringList notes;            // for the musician: contradictions resolved, things not done

    // True when the request named anything musical at all.
    bool isMusical() const;
};

Request parseRequest(const QString &text);

// What the parser compares words on: lower case, no accents, hyphens as spaces.
QString normalizeRequestText(const QString &text);

} // namespace musiaia::music

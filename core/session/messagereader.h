// SPDX-License-Identifier: GPL-3.0-or-later
// The rule-based reading of a chat message, in Spanish or English: what it asks for (generate a
// project, change the current one, analyse a set, or talk) and, for a change, exactly what to
// change. The musical words themselves (genres, tempo, keys, parts, sections, moods) are read by
// music::parseRequest(); this adds what only makes sense in a conversation: "otro bajo", "más
// rápido", "sube un tono", "otra versión", "en este estilo", a dropped .als path, a question.
#pragma once

#include "session/sessiontypes.h"

#include "music/plan.h"
#include "music/requestparser.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace musiaia::session {

// What a modification asks to change. Empty fields change nothing.
struct PlanEdits
{
    double tempo = 0.0;                 // "a 128": BPM
    double tempoSteps = 0.0;            // "más rápido" +1, "un poco más lento" -0.5, "mucho más rápido" +2
    int keyRoot = -1;                   // "pásalo a Re menor"
    std::optional<music::Mode> keyMode;
    int transpose = 0;                  // "sube un tono" +2 semitones
    std::optional<music::Mood> mood;    // "más oscuro"
    QString genre;                      // "hazlo más techno"
    music::LengthTarget length;         // "que dure 4 minutos"
    int lengthSteps = 0;                // "más largo" +1, "más corto" -1
    QList<music::SectionRequest> sections;   // "quita la intro", "drop más largo", "añade un break"
    QMap<music::PartRole, bool> parts;       // "añade pads" (true), "sin hi-hats" (false)
    QMap<music::PartRole, QString> partStyles;
    QList<music::PartRole> regenerate;  // "otro bajo": the part again with a new seed
    bool regenerateAll = false;         // "otra versión": every part again, same settings
    QList<music::PartRole> swapSamples; // "otro sample de kick"
    bool swapAllSamples = false;        // "cambia los samples"
    double swing = -1.0;
    int swingSteps = 0;                 // "más swing" +1, "sin swing" -1

    bool isEmpty() const;
};

struct ReadingContext
{
    bool hasProject = false;            // the conversation has a current version to change
    QString currentGenre;               // its genre profile id
    bool hasReference = false;          // an analysed set "in this style" can refer to
    QString language;                   // the conversation's language so far ("es"/"en"/empty)
};

struct MessageReading
{
    Intent intent = Intent::Talk;
    QString language;                   // es|en
    music::Request request;             // the musical words, for a generation
    PlanEdits edits;                    // for a modification
    QString setPath;                    // Analyze: the set named or dropped (may be empty: ask)
    bool inStyle = false;               // "hazme algo en este estilo": from the reference set
    bool generateAfterAnalysis = false; // "hazme algo como /sets/x.als"
    bool newProject = false;            // "otro tema", "a new track": not a change of this one
    bool question = false;
};

MessageReading readMessage(const QString &text, const ReadingContext &context = {});

// "es" or "en" from the words of `text`; `fallback` when it says too little to tell.
QString detectLanguage(const QString &text, const QString &fallback = QString());

// A .als path in the text (quoted, a file:// URL, ~/..., or a bare path), expanded; empty if none.
QString findSetPath(const QString &text);

} // namespace musiaia::session

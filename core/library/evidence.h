// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/language.h"

#include <QList>
#include <QString>

#include <optional>

namespace musiaia::library {

// What is known about a sample beyond its file format.
enum class Field { Type, Kind, Bpm, Key, Root, Genre, Comment };
// Where a value came from, most trusted first. A user's correction always wins.
enum class Source { User, Tag, Name, Analysis };

QString fieldName(Field field);
std::optional<Field> fieldFromName(const QString &name);
QString sourceName(Source source);
std::optional<Source> sourceFromName(const QString &name);

// One piece of evidence: "the file name says kick (0.9)", "the audio says 124 BPM (0.8)".
struct Evidence
{
    Field field = Field::Type;
    Source source = Source::Analysis;
    QString value;          // canonical text: "kick", "loop", "124", "Am", "A1", "house"
    double confidence = 0;  // 0..1
    QString detail;         // why, for the musician: "file name token \"bombo\""

    friend bool operator==(const Evidence &, const Evidence &) = default;
};

// The value a field ends up with, and why.
struct ResolvedValue
{
    QString value;
    double confidence = 0;
    Source source = Source::Analysis;
};

// Picks the value of `field`: the user's correction when there is one; else the most confident
// evidence (ties go to the more trusted source). Evidence from different sources that agrees
// reinforces: two independent 0.7s make 0.91. Returns nothing when there is no evidence.
std::optional<ResolvedValue> resolveField(Field field, const QList<Evidence> &evidence);

// The instrument types, in the order they are listed to users.
const QStringList &sampleTypes();

// A type as a musician says it in a sentence: "closed hat", "hi-hat cerrado", "loop de batería".
QString sampleTypeName(const QString &type, Language language);
bool isDrumType(const QString &type);     // one-shot drum hits: kick ... perc
bool isTonalType(const QString &type);    // bass, lead, pad, chord, vocal, music-loop
bool isLoopType(const QString &type);     // drum-loop, music-loop

// "one-shot" and "loop".
QString oneShotKind();
QString loopKind();

} // namespace musiaia::library

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace musiaia::library {

// A major or minor key, as sample packs and DJ tools name them.
struct MusicalKey
{
    int pitchClass = 0;   // 0 = C ... 11 = B
    bool minor = false;

    // Stored as one number: pitch class, plus 12 when minor (0..23).
    int code() const { return pitchClass + (minor ? 12 : 0); }
    static MusicalKey fromCode(int code) { return {((code % 12) + 12) % 12, code >= 12}; }

    // "Am", "F#m", "Bb", "C": the spelling musicians expect for each key.
    QString name() const;
    // "8A" for A minor, "8B" for C major (Mixed In Key's Camelot wheel).
    QString camelot() const;
    MusicalKey relative() const;
    // Keys that mix well with this one, this one first: the relative key and the neighbours on the
    // circle of fifths (the Camelot wheel's same number other letter, and one step either way).
    QList<MusicalKey> compatible() const;

    // Understands "Am", "A min", "A minor", "F#min", "Gbmaj", "C", "8A", "la menor", "Do mayor",
    // "Sol#m", "Re m" and similar. Returns nothing for anything else.
    static std::optional<MusicalKey> parse(const QString &text);

    friend bool operator==(const MusicalKey &, const MusicalKey &) = default;
};

// How close two keys are for a musician: 1 same, 0.8 relative, 0.6 a fifth apart in the same mode,
// 0 otherwise (the order search results are sorted by).
double keyAffinity(const MusicalKey &wanted, const MusicalKey &candidate);

// Note names in Ableton Live's convention (MIDI 60 = C3): "A1" for MIDI 45.
QString noteName(int midiNote);
std::optional<int> parseNoteName(const QString &text);
// The pitch class (0..11) of a note letter with accidental ("F#", "Bb", "sol#"), or nothing.
std::optional<int> parsePitchClass(const QString &text);

} // namespace musiaia::library

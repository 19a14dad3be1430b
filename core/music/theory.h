// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"
#include "common/language.h"
#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <array>

// Pitch classes, keys, modes and chords: the small piece of music theory the parser, the composer
// and the metrics share. Pitch classes are 0..11 with 0 = C; MIDI pitches are 0..127 with 60 = C3
// in Ableton's naming (C4 in scientific pitch notation).
namespace musiaia::music {

enum class Mode { Major, Minor, Dorian, Phrygian, Lydian, Mixolydian, HarmonicMinor, PhrygianDominant };

inline constexpr std::array<Mode, 8> kAllModes = {Mode::Major,    Mode::Minor,         Mode::Dorian,
                                                  Mode::Phrygian, Mode::Lydian,        Mode::Mixolydian,
                                                  Mode::HarmonicMinor, Mode::PhrygianDominant};

// Stable lower-case names used in plans and JSON ("minor", "harmonic_minor").
QString modeName(Mode mode);
bool parseModeName(QStringView name, Mode *out);
// A musician's name: "minor", "harmonic minor".
QString modeDisplayName(Mode mode);

// The seven intervals of the mode, in semitones above the root, starting with 0.
const std::array<int, 7> &modeIntervals(Mode mode);
// True when the mode has a minor third (minor, Dorian, Phrygian, harmonic minor).
bool isMinorFamily(Mode mode);
// The scale Live shows for the set (Live 12's list).
als::ScaleMode toLiveScale(Mode mode);

struct Key
{
    int root = -1;          // pitch class, -1 = not chosen
    Mode mode = Mode::Minor;

    bool isValid() const { return root >= 0 && root < 12; }
    // Whether the pitch (any octave) belongs to the key's scale.
    bool contains(int pitch) const;
    // The pitch class of scale degree `degree` (0-based, wraps past 7).
    int degreePitchClass(int degree) const;

    friend bool operator==(const Key &, const Key &) = default;
};

inline int pitchClass(int pitch)
{
    return ((pitch % 12) + 12) % 12;
}

// English note names: "C", "c#", "Db", "F♯", "B flat". Returns -1 when the text is not a note.
int parseNoteName(QStringView text);
// "F#" or "Gb", as the key signature of `key` spells it (flats for F major, D minor, ...).
QString noteName(int pitchClass, const Key &key);
QString noteName(int pitchClass, bool preferFlats);
bool keyPrefersFlats(const Key &key);
// "A minor", "F# major", "D dorian".
QString keyDisplayName(const Key &key);
// The same in the musician's language: "A minor" / "La menor", "F# dorian" / "Fa# dórico".
QString keyDisplayName(const Key &key, Language language);
// "Am", "F#", "Bbm": the short form used in project names. Modes other than major and minor
// spell out the mode ("D dorian").
QString keyShortName(const Key &key);

// Camelot wheel ("8A" = A minor, "8B" = C major). Returns an invalid key for anything else.
Key parseCamelot(QStringView text);

// A chord as the composer plays it: a root and the intervals above it.
struct Chord
{
    int root = 0;                 // pitch class
    QList<int> intervals;         // semitones above the root, ascending, starting with 0
    QString symbol;               // the Roman numeral it came from ("VImaj7")

    // Pitch classes of the chord tones.
    QList<int> pitchClasses() const;
    bool containsPitchClass(int pc) const;
    // The chord's fifth (or what stands in for it), as a pitch class.
    int fifthPitchClass() const;
    friend bool operator==(const Chord &, const Chord &) = default;
};

// A Roman numeral relative to the key's own scale: the degree picks the scale note ("VI" in A minor
// is F), an optional b or # alters it ("bII" in F minor is Gb), the case picks a major or minor
// triad, and a suffix adds colour: "°"/"dim", "+"/"aug", "7", "maj7", "9", "maj9", "6", "sus2",
// "sus4", "add9". "m7" also works with an upper-case numeral. Examples: "i", "VImaj7", "ii7", "V7",
// "bVII", "iv9", "Isus2".
Result<Chord> parseRomanChord(QStringView numeral, const Key &key);
// True when the text is a well-formed numeral (checked without a key).
bool isValidRomanNumeral(QStringView numeral);

} // namespace musiaia::music

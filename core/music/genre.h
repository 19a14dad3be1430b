// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "music/plan.h"
#include "music/theory.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>

// Genre profiles: the facts of resources/genres/*.json (tempo, swing, drum patterns, bass styles,
// progressions and modes, arrangement, instruments, colours), loaded once and read-only after.
namespace musiaia::music {

// The drum sounds the patterns use, each written on its General MIDI note so that a Drum Rack or
// any GM kit plays it, and each belonging to one drum part (kick, snare, hats or percussion).
enum class DrumVoice {
    Kick, Snare, Clap, Rim, ClosedHat, PedalHat, OpenHat, Ride, Crash, Shaker, Tambourine,
    TomLow, TomMid, TomHigh, CongaHigh, CongaLow, BongoHigh, BongoLow, Cowbell, Clave,
};
inline constexpr int kDrumVoiceCount = 20;

QString drumVoiceName(DrumVoice voice);          // "kick", "chat", "ohat", "conga_high" ...
bool parseDrumVoiceName(QStringView name, DrumVoice *out);
int drumVoicePitch(DrumVoice voice);             // GM note: kick 36, clap 39, closed hat 42 ...
PartRole drumVoiceRole(DrumVoice voice);         // Kick, Snare, Hats or Percussion

// One lane of a pattern: a step per 16th note. 'X' accent, 'x' hit, 'o' soft, 'g' ghost, '.' rest;
// 'r' a 1/32 double and 't' a 16th-triplet run over this step and the next (trap, dubstep).
struct DrumLane
{
    DrumVoice voice = DrumVoice::Kick;
    QString steps;
};

struct DrumPattern
{
    QString name;
    double minEnergy = 0.0;       // the pattern is used in sections with energy in [min, max]
    double maxEnergy = 1.0;
    double weight = 1.0;
    int steps = 16;               // 16 (one bar) or 32 (two bars)
    QList<DrumLane> lanes;
};

// What the metrics hold this genre's drums and harmony to (music-facts.md section 5).
struct GenreChecks
{
    bool fourOnTheFloor = false;  // kick on 1, 5, 9, 13 in every bar the kick plays
    bool backbeat = false;        // snare or clap on 5 and 13
    bool halfTime = false;        // snare or clap on 9, nothing loud on 5 or 13
    bool dembow = false;          // snare or rim on 4, 7, 12, 15
    bool twoStep = false;         // drum and bass: kick on 1 and 11
    bool openHatOffbeats = false; // open hat on 3, 7, 11, 15
    bool tuplets = false;         // 1/32 and triplet rolls allowed (trap, dubstep)
    bool loop = true;             // loop-based: bars repeat inside a section
    double inKey = 0.98;          // share of pitched notes in the key
    double maxLateMs = 15.0;      // mean micro-timing bound (boom bap and lo-fi lean late)
};

struct ProgressionChoice
{
    QStringList chords;           // Roman numerals
    QList<Mood> moods;            // moods it suits; empty = any
    double weight = 1.0;
};

struct PartTemplate
{
    QString id;
    PartRole role = PartRole::Lead;
    QString name;                 // track name; empty = from the role
    QString instrument;
    QStringList styles;           // allowed styles, the first is the default
    bool byDefault = true;        // false: only when asked for ("con pads")
};

struct SectionTemplate
{
    QString name;
    SectionKind kind = SectionKind::Drop;
    int bars = 8;
    double energy = 0.5;
    QStringList parts;            // part ids from the profile
    bool optional = false;        // may go when the song is short
};

struct Humanize
{
    double velocity = 6.0;        // velocity jitter (MIDI units, triangular half-width)
    double timingMs = 4.0;        // timing jitter half-width
    double lateMs = 0.0;          // constant lay-back of snares and hats (boom bap, lo-fi)
};

struct GenreProfile
{
    QString id;
    QString name;
    QStringList aliases;          // what musicians call it, in Spanish and English
    double tempoMin = 120.0, tempoMax = 130.0, tempoDefault = 124.0;
    double swingMin = 50.0, swingMax = 50.0, swingDefault = 50.0;
    double lengthSeconds = 180.0;
    QList<Key> keys;              // usual keys, the first is the default
    QMap<Mood, Mode> moodModes;   // a mode a mood calls for ("dark" -> phrygian)
    int chordBars = 2;
    QList<ProgressionChoice> progressions;
    QList<DrumPattern> patterns;
    QStringList fills;            // fill kinds the genre uses (see drums.cpp)
    QList<PartRole> swingRoles;   // roles the swing applies to; empty = every role
    Humanize humanize;
    double leadDensity = 0.5;     // 0..1: how busy the lead is
    QList<PartTemplate> parts;
    QList<SectionTemplate> arrangement;
    QMap<PartRole, int> colors;   // palette index per role
    GenreChecks checks;

    const PartTemplate *partTemplate(const QString &id) const;
    const PartTemplate *firstPartWithRole(PartRole role) const;
    int colorFor(PartRole role) const;
    // The kind that carries the song's peak: drop for dance music, chorus for song forms.
    SectionKind mainKind() const;
};

// Reads and checks one profile; errors name the file's field.
Result<GenreProfile> genreFromJson(const QByteArray &json);

// Every profile compiled in, sorted by id. Loaded on first use, thread-safe, never changes.
const QList<GenreProfile> &allGenres();
const GenreProfile *findGenre(const QString &id);
// The resource paths of the compiled-in profiles (for tests and tools).
QStringList genreResourcePaths();

} // namespace musiaia::music

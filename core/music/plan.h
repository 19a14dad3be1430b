// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "music/theory.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>

// The Plan: everything the composer needs to write a song, as plain data. The request parser
// makes one, the AI providers return one (validated against resources/schemas/plan.schema.json),
// the chat session edits one ("otro bajo", "quita la intro", "pásalo a Re menor"), and the
// composer turns a complete one into a Live set. The same complete plan gives the same song.
//
// A plan may be partial (only a genre, say): fields left unset are filled by completePlan()
// (planner.h) from the genre profile and the seed. toJson() writes only what is set.
namespace musiaia::music {

enum class PartRole { Drums, Kick, Snare, Hats, Percussion, Bass, Chords, Lead, Pad, Arp, Fx };
enum class Mood { Neutral, Dark, Happy, Melancholic, Energetic, Chill, Dreamy, Aggressive };
enum class SectionKind { Intro, Verse, Build, Drop, Breakdown, Chorus, Bridge, Outro };

inline constexpr std::array<PartRole, 11> kAllRoles = {
    PartRole::Drums, PartRole::Kick,   PartRole::Snare, PartRole::Hats, PartRole::Percussion, PartRole::Bass,
    PartRole::Chords, PartRole::Lead,  PartRole::Pad,   PartRole::Arp,  PartRole::Fx};
inline constexpr std::array<Mood, 8> kAllMoods = {Mood::Neutral,   Mood::Dark,  Mood::Happy,  Mood::Melancholic,
                                                  Mood::Energetic, Mood::Chill, Mood::Dreamy, Mood::Aggressive};
inline constexpr std::array<SectionKind, 8> kAllSectionKinds = {
    SectionKind::Intro,     SectionKind::Verse,  SectionKind::Build,  SectionKind::Drop,
    SectionKind::Breakdown, SectionKind::Chorus, SectionKind::Bridge, SectionKind::Outro};

// Stable lower-case names used in JSON ("percussion", "melancholic", "breakdown").
QString roleName(PartRole role);
bool parseRoleName(QStringView name, PartRole *out);
QString moodName(Mood mood);
bool parseMoodName(QStringView name, Mood *out);
QString sectionKindName(SectionKind kind);
bool parseSectionKindName(QStringView name, SectionKind *out);
// A track name for the role ("Kick", "Hats", "Chords").
QString roleDisplayName(PartRole role);
bool isDrumRole(PartRole role);
// Roles whose notes are pitches in the key (bass, chords, lead, pad, arp).
bool isPitchedRole(PartRole role);
// The styles the composer knows for a role; the first is the default. Drum roles: density.
const QStringList &roleStyles(PartRole role);

struct Section
{
    QString name;                 // shown on the locator and the clips: "Drop 2"
    SectionKind kind = SectionKind::Drop;
    int bars = 8;
    double energy = 0.5;          // 0..1: how dense and loud the section is
    QStringList parts;            // ids of the parts that play, in the plan's part order
    QStringList progression;      // empty = the plan's progression

    friend bool operator==(const Section &, const Section &) = default;
};

struct Part
{
    QString id;                   // unique in the plan: "bass", "hats", "lead2"
    PartRole role = PartRole::Lead;
    QString name;                 // track name; empty = from the role
    QString instrument;           // a description for the musician and for sample choice
    QString style;                // one of roleStyles(role); empty = the genre's choice
    std::uint32_t seed = 0;       // the part's own seed: change it to regenerate only this part
    int color = -1;               // Live palette index 0..69; -1 = the genre's colour for the role

    friend bool operator==(const Part &, const Part &) = default;
};

// What the musician asked for as length; the plan's sections then add up to it (±1 bar).
struct LengthTarget
{
    int bars = 0;                 // > 0 when asked in bars
    double seconds = 0.0;         // > 0 when asked in time

    bool isSet() const { return bars > 0 || seconds > 0.0; }
    // The bar count at `tempo` (4/4), rounded to the nearest bar.
    int barsAt(double tempo) const;
    friend bool operator==(const LengthTarget &, const LengthTarget &) = default;
};

struct Plan
{
    static constexpr int kVersion = 1;
    static constexpr double kMinTempo = 40.0;
    static constexpr double kMaxTempo = 250.0;
    static constexpr int kMaxBars = 512;

    QString title;                // project name; empty = made from genre, key and tempo
    QString genre;                // a genre profile id ("house", "drum_and_bass")
    double tempo = 0.0;           // BPM; 0 = not chosen
    Key key;                      // invalid = not chosen
    int timeSignatureNumerator = 4;
    int timeSignatureDenominator = 4;
    Mood mood = Mood::Neutral;
    double swing = -1.0;          // percent, 50 = straight ... 75; < 0 = not chosen
    std::uint32_t seed = 0;
    LengthTarget length;          // what was asked; unset = the genre's usual length
    QStringList progression;      // Roman numerals relative to the key ("i", "VImaj7")
    int chordBars = 0;            // bars per chord; 0 = not chosen
    QList<Section> sections;      // empty = not chosen
    QList<Part> parts;            // empty = not chosen

    // Sum of the sections' bars.
    int totalBars() const;
    const Part *part(const QString &id) const;
    Part *part(const QString &id);
    // Parts with this role, in plan order.
    QList<const Part *> partsWithRole(PartRole role) const;
    // The section's own progression, or the plan's.
    const QStringList &progressionFor(const Section &section) const;
    // Whether every field the composer needs is set (see completePlan()).
    bool isComplete() const;

    friend bool operator==(const Plan &, const Plan &) = default;
};

// Writes what is set, with stable key order (QJsonObject sorts keys).
QJsonObject toJson(const Plan &plan);
QByteArray toJsonText(const Plan &plan);   // indented

// Reads and validates a plan, possibly partial. Errors name the field ("sections[2].bars: ...")
// and say what was expected, so that a model can repair its answer. Unknown fields are errors.
Result<Plan> planFromJson(const QJsonObject &object);
Result<Plan> planFromJson(const QByteArray &jsonText);

// Checks what JSON cannot express on its own: references between sections and parts, unique ids,
// styles per role. planFromJson() already calls it; call it after editing a plan by hand.
Result<void> validatePlan(const Plan &plan);

// resources/schemas/plan.schema.json, the contract AI providers are held to.
QJsonObject planSchema();
QByteArray planSchemaText();

} // namespace musiaia::music

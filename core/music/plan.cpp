// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/plan.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music {

namespace {

template<typename Enum, std::size_t N>
QString nameIn(const std::array<Enum, N> &all, const char *const (&names)[N], Enum value)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (all[i] == value)
            return QString::fromLatin1(names[i]);
    }
    return QString();
}

template<typename Enum, std::size_t N>
bool parseIn(const std::array<Enum, N> &all, const char *const (&names)[N], QStringView name, Enum *out)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name.compare(QLatin1StringView(names[i]), Qt::CaseInsensitive) == 0) {
            *out = all[i];
            return true;
        }
    }
    return false;
}

const char *const kRoleNames[] = {"drums", "kick", "snare", "hats", "percussion", "bass",
                                  "chords", "lead", "pad", "arp", "fx"};
const char *const kMoodNames[] = {"neutral", "dark", "happy", "melancholic", "energetic", "chill", "dreamy",
                                  "aggressive"};
const char *const kSectionKindNames[] = {"intro", "verse", "build", "drop", "breakdown", "chorus", "bridge",
                                         "outro"};

} // namespace

QString roleName(PartRole role)
{
    return nameIn(kAllRoles, kRoleNames, role);
}

bool parseRoleName(QStringView name, PartRole *out)
{
    return parseIn(kAllRoles, kRoleNames, name, out);
}

QString moodName(Mood mood)
{
    return nameIn(kAllMoods, kMoodNames, mood);
}

bool parseMoodName(QStringView name, Mood *out)
{
    return parseIn(kAllMoods, kMoodNames, name, out);
}

QString sectionKindName(SectionKind kind)
{
    return nameIn(kAllSectionKinds, kSectionKindNames, kind);
}

bool parseSectionKindName(QStringView name, SectionKind *out)
{
    return parseIn(kAllSectionKinds, kSectionKindNames, name, out);
}

QString roleDisplayName(PartRole role)
{
    switch (role) {
    case PartRole::Drums: return QCoreApplication::translate("musiaia::music", "Drums");
    case PartRole::Kick: return QCoreApplication::translate("musiaia::music", "Kick");
    case PartRole::Snare: return QCoreApplication::translate("musiaia::music", "Snare");
    case PartRole::Hats: return QCoreApplication::translate("musiaia::music", "Hats");
    case PartRole::Percussion: return QCoreApplication::translate("musiaia::music", "Percussion");
    case PartRole::Bass: return QCoreApplication::translate("musiaia::music", "Bass");
    case PartRole::Chords: return QCoreApplication::translate("musiaia::music", "Chords");
    case PartRole::Lead: return QCoreApplication::translate("musiaia::music", "Lead");
    case PartRole::Pad: return QCoreApplication::translate("musiaia::music", "Pad");
    case PartRole::Arp: return QCoreApplication::translate("musiaia::music", "Arp");
    case PartRole::Fx: return QCoreApplication::translate("musiaia::music", "FX");
    }
    return QString();
}

bool isDrumRole(PartRole role)
{
    return role == PartRole::Drums || role == PartRole::Kick || role == PartRole::Snare || role == PartRole::Hats
        || role == PartRole::Percussion;
}

bool isPitchedRole(PartRole role)
{
    return role == PartRole::Bass || role == PartRole::Chords || role == PartRole::Lead || role == PartRole::Pad
        || role == PartRole::Arp;
}

const QStringList &roleStyles(PartRole role)
{
    static const QStringList drums = {u"normal"_s, u"sparse"_s, u"busy"_s};
    static const QStringList bass = {u"offbeat"_s,   u"rolling"_s,  u"octave"_s,     u"walking"_s,
                                     u"sustained"_s, u"808"_s,      u"reese"_s,      u"wobble"_s,
                                     u"tresillo"_s,  u"syncopated"_s, u"log_drum"_s, u"acid"_s};
    static const QStringList chords = {u"stabs"_s, u"offbeat"_s, u"sustained"_s, u"comp"_s, u"pulse"_s};
    static const QStringList lead = {u"motif"_s, u"riff"_s, u"sparse"_s};
    static const QStringList pad = {u"sustained"_s, u"swell"_s};
    static const QStringList arp = {u"up"_s, u"updown"_s, u"pattern"_s};
    static const QStringList fx = {u"transitions"_s};
    switch (role) {
    case PartRole::Drums:
    case PartRole::Kick:
    case PartRole::Snare:
    case PartRole::Hats:
    case PartRole::Percussion: return drums;
    case PartRole::Bass: return bass;
    case PartRole::Chords: return chords;
    case PartRole::Lead: return lead;
    case PartRole::Pad: return pad;
    case PartRole::Arp: return arp;
    case PartRole::Fx: return fx;
    }
    return drums;
}

int LengthTarget::barsAt(double tempo) const
{
    if (bars > 0)
        return bars;
    if (seconds <= 0.0 || tempo <= 0.0)
        return 0;
    return int(std::lround(seconds * tempo / 240.0));
}

int Plan::totalBars() const
{
    int total = 0;
    for (const Section &section : sections)
        total += section.bars;
    return total;
}

const Part *Plan::part(const QString &id) const
{
    for (const Part &candidate : parts) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

Part *Plan::part(const QString &id)
{
    for (Part &candidate : parts) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QList<const Part *> Plan::partsWithRole(PartRole role) const
{
    QList<const Part *> result;
    for (const Part &candidate : parts) {
        if (candidate.role == role)
            result << &candidate;
    }
    return result;
}

const QStringList &Plan::progressionFor(const Section &section) const
{
    return section.progression.isEmpty() ? progression : section.progression;
}

bool Plan::isComplete() const
{
    return !genre.isEmpty() && tempo > 0.0 && key.isValid() && swing >= 50.0 && !progression.isEmpty()
        && chordBars > 0 && !sections.isEmpty() && !parts.isEmpty();
}

} // namespace musiaia::music

// SPDX-License-Identifier: GPL-3.0-or-later
#include "scalenames.h"

#include <array>
#include <iterator>

namespace musiaia::als {

namespace {

constexpr int ModeCount = int(ScaleMode::Messiaen7) + 1;

// In ScaleMode order.
constexpr std::array<const char16_t *, ModeCount> Names = {
    u"Major", u"Minor", u"Dorian", u"Mixolydian", u"Lydian", u"Phrygian", u"Locrian", u"Whole Tone",
    u"Half-whole Dim.", u"Whole-half Dim.", u"Minor Blues", u"Minor Pentatonic", u"Major Pentatonic",
    u"Harmonic Minor", u"Harmonic Major", u"Dorian #4", u"Phrygian Dominant", u"Melodic Minor",
    u"Lydian Augmented", u"Lydian Dominant", u"Super Locrian", u"8-Tone Spanish", u"Bhairav",
    u"Hungarian Minor", u"Hirajoshi", u"In-Sen", u"Iwato", u"Kumoi", u"Pelog Selisir", u"Pelog Tembung",
    u"Messiaen 3", u"Messiaen 4", u"Messiaen 5", u"Messiaen 6", u"Messiaen 7",
};

struct Alias
{
    const char16_t *name;
    ScaleMode mode;
};

// Names from Live 9-11's (Push) scale list that differ from Live 12's.
constexpr Alias Aliases[] = {
    {u"Diminished", ScaleMode::HalfWholeDiminished}, {u"Whole-Half", ScaleMode::WholeHalfDiminished},
    {u"Hirojoshi", ScaleMode::Hirajoshi},            {u"Spanish", ScaleMode::EightToneSpanish},
    {u"Pelog", ScaleMode::PelogSelisir},             {u"Minor Gypsy", ScaleMode::HungarianMinor},
};

// Letters and digits only, lower case: "Half-whole Dim." and "half whole dim" compare equal.
QString folded(QStringView name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key += c.toLower();
        else if (c == u'#')
            key += u'#';
    }
    return key;
}

} // namespace

QString scaleModeName(ScaleMode mode)
{
    const int index = int(mode);
    return index >= 0 && index < ModeCount ? QString::fromUtf16(Names[size_t(index)]) : QString();
}

std::optional<ScaleMode> scaleModeFromName(QStringView name)
{
    const QString key = folded(name);
    if (key.isEmpty())
        return std::nullopt;
    for (int i = 0; i < ModeCount; ++i) {
        if (folded(QStringView(Names[size_t(i)])) == key)
            return ScaleMode(i);
    }
    for (const Alias &alias : Aliases) {
        if (folded(QStringView(alias.name)) == key)
            return alias.mode;
    }
    return std::nullopt;
}

std::optional<ScaleMode> scaleModeFromIndex(int index)
{
    if (index < 0 || index >= ModeCount)
        return std::nullopt;
    return ScaleMode(index);
}

} // namespace musiaia::als

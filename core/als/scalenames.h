// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"

#include <QStringView>

#include <optional>

// Live's scale names. Live 9 to 12.0 store a scale by name (<Name Value="Minor" />), Live 12.1+ by
// its index in Live's scale list, which is the order of ScaleMode.
namespace musiaia::als {

// The name Live shows for a scale ("Minor", "Harmonic Minor", "Dorian #4"). Only "Major" and "Minor"
// are confirmed in real Live 9-12.0 files; the rest follow Live 12's scale list.
QString scaleModeName(ScaleMode mode);

// The mode for a name as Live 9-12.0 write it. Case, spaces and punctuation are ignored, and the
// older Push names ("Diminished", "Whole-Half", "Hirojoshi") are understood. Empty when unknown.
std::optional<ScaleMode> scaleModeFromName(QStringView name);

// The mode for Live 12.1's integer index. Empty when out of range.
std::optional<ScaleMode> scaleModeFromIndex(int index);

} // namespace musiaia::als

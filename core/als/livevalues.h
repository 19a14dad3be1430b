// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"

#include <optional>

// Conversions between musical values and the numbers Live stores in a set.
namespace musiaia::als {

// Live's colour palette has 70 entries: Color Value 0..69 on tracks, clips and scenes.
inline constexpr int PaletteSize = 70;

// The linear gain Live stores for -70 dB, which its faders and sends show as -inf (off).
inline constexpr double GainSilent = 0.0003162277571;
// The top of a track fader, +6 dB.
inline constexpr double GainMax = 1.99526238;

// dB to the linear gain Live stores in Volume and Send (0 dB = 1). -70 dB and below give GainSilent.
double gainFromDb(double db);
// Linear gain to dB; GainSilent and below give -70.
double dbFromGain(double gain);

// A number read from a set as an int, rounded toward zero: NaN gives 0, and values past int's range
// stop at its ends. A hostile set can hold "1e300" anywhere, and a plain int() of that is undefined.
int saturatingInt(double value);

// A palette index Live accepts: 0..69, anything else is wrapped into the palette.
int paletteIndex(int color);

// Numerator 1..99 over a denominator of 1, 2, 4, 8 or 16: what Live's time signature can hold.
bool isValid(const TimeSignature &signature);
// The main track's TimeSignature enum: (numerator - 1) + 99 * log2(denominator); 4/4 = 201.
int timeSignatureValue(const TimeSignature &signature);
// The inverse of timeSignatureValue(); empty when the value is out of Live's range.
std::optional<TimeSignature> timeSignatureFromValue(int value);

} // namespace musiaia::als

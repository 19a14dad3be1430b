// SPDX-License-Identifier: GPL-3.0-or-later
#include "als/livevalues.h"

#include <cmath>
#include <limits>

namespace musiaia::als {

namespace {
constexpr double SilentDb = -70.0;
constexpr int DenominatorSteps = 5; // 1, 2, 4, 8, 16
} // namespace

double gainFromDb(double db)
{
    if (!(db > SilentDb))
        return GainSilent;
    return std::pow(10.0, db / 20.0);
}

double dbFromGain(double gain)
{
    if (!(gain > GainSilent))
        return SilentDb;
    return 20.0 * std::log10(gain);
}

int saturatingInt(double value)
{
    if (std::isnan(value))
        return 0;
    if (value >= double(std::numeric_limits<int>::max()))
        return std::numeric_limits<int>::max();
    if (value <= double(std::numeric_limits<int>::min()))
        return std::numeric_limits<int>::min();
    return int(value);
}

int paletteIndex(int color)
{
    const int wrapped = color % PaletteSize;
    return wrapped < 0 ? wrapped + PaletteSize : wrapped;
}

bool isValid(const TimeSignature &signature)
{
    if (signature.numerator < 1 || signature.numerator > 99)
        return false;
    for (int step = 0; step < DenominatorSteps; ++step) {
        if (signature.denominator == 1 << step)
            return true;
    }
    return false;
}

int timeSignatureValue(const TimeSignature &signature)
{
    int step = 0;
    while (step < DenominatorSteps - 1 && (1 << step) < signature.denominator)
        ++step;
    return (signature.numerator - 1) + 99 * step;
}

std::optional<TimeSignature> timeSignatureFromValue(int value)
{
    if (value < 0 || value >= 99 * DenominatorSteps)
        return std::nullopt;
    return TimeSignature{value % 99 + 1, 1 << (value / 99)};
}

} // namespace musiaia::als

// SPDX-License-Identifier: GPL-3.0-or-later
// Pitch helpers the part writers share: nearest chord and scale tones, scale steps, and chord
// voicings that move as little as possible from one chord to the next.
#include "music/composer_p.h"

#include <algorithm>
#include <cstdlib>

namespace musiaia::music::compose {

int nearestPitch(int pc, int target)
{
    const int below = target - pitchClass(target - pc);
    return (target - below) <= (below + 12 - target) ? below : below + 12;
}

int nearestChordTone(const Chord &chord, int target)
{
    int best = -1;
    for (int pc : chord.pitchClasses()) {
        const int pitch = nearestPitch(pc, target);
        if (best < 0 || std::abs(pitch - target) < std::abs(best - target)
            || (std::abs(pitch - target) == std::abs(best - target) && pitch < best)) {
            best = pitch;
        }
    }
    return best < 0 ? target : best;
}

int nearestScaleTone(const Key &key, int target)
{
    for (int distance = 0; distance < 12; ++distance) {
        if (key.contains(target - distance))
            return target - distance;
        if (key.contains(target + distance))
            return target + distance;
    }
    return target;
}

int scaleStep(const Key &key, int from, int steps)
{
    int pitch = from;
    const int direction = steps >= 0 ? 1 : -1;
    for (int n = 0; n < std::abs(steps); ++n) {
        pitch += direction;
        while (!key.contains(pitch))
            pitch += direction;
    }
    return pitch;
}

QList<int> voiceChord(const Chord &chord, const QList<int> &previous, int low, int high, int centre,
                      int maxVoices)
{
    // The chord's tones from the root up; with more tones than voices, the fifth goes first
    // (it adds least colour), then the highest extensions.
    QList<int> intervals = chord.intervals;
    if (intervals.size() > maxVoices && intervals.size() > 3) {
        const qsizetype fifth = intervals.indexOf(7);
        if (fifth > 0)
            intervals.removeAt(fifth);
    }
    while (intervals.size() > maxVoices)
        intervals.removeLast();

    QList<int> best;
    int bestCost = 0;
    // Every inversion, with its lowest note at each octave that fits.
    for (qsizetype inversion = 0; inversion < intervals.size(); ++inversion) {
        QList<int> shape;
        for (qsizetype i = 0; i < intervals.size(); ++i) {
            const qsizetype k = (inversion + i) % intervals.size();
            int pc = pitchClass(chord.root + intervals.at(k));
            int pitch = shape.isEmpty() ? pc : shape.constLast() + pitchClass(pc - shape.constLast());
            if (!shape.isEmpty() && pitch == shape.constLast())
                pitch += 12;
            shape << pitch;
        }
        for (int octave = 0; octave < 11; ++octave) {
            const int shift = octave * 12;
            const int bottom = shape.constFirst() + shift;
            if (bottom < low || bottom > high)
                continue;
            QList<int> voicing;
            for (int pitch : shape)
                voicing << pitch + shift;
            int cost = 0;
            if (previous.isEmpty()) {
                int sum = 0;
                for (int pitch : voicing)
                    sum += pitch;
                cost = std::abs(sum / int(voicing.size()) - centre) * 4;
            } else {
                // Moves of the voices in order, and a pull back to the centre so that the voicing
                // does not creep up or down over a long song.
                for (qsizetype i = 0; i < voicing.size(); ++i)
                    cost += std::abs(voicing.at(i) - previous.at(std::min(i, previous.size() - 1))) * 4;
                int sum = 0;
                for (int pitch : voicing)
                    sum += pitch;
                cost += std::abs(sum / int(voicing.size()) - centre);
            }
            if (best.isEmpty() || cost < bestCost) {
                best = voicing;
                bestCost = cost;
            }
        }
    }
    return best;
}

} // namespace musiaia::music::compose

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace musiaia::library {

// Low-level descriptors of a sound, from one pass of short-time spectra (about 46 ms windows,
// 11.6 ms hops) and a time-domain envelope. They feed the one-shot/loop and instrument rules, and
// the tempo estimate. All times are in seconds, all ratios 0..1.
struct AudioFeatures
{
    int sampleRate = 0;
    double duration = 0;
    double hopSeconds = 0;

    std::vector<float> envelope;        // RMS per hop, linear
    std::vector<float> onsetStrength;   // log-spectral flux per hop, 0..1
    std::vector<double> onsets;         // onset times
    std::vector<double> onsetRises;     // how much louder each onset makes the sound, dB

    double peak = 0;                    // highest envelope value (linear RMS)
    double peakTime = 0;
    double leadingSilence = 0;          // before the sound first rises above -40 dB of its peak
    double attackTime = 0;              // from 10 % to 90 % of the peak envelope
    double decayTime = 0;               // from the peak until it first falls 20 dB below it
    double effectiveLength = 0;         // first to last hop above -40 dB of the peak
    double sustain = 0;                 // mean envelope over the effective length / peak
    double energyCentroid = 0;          // where the energy sits in the effective length (0 start, 1 end)

    double centroid = 0;                // spectral centroid, Hz (energy-weighted over loud frames)
    double centroidEarly = 0;           // in the first, middle and last thirds of the sound
    double centroidMiddle = 0;
    double centroidLate = 0;
    double flatness = 0;                // 0 tonal .. 1 white noise (60 Hz - 16 kHz)
    double midFlatness = 0;             // the same between 200 Hz and 8 kHz, frames weighted
                                        // equally: tells harmonic music from drums under a kick
    double zeroCrossingRate = 0;        // crossings per second / sample rate
    double bandRatio[5] = {};           // energy below 150 Hz, 150-800, 800-3k, 3k-6k, above 6 kHz
    double earlyLowRatio = 0;           // energy below 150 Hz in the first 60 ms after the peak

    int bursts = 0;                     // separate bursts in the first 80 ms (hand claps have 3 or 4)
    double periodicity = 0;             // highest normalised autocorrelation of the onset strength
                                        // for lags of 0.2 to 2 s (rhythmic material is high)
};

AudioFeatures computeFeatures(const std::vector<float> &mono, int sampleRate);

// The window size used for a sample rate: 2048 at 44.1 or 48 kHz, scaled with the rate.
unsigned analysisWindow(int sampleRate);

} // namespace musiaia::library

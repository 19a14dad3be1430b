// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/features.h"
#include "library/keydetect.h"
#include "library/pitch.h"
#include "library/tempo.h"

#include <QList>
#include <QString>

#include <functional>

#include <optional>

namespace musiaia::library {

// What the audio alone says a sample is, before names and tags are considered.
struct Classification
{
    QString kind;                 // "one-shot" or "loop"
    double kindConfidence = 0;
    QString type;                 // one of sampleTypes()
    double typeConfidence = 0;
    QString detail;               // the features that decided, for the musician
    QList<std::pair<QString, double>> scores;   // every type's score, best first
};

struct ClassifierInput
{
    const AudioFeatures &features;
    const std::optional<PitchEstimate> &pitch;
    // The whole sound's chroma, asked for only when the rules need it (a one-shot that may be
    // harmonic or a pitch sweep): it costs a spectral pass of its own.
    const std::function<const Chroma &()> &chroma;
    const std::optional<TempoEstimate> &tempo;
};

// Whether a sound could be a loop at all, before the tempo (the dearer analysis) is estimated:
// long enough and with several clear onsets.
bool mayBeLoop(const AudioFeatures &features);
int strongOnsetCount(const AudioFeatures &features);

// Hand-written rules over the features, each a product of soft thresholds ("mostly energy under
// 150 Hz", "dies away within 0.3 s"), in the spirit of the sample managers' published approach
// (effective length, envelope, spectral balance, onsets and the bar fit). No trained model.
Classification classify(const ClassifierInput &input);

} // namespace musiaia::library

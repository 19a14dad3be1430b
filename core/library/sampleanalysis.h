// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/audiofile.h"
#include "library/evidence.h"
#include "library/filetags.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace musiaia::library {

// Bump when the analysis changes in a way worth re-analysing a library for: an import analyses
// again every file analysed by an older version.
constexpr int AnalysisVersion = 2; // 2: a held sound of whole bars at its named tempo is a loop

// Seconds spent in each stage, for the benchmark's breakdown.
struct StageTimes
{
    double decode = 0;
    double loudness = 0;
    double features = 0;
    double pitch = 0;
    double tempo = 0;
    double key = 0;
    double tags = 0;
    double names = 0;

    StageTimes &operator+=(const StageTimes &other);
    double total() const;
};

// Everything the import learns about one file.
struct SampleAnalysis
{
    AudioFileInfo info;
    std::optional<double> loudness;   // LUFS
    double peakDb = -200;
    bool capped = false;              // only the first part of a long file was analysed
    QList<Evidence> evidence;         // from the tags, the names and the audio
    QStringList tags;                 // words its names file it under ("kick", "808", "house")
    StageTimes times;
};

struct AnalysisOutcome
{
    std::optional<SampleAnalysis> analysis;
    Problem problem = Problem::None;
    QString message;
};

// Reads and analyses one file: format, loudness, tags (TagLib), names (file and `folders`, the
// folders between the library root and the file), one-shot or loop, instrument type, tempo (loops),
// key (tonal loops, pads and chords) and root note (tonal one-shots). Thread-safe; never throws.
AnalysisOutcome analyseSample(const QString &path, const QStringList &folders);

} // namespace musiaia::library

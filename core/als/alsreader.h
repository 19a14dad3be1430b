// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"
#include "common/result.h"

#include <QString>

class QIODevice;

namespace musiaia::als {

struct ReadOptions
{
    // The most XML a set may inflate to. Live's biggest sets are tens of MB; this stops a small
    // "gzip bomb" from filling the memory of whoever reads it.
    qint64 maxXmlBytes = 512LL * 1024 * 1024;
    // Look for each audio clip's sample on disk (SampleReference::existsOnDisk).
    bool locateSamples = true;
};

// Reads a Live Set saved by Ableton Live 9, 10, 11 or 12 (gzip-compressed, or plain XML), streaming:
// the XML is never held in memory as a whole. Errors name the file and say what is wrong with it:
// Corrupt (not gzip or XML, truncated, not a Live Set, a DTD), Unsupported (made by a newer Live, or
// one older than 9), TooLarge, Io.
Result<LiveSet> readLiveSet(const QString &filePath, const ReadOptions &options = {});

// The same from an open device. `setFilePath` (may be empty) names the set in messages and is where
// samples are looked for.
Result<LiveSet> readLiveSet(QIODevice *device, const QString &setFilePath, const ReadOptions &options = {});

// Where Live would find a sample referenced by the set at `setFilePath`: inside the set's project
// (relative references), then at the absolute path. Empty when the file is in neither place.
QString locateSample(const SampleReference &sample, const QString &setFilePath);

// The Live versions the reader knows, as the MinorVersion header's "<line>.0_<build>" numbers.
constexpr int OldestKnownLiveLine = 9;
constexpr int NewestKnownLiveLine = 12;

} // namespace musiaia::als

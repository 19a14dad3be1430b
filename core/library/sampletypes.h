// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/audiofile.h"
#include "library/evidence.h"
#include "library/musicalkey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace musiaia::library {

// A folder the musician imported.
struct SampleFolder
{
    qint64 id = 0;
    QString path;
    QString scanState;          // new|running|complete|cancelled|failed
    QDateTime addedAt;
    QDateTime scanFinishedAt;
    int samples = 0;
    int missing = 0;
    int problems = 0;

    QJsonObject toJson() const;
};

// A field's value with where it came from.
template<typename T>
struct Known
{
    T value{};
    double confidence = 0;
    Source source = Source::Analysis;
};

// One sample as the library knows it: file facts and the resolved musical fields.
struct SampleRecord
{
    qint64 id = 0;
    qint64 folderId = 0;
    QString path;
    QString relativeDir;        // below the imported folder, '/'-separated
    QString name;               // file name without extension
    qint64 size = 0;
    QDateTime modified;
    QString contentHash;
    AudioFileInfo info;
    std::optional<double> loudness;
    double peakDb = -200;
    bool missing = false;

    std::optional<Known<QString>> type;
    std::optional<Known<QString>> kind;
    std::optional<Known<double>> bpm;
    std::optional<Known<MusicalKey>> key;
    std::optional<Known<int>> rootMidi;
    QString genre;
    QStringList tags;

    bool isLoop() const { return kind && kind->value == loopKind(); }
    QJsonObject toJson() const;
};

struct FileProblemReport
{
    QString path;
    Problem problem = Problem::None;
    QString message;
};

struct LibraryStats
{
    int folders = 0;
    int samples = 0;
    int missing = 0;
    int loops = 0;
    int oneShots = 0;
    int problems = 0;
    double totalSeconds = 0;
    qint64 totalBytes = 0;
    QList<std::pair<QString, int>> byType;      // in sampleTypes() order, then unknown
    QList<std::pair<QString, int>> byFormat;
    QList<std::pair<QString, int>> bySource;    // where the type came from

    QJsonObject toJson() const;
};

} // namespace musiaia::library

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What `musiaia analyze` (and the UI) says about a set: figures, tracks, plug-ins, samples and
// warnings, built once from a LiveSet so that the text and the JSON report say the same thing.
// The JSON shape is documented in docs/analyze-json.md.
namespace musiaia::als {

struct ReportWarning
{
    QString code;        // stable: "missing-samples", "third-party-plugins", ...
    QString message;     // for the musician
};

struct PluginUse
{
    QString name;
    Device::Format format = Device::Format::Vst2;
    QStringList tracks;  // names of the tracks that use it, in track order
    int uses = 0;
};

struct SampleUse
{
    QString relativePath;
    QString absolutePath;
    QString foundAt;     // where it was found on this computer; empty when missing
    int clips = 0;
};

struct SetReport
{
    QString fileName;
    LiveSet set;

    int tracksByType[4] = {0, 0, 0, 0};   // by Track::Type
    int midiClipsArrangement = 0;
    int midiClipsSession = 0;
    int audioClipsArrangement = 0;
    int audioClipsSession = 0;
    int notes = 0;
    int devices = 0;                      // top level, on the tracks and the main track
    double arrangementBeats = 0.0;        // end of the last arrangement clip
    int arrangementBars = 0;
    double arrangementSeconds = 0.0;      // at the set's tempo (automation not followed)

    QList<PluginUse> plugins;             // third-party: VST2, VST3, Audio Units
    QStringList maxDevices;               // Max for Live device names
    QList<SampleUse> samples;             // audio clips' samples, each once
    QList<ReportWarning> warnings;
};

// How to show a sample's path: relative inside the project, absolute outside it.
QString samplePathText(const SampleUse &sample);

// Bars of `beats` in `signature`, rounded up (a set that ends mid-bar still takes that bar).
int barsFor(double beats, const TimeSignature &signature);

// `setFilePath` is where the set was read from: samples are looked for next to it.
SetReport buildSetReport(const LiveSet &set, const QString &setFilePath);

// The report as text for a terminal, and as JSON (docs/analyze-json.md).
QString setReportText(const SetReport &report);
QJsonObject setReportJson(const SetReport &report);

// Names for output: "midi", "audio", "group", "return" / "vst2", "vst3", "au", "max", "native".
QString trackTypeName(Track::Type type);
QString deviceFormatName(Device::Format format);

} // namespace musiaia::als

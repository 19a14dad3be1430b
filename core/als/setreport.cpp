// SPDX-License-Identifier: GPL-3.0-or-later
// Building the report: the counts, the plug-ins and samples a set needs, and the warnings.
#include "setreport.h"

#include "als/alsreader.h"
#include "als/livevalues.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace musiaia::als {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("musiaia::als::SetReport", text);
}

// "1 clip", "3 clips": the count and the word in the right number.
QString counted(qsizetype n, const char *one, const char *many)
{
    return tr(n == 1 ? one : many).arg(n);
}

void collectDevices(const QList<Device> &devices, const QString &trackName, SetReport &report)
{
    for (const Device &device : devices) {
        if (device.format == Device::Format::Vst2 || device.format == Device::Format::Vst3
            || device.format == Device::Format::AudioUnit) {
            auto use = std::find_if(report.plugins.begin(), report.plugins.end(), [&](const PluginUse &p) {
                return p.name == device.name && p.format == device.format;
            });
            if (use == report.plugins.end()) {
                report.plugins.append(PluginUse{device.name, device.format, {}, 0});
                use = report.plugins.end() - 1;
            }
            ++use->uses;
            if (!use->tracks.contains(trackName))
                use->tracks.append(trackName);
        } else if (device.format == Device::Format::MaxForLive && !report.maxDevices.contains(device.name)) {
            report.maxDevices.append(device.name);
        }
        collectDevices(device.innerDevices, trackName, report);
    }
}

void collectSample(const SampleReference &sample, const QString &setFilePath, SetReport &report)
{
    for (SampleUse &use : report.samples) {
        if (use.relativePath == sample.relativePath && use.absolutePath == sample.absolutePath) {
            ++use.clips;
            return;
        }
    }
    report.samples.append(SampleUse{sample.relativePath, sample.absolutePath, locateSample(sample, setFilePath), 1});
}

void countClip(const Clip &clip, bool arrangement, const QString &setFilePath, SetReport &report)
{
    if (clip.kind == Clip::Kind::Midi) {
        ++(arrangement ? report.midiClipsArrangement : report.midiClipsSession);
        report.notes += int(clip.notes.size());
        return;
    }
    ++(arrangement ? report.audioClipsArrangement : report.audioClipsSession);
    if (clip.audio)
        collectSample(clip.audio->sample, setFilePath, report);
}

QString pluginList(const QList<PluginUse> &plugins)
{
    QStringList names;
    for (const PluginUse &plugin : plugins)
        names << plugin.name + QStringLiteral(" (") + deviceFormatName(plugin.format).toUpper() + QLatin1Char(')');
    return names.join(QStringLiteral(", "));
}

void addWarnings(SetReport &report)
{
    int missing = 0;
    QString firstMissing;
    for (const SampleUse &sample : report.samples) {
        if (sample.foundAt.isEmpty()) {
            if (firstMissing.isEmpty())
                firstMissing = samplePathText(sample);
            ++missing;
        }
    }
    if (missing > 0) {
        report.warnings.append({QStringLiteral("missing-samples"),
                                (missing == 1 ? tr("1 sample cannot be found on this computer: %2. Live will show its clips as missing.")
                                              : tr("%1 samples cannot be found on this computer (the first: %2). Live "
                                                   "will show their clips as missing.").arg(missing))
                                    .arg(firstMissing)});
    }
    if (!report.plugins.isEmpty()) {
        report.warnings.append({QStringLiteral("third-party-plugins"),
                                counted(report.plugins.size(), "The set uses %1 third-party plug-in, which must be installed to hear it: %2.",
                                        "The set uses %1 third-party plug-ins, which must be installed to hear it: %2.")
                                    .arg(pluginList(report.plugins))});
    }
    if (!report.maxDevices.isEmpty()) {
        report.warnings.append({QStringLiteral("max-for-live"),
                                counted(report.maxDevices.size(), "The set uses %1 Max for Live device, which needs Live Suite or Max for Live: %2.",
                                        "The set uses %1 Max for Live devices, which need Live Suite or Max for Live: %2.")
                                    .arg(report.maxDevices.join(QStringLiteral(", ")))});
    }
    if (report.set.origin.tempoAutomated) {
        report.warnings.append({QStringLiteral("tempo-automation"),
                                tr("The tempo is automated; durations here use the set's tempo of %1 BPM.")
                                    .arg(report.set.tempo)});
    }
    QStringList frozen;
    for (const Track &track : report.set.tracks) {
        if (track.frozen)
            frozen << track.name;
    }
    if (!frozen.isEmpty()) {
        report.warnings.append({QStringLiteral("frozen-tracks"),
                                counted(frozen.size(), "%1 track is frozen; unfreeze it in Live to edit it: %2.",
                                        "%1 tracks are frozen; unfreeze them in Live to edit them: %2.")
                                    .arg(frozen.join(QStringLiteral(", ")))});
    }
    // A build of Live 12 newer than the newest MusiaIA has seen (12.0_12402) still reads.
    const QString minor = report.set.origin.minorVersion;
    if (minor.startsWith(QString::number(NewestKnownLiveLine) + QLatin1Char('.'))
        && minor.section(QLatin1Char('_'), 1).toInt() > 12402) {
        report.warnings.append({QStringLiteral("newer-live-build"),
                                tr("The set was saved by a newer Live (%1) than MusiaIA knows; anything new in "
                                   "its format is left out of this report.")
                                    .arg(report.set.origin.creator)});
    }
}

} // namespace

QString samplePathText(const SampleUse &sample)
{
    // Inside the project the relative path says it best; outside it ("../../x.wav") the absolute one.
    const bool insideProject = !sample.relativePath.isEmpty() && !sample.relativePath.startsWith(QLatin1String("../"));
    return insideProject || sample.absolutePath.isEmpty() ? sample.relativePath : sample.absolutePath;
}

int barsFor(double beats, const TimeSignature &signature)
{
    if (!(beats > 0.0) || signature.numerator <= 0 || signature.denominator <= 0)
        return 0;
    const double beatsPerBar = signature.numerator * 4.0 / signature.denominator;
    return saturatingInt(std::ceil(beats / beatsPerBar - 1e-9));
}

SetReport buildSetReport(const LiveSet &set, const QString &setFilePath)
{
    SetReport report;
    report.fileName = QFileInfo(setFilePath).fileName();
    report.set = set;
    for (const Track &track : set.tracks) {
        ++report.tracksByType[int(track.type)];
        for (const Clip &clip : track.arrangementClips) {
            countClip(clip, true, setFilePath, report);
            report.arrangementBeats = std::max(report.arrangementBeats, clip.end());
        }
        for (const auto &[scene, clip] : track.sessionClips)
            countClip(clip, false, setFilePath, report);
        report.devices += int(track.devices.size());
        collectDevices(track.devices, track.name, report);
    }
    report.devices += int(set.mainTrack.devices.size());
    const QString mainName = set.mainTrack.name.isEmpty() ? tr("Main") : set.mainTrack.name;
    collectDevices(set.mainTrack.devices, mainName, report);
    report.arrangementBars = barsFor(report.arrangementBeats, set.timeSignature);
    if (set.tempo > 0.0)
        report.arrangementSeconds = report.arrangementBeats * 60.0 / set.tempo;
    addWarnings(report);
    return report;
}

QString trackTypeName(Track::Type type)
{
    switch (type) {
    case Track::Type::Midi:
        return QStringLiteral("midi");
    case Track::Type::Audio:
        return QStringLiteral("audio");
    case Track::Type::Group:
        return QStringLiteral("group");
    case Track::Type::Return:
        return QStringLiteral("return");
    }
    return {};
}

QString deviceFormatName(Device::Format format)
{
    switch (format) {
    case Device::Format::Native:
        return QStringLiteral("native");
    case Device::Format::Vst2:
        return QStringLiteral("vst2");
    case Device::Format::Vst3:
        return QStringLiteral("vst3");
    case Device::Format::AudioUnit:
        return QStringLiteral("au");
    case Device::Format::MaxForLive:
        return QStringLiteral("max");
    }
    return {};
}

} // namespace musiaia::als

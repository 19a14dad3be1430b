// SPDX-License-Identifier: GPL-3.0-or-later
// The report as text for a terminal and as JSON (docs/analyze-json.md).
#include "setreport.h"

#include "als/livevalues.h"
#include "als/scalenames.h"
#include "music/theory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

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

QString number(double value, int decimals = 2)
{
    // Shortest form: 120 rather than 120.00, 119.99 for 119.999992.
    return QString::number(std::round(value * std::pow(10.0, decimals)) / std::pow(10.0, decimals), 'g', 12);
}

QString keyText(const std::optional<Scale> &scale)
{
    if (!scale)
        return tr("no key set");
    return music::noteName(scale->root, false) + QLatin1Char(' ') + scaleModeName(scale->mode);
}

QString duration(double seconds)
{
    const int total = std::max(0, saturatingInt(std::round(seconds)));
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString volumeText(double gain)
{
    const double db = dbFromGain(gain);
    return db <= -70.0 ? QStringLiteral("-inf dB") : number(db, 1) + QStringLiteral(" dB");
}

QString panText(double pan)
{
    const int percent = saturatingInt(std::round(pan * 50.0));   // Live shows 50L..C..50R
    if (percent == 0)
        return QStringLiteral("C");
    return QString::number(std::abs(qint64(percent))) + (percent < 0 ? QLatin1Char('L') : QLatin1Char('R'));
}

QString typeLabel(Track::Type type)
{
    switch (type) {
    case Track::Type::Midi:
        return tr("MIDI");
    case Track::Type::Audio:
        return tr("Audio");
    case Track::Type::Group:
        return tr("Group");
    case Track::Type::Return:
        return tr("Return");
    }
    return {};
}

QString groupName(const LiveSet &set, int groupId)
{
    for (const Track &track : set.tracks) {
        if (track.type == Track::Type::Group && track.id == groupId)
            return track.name;
    }
    return {};
}

int groupDepth(const LiveSet &set, const Track &track)
{
    int depth = 0;
    int group = track.groupId;
    while (group >= 0 && depth < 64) {
        const auto parent = std::find_if(set.tracks.begin(), set.tracks.end(),
                                         [group](const Track &t) { return t.id == group; });
        if (parent == set.tracks.end())
            break;
        ++depth;
        group = parent->groupId;
    }
    return depth;
}

int clipNotes(const Track &track)
{
    int notes = 0;
    for (const Clip &clip : track.arrangementClips)
        notes += int(clip.notes.size());
    for (const auto &[scene, clip] : track.sessionClips)
        notes += int(clip.notes.size());
    return notes;
}

QJsonArray devicesJson(const QList<Device> &devices)
{
    QJsonArray array;
    for (const Device &device : devices) {
        QJsonObject object{{QStringLiteral("name"), device.name},
                           {QStringLiteral("class"), device.className},
                           {QStringLiteral("format"), deviceFormatName(device.format)}};
        if (!device.innerDevices.isEmpty())
            object.insert(QStringLiteral("devices"), devicesJson(device.innerDevices));
        array.append(object);
    }
    return array;
}

QJsonObject mixerJson(const Mixer &mixer)
{
    QJsonArray sends;
    for (const double send : mixer.sends)
        sends.append(dbFromGain(send));
    return {{QStringLiteral("volumeDb"), dbFromGain(mixer.volume)},
            {QStringLiteral("pan"), mixer.pan},
            {QStringLiteral("sendsDb"), sends},
            {QStringLiteral("muted"), mixer.muted},
            {QStringLiteral("soloed"), mixer.soloed}};
}

} // namespace

QString setReportText(const SetReport &report)
{
    const LiveSet &set = report.set;
    QString text;
    QTextStream out(&text);
    out << report.fileName << " - " << (set.origin.creator.isEmpty() ? tr("unknown creator") : set.origin.creator)
        << " (" << tr("format") << ' ' << set.origin.minorVersion << ")\n";
    out << tr("Tempo") << ' ' << number(set.tempo) << " BPM" << (set.origin.tempoAutomated ? tr(" (automated)") : QString())
        << ", " << set.timeSignature.numerator << '/' << set.timeSignature.denominator << ", " << keyText(set.scale)
        << '\n';
    out << tr("Arrangement") << ": " << counted(report.arrangementBars, "%1 bar", "%1 bars") << " ("
        << duration(report.arrangementSeconds) << ")\n";
    out << tr("Tracks") << ": " << report.tracksByType[0] << " MIDI, " << report.tracksByType[1] << ' ' << tr("audio")
        << ", " << report.tracksByType[2] << ' ' << tr("group") << ", " << report.tracksByType[3] << ' '
        << tr("return") << '\n';
    out << tr("Clips") << ": MIDI " << report.midiClipsArrangement << ' ' << tr("arrangement") << " / "
        << report.midiClipsSession << ' ' << tr("session") << ", " << tr("audio") << ' ' << report.audioClipsArrangement
        << " / " << report.audioClipsSession << "; " << counted(report.notes, "%1 note", "%1 notes") << '\n';
    out << tr("Locators") << ": " << set.locators.size() << ", " << tr("scenes") << ": " << set.scenes.size()
        << ", " << tr("devices") << ": " << report.devices << '\n';

    if (!set.locators.isEmpty()) {
        out << '\n' << tr("Locators") << '\n';
        for (const Locator &locator : set.locators) {
            const double beatsPerBar = set.timeSignature.numerator * 4.0 / std::max(1, set.timeSignature.denominator);
            out << "  " << tr("bar") << ' ' << QString::number(qint64(saturatingInt(locator.time / beatsPerBar)) + 1).rightJustified(4)
                << "  " << locator.name << '\n';
        }
    }

    if (!set.tracks.isEmpty()) {
        out << '\n' << tr("Tracks") << '\n';
        for (const Track &track : set.tracks) {
            const QString indent(2 + 2 * groupDepth(set, track), QLatin1Char(' '));
            out << indent << typeLabel(track.type).leftJustified(7) << track.name;
            out << "  [" << volumeText(track.mixer.volume) << ", " << tr("pan") << ' ' << panText(track.mixer.pan);
            if (track.mixer.muted)
                out << ", " << tr("muted");
            if (track.mixer.soloed)
                out << ", " << tr("solo");
            if (track.frozen)
                out << ", " << tr("frozen");
            out << ']';
            const int clips = int(track.arrangementClips.size() + track.sessionClips.size());
            if (clips > 0)
                out << "  " << counted(clips, "%1 clip", "%1 clips");
            if (const int notes = clipNotes(track); notes > 0)
                out << ", " << counted(notes, "%1 note", "%1 notes");
            if (!track.devices.isEmpty()) {
                QStringList names;
                for (const Device &device : track.devices)
                    names << device.name;
                out << "  " << tr("devices") << ": " << names.join(QStringLiteral(", "));
            }
            out << '\n';
        }
    }

    if (!report.plugins.isEmpty()) {
        out << '\n' << tr("Third-party plug-ins") << '\n';
        for (const PluginUse &plugin : report.plugins) {
            out << "  " << plugin.name << " (" << deviceFormatName(plugin.format).toUpper() << "), "
                << tr("on") << ' ' << plugin.tracks.join(QStringLiteral(", ")) << '\n';
        }
    }

    if (!report.samples.isEmpty()) {
        out << '\n' << tr("Samples") << '\n';
        for (const SampleUse &sample : report.samples) {
            out << "  " << (sample.foundAt.isEmpty() ? tr("missing") : tr("found  ")) << "  "
                << samplePathText(sample) << "  (" << counted(sample.clips, "%1 clip", "%1 clips") << ")\n";
        }
    }

    if (!report.warnings.isEmpty()) {
        out << '\n' << tr("Warnings") << '\n';
        for (const ReportWarning &warning : report.warnings)
            out << "  ! " << warning.message << '\n';
    }
    out.flush();
    return text;
}

QJsonObject setReportJson(const SetReport &report)
{
    const LiveSet &set = report.set;
    QJsonObject json;
    json.insert(QStringLiteral("format"), QStringLiteral("musiaia.analyze/1"));
    json.insert(QStringLiteral("file"), report.fileName);
    json.insert(QStringLiteral("live"), QJsonObject{{QStringLiteral("creator"), set.origin.creator},
                                                   {QStringLiteral("majorVersion"), set.origin.majorVersion},
                                                   {QStringLiteral("minorVersion"), set.origin.minorVersion}});
    json.insert(QStringLiteral("tempo"), set.tempo);
    json.insert(QStringLiteral("tempoAutomated"), set.origin.tempoAutomated);
    json.insert(QStringLiteral("timeSignature"), QJsonObject{{QStringLiteral("numerator"), set.timeSignature.numerator},
                                                            {QStringLiteral("denominator"), set.timeSignature.denominator}});
    if (set.scale) {
        json.insert(QStringLiteral("key"), QJsonObject{{QStringLiteral("root"), set.scale->root},
                                                      {QStringLiteral("rootName"), music::noteName(set.scale->root, false)},
                                                      {QStringLiteral("scale"), scaleModeName(set.scale->mode)},
                                                      {QStringLiteral("scaleIndex"), int(set.scale->mode)}});
    } else {
        json.insert(QStringLiteral("key"), QJsonValue::Null);
    }
    json.insert(QStringLiteral("arrangement"), QJsonObject{{QStringLiteral("lengthBeats"), report.arrangementBeats},
                                                          {QStringLiteral("lengthBars"), report.arrangementBars},
                                                          {QStringLiteral("durationSeconds"), report.arrangementSeconds}});
    json.insert(QStringLiteral("counts"),
                QJsonObject{{QStringLiteral("tracks"), QJsonObject{{QStringLiteral("midi"), report.tracksByType[0]},
                                                                   {QStringLiteral("audio"), report.tracksByType[1]},
                                                                   {QStringLiteral("group"), report.tracksByType[2]},
                                                                   {QStringLiteral("return"), report.tracksByType[3]}}},
                            {QStringLiteral("clips"), QJsonObject{{QStringLiteral("midiArrangement"), report.midiClipsArrangement},
                                                                  {QStringLiteral("midiSession"), report.midiClipsSession},
                                                                  {QStringLiteral("audioArrangement"), report.audioClipsArrangement},
                                                                  {QStringLiteral("audioSession"), report.audioClipsSession}}},
                            {QStringLiteral("notes"), report.notes},
                            {QStringLiteral("locators"), int(set.locators.size())},
                            {QStringLiteral("scenes"), int(set.scenes.size())},
                            {QStringLiteral("devices"), report.devices},
                            {QStringLiteral("plugins"), int(report.plugins.size())},
                            {QStringLiteral("samples"), int(report.samples.size())}});

    QJsonArray locators;
    for (const Locator &locator : set.locators)
        locators.append(QJsonObject{{QStringLiteral("time"), locator.time}, {QStringLiteral("name"), locator.name}});
    json.insert(QStringLiteral("locators"), locators);

    QJsonArray scenes;
    for (const Scene &scene : set.scenes) {
        scenes.append(QJsonObject{{QStringLiteral("name"), scene.name},
                                  {QStringLiteral("color"), scene.color},
                                  {QStringLiteral("tempo"), scene.tempo ? QJsonValue(*scene.tempo) : QJsonValue()}});
    }
    json.insert(QStringLiteral("scenes"), scenes);

    QJsonArray tracks;
    for (const Track &track : set.tracks) {
        const QString group = groupName(set, track.groupId);
        QJsonObject object{{QStringLiteral("id"), track.id},
                           {QStringLiteral("name"), track.name},
                           {QStringLiteral("type"), trackTypeName(track.type)},
                           {QStringLiteral("color"), track.color},
                           {QStringLiteral("groupId"), track.groupId},
                           {QStringLiteral("group"), group.isEmpty() ? QJsonValue() : QJsonValue(group)},
                           {QStringLiteral("frozen"), track.frozen},
                           {QStringLiteral("mixer"), mixerJson(track.mixer)},
                           {QStringLiteral("devices"), devicesJson(track.devices)},
                           {QStringLiteral("arrangementClips"), int(track.arrangementClips.size())},
                           {QStringLiteral("sessionClips"), int(track.sessionClips.size())},
                           {QStringLiteral("notes"), clipNotes(track)}};
        tracks.append(object);
    }
    json.insert(QStringLiteral("tracks"), tracks);
    json.insert(QStringLiteral("mainTrack"), QJsonObject{{QStringLiteral("mixer"), mixerJson(set.mainTrack.mixer)},
                                                        {QStringLiteral("devices"), devicesJson(set.mainTrack.devices)}});

    QJsonArray plugins;
    for (const PluginUse &plugin : report.plugins) {
        plugins.append(QJsonObject{{QStringLiteral("name"), plugin.name},
                                   {QStringLiteral("format"), deviceFormatName(plugin.format)},
                                   {QStringLiteral("tracks"), QJsonArray::fromStringList(plugin.tracks)},
                                   {QStringLiteral("uses"), plugin.uses}});
    }
    json.insert(QStringLiteral("plugins"), plugins);
    json.insert(QStringLiteral("maxForLiveDevices"), QJsonArray::fromStringList(report.maxDevices));

    QJsonArray samples;
    for (const SampleUse &sample : report.samples) {
        samples.append(QJsonObject{{QStringLiteral("relativePath"), sample.relativePath},
                                   {QStringLiteral("absolutePath"), sample.absolutePath},
                                   {QStringLiteral("found"), !sample.foundAt.isEmpty()},
                                   {QStringLiteral("foundAt"), sample.foundAt.isEmpty() ? QJsonValue() : QJsonValue(sample.foundAt)},
                                   {QStringLiteral("clips"), sample.clips}});
    }
    json.insert(QStringLiteral("samples"), samples);

    QJsonArray warnings;
    for (const ReportWarning &warning : report.warnings)
        warnings.append(QJsonObject{{QStringLiteral("code"), warning.code}, {QStringLiteral("message"), warning.message}});
    json.insert(QStringLiteral("warnings"), warnings);
    return json;
}

} // namespace musiaia::als

// SPDX-License-Identifier: GPL-3.0-or-later
// Tracks: their names, colours, groups and mixers, and the devices on their chains.
#include "setreader.h"

#include "devicenames.h"
#include "xmlvalues.h"

namespace musiaia::als::reader {

namespace {

// Racks nest chains inside devices; real sets go 7 levels deep. Past this the rest is skipped, so
// that a hostile file cannot exhaust the stack.
constexpr int MaxDeviceDepth = 32;

// On/off parameters such as <Speaker> keep their value as Manual="true".
bool readManualBool(QXmlStreamReader &xml, bool fallback)
{
    bool value = fallback;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Manual")
            value = readBoolValue(xml, fallback);
        else
            xml.skipCurrentElement();
    }
    return value;
}

std::optional<Track::Type> trackType(QStringView element)
{
    if (element == u"MidiTrack")
        return Track::Type::Midi;
    if (element == u"AudioTrack")
        return Track::Type::Audio;
    if (element == u"GroupTrack")
        return Track::Type::Group;
    if (element == u"ReturnTrack")
        return Track::Type::Return;
    return std::nullopt;
}

} // namespace

void SetReader::readTracks(QList<Track> &tracks)
{
    while (m_xml.readNextStartElement()) {
        if (const std::optional<Track::Type> type = trackType(m_xml.name()))
            tracks.append(readTrack(*type));
        else
            m_xml.skipCurrentElement();
    }
}

Track SetReader::readTrack(Track::Type type)
{
    Track track;
    track.type = type;
    track.id = toInt32(attribute(m_xml, u"Id"), 0);
    QString effectiveName;
    QString userName;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == u"Name")
            readTrackName(effectiveName, userName);
        else if (name == u"Color" || name == u"ColorIndex")
            track.color = colourValue(readIntValue(m_xml, 0), true);
        else if (name == u"TrackGroupId")
            track.groupId = readIntValue(m_xml, -1);
        else if (name == u"Freeze")
            track.frozen = readBoolValue(m_xml);
        else if (name == u"DeviceChain")
            readTrackDeviceChain(track);
        else
            m_xml.skipCurrentElement();   // TakeLanes too: take-lane clips are not the track's clips
    }
    track.name = userName.isEmpty() ? effectiveName : userName;
    return track;
}

// <Name> {EffectiveName (what Live shows), UserName (empty unless renamed), ...}
void SetReader::readTrackName(QString &effectiveName, QString &userName)
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"EffectiveName")
            effectiveName = readStringValue(m_xml);
        else if (m_xml.name() == u"UserName")
            userName = readStringValue(m_xml);
        else
            m_xml.skipCurrentElement();
    }
}

// The track-level <DeviceChain>. Its FreezeSequencer holds frozen audio, which is not the track's.
void SetReader::readTrackDeviceChain(Track &track)
{
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == u"Mixer")
            readMixer(track.mixer);
        else if (name == u"MainSequencer")
            readMainSequencer(track);
        else if (name == u"DeviceChain")
            readInnerDeviceChain(track.devices);
        else
            m_xml.skipCurrentElement();
    }
}

void SetReader::readMixer(Mixer &mixer, MainMixerValues *main)
{
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == u"Volume")
            mixer.volume = readManualValue(m_xml, mixer.volume);
        else if (name == u"Pan")
            mixer.pan = readManualValue(m_xml, mixer.pan);
        else if (name == u"Speaker")
            mixer.muted = !readManualBool(m_xml, true);
        else if (name == u"SoloSink")
            mixer.soloed = readBoolValue(m_xml);
        else if (name == u"Sends")
            readSends(mixer.sends);
        else if (main && (name == u"Tempo" || name == u"TimeSignature"))
            readMainMixerParameter(*main);
        else
            m_xml.skipCurrentElement();
    }
}

// <Sends> {<TrackSendHolder Id> {Send {Manual}, Active | EnabledByUser}}, in return-track order.
void SetReader::readSends(QList<double> &sends)
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != u"TrackSendHolder") {
            m_xml.skipCurrentElement();
            continue;
        }
        double level = 0.0;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Send")
                level = readManualValue(m_xml, level);
            else
                m_xml.skipCurrentElement();
        }
        sends.append(level);
    }
}

// The inner <DeviceChain> {Devices, SignalModulations}.
void SetReader::readInnerDeviceChain(QList<Device> &devices)
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"Devices")
            readDeviceList(devices, 0);
        else
            m_xml.skipCurrentElement();
    }
}

void SetReader::readDeviceList(QList<Device> &devices, int depth)
{
    while (m_xml.readNextStartElement())
        devices.append(readDevice(depth));
}

Device SetReader::readDevice(int depth)
{
    Device device;
    device.className = m_xml.name().toString();
    device.format = deviceFormat(device.className);
    QString userName;
    QString sourceName;   // plugin or Max patch name
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == u"UserName") {
            userName = readStringValue(m_xml);
        } else if (name == u"PluginDesc") {
            readPluginDesc(device);
            sourceName = device.name;
        } else if (name == u"PatchSlot") {
            sourceName = readMaxPatchName();
        } else if (name == u"Branches" && depth < MaxDeviceDepth) {
            readRackBranches(device.innerDevices, depth + 1);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (!userName.isEmpty())
        device.name = userName;
    else if (!sourceName.isEmpty())
        device.name = sourceName;
    else
        device.name = deviceDisplayName(device.className);
    return device;
}

// A rack's <Branches> {<*Branch> {DeviceChain {<*DeviceChain> {Devices}}}}: the devices of every
// chain, in chain order.
void SetReader::readRackBranches(QList<Device> &devices, int depth)
{
    while (m_xml.readNextStartElement()) {            // AudioEffectBranch, DrumBranch, ...
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"DeviceChain") {
                m_xml.skipCurrentElement();
                continue;
            }
            while (m_xml.readNextStartElement()) {    // AudioToAudioDeviceChain, ...
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"Devices")
                        readDeviceList(devices, depth);
                    else
                        m_xml.skipCurrentElement();
                }
            }
        }
    }
}

// <PluginDesc> {VstPluginInfo {PlugName} | Vst3PluginInfo {Name} | AuPluginInfo {Name}}
void SetReader::readPluginDesc(Device &device)
{
    while (m_xml.readNextStartElement()) {
        const QStringView info = m_xml.name();
        const bool vst2 = info == u"VstPluginInfo";
        if (vst2)
            device.format = Device::Format::Vst2;
        else if (info == u"Vst3PluginInfo")
            device.format = Device::Format::Vst3;
        else if (info == u"AuPluginInfo")
            device.format = Device::Format::AudioUnit;
        else {
            m_xml.skipCurrentElement();
            continue;
        }
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if ((vst2 && name == u"PlugName") || (!vst2 && name == u"Name"))
                device.name = readStringValue(m_xml);
            else
                m_xml.skipCurrentElement();
        }
    }
}

// A Max for Live device's <PatchSlot> {Value {MxPatchRef {FileRef}}}: the .amxd's name.
QString SetReader::readMaxPatchName()
{
    QString patch;
    int depth = 0;   // levels below <PatchSlot>
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (depth == 0)
                break;
            --depth;
        } else if (token == QXmlStreamReader::StartElement) {
            if (m_xml.name() != u"FileRef" || !patch.isEmpty()) {
                ++depth;
                continue;
            }
            SampleReference file;
            readFileRef(file);
            const QString path = file.absolutePath.isEmpty() ? file.relativePath : file.absolutePath;
            patch = path.section(QLatin1Char('/'), -1);
            if (patch.endsWith(QLatin1String(".amxd"), Qt::CaseInsensitive))
                patch.chop(5);
        }
    }
    return patch;
}

} // namespace musiaia::als::reader

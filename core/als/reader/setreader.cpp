// SPDX-License-Identifier: GPL-3.0-or-later
// The set itself: its children, the main track (tempo, time signature, tempo automation), scenes,
// locators and the key.
#include "setreader.h"

#include "als/livevalues.h"
#include "als/scalenames.h"
#include "xmlvalues.h"

#include <algorithm>
#include <map>

namespace musiaia::als::reader {

namespace {

// Live's "before the song start" default point: the first event of every envelope.
constexpr double DefaultEventTime = -63072000.0;

// Counts the events of <Events> after the default one (any event that is not at the default time).
int countUserEvents(QXmlStreamReader &xml)
{
    int count = 0;
    while (xml.readNextStartElement()) {
        if (toDouble(attribute(xml, u"Time"), 0.0) > DefaultEventTime)
            ++count;
        xml.skipCurrentElement();
    }
    return count;
}

// <AutomationEnvelope> {EnvelopeTarget {PointeeId}, Automation {Events}}: target id -> user events.
void readEnvelope(QXmlStreamReader &xml, std::map<qint64, int> &eventsByTarget)
{
    qint64 target = -1;
    int events = 0;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"EnvelopeTarget") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"PointeeId")
                    target = readInt64Value(xml, -1);
                else
                    xml.skipCurrentElement();
            }
        } else if (xml.name() == u"Automation") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"Events")
                    events += countUserEvents(xml);
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (target >= 0)
        eventsByTarget[target] += events;
}

void readAutomationEnvelopes(QXmlStreamReader &xml, std::map<qint64, int> &eventsByTarget)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Envelopes") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"AutomationEnvelope")
                    readEnvelope(xml, eventsByTarget);
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

} // namespace

SetReader::SetReader(QXmlStreamReader &xml, LiveVersion version, const QString &setFilePath,
                     const ReadOptions &options)
    : m_xml(xml)
    , m_version(version)
    , m_setFilePath(setFilePath)
    , m_options(options)
{
}

int SetReader::colourValue(int raw, bool isTrack) const
{
    // Live 9/10 number track colours from 140 (ColorIndex 140 + palette index).
    if (isTrack && m_version.line <= 10 && raw >= 140)
        return raw - 140;
    return raw;
}

void SetReader::readLiveSet(LiveSet &set)
{
    std::optional<Scale> scale;
    std::optional<bool> inKey;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == u"Tracks")
            readTracks(set.tracks);
        else if (name == u"MasterTrack" || name == u"MainTrack")
            readMainTrack(set);
        else if (name == u"Scenes")
            readScenes(set.scenes);
        else if (name == u"SceneNames")
            readSceneNames(set.scenes);
        else if (name == u"Locators")
            readLocators(set.locators);
        else if (name == u"ScaleInformation")
            readScale(scale);
        else if (name == u"InKey")
            inKey = readBoolValue(m_xml);
        else
            m_xml.skipCurrentElement();
    }
    // Live 11+ has a switch for "the set is in this key" (InKey); Live 9/10 only keep the scale
    // that Push uses, which is C Major in every new set, so only another scale counts as a key.
    if (inKey.has_value())
        set.scale = *inKey ? scale : std::nullopt;
    else if (scale && !(scale->root == 0 && scale->mode == ScaleMode::Major))
        set.scale = scale;
    std::stable_sort(set.locators.begin(), set.locators.end(),
                     [](const Locator &a, const Locator &b) { return a.time < b.time; });
}

void SetReader::readMainTrack(LiveSet &set)
{
    std::map<qint64, int> envelopeEvents;
    MainMixerValues values;
    QString effectiveName;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == u"Name") {
            readTrackName(effectiveName, set.mainTrack.name);
        } else if (name == u"Color" || name == u"ColorIndex") {
            set.mainTrack.color = colourValue(readIntValue(m_xml, -1), true);
        } else if (name == u"AutomationEnvelopes") {
            readAutomationEnvelopes(m_xml, envelopeEvents);
        } else if (name == u"DeviceChain") {
            while (m_xml.readNextStartElement()) {
                const QStringView child = m_xml.name();
                if (child == u"Mixer")
                    readMixer(set.mainTrack.mixer, &values);
                else if (child == u"DeviceChain")
                    readInnerDeviceChain(set.mainTrack.devices);
                else
                    m_xml.skipCurrentElement();
            }
        } else {
            m_xml.skipCurrentElement();
        }
    }
    set.tempo = values.tempo;
    set.timeSignature = values.timeSignature;
    const auto envelope = envelopeEvents.find(values.tempoTarget);
    set.origin.tempoAutomated
        = values.inlineTempoEvents > 0 || (envelope != envelopeEvents.end() && envelope->second > 0);
}

// <Tempo> or <TimeSignature> in the main track's mixer.
void SetReader::readMainMixerParameter(MainMixerValues &values)
{
    if (m_xml.name() == u"TimeSignature") {
        values.timeSignature = timeSignatureFromValue(saturatingInt(readManualValue(m_xml, 201))).value_or(TimeSignature{});
        return;
    }
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == u"Manual") {
            values.tempo = readDoubleValue(m_xml, values.tempo);
        } else if (name == u"AutomationTarget") {
            values.tempoTarget = toInt(attribute(m_xml, u"Id"), values.tempoTarget);
            m_xml.skipCurrentElement();
        } else if (name == u"ArrangerAutomation") {
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == u"Events")
                    values.inlineTempoEvents += countUserEvents(m_xml);
                else
                    m_xml.skipCurrentElement();
            }
        } else {
            m_xml.skipCurrentElement();
        }
    }
}

// Live 11+: <Scene Id> {Name, Color, Tempo, IsTempoEnabled, ...}.
void SetReader::readScenes(QList<Scene> &scenes)
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != u"Scene") {
            m_xml.skipCurrentElement();
            continue;
        }
        Scene scene;
        double tempo = 120.0;
        bool tempoEnabled = false;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"Name")
                scene.name = readStringValue(m_xml);
            else if (name == u"Color")
                scene.color = readIntValue(m_xml, -1);
            else if (name == u"Tempo")
                tempo = readDoubleValue(m_xml, tempo);
            else if (name == u"IsTempoEnabled")
                tempoEnabled = readBoolValue(m_xml);
            else
                m_xml.skipCurrentElement();
        }
        if (tempoEnabled)
            scene.tempo = tempo;
        scenes.append(scene);
    }
}

// Live 9/10: <Scene Id Value="name"> {Annotation, ColorIndex, ...}.
void SetReader::readSceneNames(QList<Scene> &scenes)
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != u"Scene") {
            m_xml.skipCurrentElement();
            continue;
        }
        Scene scene;
        scene.name = attribute(m_xml, u"Value").toString();
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"ColorIndex") {
                // [inf] Every Live 9/10 scene we have says 0: that is "no colour", as -1 is in 11.
                const int colour = readIntValue(m_xml, 0);
                scene.color = colour > 0 ? colour : -1;
            } else {
                m_xml.skipCurrentElement();
            }
        }
        scenes.append(scene);
    }
}

// <Locators> {<Locators> {<Locator> {Time, Name, ...}}}
void SetReader::readLocators(QList<Locator> &locators)
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != u"Locators") {
            m_xml.skipCurrentElement();
            continue;
        }
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"Locator") {
                m_xml.skipCurrentElement();
                continue;
            }
            Locator locator;
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == u"Time")
                    locator.time = readDoubleValue(m_xml);
                else if (m_xml.name() == u"Name")
                    locator.name = readStringValue(m_xml);
                else
                    m_xml.skipCurrentElement();
            }
            locators.append(locator);
        }
    }
}

// Live 9-12.0: {RootNote, Name "Minor"}; Live 12.1+: {Root, Name 1}.
void SetReader::readScale(std::optional<Scale> &scale)
{
    int root = 0;
    QString name;
    while (m_xml.readNextStartElement()) {
        const QStringView element = m_xml.name();
        if (element == u"RootNote" || element == u"Root")
            root = readIntValue(m_xml, 0);
        else if (element == u"Name")
            name = readStringValue(m_xml);
        else
            m_xml.skipCurrentElement();
    }
    bool isIndex = false;
    const int index = name.toInt(&isIndex);
    const std::optional<ScaleMode> mode = isIndex ? scaleModeFromIndex(index) : scaleModeFromName(name);
    if (mode && root >= 0 && root < 12)
        scale = Scale{root, *mode};
}

} // namespace musiaia::als::reader

// SPDX-License-Identifier: GPL-3.0-or-later
// Main and freeze sequencers: clip slots (session clips), arrangement clips, modulation targets
// and the MIDI controller targets of a MIDI track.
#include "als/writer/setwriter.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::als::writer {

namespace {
// Where Live parks the pitch and sample-offset views of a sequencer nobody scrolled.
constexpr int UnscrolledPosition = -1073741824;
// A MIDI track has one controller target per MIDI controller (pitch bend, aftertouch, CC 0-127...).
constexpr int MidiControllerTargets = 131;

// Live locks the envelopes of these controller targets in every set.
bool lockedControllerTarget(int index)
{
    return index == 1 || index == 11 || index == 66;
}
} // namespace

void SetWriter::writeMainSequencer(const Track &track)
{
    if (track.type == Track::Type::Audio) {
        m_xml.begin(u"MainSequencer"_s);
        writeAudioSequencerBody(m_sceneCount, &track, nullptr);
        m_xml.end();
        return;
    }

    m_xml.begin(u"MainSequencer"_s);
    const int onId = takePointee();
    writeDeviceHead(onId, takePointee(), false);
    m_xml.begin(u"ClipSlotList"_s);
    writeClipSlots(m_sceneCount, &track.sessionClips);
    m_xml.end();
    m_xml.value(u"MonitoringEnum"_s, 1);
    if (live12())
        m_xml.value(u"KeepRecordMonitoringLatency"_s, true);
    m_xml.begin(u"ClipTimeable"_s);
    m_xml.begin(u"ArrangerAutomation"_s);
    m_xml.begin(u"Events"_s);
    for (int i = 0; i < track.arrangementClips.size(); ++i)
        writeClip(track.arrangementClips.at(i), i, false);
    m_xml.end();
    writeTransformViewState();
    m_xml.end();
    m_xml.end();
    writeRecorder(0);
    writeMidiControllers();
    m_xml.end();
}

void SetWriter::writeFreezeSequencer(int slotCount)
{
    m_xml.begin(u"FreezeSequencer"_s);
    writeAudioSequencerBody(slotCount, nullptr, nullptr);
    m_xml.end();
}

// The inside of an audio sequencer: an audio track's main sequencer (with the track's clips), any
// track's freeze sequencer (track null), or the main track's. fixedIds: the main track's six fixed
// pointee ids (On and the five Live 11 modulation targets), or null to take new ones.
void SetWriter::writeAudioSequencerBody(int slotCount, const Track *track, const int *fixedIds)
{
    const auto id = [&](int index) { return fixedIds ? fixedIds[index] : takePointee(); };

    const int onId = id(0);
    writeDeviceHead(onId, takePointee(), false);
    m_xml.begin(u"ClipSlotList"_s);
    writeClipSlots(slotCount, track ? &track->sessionClips : nullptr);
    m_xml.end();
    m_xml.value(u"MonitoringEnum"_s, 1);
    if (live12())
        m_xml.value(u"KeepRecordMonitoringLatency"_s, true);
    m_xml.begin(u"Sample"_s);
    m_xml.begin(u"ArrangerAutomation"_s);
    m_xml.begin(u"Events"_s);
    if (track) {
        for (int i = 0; i < track->arrangementClips.size(); ++i)
            writeClip(track->arrangementClips.at(i), i, false);
    }
    m_xml.end();
    writeTransformViewState();
    m_xml.end();
    m_xml.end();

    const auto writeTarget = [this](const QString &name, int targetId) {
        m_xml.begin(name, targetId);
        m_xml.value(u"LockEnvelope"_s, 0);
        m_xml.end();
    };
    writeTarget(u"VolumeModulationTarget"_s, id(1));
    writeTarget(u"TranspositionModulationTarget"_s, id(2));
    if (live12())
        writeTarget(u"TransientEnvelopeModulationTarget"_s, takePointee());
    writeTarget(u"GrainSizeModulationTarget"_s, id(3));
    writeTarget(u"FluxModulationTarget"_s, id(4));
    writeTarget(u"SampleOffsetModulationTarget"_s, id(5));
    if (live12()) {
        writeTarget(u"ComplexProFormantsModulationTarget"_s, takePointee());
        writeTarget(u"ComplexProEnvelopeModulationTarget"_s, takePointee());
    }
    m_xml.value(u"PitchViewScrollPosition"_s, UnscrolledPosition);
    m_xml.value(u"SampleOffsetModulationScrollPosition"_s, UnscrolledPosition);
    writeRecorder(track ? 0 : 1);
}

// One slot per scene. A slot holds a session clip or nothing; Live nests ClipSlot/ClipSlot/Value.
void SetWriter::writeClipSlots(int slotCount, const std::map<int, Clip> *sessionClips)
{
    for (int scene = 0; scene < slotCount; ++scene) {
        m_xml.begin(u"ClipSlot"_s, scene);
        m_xml.value(u"LomId"_s, 0);
        m_xml.begin(u"ClipSlot"_s);
        m_xml.begin(u"Value"_s);
        if (sessionClips) {
            const auto clip = sessionClips->find(scene);
            if (clip != sessionClips->end())
                writeClip(clip->second, 0, true);
        }
        m_xml.end();
        m_xml.end();
        m_xml.value(u"HasStop"_s, true);
        if (!live12()) // Live 12.4 no longer writes it
            m_xml.value(u"NeedRefreeze"_s, true);
        m_xml.end();
    }
}

void SetWriter::writeGroupSlots()
{
    m_xml.begin(u"Slots"_s);
    for (int scene = 0; scene < m_sceneCount; ++scene) {
        m_xml.begin(u"GroupTrackSlot"_s, scene);
        m_xml.value(u"LomId"_s, 0);
        m_xml.end();
    }
    m_xml.end();
}

void SetWriter::writeMidiControllers()
{
    static const QStringList names = [] {
        QStringList list;
        for (int i = 0; i < MidiControllerTargets; ++i)
            list.append(u"ControllerTargets."_s + QString::number(i));
        return list;
    }();
    m_xml.begin(u"MidiControllers"_s);
    for (int i = 0; i < MidiControllerTargets; ++i) {
        m_xml.begin(names.at(i), takePointee());
        m_xml.value(u"LockEnvelope"_s, lockedControllerTarget(i) ? 1 : 0);
        m_xml.end();
    }
    m_xml.end();
}

void SetWriter::writeRecorder(int takeCounter)
{
    m_xml.begin(u"Recorder"_s);
    m_xml.value(u"IsArmed"_s, false);
    m_xml.value(u"TakeCounter"_s, takeCounter);
    m_xml.end();
}

void SetWriter::writeTransformViewState()
{
    m_xml.begin(u"AutomationTransformViewState"_s);
    m_xml.value(u"IsTransformPending"_s, false);
    m_xml.empty(u"TimeAndValueTransforms"_s);
    m_xml.end();
}

} // namespace musiaia::als::writer

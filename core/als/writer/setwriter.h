// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"
#include "als/writer/preparedset.h"
#include "als/writer/xmlout.h"

#include <QString>

#include <map>

// Writes a prepared Live Set as Live 11.3 or Live 12.4 XML. One write function per element
// family, in the order Live writes them; the families live in separate files:
//   setwriter.cpp        the document and the LiveSet-level elements (scenes, transport, view state)
//   trackwriter.cpp      tracks, the main and pre-hear tracks, routing, mixer and parameters
//   sequencerwriter.cpp  main and freeze sequencers, clip slots, MIDI controller targets
//   clipwriter.cpp       MIDI and audio clips, notes, sample references, warp markers
//   devicechainwriter.cpp the device chain inside a track
namespace musiaia::als::writer {

// Pointee ids Live keeps fixed on the main track's mixer (1-14), its freeze sequencer (15-20)
// and the pre-hear track's mixer (21-27). Every other pointee id is handed out from here up.
inline constexpr int FirstFreePointeeId = 1000;

class SetWriter
{
public:
    // The set must come from prepareSet(): it is written as it is, with no further checks.
    // nextPointeeId: the value to write as NextPointeeId. Run the writer once without a device to
    // learn it (pointeeIdsEnd()), then again with the device.
    SetWriter(const PreparedSet &set, SchemaVersion schema, XmlOut &xml, int nextPointeeId);

    void writeDocument();
    // After writeDocument(): one above the largest pointee id written.
    int pointeeIdsEnd() const { return m_nextPointee; }

private:
    enum class MixerKind { Track, Return, Main, PreHear };
    enum class SequencerKind { Midi, Audio };

    bool live12() const { return m_schema == SchemaVersion::Live12; }
    int takePointee() { return m_nextPointee++; }

    // setwriter.cpp
    void writeLiveSet();
    void writeSendsPre();
    void writeScenes();
    void writeTransport();
    void writeGrid(const QString &name, bool snapToGrid, bool fixed);
    void writeScaleInformation();
    void writeSequencerNavigator();
    void writeEditorLanes();
    void writeLocators();
    void writeGroovePool();
    void writeSetTail();
    void writeViewStates();
    void writeNoteAlgorithms();
    void writeFollowAction(int jumpIndex);

    // trackwriter.cpp
    void writeTrack(const Track &track, const QString &userName);
    void writeTrackHead(const QString &effectiveName, const QString &userName, int color, int groupId,
                        bool unfolded, bool mainTrack);
    void writeMainTrack();
    void writePreHearTrack();
    void writeAutomationLanes(int laneHeight);
    void writeRoutings(const QString &audioIn, const QString &audioInLower, const QString &audioOut,
                       const QString &audioOutUpper, const QString &audioOutLower);
    void writeRouting(const QString &name, const QString &target, const QString &upper, const QString &lower);
    void writeMixer(const Mixer &mixer, MixerKind kind);
    void writeTempoAndTimeSignatureEnvelopes();
    void writeOnOffParameter(const QString &name, bool on, int automationId);
    void writeParameter(const QString &name, double manual, double min, double max, int automationId,
                        int modulationId);
    void writeDeviceHead(int onAutomationId, int pointeeId, bool showPresetName);

    // sequencerwriter.cpp
    void writeMainSequencer(const Track &track);
    void writeFreezeSequencer(int slotCount);
    void writeAudioSequencerBody(int slotCount, const Track *track, const int *fixedIds);
    void writeClipSlots(int slotCount, const std::map<int, Clip> *sessionClips);
    void writeGroupSlots();
    void writeMidiControllers();
    void writeRecorder(int takeCounter);
    void writeTransformViewState();

    // clipwriter.cpp
    void writeClip(const Clip &clip, int id, bool session);
    void writeClipHead(const Clip &clip, bool session);
    void writeClipScale();
    void writeNotes(const Clip &clip);
    void writeNoteEvents(const QList<MidiNote> &notes, const int *order, qsizetype count, int firstNoteId);
    void writeMidiClipTail(const Clip &clip);
    void writeAudioClipTail(const Clip &clip);
    void writeSampleRef(const SampleReference &sample);
    void writeWarpMarkers(const AudioContent &audio);

    // devicechainwriter.cpp
    void writeDeviceChain(const QList<Device> &devices);

    const PreparedSet &m_set;
    const LiveSet &m_live;
    SchemaVersion m_schema;
    XmlOut &m_xml;
    int m_nextPointeeIdValue;
    int m_nextPointee = FirstFreePointeeId;
    int m_sceneCount = 0;
};

} // namespace musiaia::als::writer

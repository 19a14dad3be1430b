// SPDX-License-Identifier: GPL-3.0-or-later
// Tracks (MIDI, audio, group, return), the main and pre-hear tracks, their routing and mixers.
#include "als/writer/setwriter.h"

#include "als/livevalues.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::als::writer {

namespace {

// Live's default-set pointee ids that never move (see als-format.md, "Fixed ids").
namespace fixed {
constexpr int MainOn = 1, MainSpeaker = 2, MainPan = 3, MainVolume = 5, MainCrossFadeState = 7;
constexpr int MainTempo = 8, MainTimeSignature = 10, MainGrooveAmount = 11, MainCrossFade = 13;
constexpr int PreHearOn = 21, PreHearSpeaker = 22, PreHearPan = 23, PreHearVolume = 25;
constexpr int PreHearCrossFadeState = 27;
} // namespace fixed

// Live's "before the song start" time, where every envelope starts.
constexpr double EnvelopeStart = -63072000.0;

QString trackElement(Track::Type type)
{
    switch (type) {
    case Track::Type::Midi:
        return u"MidiTrack"_s;
    case Track::Type::Audio:
        return u"AudioTrack"_s;
    case Track::Type::Group:
        return u"GroupTrack"_s;
    case Track::Type::Return:
        return u"ReturnTrack"_s;
    }
    return u"MidiTrack"_s;
}

} // namespace

void SetWriter::writeTrack(const Track &track, const QString &userName)
{
    m_xml.begin(trackElement(track.type), track.id);
    if (live12()) {
        // MIDI Tools panel state, as a fresh Live 12 track has it.
        const bool midi = track.type == Track::Type::Midi;
        m_xml.attribute(u"SelectedToolPanel"_s, midi ? 2 : 7);
        m_xml.attribute(u"SelectedTransformationName"_s, midi ? u"Quantize"_s : QString());
        m_xml.attribute(u"SelectedGeneratorName"_s, QString());
    }
    const bool isReturn = track.type == Track::Type::Return;
    writeTrackHead(track.name, userName, track.color, track.groupId, !isReturn, false);

    const bool grouped = track.groupId >= 0;
    const QString mainTarget = live12() ? u"AudioOut/Main"_s : u"AudioOut/Master"_s;
    const QString mainLabel = live12() ? u"Main"_s : u"Master"_s;
    const auto writeChainHead = [&](int laneHeight) {
        m_xml.begin(u"DeviceChain"_s);
        writeAutomationLanes(laneHeight);
        writeRoutings(u"AudioIn/External/S0"_s, u"1/2"_s, grouped ? u"AudioOut/GroupTrack"_s : mainTarget,
                      grouped ? u"Group"_s : mainLabel, QString());
        writeMixer(track.mixer, isReturn ? MixerKind::Return : MixerKind::Track);
    };

    switch (track.type) {
    case Track::Type::Midi:
    case Track::Type::Audio: {
        const bool midi = track.type == Track::Type::Midi;
        m_xml.value(u"SavedPlayingSlot"_s, -1);
        m_xml.value(u"SavedPlayingOffset"_s, 0);
        m_xml.value(u"Freeze"_s, false);
        if (!live12())
            m_xml.value(u"VelocityDetail"_s, 0);
        if (!live12() || !midi) // Live 12.4 no longer writes it on MIDI tracks
            m_xml.value(u"NeedArrangerRefreeze"_s, true);
        m_xml.value(u"PostProcessFreezeClips"_s, 0);
        writeChainHead(68);
        writeMainSequencer(track);
        writeFreezeSequencer(m_sceneCount);
        writeDeviceChain(track.devices);
        m_xml.end(); // DeviceChain
        if (midi) {
            m_xml.value(live12() ? u"ReWireDeviceMidiTargetId"_s : u"ReWireSlaveMidiTargetId"_s, 0);
            m_xml.value(u"PitchbendRange"_s, 96);
        }
        if (live12())
            m_xml.value(u"IsTuned"_s, true);
        if (live12() && midi) {
            m_xml.value(u"ControllerLayoutRemoteable"_s, 0);
            m_xml.begin(u"ControllerLayoutCustomization"_s);
            m_xml.value(u"PitchClassSource"_s, 0);
            m_xml.value(u"OctaveSource"_s, 2);
            m_xml.value(u"KeyNoteTarget"_s, 60);
            m_xml.value(u"StepSize"_s, 1);
            m_xml.value(u"OctaveEvery"_s, 12);
            m_xml.value(u"AllowedKeys"_s, 0);
            m_xml.value(u"FillerKeysMapTo"_s, 0);
            m_xml.end();
        }
        break;
    }
    case Track::Type::Group:
        writeGroupSlots();
        if (live12()) {
            m_xml.value(u"Freeze"_s, false);
            m_xml.value(u"NeedArrangerRefreeze"_s, true);
        }
        writeChainHead(68);
        writeDeviceChain(track.devices);
        // Live 12.3 and later give group tracks one freeze slot per scene; 11 gives none.
        writeFreezeSequencer(live12() ? m_sceneCount : 0);
        m_xml.end(); // DeviceChain
        break;
    case Track::Type::Return:
        writeChainHead(85);
        writeDeviceChain(track.devices);
        writeFreezeSequencer(0);
        m_xml.end(); // DeviceChain
        break;
    }
    m_xml.end(); // track
}

// The children every track element starts with, from LomId to LinkedTrackGroupId.
void SetWriter::writeTrackHead(const QString &effectiveName, const QString &userName, int color, int groupId,
                               bool unfolded, bool mainTrack)
{
    m_xml.value(u"LomId"_s, 0);
    m_xml.value(u"LomIdView"_s, 0);
    m_xml.value(u"IsContentSelectedInDocument"_s, false);
    m_xml.value(u"PreferredContentViewMode"_s, 0);
    m_xml.begin(u"TrackDelay"_s);
    m_xml.value(u"Value"_s, 0);
    m_xml.value(u"IsValueSampleBased"_s, false);
    m_xml.end();
    m_xml.begin(u"Name"_s);
    m_xml.value(u"EffectiveName"_s, effectiveName);
    m_xml.value(u"UserName"_s, userName);
    m_xml.value(u"Annotation"_s, QString());
    m_xml.value(u"MemorizedFirstClipName"_s, QString());
    m_xml.end();
    m_xml.value(u"Color"_s, color);
    m_xml.begin(u"AutomationEnvelopes"_s);
    if (mainTrack)
        writeTempoAndTimeSignatureEnvelopes();
    else
        m_xml.empty(u"Envelopes"_s);
    m_xml.end();
    m_xml.value(u"TrackGroupId"_s, groupId);
    m_xml.value(u"TrackUnfolded"_s, unfolded);
    m_xml.lomWrapper(u"DevicesListWrapper"_s);
    m_xml.lomWrapper(u"ClipSlotsListWrapper"_s);
    if (live12()) {
        m_xml.lomWrapper(u"ArrangementClipsListWrapper"_s);
        m_xml.lomWrapper(u"TakeLanesListWrapper"_s);
    }
    m_xml.value(u"ViewData"_s, u"{}"_s);
    m_xml.begin(u"TakeLanes"_s);
    m_xml.empty(u"TakeLanes"_s);
    m_xml.value(u"AreTakeLanesFolded"_s, true);
    m_xml.end();
    m_xml.value(u"LinkedTrackGroupId"_s, -1);
}

// Live writes both envelopes in every set, each starting with an event before the song start.
void SetWriter::writeTempoAndTimeSignatureEnvelopes()
{
    const auto writeEnvelope = [this](int id, int target, const QString &eventName, const QString &value) {
        m_xml.begin(u"AutomationEnvelope"_s, id);
        m_xml.begin(u"EnvelopeTarget"_s);
        m_xml.value(u"PointeeId"_s, target);
        m_xml.end();
        m_xml.begin(u"Automation"_s);
        m_xml.begin(u"Events"_s);
        m_xml.withId(eventName, 0);
        m_xml.attribute(u"Time"_s, EnvelopeStart);
        m_xml.attribute(u"Value"_s, value);
        m_xml.end();
        writeTransformViewState();
        m_xml.end();
        m_xml.end();
    };
    m_xml.begin(u"Envelopes"_s);
    writeEnvelope(0, fixed::MainTimeSignature, u"EnumEvent"_s,
                  QString::number(timeSignatureValue(m_live.timeSignature)));
    writeEnvelope(1, fixed::MainTempo, u"FloatEvent"_s, formatNumber(m_live.tempo));
    m_xml.end();
}

void SetWriter::writeMainTrack()
{
    const MainTrack &main = m_live.mainTrack;
    m_xml.begin(live12() ? u"MainTrack"_s : u"MasterTrack"_s);
    if (live12()) {
        m_xml.attribute(u"SelectedToolPanel"_s, 7);
        m_xml.attribute(u"SelectedTransformationName"_s, QString());
        m_xml.attribute(u"SelectedGeneratorName"_s, QString());
    }
    const QString defaultName = live12() ? u"Main"_s : u"Master"_s;
    writeTrackHead(main.name.isEmpty() ? defaultName : main.name, main.name, main.color, -1, false, true);
    m_xml.begin(u"DeviceChain"_s);
    writeAutomationLanes(85);
    writeRoutings(u"AudioIn/External/S0"_s, u"1/2"_s, u"AudioOut/External/S0"_s, u"Ext. Out"_s, u"1/2"_s);
    writeMixer(main.mixer, MixerKind::Main);
    m_xml.begin(u"FreezeSequencer"_s);
    m_xml.begin(u"AudioSequencer"_s, 0);
    static constexpr int FreezeIds[] = {15, 16, 17, 18, 19, 20};
    // Live 12.3 and later give the main track's freeze sequencer one slot per scene.
    writeAudioSequencerBody(live12() ? m_sceneCount : 0, nullptr, FreezeIds);
    m_xml.end();
    m_xml.end();
    writeDeviceChain(main.devices);
    m_xml.end(); // DeviceChain
    m_xml.end();
}

void SetWriter::writePreHearTrack()
{
    m_xml.begin(u"PreHearTrack"_s);
    if (live12()) {
        m_xml.attribute(u"SelectedToolPanel"_s, 7);
        m_xml.attribute(u"SelectedTransformationName"_s, QString());
        m_xml.attribute(u"SelectedGeneratorName"_s, QString());
    }
    writeTrackHead(live12() ? u"0-Main"_s : u"Master"_s, QString(), -1, -1, false, false);
    m_xml.begin(u"DeviceChain"_s);
    writeAutomationLanes(85);
    writeRoutings(u"AudioIn/External/S0"_s, u"1/2"_s, u"AudioOut/External/S0"_s, u"Ext. Out"_s, u"1/2"_s);
    writeMixer(Mixer{}, MixerKind::PreHear);
    writeDeviceChain({});
    m_xml.end();
    m_xml.end();
}

void SetWriter::writeAutomationLanes(int laneHeight)
{
    m_xml.begin(u"AutomationLanes"_s);
    m_xml.begin(u"AutomationLanes"_s);
    m_xml.begin(u"AutomationLane"_s, 0);
    m_xml.value(u"SelectedDevice"_s, 0);
    m_xml.value(u"SelectedEnvelope"_s, 0);
    m_xml.value(u"IsContentSelectedInDocument"_s, false);
    m_xml.value(u"LaneHeight"_s, laneHeight);
    m_xml.end();
    m_xml.end();
    m_xml.value(u"AreAdditionalAutomationLanesFolded"_s, false);
    m_xml.end();
    m_xml.begin(u"ClipEnvelopeChooserViewState"_s);
    m_xml.value(u"SelectedDevice"_s, 0);
    m_xml.value(u"SelectedEnvelope"_s, 0);
    m_xml.value(u"PreferModulationVisible"_s, false);
    m_xml.end();
}

void SetWriter::writeRoutings(const QString &audioIn, const QString &audioInLower, const QString &audioOut,
                              const QString &audioOutUpper, const QString &audioOutLower)
{
    writeRouting(u"AudioInputRouting"_s, audioIn, u"Ext. In"_s, audioInLower);
    writeRouting(u"MidiInputRouting"_s, u"MidiIn/External.All/-1"_s, u"Ext: All Ins"_s, QString());
    writeRouting(u"AudioOutputRouting"_s, audioOut, audioOutUpper, audioOutLower);
    writeRouting(u"MidiOutputRouting"_s, u"MidiOut/None"_s, u"None"_s, QString());
}

void SetWriter::writeRouting(const QString &name, const QString &target, const QString &upper, const QString &lower)
{
    m_xml.begin(name);
    m_xml.value(u"Target"_s, target);
    m_xml.value(u"UpperDisplayString"_s, upper);
    m_xml.value(u"LowerDisplayString"_s, lower);
    m_xml.begin(u"MpeSettings"_s);
    m_xml.value(u"ZoneType"_s, 0);
    m_xml.value(u"FirstNoteChannel"_s, 1);
    m_xml.value(u"LastNoteChannel"_s, 15);
    m_xml.end();
    if (live12())
        m_xml.value(u"MpePitchBendUsesTuning"_s, true);
    m_xml.end();
}

// The children a mixer shares with every device and sequencer, from LomId to SourceContext.
void SetWriter::writeDeviceHead(int onAutomationId, int pointeeId, bool showPresetName)
{
    m_xml.value(u"LomId"_s, 0);
    m_xml.value(u"LomIdView"_s, 0);
    m_xml.value(u"IsExpanded"_s, true);
    if (live12())
        m_xml.value(u"BreakoutIsExpanded"_s, false);
    writeOnOffParameter(u"On"_s, true, onAutomationId);
    m_xml.value(u"ModulationSourceCount"_s, 0);
    m_xml.lomWrapper(u"ParametersListWrapper"_s);
    m_xml.withId(u"Pointee"_s, pointeeId);
    m_xml.value(u"LastSelectedTimeableIndex"_s, 0);
    m_xml.value(u"LastSelectedClipEnvelopeIndex"_s, 0);
    m_xml.begin(u"LastPresetRef"_s);
    m_xml.empty(u"Value"_s);
    m_xml.end();
    m_xml.empty(u"LockedScripts"_s);
    m_xml.value(u"IsFolded"_s, false);
    m_xml.value(u"ShouldShowPresetName"_s, showPresetName);
    m_xml.value(u"UserName"_s, QString());
    m_xml.value(u"Annotation"_s, QString());
    m_xml.begin(u"SourceContext"_s);
    m_xml.empty(u"Value"_s);
    m_xml.end();
    if (live12()) {
        m_xml.value(u"MpePitchBendUsesTuning"_s, true);
        m_xml.value(u"ViewData"_s, u"{}"_s);
    }
}

void SetWriter::writeMixer(const Mixer &mixer, MixerKind kind)
{
    const bool main = kind == MixerKind::Main;
    const bool preHear = kind == MixerKind::PreHear;
    const auto id = [this](int fixedId) { return fixedId > 0 ? fixedId : takePointee(); };
    const int noFixedId = 0;

    m_xml.begin(u"Mixer"_s);
    const int onId = id(main ? fixed::MainOn : preHear ? fixed::PreHearOn : noFixedId);
    writeDeviceHead(onId, takePointee(), false);
    if (main || preHear) {
        m_xml.empty(u"Sends"_s);
    } else {
        m_xml.begin(u"Sends"_s);
        for (int i = 0; i < m_set.returnCount; ++i) {
            m_xml.begin(u"TrackSendHolder"_s, i);
            const int automation = takePointee();
            writeParameter(u"Send"_s, mixer.sends.at(i), GainSilent, 1.0, automation, takePointee());
            m_xml.value(live12() ? u"EnabledByUser"_s : u"Active"_s, true);
            m_xml.end();
        }
        m_xml.end();
    }
    writeOnOffParameter(u"Speaker"_s, !mixer.muted, id(main ? fixed::MainSpeaker : preHear ? fixed::PreHearSpeaker : noFixedId));
    m_xml.value(u"SoloSink"_s, mixer.soloed);
    m_xml.value(u"PanMode"_s, 0);
    {
        const int pan = id(main ? fixed::MainPan : preHear ? fixed::PreHearPan : noFixedId);
        const int panModulation = main || preHear ? pan + 1 : takePointee();
        writeParameter(u"Pan"_s, mixer.pan, -1.0, 1.0, pan, panModulation);
    }
    {
        const int left = takePointee();
        writeParameter(u"SplitStereoPanL"_s, -1.0, -1.0, 1.0, left, takePointee());
        const int right = takePointee();
        writeParameter(u"SplitStereoPanR"_s, 1.0, -1.0, 1.0, right, takePointee());
    }
    {
        const int volume = id(main ? fixed::MainVolume : preHear ? fixed::PreHearVolume : noFixedId);
        const int volumeModulation = main || preHear ? volume + 1 : takePointee();
        writeParameter(u"Volume"_s, mixer.volume, GainSilent, GainMax, volume, volumeModulation);
    }
    m_xml.value(live12() ? u"ViewStateSessionTrackWidth"_s : u"ViewStateSesstionTrackWidth"_s, 93);
    m_xml.begin(u"CrossFadeState"_s);
    m_xml.value(u"LomId"_s, 0);
    m_xml.value(u"Manual"_s, 1);
    m_xml.begin(u"AutomationTarget"_s, id(main ? fixed::MainCrossFadeState : preHear ? fixed::PreHearCrossFadeState : noFixedId));
    m_xml.value(u"LockEnvelope"_s, 0);
    m_xml.end();
    if (live12()) {
        m_xml.begin(u"MidiControllerRange"_s);
        m_xml.value(u"Min"_s, 0);
        m_xml.value(u"Max"_s, 2);
        m_xml.end();
    }
    m_xml.end();
    m_xml.lomWrapper(u"SendsListWrapper"_s);
    if (main) {
        writeParameter(u"Tempo"_s, m_live.tempo, 60.0, 200.0, fixed::MainTempo, fixed::MainTempo + 1);
        m_xml.begin(u"TimeSignature"_s);
        m_xml.value(u"LomId"_s, 0);
        m_xml.value(u"Manual"_s, timeSignatureValue(m_live.timeSignature));
        m_xml.begin(u"AutomationTarget"_s, fixed::MainTimeSignature);
        m_xml.value(u"LockEnvelope"_s, 0);
        m_xml.end();
        if (live12()) {
            m_xml.begin(u"MidiControllerRange"_s);
            m_xml.value(u"Min"_s, 0);
            m_xml.value(u"Max"_s, 494);
            m_xml.end();
        }
        m_xml.end();
        writeParameter(u"GlobalGrooveAmount"_s, 100.0, 0.0, 131.25, fixed::MainGrooveAmount, fixed::MainGrooveAmount + 1);
        writeParameter(u"CrossFade"_s, 0.0, -1.0, 1.0, fixed::MainCrossFade, fixed::MainCrossFade + 1);
        m_xml.value(u"TempoAutomationViewBottom"_s, 60);
        m_xml.value(u"TempoAutomationViewTop"_s, 200);
        if (live12()) {
            m_xml.begin(u"UserTempoAutomation"_s);
            m_xml.empty(u"Value"_s);
            m_xml.end();
        }
    }
    m_xml.end();
}

// An on/off parameter: Manual, its automation target and the MIDI thresholds that switch it.
void SetWriter::writeOnOffParameter(const QString &name, bool on, int automationId)
{
    m_xml.begin(name);
    m_xml.value(u"LomId"_s, 0);
    m_xml.value(u"Manual"_s, on);
    m_xml.begin(u"AutomationTarget"_s, automationId);
    m_xml.value(u"LockEnvelope"_s, 0);
    m_xml.end();
    m_xml.begin(u"MidiCCOnOffThresholds"_s);
    m_xml.value(u"Min"_s, 64);
    m_xml.value(u"Max"_s, 127);
    m_xml.end();
    m_xml.end();
}

// A continuous parameter: Manual, the range a MIDI controller sweeps, automation and modulation.
void SetWriter::writeParameter(const QString &name, double manual, double min, double max, int automationId,
                               int modulationId)
{
    m_xml.begin(name);
    m_xml.value(u"LomId"_s, 0);
    m_xml.value(u"Manual"_s, manual);
    m_xml.begin(u"MidiControllerRange"_s);
    m_xml.value(u"Min"_s, min);
    m_xml.value(u"Max"_s, max);
    m_xml.end();
    m_xml.begin(u"AutomationTarget"_s, automationId);
    m_xml.value(u"LockEnvelope"_s, 0);
    m_xml.end();
    m_xml.begin(u"ModulationTarget"_s, modulationId);
    m_xml.value(u"LockEnvelope"_s, 0);
    m_xml.end();
    m_xml.end();
}

} // namespace musiaia::als::writer

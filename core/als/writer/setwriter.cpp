// SPDX-License-Identifier: GPL-3.0-or-later
// The document and the LiveSet-level elements, in the order Live 11.3 and 12.4 write them.
#include "als/writer/setwriter.h"

#include "als/livevalues.h"
#include "als/scalenames.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::als::writer {

SetWriter::SetWriter(const PreparedSet &set, SchemaVersion schema, XmlOut &xml, int nextPointeeId)
    : m_set(set)
    , m_live(set.set)
    , m_schema(schema)
    , m_xml(xml)
    , m_nextPointeeIdValue(nextPointeeId)
    , m_sceneCount(int(set.set.scenes.size()))
{
}

void SetWriter::writeDocument()
{
    const SchemaHeader header = schemaHeader(m_schema);
    m_xml.startDocument();
    m_xml.begin(u"Ableton"_s);
    m_xml.attribute(u"MajorVersion"_s, u"5"_s);
    m_xml.attribute(u"MinorVersion"_s, header.minorVersion);
    m_xml.attribute(u"SchemaChangeCount"_s, header.schemaChangeCount);
    m_xml.attribute(u"Creator"_s, header.creator);
    m_xml.attribute(u"Revision"_s, header.revision);
    m_xml.begin(u"LiveSet"_s);
    m_xml.value(u"NextPointeeId"_s, m_nextPointeeIdValue);
    m_xml.value(u"OverwriteProtectionNumber"_s, header.overwriteProtection);
    writeLiveSet();
    m_xml.end(); // LiveSet
    m_xml.end(); // Ableton
    m_xml.endDocument();
}

void SetWriter::writeLiveSet()
{
    m_xml.value(u"LomId"_s, 0);
    m_xml.value(u"LomIdView"_s, 0);
    m_xml.begin(u"Tracks"_s);
    for (int i = 0; i < m_live.tracks.size(); ++i)
        writeTrack(m_live.tracks.at(i), m_set.userNames.at(i));
    m_xml.end();
    writeMainTrack();
    writePreHearTrack();
    writeSendsPre();
    writeScenes();
    writeTransport();
    if (live12()) {
        m_xml.begin(u"SessionScrollPos"_s);
        m_xml.attribute(u"X"_s, 0);
        m_xml.attribute(u"Y"_s, 0);
        m_xml.end();
        m_xml.value(u"SelectedBreakpointValue"_s, 0);
    } else {
        m_xml.begin(u"SongMasterValues"_s);
        m_xml.begin(u"SessionScrollerPos"_s);
        m_xml.attribute(u"X"_s, 0);
        m_xml.attribute(u"Y"_s, 0);
        m_xml.end();
        m_xml.end();
    }
    m_xml.empty(u"SignalModulations"_s);
    m_xml.value(u"GlobalQuantisation"_s, 4);
    m_xml.value(u"AutoQuantisation"_s, 0);
    writeGrid(u"Grid"_s, true, false);
    writeScaleInformation();
    m_xml.value(u"InKey"_s, m_live.scale.has_value());
    m_xml.value(u"SmpteFormat"_s, 0);
    m_xml.begin(u"TimeSelection"_s);
    m_xml.value(u"AnchorTime"_s, 0);
    m_xml.value(u"OtherTime"_s, 0);
    m_xml.end();
    writeSequencerNavigator();
    m_xml.value(u"IsContentSplitterOpen"_s, true);
    m_xml.value(u"IsExpressionSplitterOpen"_s, true);
    writeEditorLanes();
    m_xml.value(u"ViewStateFxSlotCount"_s, 4);
    if (live12()) {
        m_xml.value(u"ViewStateSessionMixerVolumeSectionHeight"_s, 120);
        m_xml.value(u"ViewStateArrangerMixerVolumeSectionHeight"_s, 120);
        m_xml.value(u"ShouldSceneTempoAndTimeSignatureBeVisible"_s, false);
        m_xml.value(u"WaveformVerticalZoomFactor"_s, 1);
        m_xml.value(u"IsWaveformVerticalZoomActive"_s, true);
    } else {
        m_xml.value(u"ViewStateSessionMixerHeight"_s, 120);
    }
    writeLocators();
    m_xml.empty(u"DetailClipKeyMidis"_s);
    m_xml.lomWrapper(u"TracksListWrapper"_s);
    m_xml.lomWrapper(u"VisibleTracksListWrapper"_s);
    m_xml.lomWrapper(u"ReturnTracksListWrapper"_s);
    m_xml.lomWrapper(u"ScenesListWrapper"_s);
    m_xml.lomWrapper(u"CuePointsListWrapper"_s);
    // 0 opens the Arrangement view, 1 the Session view.
    m_xml.value(live12() ? u"SelectedDocumentViewInMainWindow"_s : u"ChooserBar"_s,
                m_set.hasArrangementClips ? 0 : 1);
    m_xml.value(u"Annotation"_s, QString());
    m_xml.value(u"SoloOrPflSavedValue"_s, true);
    m_xml.value(u"SoloInPlace"_s, true);
    m_xml.value(u"CrossfadeCurve"_s, 2);
    m_xml.value(u"LatencyCompensation"_s, 2);
    m_xml.value(u"HighlightedTrackIndex"_s, 0);
    writeGroovePool();
    writeSetTail();
}

void SetWriter::writeSendsPre()
{
    m_xml.begin(u"SendsPre"_s);
    for (int i = 0; i < m_set.returnCount; ++i) {
        m_xml.withId(u"SendPreBool"_s, i);
        // withId() leaves the empty element open for more attributes.
        m_xml.attribute(u"Value"_s, u"false"_s);
    }
    m_xml.end();
}

void SetWriter::writeScenes()
{
    m_xml.begin(u"Scenes"_s);
    for (int i = 0; i < m_live.scenes.size(); ++i) {
        const Scene &scene = m_live.scenes.at(i);
        m_xml.begin(u"Scene"_s, i);
        writeFollowAction(0);
        m_xml.value(u"Name"_s, scene.name);
        m_xml.value(u"Annotation"_s, QString());
        m_xml.value(u"Color"_s, scene.color);
        m_xml.value(u"Tempo"_s, scene.tempo.value_or(m_live.tempo));
        m_xml.value(u"IsTempoEnabled"_s, scene.tempo.has_value());
        m_xml.value(u"TimeSignatureId"_s, timeSignatureValue(m_live.timeSignature));
        m_xml.value(u"IsTimeSignatureEnabled"_s, false);
        m_xml.value(u"LomId"_s, 0);
        m_xml.lomWrapper(u"ClipSlotsListWrapper"_s);
        m_xml.end();
    }
    m_xml.end();
}

void SetWriter::writeFollowAction(int jumpIndex)
{
    m_xml.begin(u"FollowAction"_s);
    m_xml.value(u"FollowTime"_s, 4);
    m_xml.value(u"IsLinked"_s, true);
    m_xml.value(u"LoopIterations"_s, 1);
    m_xml.value(u"FollowActionA"_s, 4);
    m_xml.value(u"FollowActionB"_s, 0);
    m_xml.value(u"FollowChanceA"_s, 100);
    m_xml.value(u"FollowChanceB"_s, 0);
    m_xml.value(u"JumpIndexA"_s, jumpIndex);
    m_xml.value(u"JumpIndexB"_s, jumpIndex);
    m_xml.value(u"FollowActionEnabled"_s, false);
    m_xml.end();
}

void SetWriter::writeTransport()
{
    m_xml.begin(u"Transport"_s);
    m_xml.value(u"PhaseNudgeTempo"_s, 10);
    m_xml.value(u"LoopOn"_s, false);
    m_xml.value(u"LoopStart"_s, 0);
    m_xml.value(u"LoopLength"_s, 16);
    m_xml.value(u"LoopIsSongStart"_s, false);
    m_xml.value(u"CurrentTime"_s, 0);
    m_xml.value(u"PunchIn"_s, false);
    m_xml.value(u"PunchOut"_s, false);
    m_xml.value(u"MetronomeTickDuration"_s, 0);
    m_xml.value(u"DrawMode"_s, false);
    m_xml.end();
}

void SetWriter::writeGrid(const QString &name, bool snapToGrid, bool fixed)
{
    m_xml.begin(name);
    m_xml.value(u"FixedNumerator"_s, 1);
    m_xml.value(u"FixedDenominator"_s, 16);
    m_xml.value(u"GridIntervalPixel"_s, 20);
    m_xml.value(u"Ntoles"_s, 2);
    m_xml.value(u"SnapToGrid"_s, snapToGrid);
    m_xml.value(u"Fixed"_s, fixed);
    m_xml.end();
}

// The set's key; clips carry the same one. Without a key Live writes C Major.
void SetWriter::writeScaleInformation()
{
    const int root = m_live.scale ? ((m_live.scale->root % 12) + 12) % 12 : 0;
    const ScaleMode mode = m_live.scale ? m_live.scale->mode : ScaleMode::Major;
    m_xml.begin(u"ScaleInformation"_s);
    if (live12()) {
        m_xml.value(u"Root"_s, root);
        m_xml.value(u"Name"_s, int(mode));
    } else {
        m_xml.value(u"RootNote"_s, root);
        m_xml.value(u"Name"_s, scaleModeName(mode)); // by name until Live 12.1
    }
    m_xml.end();
}

void SetWriter::writeSequencerNavigator()
{
    m_xml.begin(u"SequencerNavigator"_s);
    m_xml.begin(u"BeatTimeHelper"_s);
    m_xml.value(u"CurrentZoom"_s, 0.25);
    m_xml.end();
    m_xml.begin(u"ScrollerPos"_s);
    m_xml.attribute(u"X"_s, 0);
    m_xml.attribute(u"Y"_s, 0);
    m_xml.end();
    m_xml.begin(u"ClientSize"_s);
    m_xml.attribute(u"X"_s, 1000);
    m_xml.attribute(u"Y"_s, 500);
    m_xml.end();
    m_xml.end();
}

// The MIDI note editor's lanes (velocity, chance, ...): which are shown, and how tall.
void SetWriter::writeEditorLanes()
{
    struct Lane
    {
        int id;
        int type;
        int size;
        bool minimized;
    };
    const auto writeLanes = [this](const QString &name, std::initializer_list<Lane> lanes) {
        const QString laneName = live12() ? u"MidiEditorLaneModel"_s : u"ExpressionLane"_s;
        m_xml.begin(name);
        for (const Lane &lane : lanes) {
            m_xml.begin(laneName, lane.id);
            m_xml.value(u"Type"_s, lane.type);
            m_xml.value(u"Size"_s, lane.size);
            m_xml.value(u"IsMinimized"_s, lane.minimized);
            m_xml.end();
        }
        m_xml.end();
    };
    if (live12()) {
        writeLanes(u"ExpressionLanes"_s, {{0, 5, 41, true}, {1, 0, 41, false}, {2, 1, 41, false},
                                          {3, 2, 41, true}, {4, 3, 41, true}});
        writeLanes(u"ContentLanes"_s, {{0, 2, 41, false}, {1, 3, 25, true}, {2, 4, 25, true}});
    } else {
        writeLanes(u"ExpressionLanes"_s, {{0, 0, 41, false}, {1, 1, 41, false}, {2, 2, 41, true},
                                          {3, 3, 41, true}});
        writeLanes(u"ContentLanes"_s, {{0, 4, 41, false}, {1, 5, 25, true}});
    }
}

void SetWriter::writeLocators()
{
    m_xml.begin(u"Locators"_s);
    m_xml.begin(u"Locators"_s);
    for (int i = 0; i < m_live.locators.size(); ++i) {
        const Locator &locator = m_live.locators.at(i);
        m_xml.begin(u"Locator"_s, i);
        m_xml.value(u"LomId"_s, 0);
        m_xml.value(u"Time"_s, locator.time);
        m_xml.value(u"Name"_s, locator.name);
        m_xml.value(u"Annotation"_s, QString());
        m_xml.value(u"IsSongStart"_s, false);
        m_xml.end();
    }
    m_xml.end();
    m_xml.end();
}

void SetWriter::writeGroovePool()
{
    m_xml.begin(u"GroovePool"_s);
    m_xml.value(u"LomId"_s, 0);
    m_xml.empty(u"Grooves"_s);
    if (live12()) {
        m_xml.value(u"DefaultGrooveId"_s, -1);
        m_xml.lomWrapper(u"GroovesListWrapper"_s);
    }
    m_xml.end();
}

void SetWriter::writeSetTail()
{
    m_xml.value(u"AutomationMode"_s, false);
    m_xml.value(u"SnapAutomationToGrid"_s, true);
    m_xml.value(u"ArrangementOverdub"_s, false);
    m_xml.value(u"ColorSequenceIndex"_s, 1);
    m_xml.begin(u"AutoColorPickerForPlayerAndGroupTracks"_s);
    m_xml.value(u"NextColorIndex"_s, 0);
    m_xml.end();
    m_xml.begin(live12() ? u"AutoColorPickerForReturnAndMainTracks"_s : u"AutoColorPickerForReturnAndMasterTracks"_s);
    m_xml.value(u"NextColorIndex"_s, 0);
    m_xml.end();
    m_xml.value(u"ViewData"_s, u"{}"_s);
    m_xml.value(u"ResetNonautomatedMidiControllersOnClipStarts"_s, true);
    m_xml.value(u"MidiFoldIn"_s, false);
    m_xml.value(u"MidiFoldMode"_s, live12() ? -99 : 0);
    m_xml.value(u"MultiClipFocusMode"_s, false);
    m_xml.value(u"MultiClipLoopBarHeight"_s, 0);
    m_xml.value(u"MidiPrelisten"_s, false);
    m_xml.empty(u"LinkedTrackGroups"_s);
    if (live12())
        m_xml.value(u"NoteSpellingPreference"_s, 0);
    m_xml.value(u"AccidentalSpellingPreference"_s, 3);
    m_xml.value(u"PreferFlatRootNote"_s, false);
    m_xml.value(u"UseWarperLegacyHiQMode"_s, false);
    m_xml.begin(u"VideoWindowRect"_s);
    for (const QString &side : {u"Top"_s, u"Left"_s, u"Bottom"_s, u"Right"_s})
        m_xml.attribute(side, -2147483647 - 1);
    m_xml.end();
    m_xml.value(u"ShowVideoWindow"_s, true);
    if (live12())
        m_xml.empty(u"TuningSystems"_s);
    m_xml.value(u"TrackHeaderWidth"_s, 93);
    if (live12()) {
        m_xml.value(u"ViewStateMainWindowClipDetailOpen"_s, true);
        m_xml.value(u"ViewStateMainWindowHiddenOtherDocViewTypeClipDetailOpen"_s, false);
        m_xml.value(u"ViewStateMainWindowHiddenOtherDocViewTypeDeviceDetailOpen"_s, true);
        m_xml.value(u"ViewStateMainWindowDeviceDetailOpen"_s, false);
        m_xml.value(u"ViewStateSecondWindowClipDetailOpen"_s, false);
        m_xml.value(u"ViewStateSecondWindowDeviceDetailOpen"_s, true);
    } else {
        m_xml.value(u"ViewStateArrangerHasDetail"_s, true);
        m_xml.value(u"ViewStateSessionHasDetail"_s, true);
        m_xml.value(u"ViewStateDetailIsSample"_s, false);
    }
    writeViewStates();
    if (live12())
        writeNoteAlgorithms();
}

void SetWriter::writeViewStates()
{
    struct Toggle
    {
        const char16_t *name;
        int value;
    };
    static constexpr Toggle Live11[] = {
        {u"SessionIO", 1},         {u"SessionSends", 1},       {u"SessionReturns", 1},
        {u"SessionMixer", 1},      {u"SessionTrackDelay", 0},  {u"SessionCrossFade", 0},
        {u"SessionShowOverView", 0}, {u"ArrangerIO", 1},       {u"ArrangerReturns", 1},
        {u"ArrangerMixer", 1},     {u"ArrangerTrackDelay", 0}, {u"ArrangerShowOverView", 1},
    };
    static constexpr Toggle Live12[] = {
        {u"MixerInArrangement", 0},       {u"ArrangerMixerIO", 1},
        {u"ArrangerMixerSends", 1},       {u"ArrangerMixerReturns", 1},
        {u"ArrangerMixerVolume", 1},      {u"ArrangerMixerTrackOptions", 0},
        {u"ArrangerMixerCrossFade", 0},   {u"ArrangerMixerTrackPerformanceImpactMeter", 0},
        {u"MixerInSession", 1},           {u"SessionIO", 1},
        {u"SessionSends", 1},             {u"SessionReturns", 1},
        {u"SessionVolume", 1},            {u"SessionTrackOptions", 0},
        {u"SessionCrossFade", 0},         {u"SessionTrackPerformanceImpactMeter", 0},
        {u"SessionShowOverView", 0},      {u"ArrangerIO", 1},
        {u"ArrangerReturns", 1},          {u"ArrangerVolume", 1},
        {u"ArrangerTrackOptions", 0},     {u"ArrangerShowOverView", 1},
    };
    m_xml.begin(u"ViewStates"_s);
    if (live12()) {
        for (const Toggle &toggle : Live12)
            m_xml.value(QString::fromUtf16(toggle.name), toggle.value);
    } else {
        for (const Toggle &toggle : Live11)
            m_xml.value(QString::fromUtf16(toggle.name), toggle.value);
    }
    m_xml.end();
}

// Live 12's MIDI Tools remember their last settings here. Live 12.3 keeps only some of them; the
// arpeggiator and the rhythm generator are in every Live 12 set, with these defaults.
void SetWriter::writeNoteAlgorithms()
{
    const auto writeRemoteables = [this](std::initializer_list<const char16_t *> names) {
        m_xml.begin(u"NamedKeyMidiRemoteables"_s);
        for (const char16_t *name : names) {
            m_xml.withId(u"NamedRemoteableKeyMidi"_s, takePointee());
            m_xml.attribute(u"Name"_s, QString::fromUtf16(name));
        }
        m_xml.end();
    };
    m_xml.begin(u"NoteAlgorithms"_s);
    m_xml.begin(u"ArpeggiateAlgorithm"_s, 0);
    writeRemoteables({u"Rate", u"Steps", u"Distance", u"Gate", u"Style"});
    m_xml.value(u"Rate"_s, 10);
    m_xml.value(u"Steps"_s, 2);
    m_xml.value(u"Distance"_s, 12);
    m_xml.value(u"Gate"_s, 1);
    m_xml.value(u"Style"_s, 0);
    m_xml.end();
    m_xml.begin(u"RhythmAlgorithm"_s, 1);
    writeRemoteables({u"Density", u"Repetitions", u"Pattern", u"Steps", u"Pitch", u"Velocity", u"Accent",
                      u"Period", u"Offset", u"Shift", u"StepDuration", u"Split", u"VelocityOffsetIncrement",
                      u"VelocityOffsetDecrement"});
    m_xml.value(u"Density"_s, 4);
    m_xml.value(u"Repetitions"_s, 1);
    m_xml.value(u"Pattern"_s, 14);
    m_xml.value(u"PatternLength"_s, 8);
    m_xml.value(u"Pitch"_s, 36);
    m_xml.value(u"Velocity"_s, 100);
    m_xml.value(u"Accent"_s, 127);
    m_xml.value(u"Period"_s, 4);
    m_xml.value(u"Offset"_s, 0);
    m_xml.value(u"Shift"_s, 0);
    m_xml.value(u"StepDuration"_s, 7);
    m_xml.value(u"Split"_s, 0);
    m_xml.end();
    m_xml.end();
}

} // namespace musiaia::als::writer

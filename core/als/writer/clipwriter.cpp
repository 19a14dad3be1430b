// SPDX-License-Identifier: GPL-3.0-or-later
// MIDI and audio clips: the clip head both share, notes by key track, sample references and warp
// markers.
#include "als/writer/setwriter.h"

#include <QVarLengthArray>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::als::writer {

namespace {

// 0: no relative path; 1: relative to the set's folder ("../x.wav"); 3: inside the Live Project
// ("Samples/Imported/x.wav").
int relativePathType(const QString &relativePath)
{
    if (relativePath.isEmpty())
        return 0;
    return relativePath.startsWith(u"../"_s) ? 1 : 3;
}

QString forwardSlashes(QString path)
{
    return path.replace(u'\\', u'/');
}

} // namespace

// Clips hold no pointee ids, so the counting pass (no device) skips them: they are most of the work.
void SetWriter::writeClip(const Clip &clip, int id, bool session)
{
    if (!m_xml.writing())
        return;
    const bool audio = clip.kind == Clip::Kind::Audio;
    m_xml.begin(audio ? u"AudioClip"_s : u"MidiClip"_s, id);
    m_xml.attribute(u"Time"_s, clip.time);
    writeClipHead(clip, session);
    if (audio)
        writeAudioClipTail(clip);
    else
        writeMidiClipTail(clip);
    m_xml.end();
}

// From LomId to TakeId (and, in Live 12, the clip's key), the same in MIDI and audio clips.
// ClipLoop holds Live's LoopStart and LoopEnd as they are; with the loop off they are the start and
// end markers. The start marker is stored relative to LoopStart.
void SetWriter::writeClipHead(const Clip &clip, bool session)
{
    const ClipLoop &loop = clip.loop;
    m_xml.value(u"LomId"_s, 0);
    m_xml.value(u"LomIdView"_s, 0);
    m_xml.value(u"CurrentStart"_s, clip.time);
    m_xml.value(u"CurrentEnd"_s, session ? clip.length : clip.end());
    m_xml.begin(u"Loop"_s);
    m_xml.value(u"LoopStart"_s, loop.start);
    m_xml.value(u"LoopEnd"_s, loop.end);
    m_xml.value(u"StartRelative"_s, loop.startMarker - loop.start);
    m_xml.value(u"LoopOn"_s, loop.enabled);
    m_xml.value(u"OutMarker"_s, loop.end);
    m_xml.value(u"HiddenLoopStart"_s, loop.start);
    m_xml.value(u"HiddenLoopEnd"_s, loop.end);
    m_xml.end();
    m_xml.value(u"Name"_s, clip.name);
    m_xml.value(u"Annotation"_s, QString());
    m_xml.value(u"Color"_s, clip.color);
    m_xml.value(u"LaunchMode"_s, 0);
    m_xml.value(u"LaunchQuantisation"_s, 0);
    m_xml.begin(u"TimeSignature"_s);
    m_xml.begin(u"TimeSignatures"_s);
    m_xml.begin(u"RemoteableTimeSignature"_s, 0);
    m_xml.value(u"Numerator"_s, clip.timeSignature.numerator);
    m_xml.value(u"Denominator"_s, clip.timeSignature.denominator);
    m_xml.value(u"Time"_s, 0);
    m_xml.end();
    m_xml.end();
    m_xml.end();
    m_xml.begin(u"Envelopes"_s);
    m_xml.empty(u"Envelopes"_s);
    m_xml.end();
    m_xml.begin(u"ScrollerTimePreserver"_s);
    m_xml.value(u"LeftTime"_s, loop.start);
    m_xml.value(u"RightTime"_s, loop.end);
    m_xml.end();
    m_xml.begin(u"TimeSelection"_s);
    m_xml.value(u"AnchorTime"_s, 0);
    m_xml.value(u"OtherTime"_s, 0);
    m_xml.end();
    m_xml.value(u"Legato"_s, false);
    m_xml.value(u"Ram"_s, false);
    m_xml.begin(u"GrooveSettings"_s);
    m_xml.value(u"GrooveId"_s, -1);
    m_xml.end();
    m_xml.value(u"Disabled"_s, false);
    m_xml.value(u"VelocityAmount"_s, 0);
    writeFollowAction(1);
    writeGrid(u"Grid"_s, true, false);
    m_xml.value(u"FreezeStart"_s, 0);
    m_xml.value(u"FreezeEnd"_s, 0);
    m_xml.value(u"IsWarped"_s, clip.audio ? clip.audio->warped : true);
    m_xml.value(u"TakeId"_s, 1);
    if (live12())
        writeClipScale();
}

// A clip follows the set's key when the set has one.
void SetWriter::writeClipScale()
{
    if (live12()) {
        m_xml.value(u"IsInKey"_s, m_live.scale.has_value());
        writeScaleInformation();
    } else {
        writeScaleInformation();
        m_xml.value(u"IsInKey"_s, m_live.scale.has_value());
    }
}

void SetWriter::writeMidiClipTail(const Clip &clip)
{
    if (live12())
        m_xml.lomWrapper(u"AutomationEnvelopesListWrapper"_s);
    writeNotes(clip);
    m_xml.value(u"BankSelectCoarse"_s, -1);
    m_xml.value(u"BankSelectFine"_s, -1);
    m_xml.value(u"ProgramChange"_s, -1);
    m_xml.value(u"NoteEditorFoldInZoom"_s, -1);
    m_xml.value(u"NoteEditorFoldInScroll"_s, 0);
    m_xml.value(u"NoteEditorFoldOutZoom"_s, -1);
    m_xml.value(u"NoteEditorFoldOutScroll"_s, 0);
    m_xml.value(u"NoteEditorFoldScaleZoom"_s, -1);
    m_xml.value(u"NoteEditorFoldScaleScroll"_s, 0);
    if (!live12())
        writeClipScale();
    m_xml.value(u"NoteSpellingPreference"_s, 0);
    if (live12())
        m_xml.value(u"AccidentalSpellingPreference"_s, 3);
    m_xml.value(u"PreferFlatRootNote"_s, false);
    writeGrid(u"ExpressionGrid"_s, false, false);
}

// One KeyTrack per pitch, ascending; notes by time within it; NoteIds 1..n in that order.
// Live 12.3 and later leave out the attributes that hold their default value. The notes themselves
// go out as markup written by hand (XmlOut::markup()): they are most of a song's XML.
void SetWriter::writeNotes(const Clip &clip)
{
    const QList<MidiNote> &notes = clip.notes;
    QVarLengthArray<int, 512> order(notes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&notes](int a, int b) {
        const MidiNote &x = notes.at(a);
        const MidiNote &y = notes.at(b);
        return x.pitch != y.pitch ? x.pitch < y.pitch : x.start < y.start;
    });

    m_xml.begin(u"Notes"_s);
    m_xml.begin(u"KeyTracks"_s);
    int noteId = 1;
    int keyTrackId = 0;
    for (qsizetype first = 0; first < order.size();) {
        const int pitch = notes.at(order[first]).pitch;
        qsizetype last = first;
        while (last < order.size() && notes.at(order[last]).pitch == pitch)
            ++last;
        m_xml.begin(u"KeyTrack"_s, keyTrackId++);
        writeNoteEvents(notes, order.constData() + first, last - first, noteId);
        noteId += int(last - first);
        m_xml.value(u"MidiKey"_s, pitch);
        m_xml.end();
        first = last;
    }
    m_xml.end(); // KeyTracks
    m_xml.begin(u"PerNoteEventStore"_s);
    m_xml.empty(u"EventLists"_s);
    m_xml.end();
    if (live12()) {
        m_xml.empty(u"NoteProbabilityGroups"_s);
        m_xml.begin(u"ProbabilityGroupIdGenerator"_s);
        m_xml.value(u"NextId"_s, 1);
        m_xml.end();
    }
    m_xml.begin(u"NoteIdGenerator"_s);
    m_xml.value(u"NextId"_s, noteId);
    m_xml.end();
    m_xml.end(); // Notes
}

// <Notes> of one key track: <MidiNoteEvent Time=".." Duration=".." Velocity=".." ... NoteId=".." />
void SetWriter::writeNoteEvents(const QList<MidiNote> &notes, const int *order, qsizetype count, int firstNoteId)
{
    const bool omitDefaults = live12();
    const int depth = m_xml.depth();
    QString &out = m_xml.markup();
    static const QString tabs(64, u'\t');
    const auto newLine = [&out](int indent) {
        out.append(u'\n');
        out.append(QStringView(tabs).left(indent));
    };
    newLine(depth);
    out.append(u"<Notes>"_s);
    for (qsizetype i = 0; i < count; ++i) {
        const MidiNote &note = notes.at(order[i]);
        newLine(depth + 1);
        out.append(u"<MidiNoteEvent Time=\""_s);
        appendNumber(out, note.start);
        out.append(u"\" Duration=\""_s);
        appendNumber(out, note.duration);
        out.append(u"\" Velocity=\""_s);
        appendNumber(out, note.velocity);
        if (!omitDefaults || note.velocityDeviation != 0.0) {
            out.append(u"\" VelocityDeviation=\""_s);
            appendNumber(out, note.velocityDeviation);
        }
        out.append(u"\" OffVelocity=\""_s);
        appendNumber(out, note.offVelocity);
        if (!omitDefaults || note.probability != 1.0) {
            out.append(u"\" Probability=\""_s);
            appendNumber(out, note.probability);
        }
        if (!omitDefaults || !note.enabled)
            out.append(note.enabled ? u"\" IsEnabled=\"true"_s : u"\" IsEnabled=\"false"_s);
        out.append(u"\" NoteId=\""_s);
        appendNumber(out, firstNoteId + int(i));
        out.append(u"\"/>"_s); // XmlOut spaces every "/>" as Live does
    }
    newLine(depth);
    out.append(u"</Notes>"_s);
    newLine(depth); // where MidiKey goes
}

void SetWriter::writeAudioClipTail(const Clip &clip)
{
    static const AudioContent NoAudio;
    const AudioContent &audio = clip.audio ? *clip.audio : NoAudio;
    writeSampleRef(audio.sample);
    m_xml.begin(u"Onsets"_s);
    m_xml.empty(u"UserOnsets"_s);
    m_xml.value(u"HasUserOnsets"_s, false);
    m_xml.end();
    m_xml.value(u"WarpMode"_s, int(audio.warpMode));
    m_xml.value(u"GranularityTones"_s, 30);
    m_xml.value(u"GranularityTexture"_s, 65);
    m_xml.value(u"FluctuationTexture"_s, 25);
    m_xml.value(u"TransientResolution"_s, 6);
    m_xml.value(u"TransientLoopMode"_s, 2);
    m_xml.value(u"TransientEnvelope"_s, 100);
    m_xml.value(u"ComplexProFormants"_s, 100);
    m_xml.value(u"ComplexProEnvelope"_s, 128);
    m_xml.value(u"Sync"_s, true);
    m_xml.value(u"HiQ"_s, true);
    m_xml.value(u"Fade"_s, true);
    m_xml.begin(u"Fades"_s);
    m_xml.value(u"FadeInLength"_s, 0);
    m_xml.value(u"FadeOutLength"_s, 0);
    m_xml.value(u"ClipFadesAreInitialized"_s, true);
    m_xml.value(u"CrossfadeInState"_s, 0);
    m_xml.value(u"FadeInCurveSkew"_s, 0);
    m_xml.value(u"FadeInCurveSlope"_s, 0);
    m_xml.value(u"FadeOutCurveSkew"_s, 0);
    m_xml.value(u"FadeOutCurveSlope"_s, 0);
    m_xml.value(u"IsDefaultFadeIn"_s, true);
    m_xml.value(u"IsDefaultFadeOut"_s, true);
    m_xml.end();
    m_xml.value(u"PitchCoarse"_s, audio.pitchCoarse);
    m_xml.value(u"PitchFine"_s, audio.pitchFine);
    m_xml.value(u"SampleVolume"_s, audio.gain);
    if (!live12()) {
        m_xml.value(u"MarkerDensity"_s, 2);
        m_xml.value(u"AutoWarpTolerance"_s, 4);
    }
    writeWarpMarkers(audio);
    m_xml.empty(u"SavedWarpMarkersForStretched"_s);
    m_xml.value(u"MarkersGenerated"_s, false);
    m_xml.value(live12() ? u"IsSongTempoLeader"_s : u"IsSongTempoMaster"_s, false);
    if (live12()) {
        m_xml.value(u"AutoWarpPending"_s, false);
        m_xml.value(u"WasMuted"_s, false);
    }
}

void SetWriter::writeSampleRef(const SampleReference &sample)
{
    const QString path = forwardSlashes(sample.absolutePath);
    const QString relativePath = forwardSlashes(sample.relativePath);
    // FileRef Type: 1 where Live saved the set on Windows, 2 on macOS.
    const bool windowsPath = path.size() > 2 && path.at(1) == u':';
    m_xml.begin(u"SampleRef"_s);
    m_xml.begin(u"FileRef"_s);
    m_xml.value(u"RelativePathType"_s, relativePathType(relativePath));
    m_xml.value(u"RelativePath"_s, relativePath);
    m_xml.value(u"Path"_s, path);
    m_xml.value(u"Type"_s, windowsPath ? 1 : 2);
    m_xml.value(u"LivePackName"_s, QString());
    m_xml.value(u"LivePackId"_s, QString());
    m_xml.value(u"OriginalFileSize"_s, sample.fileSize);
    m_xml.value(u"OriginalCrc"_s, 0); // Live's checksum is not documented; 0 makes Live check the size only
    m_xml.end();
    m_xml.value(u"LastModDate"_s, sample.lastModified);
    m_xml.empty(u"SourceContext"_s);
    m_xml.value(u"SampleUsageHint"_s, 0);
    m_xml.value(u"DefaultDuration"_s, sample.frames);
    m_xml.value(u"DefaultSampleRate"_s, sample.sampleRate);
    if (live12())
        m_xml.value(u"SamplesToAutoWarp"_s, 0);
    m_xml.end();
}

// prepareSet() made sure there are two at least.
void SetWriter::writeWarpMarkers(const AudioContent &audio)
{
    m_xml.begin(u"WarpMarkers"_s);
    const QList<WarpMarker> &markers = audio.warpMarkers;
    for (int i = 0; i < markers.size(); ++i) {
        m_xml.withId(u"WarpMarker"_s, i);
        m_xml.attribute(u"SecTime"_s, markers.at(i).secTime);
        m_xml.attribute(u"BeatTime"_s, markers.at(i).beatTime);
    }
    m_xml.end();
}

} // namespace musiaia::als::writer

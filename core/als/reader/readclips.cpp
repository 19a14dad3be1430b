// SPDX-License-Identifier: GPL-3.0-or-later
// Clips in the arrangement and in session slots, with their loops, notes and audio settings.
#include "setreader.h"

#include "als/livevalues.h"

#include "xmlvalues.h"

#include <algorithm>

namespace musiaia::als::reader {

// <MainSequencer> {ClipSlotList, ClipTimeable (MIDI arrangement), Sample (audio arrangement), ...}
void SetReader::readMainSequencer(Track &track)
{
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == u"ClipSlotList")
            readClipSlots(track);
        else if (name == u"ClipTimeable" || name == u"Sample")
            readArrangementEvents(track);
        else
            m_xml.skipCurrentElement();
    }
}

// <ClipSlotList> {<ClipSlot> {<ClipSlot> {<Value> {MidiClip | AudioClip}}}}: one slot per scene.
void SetReader::readClipSlots(Track &track)
{
    int scene = 0;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != u"ClipSlot") {
            m_xml.skipCurrentElement();
            continue;
        }
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"ClipSlot") {
                m_xml.skipCurrentElement();
                continue;
            }
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() != u"Value") {
                    m_xml.skipCurrentElement();
                    continue;
                }
                while (m_xml.readNextStartElement()) {
                    const QStringView name = m_xml.name();
                    if (name == u"MidiClip" || name == u"AudioClip") {
                        Clip clip = readClip(name == u"MidiClip" ? Clip::Kind::Midi : Clip::Kind::Audio);
                        clip.time = 0.0;
                        track.sessionClips.insert_or_assign(scene, std::move(clip));
                    } else {
                        m_xml.skipCurrentElement();
                    }
                }
            }
        }
        ++scene;
    }
}

// <ClipTimeable> or <Sample> {<ArrangerAutomation> {<Events> {MidiClip... | AudioClip...}}}
void SetReader::readArrangementEvents(Track &track)
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != u"ArrangerAutomation") {
            m_xml.skipCurrentElement();
            continue;
        }
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"Events") {
                m_xml.skipCurrentElement();
                continue;
            }
            while (m_xml.readNextStartElement()) {
                const QStringView name = m_xml.name();
                if (name == u"MidiClip" || name == u"AudioClip") {
                    const double time = toDouble(attribute(m_xml, u"Time"), 0.0);
                    Clip clip = readClip(name == u"MidiClip" ? Clip::Kind::Midi : Clip::Kind::Audio);
                    clip.time = time;
                    track.arrangementClips.append(std::move(clip));
                } else {
                    m_xml.skipCurrentElement();
                }
            }
        }
    }
    std::stable_sort(track.arrangementClips.begin(), track.arrangementClips.end(),
                     [](const Clip &a, const Clip &b) { return a.time < b.time; });
}

Clip SetReader::readClip(Clip::Kind kind)
{
    Clip clip;
    clip.kind = kind;
    double currentStart = 0.0;
    double currentEnd = clip.length;
    AudioContent audio;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == u"CurrentStart")
            currentStart = readDoubleValue(m_xml);
        else if (name == u"CurrentEnd")
            currentEnd = readDoubleValue(m_xml, currentEnd);
        else if (name == u"Loop")
            readClipLoop(clip.loop);
        else if (name == u"Name")
            clip.name = readStringValue(m_xml);
        else if (name == u"Color" || name == u"ColorIndex")
            clip.color = colourValue(readIntValue(m_xml, -1), false);
        else if (name == u"TimeSignature")
            readClipTimeSignature(clip.timeSignature);
        else if (name == u"Notes" && kind == Clip::Kind::Midi)
            readNotes(clip.notes);
        else if (kind == Clip::Kind::Midi)
            m_xml.skipCurrentElement();
        else if (name == u"SampleRef")
            audio.sample = readSampleRef();
        else if (name == u"WarpMode")
            audio.warpMode = WarpMode(readIntValue(m_xml, int(audio.warpMode)));
        else if (name == u"IsWarped")
            audio.warped = readBoolValue(m_xml, audio.warped);
        else if (name == u"WarpMarkers")
            readWarpMarkers(audio.warpMarkers);
        else if (name == u"SampleVolume")
            audio.gain = readDoubleValue(m_xml, audio.gain);
        else if (name == u"PitchCoarse")
            audio.pitchCoarse = saturatingInt(readDoubleValue(m_xml, audio.pitchCoarse));
        else if (name == u"PitchFine")
            audio.pitchFine = readDoubleValue(m_xml, audio.pitchFine);
        else
            m_xml.skipCurrentElement();
    }
    clip.length = currentEnd - currentStart;
    if (kind == Clip::Kind::Audio)
        clip.audio = std::move(audio);
    return clip;
}

// <Loop> {LoopStart, LoopEnd, StartRelative (start marker - LoopStart), LoopOn, OutMarker, ...}
void SetReader::readClipLoop(ClipLoop &loop)
{
    double startRelative = 0.0;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == u"LoopStart")
            loop.start = readDoubleValue(m_xml, loop.start);
        else if (name == u"LoopEnd")
            loop.end = readDoubleValue(m_xml, loop.end);
        else if (name == u"StartRelative")
            startRelative = readDoubleValue(m_xml);
        else if (name == u"LoopOn")
            loop.enabled = readBoolValue(m_xml, loop.enabled);
        else
            m_xml.skipCurrentElement();
    }
    loop.startMarker = loop.start + startRelative;
}

// <TimeSignature> {<TimeSignatures> {<RemoteableTimeSignature> {Numerator, Denominator, Time}}}
void SetReader::readClipTimeSignature(TimeSignature &signature)
{
    bool first = true;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != u"TimeSignatures") {
            m_xml.skipCurrentElement();
            continue;
        }
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"RemoteableTimeSignature" || !first) {
                m_xml.skipCurrentElement();
                continue;
            }
            first = false;
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == u"Numerator")
                    signature.numerator = readIntValue(m_xml, signature.numerator);
                else if (m_xml.name() == u"Denominator")
                    signature.denominator = readIntValue(m_xml, signature.denominator);
                else
                    m_xml.skipCurrentElement();
            }
        }
    }
}

// <Notes> {<KeyTracks> {<KeyTrack> ...}, PerNoteEventStore, NoteIdGenerator, ...}
void SetReader::readNotes(QList<MidiNote> &notes)
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != u"KeyTracks") {
            m_xml.skipCurrentElement();
            continue;
        }
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"KeyTrack")
                readKeyTrack(notes);
            else
                m_xml.skipCurrentElement();
        }
    }
    // Live groups notes by pitch; the model keeps them in time order.
    std::stable_sort(notes.begin(), notes.end(), [](const MidiNote &a, const MidiNote &b) {
        return a.start < b.start || (a.start == b.start && a.pitch < b.pitch);
    });
}

// <KeyTrack> {<Notes> {<MidiNoteEvent Time Duration Velocity ...>}, <MidiKey>}. The key comes after
// the notes. Live 12.3+ leaves out VelocityDeviation, Probability and IsEnabled when they hold
// their defaults (0, 1, true): the MidiNote defaults fill them in.
void SetReader::readKeyTrack(QList<MidiNote> &notes)
{
    const qsizetype first = notes.size();
    int key = -1;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == u"MidiKey") {
            key = readIntValue(m_xml, -1);
        } else if (name == u"Notes") {
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() != u"MidiNoteEvent") {
                    m_xml.skipCurrentElement();
                    continue;
                }
                MidiNote note;
                const QXmlStreamAttributes attributes = m_xml.attributes();
                for (const QXmlStreamAttribute &attribute : attributes) {
                    const QStringView attributeName = attribute.name();
                    const QStringView value = attribute.value();
                    if (attributeName == u"Time")
                        note.start = toDouble(value, note.start);
                    else if (attributeName == u"Duration")
                        note.duration = toDouble(value, note.duration);
                    else if (attributeName == u"Velocity")
                        note.velocity = toDouble(value, note.velocity);
                    else if (attributeName == u"OffVelocity")
                        note.offVelocity = toDouble(value, note.offVelocity);
                    else if (attributeName == u"VelocityDeviation")
                        note.velocityDeviation = toDouble(value, note.velocityDeviation);
                    else if (attributeName == u"Probability")
                        note.probability = toDouble(value, note.probability);
                    else if (attributeName == u"IsEnabled")
                        note.enabled = value != u"false";
                }
                notes.append(note);
                m_xml.skipCurrentElement();
            }
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (key < 0 || key > 127) {
        notes.resize(first);   // a key track without a valid key: its notes have no pitch
        return;
    }
    for (qsizetype i = first; i < notes.size(); ++i)
        notes[i].pitch = key;
}

// <WarpMarkers> {<WarpMarker Id SecTime BeatTime />}
void SetReader::readWarpMarkers(QList<WarpMarker> &markers)
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"WarpMarker") {
            markers.append(WarpMarker{toDouble(attribute(m_xml, u"SecTime"), 0.0),
                                      toDouble(attribute(m_xml, u"BeatTime"), 0.0)});
        }
        m_xml.skipCurrentElement();
    }
}

} // namespace musiaia::als::reader

// SPDX-License-Identifier: GPL-3.0-or-later
#include "als/writer/preparedset.h"

#include "als/livevalues.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::als::writer {

namespace {

// Live's tempo range.
constexpr double MinTempo = 20.0;
constexpr double MaxTempo = 999.0;
// A new Live set has 8 scenes; a set always has at least one.
constexpr int DefaultSceneCount = 8;
// Arrangement clips may touch; anything closer than this counts as touching, not overlapping.
constexpr double TimeTolerance = 1e-9;
// Live marks the sample tempo with a second warp marker 1/32 beat after the first.
constexpr double TempoMarkerBeats = 0.03125;
// The main track's colour in a new set.
constexpr int MainColorLive11 = 6;
constexpr int MainColorLive12 = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("musiaia::als::LiveSetWriter", text);
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

bool finite(double value)
{
    return std::isfinite(value);
}

QString trackLabel(const Track &track, int index)
{
    return track.name.isEmpty() ? tr("track %1").arg(index + 1) : tr("track “%1”").arg(track.name);
}

QString clipLabel(const Track &track, int trackIndex, const Clip &clip)
{
    const QString where = trackLabel(track, trackIndex);
    return clip.name.isEmpty() ? tr("a clip at beat %1 on %2").arg(clip.time).arg(where)
                               : tr("clip “%1” on %2").arg(clip.name, where);
}

QString defaultName(Track::Type type, int position, int returnIndex)
{
    switch (type) {
    case Track::Type::Midi:
        return u"%1-MIDI"_s.arg(position);
    case Track::Type::Audio:
        return u"%1-Audio"_s.arg(position);
    case Track::Type::Group:
        return u"%1-Group"_s.arg(position);
    case Track::Type::Return:
        // A, B, ... Z, then AA, AB as Live goes on.
        QString letters;
        for (int n = returnIndex; n >= 0; n = n / 26 - 1)
            letters.prepend(QChar(u'A' + n % 26));
        return letters + u"-Return"_s;
    }
    return QString();
}

std::optional<Error> checkClip(const Track &track, int trackIndex, const Clip &clip, bool session)
{
    const QString label = clipLabel(track, trackIndex, clip);
    const bool midiTrack = track.type == Track::Type::Midi;
    if ((clip.kind == Clip::Kind::Midi) != midiTrack)
        return invalid(midiTrack ? tr("%1 is an audio clip on a MIDI track").arg(label)
                                 : tr("%1 is a MIDI clip on an audio track").arg(label));
    if (clip.kind == Clip::Kind::Audio && !clip.audio)
        return invalid(tr("%1 has no sample").arg(label));
    if (!finite(clip.time) || !finite(clip.length) || clip.length <= 0.0 || (!session && clip.time < 0.0))
        return invalid(tr("%1 has an invalid position or length").arg(label));
    const ClipLoop &loop = clip.loop;
    if (!finite(loop.start) || !finite(loop.end) || !finite(loop.startMarker) || loop.end <= loop.start)
        return invalid(tr("%1 has an invalid loop (it must end after it starts)").arg(label));
    if (!isValid(clip.timeSignature))
        return invalid(tr("%1 has an invalid time signature").arg(label));
    for (const MidiNote &note : clip.notes) {
        if (note.pitch < 0 || note.pitch > 127)
            return invalid(tr("%1 has a note with pitch %2 (MIDI pitches run from 0 to 127)").arg(label).arg(note.pitch));
        if (!finite(note.start) || note.start < 0.0 || !finite(note.duration) || note.duration <= 0.0)
            return invalid(tr("%1 has a note with an invalid start or length").arg(label));
        if (!finite(note.velocity) || !finite(note.offVelocity) || !finite(note.probability)
            || !finite(note.velocityDeviation))
            return invalid(tr("%1 has a note with an invalid velocity or chance").arg(label));
    }
    if (clip.audio) {
        const AudioContent &audio = *clip.audio;
        if (audio.sample.absolutePath.isEmpty() && audio.sample.relativePath.isEmpty())
            return invalid(tr("%1 does not say where its sample is").arg(label));
        if (audio.sample.sampleRate <= 0 || audio.sample.frames < 0 || audio.sample.fileSize < 0)
            return invalid(tr("%1 has an invalid sample length or rate").arg(label));
        if (!finite(audio.gain) || !finite(audio.pitchFine))
            return invalid(tr("%1 has an invalid gain or pitch").arg(label));
        for (qsizetype i = 0; i < audio.warpMarkers.size(); ++i) {
            const WarpMarker &marker = audio.warpMarkers.at(i);
            if (!finite(marker.secTime) || !finite(marker.beatTime))
                return invalid(tr("%1 has an invalid warp marker").arg(label));
            if (i > 0 && (marker.secTime <= audio.warpMarkers.at(i - 1).secTime
                          || marker.beatTime <= audio.warpMarkers.at(i - 1).beatTime))
                return invalid(tr("%1 has warp markers out of order").arg(label));
        }
    }
    return std::nullopt;
}

std::optional<Error> checkMixer(const Track &track, int index, int returnCount)
{
    const Mixer &mixer = track.mixer;
    if (!finite(mixer.volume) || !finite(mixer.pan))
        return invalid(tr("%1 has an invalid volume or pan").arg(trackLabel(track, index)));
    if (mixer.sends.size() > returnCount)
        return invalid(tr("%1 has %2 sends, but the set has %3 return tracks")
                           .arg(trackLabel(track, index))
                           .arg(mixer.sends.size())
                           .arg(returnCount));
    for (const double send : mixer.sends) {
        if (!finite(send))
            return invalid(tr("%1 has an invalid send level").arg(trackLabel(track, index)));
    }
    return std::nullopt;
}

// Volume up to +6 dB, pan -1..1, one send (up to 0 dB) per return track.
void normalizeMixer(Mixer &mixer, int returnCount)
{
    mixer.volume = std::clamp(mixer.volume, GainSilent, GainMax);
    mixer.pan = std::clamp(mixer.pan, -1.0, 1.0);
    for (double &send : mixer.sends)
        send = std::clamp(send, GainSilent, 1.0);
    while (mixer.sends.size() < returnCount)
        mixer.sends.append(GainSilent);
}

bool noteNeedsClamping(const MidiNote &note)
{
    return note.velocity < 1.0 || note.velocity > 127.0 || note.offVelocity < 0.0 || note.offVelocity > 127.0
        || note.probability < 0.0 || note.probability > 1.0 || note.velocityDeviation < -127.0
        || note.velocityDeviation > 127.0;
}

// Notes in time order (then pitch), as a reader returns them; values in Live's ranges. The notes
// are only copied when something has to change.
void normalizeNotes(QList<MidiNote> &notes)
{
    const auto earlier = [](const MidiNote &a, const MidiNote &b) {
        return a.start < b.start || (a.start == b.start && a.pitch < b.pitch);
    };
    if (std::any_of(notes.cbegin(), notes.cend(), noteNeedsClamping)) {
        for (MidiNote &note : notes) {
            note.velocity = std::clamp(note.velocity, 1.0, 127.0);
            note.offVelocity = std::clamp(note.offVelocity, 0.0, 127.0);
            note.probability = std::clamp(note.probability, 0.0, 1.0);
            note.velocityDeviation = std::clamp(note.velocityDeviation, -127.0, 127.0);
        }
    }
    if (!std::is_sorted(notes.cbegin(), notes.cend(), earlier))
        std::stable_sort(notes.begin(), notes.end(), earlier);
}

void normalizeClip(Clip &clip, int trackColor, bool session, double tempo)
{
    if (session)
        clip.time = 0.0;
    clip.color = paletteIndex(clip.color < 0 ? trackColor : clip.color);
    normalizeNotes(clip.notes);
    if (clip.audio) {
        AudioContent &audio = *clip.audio;
        audio.gain = std::max(audio.gain, 0.0);
        audio.pitchCoarse = std::clamp(audio.pitchCoarse, -48, 48);
        audio.pitchFine = std::clamp(audio.pitchFine, -50.0, 50.0);
        // Without markers the sample is taken to run at the set's tempo: a marker at the start
        // and, as Live writes it, one 1/32 beat later.
        if (audio.warpMarkers.size() < 2)
            audio.warpMarkers = {WarpMarker{0.0, 0.0}, WarpMarker{TempoMarkerBeats * 60.0 / tempo, TempoMarkerBeats}};
    }
}

} // namespace

SchemaHeader schemaHeader(SchemaVersion schema)
{
    if (schema == SchemaVersion::Live12)
        return {u"12.0_12402"_s, u"5"_s, u"Ableton Live 12.4.3"_s, u"e3d8be4d07c71dbd4de9e4183bf90652f680375b"_s, 3076};
    return {u"11.0_11300"_s, u"3"_s, u"Ableton Live 11.3.21"_s, u"5ac24cad7c51ea0671d49e6b4885371f15b57c1e"_s, 2819};
}

Result<PreparedSet> prepareSet(const LiveSet &input, SchemaVersion schema)
{
    if (!finite(input.tempo) || input.tempo < MinTempo || input.tempo > MaxTempo)
        return invalid(tr("The tempo %1 BPM is outside Live's range (20 to 999 BPM)").arg(input.tempo));
    if (!isValid(input.timeSignature))
        return invalid(tr("The time signature %1/%2 is not one Live can hold")
                           .arg(input.timeSignature.numerator)
                           .arg(input.timeSignature.denominator));
    if (input.scale && (input.scale->root < 0 || input.scale->root > 11))
        return invalid(tr("The key's root note %1 is not a pitch class (0 to 11)").arg(input.scale->root));

    PreparedSet prepared;
    prepared.set = input;
    LiveSet &set = prepared.set;
    const SchemaHeader header = schemaHeader(schema);
    set.origin = SetOrigin{header.creator, u"5"_s, header.minorVersion, false};

    if (set.scenes.isEmpty())
        set.scenes.resize(DefaultSceneCount);
    for (Scene &scene : set.scenes) {
        if (scene.tempo && (!finite(*scene.tempo) || *scene.tempo < MinTempo || *scene.tempo > MaxTempo))
            return invalid(tr("Scene “%1” has a tempo outside Live's range").arg(scene.name));
        scene.color = scene.color < 0 ? -1 : paletteIndex(scene.color);
    }
    for (const Locator &locator : std::as_const(set.locators)) {
        if (!finite(locator.time) || locator.time < 0.0)
            return invalid(tr("Locator “%1” has an invalid time").arg(locator.name));
    }
    std::stable_sort(set.locators.begin(), set.locators.end(),
                     [](const Locator &a, const Locator &b) { return a.time < b.time; });

    // Track ids: keep the ones given, give the others the smallest free ids.
    std::set<int> usedIds;
    for (const Track &track : std::as_const(set.tracks)) {
        if (track.id > 0 && !usedIds.insert(track.id).second)
            return invalid(tr("Two tracks have the id %1").arg(track.id));
        if (track.type == Track::Type::Return)
            ++prepared.returnCount;
    }
    int nextFreeId = 1;
    const auto freeId = [&]() {
        while (usedIds.count(nextFreeId))
            ++nextFreeId;
        usedIds.insert(nextFreeId);
        return nextFreeId;
    };

    // Groups come before their members, and a group's members (nested groups included) form one
    // unbroken run right after it: keep the chain of open groups while walking the tracks.
    QList<int> openGroups;
    QList<int> groupIds;
    bool returnsStarted = false;
    int position = 0;
    int returnIndex = 0;
    for (int i = 0; i < set.tracks.size(); ++i) {
        Track &track = set.tracks[i];
        const bool isReturn = track.type == Track::Type::Return;
        if (isReturn) {
            returnsStarted = true;
            if (track.groupId >= 0)
                return invalid(tr("%1 is a return track inside a group").arg(trackLabel(track, i)));
        } else {
            if (returnsStarted)
                return invalid(tr("%1 comes after a return track; return tracks come last").arg(trackLabel(track, i)));
            while (!openGroups.isEmpty() && openGroups.last() != track.groupId)
                openGroups.removeLast();
            if (track.groupId >= 0 && openGroups.isEmpty()) {
                return invalid(groupIds.contains(track.groupId)
                                   ? tr("%1 is in group %2, but not right after the group's other tracks")
                                         .arg(trackLabel(track, i))
                                         .arg(track.groupId)
                                   : tr("%1 is in group %2, which is not a group track before it")
                                         .arg(trackLabel(track, i))
                                         .arg(track.groupId));
            }
        }
        if (auto error = checkMixer(track, i, prepared.returnCount))
            return *error;
        const bool holdsClips = track.type == Track::Type::Midi || track.type == Track::Type::Audio;
        if (!holdsClips && (!track.arrangementClips.isEmpty() || !track.sessionClips.empty()))
            return invalid(tr("%1 is a group or return track and cannot hold clips").arg(trackLabel(track, i)));
        for (const auto &[scene, clip] : track.sessionClips) {
            if (scene < 0 || scene >= set.scenes.size())
                return invalid(tr("%1 has a session clip in scene %2, but the set has %3 scenes")
                                   .arg(trackLabel(track, i))
                                   .arg(scene + 1)
                                   .arg(set.scenes.size()));
            if (auto error = checkClip(track, i, clip, true))
                return *error;
        }
        for (const Clip &clip : std::as_const(track.arrangementClips)) {
            if (auto error = checkClip(track, i, clip, false))
                return *error;
        }
        std::stable_sort(track.arrangementClips.begin(), track.arrangementClips.end(),
                         [](const Clip &a, const Clip &b) { return a.time < b.time; });
        for (qsizetype c = 1; c < track.arrangementClips.size(); ++c) {
            const Clip &clip = track.arrangementClips.at(c);
            if (clip.time < track.arrangementClips.at(c - 1).end() - TimeTolerance)
                return invalid(tr("%1 overlaps the clip before it").arg(clipLabel(track, i, clip)));
        }

        track.id = track.id > 0 ? track.id : freeId();
        track.color = paletteIndex(track.color);
        track.frozen = false;
        track.devices.clear(); // device chains are written empty
        normalizeMixer(track.mixer, prepared.returnCount);
        for (Clip &clip : track.arrangementClips)
            normalizeClip(clip, track.color, false, set.tempo);
        for (auto &[scene, clip] : track.sessionClips)
            normalizeClip(clip, track.color, true, set.tempo);
        const QString name = track.name.trimmed();
        prepared.userNames.append(name);
        track.name = name.isEmpty() ? defaultName(track.type, position + 1, returnIndex) : name;
        if (isReturn)
            ++returnIndex;
        else
            ++position;
        if (track.type == Track::Type::Group) {
            openGroups.append(track.id);
            groupIds.append(track.id);
        }
        prepared.hasArrangementClips = prepared.hasArrangementClips || !track.arrangementClips.isEmpty();
    }

    MainTrack &main = set.mainTrack;
    main.name = main.name.trimmed(); // empty: Live's own name for it, "Master" or "Main"
    main.color = main.color < 0 ? (schema == SchemaVersion::Live12 ? MainColorLive12 : MainColorLive11)
                                : paletteIndex(main.color);
    if (!finite(main.mixer.volume) || !finite(main.mixer.pan))
        return invalid(tr("The main track has an invalid volume or pan"));
    normalizeMixer(main.mixer, 0);
    main.mixer.sends.clear();
    main.mixer.soloed = false;
    main.devices.clear();
    return prepared;
}

} // namespace musiaia::als::writer

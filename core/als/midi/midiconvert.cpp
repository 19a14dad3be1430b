// SPDX-License-Identifier: GPL-3.0-or-later
#include "midiconvert.h"

#include "als/livevalues.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace musiaia::als::midi {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("musiaia::als::midi::Convert", text);
}

// A clip that loops a tiny region over a long length would make millions of notes; past this many
// repetitions the rest is left out.
constexpr int MaxLoopRepeats = 100000;
constexpr qsizetype MaxNotesPerClip = 1000000;
constexpr int DrumChannel = 9;

bool looksLikeDrums(const als::Track &track)
{
    for (const Device &device : track.devices) {
        if (device.className == QLatin1String("DrumGroupDevice"))
            return true;
    }
    static const char *const words[] = {"drum", "kick", "snare", "hat", "perc", "bateria", "batería", "bombo", "808"};
    const QString name = track.name.toLower();
    return std::any_of(std::begin(words), std::end(words),
                       [&name](const char *word) { return name.contains(QString::fromUtf8(word)); });
}

// Sharps (+) or flats (-) of the major key on `root`, as a key signature writes them.
int majorKeySharps(int root)
{
    static constexpr int sharps[12] = {0, -5, 2, -3, 4, -1, 6, 1, -4, 3, -2, 5};
    return sharps[((root % 12) + 12) % 12];
}

int rootFromKeySignature(const KeySignatureChange &key)
{
    const int majorRoot = ((key.sharps * 7) % 12 + 12) % 12;
    return key.minor ? (majorRoot + 9) % 12 : majorRoot;
}

// Appends the notes of clip-time window [from, to) placed at arrangement `offset` (clip-relative).
void placeWindow(const Clip &clip, const QList<MidiNote> &source, double from, double to, double offset,
                 QList<MidiNote> &out)
{
    for (const MidiNote &note : source) {
        if (out.size() >= MaxNotesPerClip)
            return;
        if (!note.enabled || note.start < from || note.start >= to)
            continue;
        const double at = offset + (note.start - from);
        if (at >= clip.length)
            continue;
        MidiNote placed = note;
        placed.start = clip.time + at;
        placed.duration = std::min({note.duration, to - note.start, clip.length - at});
        if (placed.duration > 0.0)
            out.append(placed);
    }
}

} // namespace

QList<MidiNote> arrangementNotes(const Clip &clip)
{
    QList<MidiNote> notes;
    if (clip.kind != Clip::Kind::Midi || !(clip.length > 0.0))
        return notes;
    const ClipLoop &loop = clip.loop;
    const double loopLength = loop.end - loop.start;
    if (!loop.enabled || !(loopLength > 0.0)) {
        placeWindow(clip, clip.notes, loop.startMarker, loop.startMarker + clip.length, 0.0, notes);
    } else {
        // From the start marker to the loop's end once, then the loop again and again. Only the
        // loop's own notes are walked on each repeat, and only while a repeat adds some: a clip of
        // many notes outside a tiny loop must not cost notes x repeats.
        const double firstStart = loop.startMarker < loop.end ? loop.startMarker : loop.start;
        placeWindow(clip, clip.notes, firstStart, loop.end, 0.0, notes);
        QList<MidiNote> looped;
        std::copy_if(clip.notes.cbegin(), clip.notes.cend(), std::back_inserter(looped), [&loop](const MidiNote &note) {
            return note.enabled && note.start >= loop.start && note.start < loop.end;
        });
        double offset = loop.end - firstStart;
        for (int repeat = 0; !looped.isEmpty() && offset < clip.length && repeat < MaxLoopRepeats
                             && notes.size() < MaxNotesPerClip;
             ++repeat) {
            placeWindow(clip, looped, loop.start, loop.end, offset, notes);
            offset += loopLength;
        }
    }
    std::stable_sort(notes.begin(), notes.end(), [](const MidiNote &a, const MidiNote &b) {
        return a.start < b.start || (a.start == b.start && a.pitch < b.pitch);
    });
    return notes;
}

File midiFileFromSet(const LiveSet &set, int ticksPerQuarter)
{
    File file;
    file.format = 1;
    file.ticksPerQuarter = ticksPerQuarter;
    file.tempos = {TempoChange{0, set.tempo}};
    file.timeSignatures = {TimeSignatureChange{0, set.timeSignature.numerator, set.timeSignature.denominator}};
    if (set.scale && (set.scale->mode == ScaleMode::Major || set.scale->mode == ScaleMode::Minor)) {
        const bool minor = set.scale->mode == ScaleMode::Minor;
        file.keySignatures = {KeySignatureChange{0, majorKeySharps(minor ? set.scale->root + 3 : set.scale->root), minor}};
    }
    // Beats from a set can be anything ("1e300", NaN): ticks stay in 0..2^50, so that no difference
    // of two of them overflows, and the writer's variable-length numbers clamp the rest.
    auto ticks = [ticksPerQuarter](double beats) {
        const double value = beats * ticksPerQuarter;
        return value > 0.0 ? qint64(std::llround(std::min(value, 0x1p50))) : qint64(0);
    };

    int nextChannel = 0;
    for (const als::Track &liveTrack : set.tracks) {
        if (liveTrack.type != als::Track::Type::Midi)
            continue;
        int channel = DrumChannel;
        if (!looksLikeDrums(liveTrack)) {
            channel = nextChannel;
            nextChannel = (nextChannel + 1) % 16;
            if (nextChannel == DrumChannel)
                nextChannel = DrumChannel + 1;
        }
        midi::Track track;
        track.name = liveTrack.name;
        for (const Clip &clip : liveTrack.arrangementClips) {
            for (const MidiNote &note : arrangementNotes(clip)) {
                const qint64 start = ticks(note.start);
                const qint64 duration = std::max<qint64>(1, ticks(note.start + note.duration) - start);
                track.notes.append(Note{start, duration, channel, std::clamp(note.pitch, 0, 127),
                                        std::clamp(saturatingInt(std::round(note.velocity)), 1, 127),
                                        std::clamp(saturatingInt(std::round(note.offVelocity)), 0, 127)});
                track.endTick = std::max(track.endTick, start + duration);
            }
            track.endTick = std::max(track.endTick, ticks(clip.end()));
        }
        file.tracks.append(track);
    }
    return file;
}

Result<MidiImport> liveSetFromMidiFile(const File &file, const QString &fallbackName)
{
    MidiImport result;
    LiveSet &set = result.set;
    const double tpq = std::max(1, file.ticksPerQuarter);

    if (!file.tempos.isEmpty()) {
        set.tempo = std::clamp(file.tempos.first().bpm, 20.0, 999.0);
        const bool changes = std::any_of(file.tempos.begin(), file.tempos.end(), [&file](const TempoChange &t) {
            return std::abs(t.bpm - file.tempos.first().bpm) > 1e-6;
        });
        if (changes) {
            result.warnings << tr("The file changes tempo %1 times; the set keeps its first tempo, %2 BPM.")
                                   .arg(file.tempos.size() - 1)
                                   .arg(set.tempo);
        }
    }
    if (!file.timeSignatures.isEmpty()) {
        const TimeSignatureChange &first = file.timeSignatures.first();
        const TimeSignature signature{first.numerator, first.denominator};
        if (isValid(signature))
            set.timeSignature = signature;
        if (file.timeSignatures.size() > 1)
            result.warnings << tr("The file changes time signature; the set keeps the first one.");
    }
    if (!file.keySignatures.isEmpty()) {
        const KeySignatureChange &key = file.keySignatures.first();
        set.scale = Scale{rootFromKeySignature(key), key.minor ? ScaleMode::Minor : ScaleMode::Major};
    }

    const double beatsPerBar = set.timeSignature.numerator * 4.0 / set.timeSignature.denominator;
    int unnamed = 0;
    for (const midi::Track &track : file.tracks) {
        QList<int> channels;
        for (const Note &note : track.notes) {
            if (!channels.contains(note.channel))
                channels.append(note.channel);
        }
        std::sort(channels.begin(), channels.end());
        for (const int channel : channels) {
            als::Track liveTrack;
            liveTrack.type = als::Track::Type::Midi;
            QString name = !track.name.isEmpty() ? track.name : track.instrument;
            if (name.isEmpty())
                name = channel == DrumChannel ? tr("Drums") : fallbackName + QLatin1Char(' ') + QString::number(++unnamed);
            else if (channels.size() > 1)
                name += tr(" (channel %1)").arg(channel + 1);
            liveTrack.name = name;
            liveTrack.color = paletteIndex(int(set.tracks.size()) * 7 + 3);

            Clip clip;
            clip.kind = Clip::Kind::Midi;
            clip.name = name;
            clip.timeSignature = set.timeSignature;
            double end = 0.0;
            for (const Note &note : track.notes) {
                if (note.channel != channel)
                    continue;
                MidiNote midiNote;
                midiNote.pitch = note.pitch;
                midiNote.start = note.tick / tpq;
                midiNote.duration = std::max<qint64>(1, note.duration) / tpq;
                midiNote.velocity = note.velocity;
                midiNote.offVelocity = note.offVelocity;
                end = std::max(end, midiNote.start + midiNote.duration);
                clip.notes.append(midiNote);
            }
            clip.time = 0.0;
            clip.length = std::max(1.0, std::ceil(end / beatsPerBar - 1e-9)) * beatsPerBar;
            clip.loop = ClipLoop{false, 0.0, clip.length, 0.0};
            liveTrack.arrangementClips = {clip};
            set.tracks.append(liveTrack);
        }
    }
    if (set.tracks.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The MIDI file holds no notes to import."));
    return result;
}

} // namespace musiaia::als::midi

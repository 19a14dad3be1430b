// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplechoice.h"

#include "als/livevalues.h"
#include "library/samplechoice_p.h"
#include "music/genre.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>

// How one-shots become clips. A musician who drags a kick into Live's arrangement without a Drum
// Rack puts it on the grid where the pattern hits, and for a steady four-on-the-floor loops the one
// hit over one beat rather than pasting it 400 times. We do the same: the hits of the part's MIDI
// (or of the genre's pattern) are snapped to the grid, and every run of evenly spaced hits of about
// the same velocity in a section becomes one clip looping the sample over that spacing; hits that
// break the run (an accent, a fill, a ghost note) are clips of their own. The arrangement stays
// readable and editable, follows the composed pattern exactly, and each clip's gain carries its
// velocity.
namespace musiaia::library {

using music::DrumVoice;

namespace {

constexpr double kGrid = 1.0 / 48.0; // 16ths, 32nds and 16th triplets all fall on it
constexpr double kEpsilon = 1e-6;
constexpr int kVelocitySpread = 25; // hits this close in velocity share a clip

struct Hit
{
    double time = 0; // beats from the start of the song
    double velocity = 100;
};

struct SectionSpan
{
    const music::Section *section = nullptr;
    double start = 0;
    double end = 0;
};

QList<SectionSpan> sectionSpans(const music::Plan &plan)
{
    const double beatsPerBar = plan.timeSignatureNumerator * 4.0 / plan.timeSignatureDenominator;
    QList<SectionSpan> spans;
    double start = 0;
    for (const music::Section &section : plan.sections) {
        spans.append({ &section, start, start + section.bars * beatsPerBar });
        start = spans.last().end;
    }
    return spans;
}

// The name the composer gives the part's track (music/composer.cpp): a name that is only a number
// ("808") gets the role's name after it.
QString trackNameOf(const music::Part &part)
{
    const QString name
        = part.name.trimmed().isEmpty() ? music::roleDisplayName(part.role) : part.name.trimmed();
    bool number = false;
    name.toDouble(&number);
    return number ? name + QLatin1Char(' ') + music::roleDisplayName(part.role) : name;
}

int midiTrackIndex(const als::LiveSet &set, const music::Part &part)
{
    const QString name = trackNameOf(part);
    for (int i = 0; i < set.tracks.size(); ++i) {
        if (set.tracks.at(i).type == als::Track::Type::Midi && set.tracks.at(i).name == name)
            return i;
    }
    return -1;
}

QList<DrumVoice> voicesForSlot(const music::Part &part, const music::GenreProfile *genre, const QString &slot)
{
    QList<DrumVoice> voices;
    for (const DrumVoice voice : detail::voicesOfPart(part, genre)) {
        if (detail::slotForVoice(voice) == slot)
            voices.append(voice);
    }
    return voices;
}

// The hits of `voices` in the arrangement clips of a MIDI track, looped clips unrolled.
QList<Hit> hitsFromMidi(const als::Track &track, const QList<DrumVoice> &voices)
{
    QList<int> pitches;
    for (const DrumVoice voice : voices)
        pitches << music::drumVoicePitch(voice);
    QList<Hit> hits;
    for (const als::Clip &clip : track.arrangementClips) {
        const double loopLength = clip.loop.end - clip.loop.start;
        const bool looped = clip.loop.enabled && loopLength > kEpsilon;
        for (const als::MidiNote &note : clip.notes) {
            if (!note.enabled || !pitches.contains(note.pitch))
                continue;
            if (!looped) {
                const double at = clip.time + note.start - clip.loop.startMarker;
                if (note.start >= clip.loop.startMarker - kEpsilon && at < clip.end() - kEpsilon)
                    hits.append({ at, note.velocity });
                continue;
            }
            if (note.start < clip.loop.start - kEpsilon || note.start >= clip.loop.end - kEpsilon)
                continue;
            for (double pass = 0; pass < clip.length - kEpsilon; pass += loopLength) {
                const double at = clip.time + pass + note.start - clip.loop.start;
                if (at < clip.end() - kEpsilon)
                    hits.append({ at, note.velocity });
            }
        }
    }
    return hits;
}

// The genre pattern a section of this energy plays: the heaviest of those whose energy range holds
// it, else the nearest range.
const music::DrumPattern *patternFor(const music::GenreProfile &genre, double energy)
{
    const music::DrumPattern *best = nullptr;
    double bestDistance = 1e9;
    for (const music::DrumPattern &pattern : genre.patterns) {
        const double distance = energy < pattern.minEnergy ? pattern.minEnergy - energy
            : energy > pattern.maxEnergy                   ? energy - pattern.maxEnergy
                                                           : 0.0;
        if (distance < bestDistance - kEpsilon
            || (std::abs(distance - bestDistance) < kEpsilon && best && pattern.weight > best->weight)) {
            best = &pattern;
            bestDistance = distance;
        }
    }
    return best;
}

// The hits of `voices` in the genre's patterns, for the sections the part plays in; used when the
// set has no MIDI for the part (a set built by hand, or by another composer).
QList<Hit> hitsFromPatterns(const music::Plan &plan, const music::Part &part,
                            const music::GenreProfile &genre, const QList<DrumVoice> &voices)
{
    QList<Hit> hits;
    const double beatsPerBar = plan.timeSignatureNumerator * 4.0 / plan.timeSignatureDenominator;
    for (const SectionSpan &span : sectionSpans(plan)) {
        if (!span.section->parts.contains(part.id))
            continue;
        const music::DrumPattern *pattern = patternFor(genre, span.section->energy);
        if (!pattern)
            continue;
        for (const music::DrumLane &lane : pattern->lanes) {
            if (!voices.contains(lane.voice))
                continue;
            for (int bar = 0; bar < span.section->bars; ++bar) {
                const int firstStep = (bar % std::max(1, pattern->steps / 16)) * 16;
                const double barStart = span.start + bar * beatsPerBar;
                for (int step = 0; step < 16 && firstStep + step < lane.steps.size(); ++step) {
                    const QChar mark = lane.steps.at(firstStep + step);
                    const double at = barStart + step * 0.25;
                    switch (mark.unicode()) {
                    case u'X':
                        hits.append({ at, 120 });
                        break;
                    case u'x':
                        hits.append({ at, 100 });
                        break;
                    case u'o':
                        hits.append({ at, 75 });
                        break;
                    case u'g':
                        hits.append({ at, 45 });
                        break;
                    case u'r':
                        hits.append({ at, 100 });
                        hits.append({ at + 0.125, 85 });
                        break;
                    case u't':
                        for (int i = 0; i < 3; ++i)
                            hits.append({ at + i / 6.0, i == 0 ? 100.0 : 85.0 });
                        break;
                    default:
                        break;
                    }
                }
            }
        }
    }
    return hits;
}

// Snapped to the grid, in time order, one per grid point (the louder wins).
QList<Hit> onGrid(QList<Hit> hits)
{
    for (Hit &hit : hits)
        hit.time = std::max(0.0, std::round(hit.time / kGrid) * kGrid);
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.time < b.time || (a.time == b.time && a.velocity > b.velocity);
    });
    QList<Hit> unique;
    for (const Hit &hit : hits) {
        if (unique.isEmpty() || hit.time > unique.last().time + kEpsilon)
            unique.append(hit);
    }
    return unique;
}

// dB for a velocity: 110 is the reference, ghost notes sit about 8 dB under it.
double velocityDb(double velocity)
{
    return std::min(1.0, 20.0 * std::log10(std::max(1.0, velocity) / 110.0));
}

// The clip gain that brings a sample to a level that suits its role before the track fader: drum
// one-shots by their peak (short sounds have no meaningful integrated loudness), loops by loudness.
double baseGainDb(const SampleChoice &choice)
{
    static const QHash<QString, double> peakTargets = {
        { QStringLiteral("kick"), -4.0 },      { QStringLiteral("snare"), -8.0 },
        { QStringLiteral("clap"), -8.0 },      { QStringLiteral("closed-hat"), -14.0 },
        { QStringLiteral("open-hat"), -15.0 }, { QStringLiteral("cymbal"), -16.0 },
        { QStringLiteral("tom"), -10.0 },      { QStringLiteral("perc"), -13.0 },
    };
    double db = 0;
    if (choice.isLoop()) {
        // Under the programmed drums: a loop is a layer, not the lead.
        const double target = choice.slot == QLatin1String("drum-loop") ? -20.0 : -18.0;
        if (choice.sample.loudness)
            db = target - *choice.sample.loudness;
        else if (choice.sample.peakDb > -150)
            db = target + 8.0 - choice.sample.peakDb;
    } else if (choice.sample.peakDb > -150) {
        db = peakTargets.value(choice.slot, -12.0) - choice.sample.peakDb;
    }
    return std::clamp(db, -30.0, 12.0);
}

als::SampleReference referenceTo(const SampleRecord &sample)
{
    const QFileInfo file(sample.path);
    als::SampleReference reference;
    reference.absolutePath = file.absoluteFilePath();
    reference.fileSize = file.size();
    reference.lastModified = file.lastModified().toSecsSinceEpoch();
    reference.frames = sample.info.frames;
    reference.sampleRate = sample.info.sampleRate;
    return reference;
}

// An audio clip of the whole sample, warped so that `beats` of the song last `seconds` of the file:
// for a loop its own length in beats, for a one-shot its length at the song's tempo (no stretch).
als::Clip audioClip(const SampleChoice &choice, double seconds, double beats, als::WarpMode mode,
                    double gainDb)
{
    als::AudioContent audio;
    audio.sample = referenceTo(choice.sample);
    audio.warpMode = mode;
    audio.warped = true;
    audio.warpMarkers = { { 0.0, 0.0 }, { seconds, beats } };
    audio.gain = std::pow(10.0, gainDb / 20.0);
    audio.pitchCoarse = choice.transpose;
    als::Clip clip;
    clip.kind = als::Clip::Kind::Audio;
    clip.name = QFileInfo(choice.sample.path).completeBaseName();
    clip.audio = audio;
    return clip;
}

QList<als::Clip> drumClips(const SampleChoice &choice, const QList<Hit> &hits,
                           const QList<SectionSpan> &spans, double tempo, double songEnd)
{
    const double seconds = choice.sample.info.duration;
    const double sampleBeats = std::max(kGrid, seconds * tempo / 60.0);
    const double baseDb = baseGainDb(choice);
    const als::Clip model = audioClip(choice, seconds, sampleBeats, als::WarpMode::Beats, baseDb);

    QList<als::Clip> clips;
    for (const SectionSpan &span : spans) {
        QList<Hit> inSection;
        for (const Hit &hit : hits) {
            if (hit.time >= span.start - kEpsilon && hit.time < span.end - kEpsilon)
                inSection.append(hit);
        }
        for (qsizetype i = 0; i < inSection.size();) {
            // The longest run from i with one spacing and velocities close to the first hit's.
            qsizetype end = i + 1;
            double spacing = 0;
            if (i + 2 < inSection.size()) {
                spacing = inSection.at(i + 1).time - inSection.at(i).time;
                while (end < inSection.size()
                       && std::abs(inSection.at(end).time - inSection.at(end - 1).time - spacing) < kEpsilon
                       && std::abs(inSection.at(end).velocity - inSection.at(i).velocity) <= kVelocitySpread)
                    ++end;
                if (end - i < 3)
                    end = i + 1; // two hits are not a run
            }
            const double next = end < inSection.size() ? inSection.at(end).time : span.end;
            const double limit = std::min(next, songEnd);
            double velocity = 0;
            for (qsizetype k = i; k < end; ++k)
                velocity += inSection.at(k).velocity;
            velocity /= double(end - i);

            als::Clip clip = model;
            clip.time = inSection.at(i).time;
            clip.audio->gain = std::pow(10.0, (baseDb + velocityDb(velocity)) / 20.0);
            if (end - i >= 3) {
                // The hit looped over its spacing; a sample longer than that is cut, as a choke would.
                clip.length = std::min(double(end - i) * spacing, limit - clip.time);
                clip.loop = als::ClipLoop { true, 0.0, spacing, 0.0 };
            } else {
                clip.length = std::min(sampleBeats, limit - clip.time);
                clip.loop = als::ClipLoop { false, 0.0, sampleBeats, 0.0 };
            }
            if (clip.length > kEpsilon)
                clips.append(clip);
            i = end;
        }
    }
    return clips;
}

// Sections a loop plays in: a drum loop layers the busiest sections, a music loop every section
// with some energy (the intro and outro usually stay sparse). Never none: the peak section at least.
QList<SectionSpan> loopSections(const SampleChoice &choice, const QList<SectionSpan> &spans)
{
    const double threshold = choice.slot == QLatin1String("drum-loop") ? 0.65 : 0.5;
    QList<SectionSpan> chosen;
    double peak = -1;
    for (const SectionSpan &span : spans) {
        peak = std::max(peak, span.section->energy);
        if (span.section->energy >= threshold - kEpsilon)
            chosen.append(span);
    }
    if (chosen.isEmpty()) {
        for (const SectionSpan &span : spans) {
            if (span.section->energy >= peak - kEpsilon)
                chosen.append(span);
        }
    }
    return chosen;
}

QList<als::Clip> loopClips(const SampleChoice &choice, const QList<SectionSpan> &spans)
{
    // Beats keeps a drum loop's transients tight; Complex keeps a music loop's tone when stretched.
    const bool drums = choice.slot == QLatin1String("drum-loop");
    const double beats = std::max(1, choice.loopBeats);
    const double seconds = beats * 60.0 / choice.playedTempo;
    const als::Clip model = audioClip(
        choice, seconds, beats, drums ? als::WarpMode::Beats : als::WarpMode::Complex, baseGainDb(choice));
    QList<als::Clip> clips;
    for (const SectionSpan &span : loopSections(choice, spans)) {
        als::Clip clip = model;
        clip.time = span.start;
        clip.length = span.end - span.start;
        clip.name = QStringLiteral("%1 (%2)").arg(model.name, span.section->name);
        clip.loop = als::ClipLoop { true, 0.0, beats, 0.0 };
        clips.append(clip);
    }
    return clips;
}

QString trackNameFor(const SampleChoice &choice)
{
    static const QHash<QString, QString> names = {
        { QStringLiteral("kick"), QStringLiteral("Kick") },
        { QStringLiteral("snare"), QStringLiteral("Snare") },
        { QStringLiteral("clap"), QStringLiteral("Clap") },
        { QStringLiteral("closed-hat"), QStringLiteral("Closed Hat") },
        { QStringLiteral("open-hat"), QStringLiteral("Open Hat") },
        { QStringLiteral("cymbal"), QStringLiteral("Cymbal") },
        { QStringLiteral("tom"), QStringLiteral("Tom") },
        { QStringLiteral("perc"), QStringLiteral("Perc") },
        { QStringLiteral("drum-loop"), QStringLiteral("Drum Loop") },
        { QStringLiteral("music-loop"), QStringLiteral("Music Loop") },
    };
    return names.value(choice.slot, choice.slot) + QStringLiteral(" (sample)");
}

} // namespace

Result<void> placeSamples(als::LiveSet &set, const music::Plan &plan, const SampleChoices &choices)
{
    if (!plan.isComplete())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("samples are placed for a complete plan"));
    const music::GenreProfile *genre = music::findGenre(plan.genre);
    const QList<SectionSpan> spans = sectionSpans(plan);
    const double songEnd = spans.isEmpty() ? 0.0 : spans.last().end;
    const double tempo = set.tempo > 0 ? set.tempo : plan.tempo;

    for (const SampleChoice &choice : choices.choices) {
        if (choice.sample.info.sampleRate <= 0 || choice.sample.info.duration <= 0)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("'%1' has no length or sample rate").arg(choice.sample.path));
        if (!QFileInfo::exists(choice.sample.path))
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("'%1' is not on disk any more").arg(choice.sample.path));

        als::Track track;
        track.type = als::Track::Type::Audio;
        track.name = trackNameFor(choice);
        int insertAt = -1;
        if (choice.isLoop()) {
            if (choice.playedTempo <= 0)
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("the loop '%1' has no tempo").arg(choice.sample.path));
            track.arrangementClips = loopClips(choice, spans);
            track.color = genre
                ? genre->colorFor(choice.slot == QLatin1String("drum-loop") ? music::PartRole::Drums
                                                                            : music::PartRole::Chords)
                : 0;
        } else {
            const music::Part *part = plan.part(choice.partId);
            if (!part)
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("the plan has no part \"%1\"").arg(choice.partId));
            const QList<DrumVoice> voices = voicesForSlot(*part, genre, choice.slot);
            const int midi = midiTrackIndex(set, *part);
            QList<Hit> hits;
            if (midi >= 0)
                hits = hitsFromMidi(set.tracks.at(midi), voices);
            if (hits.isEmpty() && genre)
                hits = hitsFromPatterns(plan, *part, *genre, voices);
            track.arrangementClips = drumClips(choice, onGrid(hits), spans, tempo, songEnd);
            track.color = part->color >= 0 ? part->color : (genre ? genre->colorFor(part->role) : 0);
            if (midi >= 0) {
                // Right after the part's MIDI track and any sample tracks already placed after it.
                insertAt = midi + 1;
                while (insertAt < set.tracks.size() && set.tracks.at(insertAt).type == als::Track::Type::Audio
                       && set.tracks.at(insertAt).name.endsWith(QStringLiteral(" (sample)")))
                    ++insertAt;
            }
        }
        track.color = als::paletteIndex(track.color);
        if (track.arrangementClips.isEmpty())
            continue; // the part never plays this sound
        if (insertAt < 0) {
            insertAt = int(set.tracks.size());
            while (insertAt > 0 && set.tracks.at(insertAt - 1).type == als::Track::Type::Return)
                --insertAt;
        }
        set.tracks.insert(insertAt, track);
    }
    return {};
}

} // namespace musiaia::library

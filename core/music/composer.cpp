// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/composer.h"

#include "music/composer_p.h"
#include "music/genre.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("musiaia::music", text);
}

using compose::Note;
using compose::SectionInfo;
using compose::Song;

using Writer = QList<Note> (*)(const Song &, const Part &, const SectionInfo &);

Writer writerFor(PartRole role)
{
    switch (role) {
    case PartRole::Drums:
    case PartRole::Kick:
    case PartRole::Snare:
    case PartRole::Hats:
    case PartRole::Percussion:
        return &compose::writeDrums;
    case PartRole::Bass:
        return &compose::writeBass;
    case PartRole::Chords:
        return &compose::writeChords;
    case PartRole::Lead:
        return &compose::writeLead;
    case PartRole::Pad:
        return &compose::writePad;
    case PartRole::Arp:
        return &compose::writeArp;
    case PartRole::Fx:
        return &compose::writeFx;
    }
    return &compose::writeFx;
}

// The part's name, or its role's. A name that is only a number ("808", "303") gets the role's
// name after it: Live never writes a number as a track name, and als-lint holds us to that.
QString trackName(const Part &part)
{
    const QString name = part.name.trimmed().isEmpty() ? roleDisplayName(part.role) : part.name.trimmed();
    bool number = false;
    name.toDouble(&number);
    return number ? name + u' ' + roleDisplayName(part.role) : name;
}

// The drum pattern of each section (by energy, the genre's weights and the drum seed) and the fill
// at its end. Shared by every drum part, so that kick, snare and hats play the same groove.
void chooseGrooves(Song *song)
{
    const GenreProfile &profile = *song->profile;
    for (SectionInfo &info : song->sections) {
        QList<int> candidates;
        QList<double> weights;
        for (qsizetype i = 0; i < profile.patterns.size(); ++i) {
            const DrumPattern &pattern = profile.patterns.at(i);
            if (info.energy >= pattern.minEnergy && info.energy <= pattern.maxEnergy) {
                candidates << int(i);
                weights << pattern.weight;
            }
        }
        if (candidates.isEmpty())
            candidates << 0, weights << 1.0;
        // Sections of one kind keep their groove (a second drop grooves like the first); the seed
        // still decides which groove that is.
        Random random = Random::forPurpose(song->drumSeed, u"pattern",
                                           std::uint64_t(info.kind) * 16 + std::uint64_t(info.energy * 10));
        info.drumPattern = candidates.at(random.weighted(weights));
        if (info.next && !profile.fills.isEmpty()) {
            Random fills = Random::forPurpose(song->drumSeed, u"fill", std::uint64_t(info.index));
            info.fill = fills.pick(profile.fills);
        }
    }
}

} // namespace

namespace compose {

const Part *Song::drumOwner(DrumVoice voice) const
{
    const PartRole role = drumVoiceRole(voice);
    const Part *fallback = nullptr;
    for (const Part &part : plan->parts) {
        if (part.role == role)
            return &part;
        if (part.role == PartRole::Drums && !fallback)
            fallback = &part;
    }
    return fallback;
}

} // namespace compose

Result<QList<ChordSpan>> chordTimeline(const Plan &plan)
{
    QList<ChordSpan> spans;
    const int chordBars = std::max(1, plan.chordBars);
    int bar = 0;
    for (const Section &section : plan.sections) {
        const QStringList &progression = plan.progressionFor(section);
        QList<Chord> chords;
        for (const QString &numeral : progression) {
            Result<Chord> chord = parseRomanChord(numeral, plan.key);
            if (!chord)
                return makeError(ErrorCode::InvalidArgument,
                                 tr("section \"%1\": %2").arg(section.name, chord.errorMessage()));
            chords << std::move(chord).value();
        }
        if (chords.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             tr("section \"%1\" has no chords").arg(section.name));
        for (int at = 0, index = 0; at < section.bars; at += chordBars, ++index) {
            spans << ChordSpan { bar + at, std::min(chordBars, section.bars - at),
                                 chords.at(index % chords.size()) };
        }
        bar += section.bars;
    }
    return spans;
}

Result<als::LiveSet> composeSong(const Plan &plan, const ComposeOptions &options)
{
    if (!plan.isComplete())
        return makeError(ErrorCode::InvalidArgument,
                         tr("the plan is not complete: complete it with completePlan() first"));
    if (Result<void> valid = validatePlan(plan); !valid)
        return valid.error();
    const GenreProfile *profile = findGenre(plan.genre);
    if (!profile)
        return makeError(ErrorCode::InvalidArgument, tr("\"%1\" has no genre profile").arg(plan.genre));
    const Result<QList<ChordSpan>> timeline = chordTimeline(plan);
    if (!timeline)
        return timeline.error();

    Song song;
    song.plan = &plan;
    song.profile = profile;
    song.drumSeed = plan.seed;
    for (const Part &part : plan.parts) {
        if (isDrumRole(part.role)) {
            song.drumSeed = std::uint32_t(mixSeed(plan.seed, u"drums", part.seed));
            break;
        }
    }
    int bar = 0;
    qsizetype span = 0;
    for (qsizetype i = 0; i < plan.sections.size(); ++i) {
        const Section &section = plan.sections.at(i);
        SectionInfo info;
        info.index = int(i);
        info.section = &section;
        info.startBar = bar;
        info.bars = section.bars;
        info.energy = section.energy;
        info.kind = section.kind;
        info.previous = i > 0 ? &plan.sections.at(i - 1) : nullptr;
        info.next = i + 1 < plan.sections.size() ? &plan.sections.at(i + 1) : nullptr;
        for (qsizetype j = 0; j < i; ++j)
            info.occurrence += plan.sections.at(j).kind == section.kind ? 1 : 0;
        for (int b = 0; b < section.bars; ++b) {
            while (span + 1 < timeline->size() && timeline->at(span + 1).bar <= bar + b)
                ++span;
            info.barChords << timeline->at(span).chord;
        }
        song.sections << info;
        bar += section.bars;
    }
    chooseGrooves(&song);

    als::LiveSet set;
    set.tempo = plan.tempo;
    set.timeSignature = { plan.timeSignatureNumerator, plan.timeSignatureDenominator };
    set.scale = als::Scale { plan.key.root, toLiveScale(plan.key.mode) };
    for (const SectionInfo &info : std::as_const(song.sections))
        set.locators << als::Locator { info.startBar * 4.0, info.section->name };

    for (qsizetype p = 0; p < plan.parts.size(); ++p) {
        const Part &part = plan.parts.at(p);
        if (options.cancel && options.cancel->load())
            return makeError(ErrorCode::Cancelled, tr("stopped while composing"));
        if (options.progress)
            options.progress(ComposeProgress { int(p), int(plan.parts.size()), part.id });
        als::Track track;
        track.type = als::Track::Type::Midi;
        track.name = trackName(part);
        track.color = part.color >= 0 ? part.color : profile->colorFor(part.role);
        const Writer write = writerFor(part.role);
        for (const SectionInfo &info : std::as_const(song.sections)) {
            if (!info.plays(part))
                continue;
            als::Clip clip;
            clip.kind = als::Clip::Kind::Midi;
            clip.name = info.section->name;
            clip.time = info.startBar * 4.0;
            clip.length = info.lengthBeats();
            clip.loop = als::ClipLoop { false, 0.0, clip.length, 0.0 };
            clip.timeSignature = set.timeSignature;
            clip.notes = compose::humanize(song, part, info, write(song, part, info));
            track.arrangementClips << clip;
        }
        set.tracks << track;
    }
    return set;
}

} // namespace musiaia::music

// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/metricsmodel_p.h"

#include "als/midi/midiconvert.h"
#include "als/setreport.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music::metrics_p {

namespace {

// The 16th step a beat time falls on, with the plan's swing taken out: the second 16th of each
// 8th-note pair is expected (1 + d) 16ths after the pair's start, d = 2 * swing - 1.
qint64 quantisedStep(double beat, double swingPercent)
{
    const double delay = std::clamp(2.0 * swingPercent / 100.0 - 1.0, 0.0, 0.9);
    const double sixteenths = beat * 4.0;
    const double pair = std::floor(sixteenths / 2.0);
    const double within = sixteenths - 2.0 * pair;
    const double candidates[3] = { 0.0, 1.0 + delay, 2.0 };
    int nearest = 0;
    for (int i = 1; i < 3; ++i) {
        if (std::abs(within - candidates[i]) < std::abs(within - candidates[nearest]))
            nearest = i;
    }
    return std::max<qint64>(0, qint64(pair) * 2 + nearest);
}

// Without a plan: the median delay of notes near the second 16th of a pair, as a swing percent.
double estimatedSwing(const als::LiveSet &set)
{
    QList<double> delays;
    for (const als::Track &track : set.tracks) {
        for (const als::Clip &clip : track.arrangementClips) {
            for (const als::MidiNote &note : als::midi::arrangementNotes(clip)) {
                const double sixteenths = note.start * 4.0;
                const double within = sixteenths - 2.0 * std::floor(sixteenths / 2.0);
                if (within > 0.75 && within < 1.75)
                    delays.append(within - 1.0);
            }
        }
    }
    if (delays.size() < 8)
        return 50.0;
    std::nth_element(delays.begin(), delays.begin() + delays.size() / 2, delays.end());
    const double delay = std::clamp(delays.at(delays.size() / 2), 0.0, 0.5);
    return 50.0 * (1.0 + delay);
}

std::optional<Key> keyFromScale(const std::optional<als::Scale> &scale)
{
    if (!scale)
        return std::nullopt;
    for (Mode mode : kAllModes) {
        if (toLiveScale(mode) == scale->mode)
            return Key { scale->root, mode };
    }
    return std::nullopt;
}

// The names the composer gives the part's track: its name, or its role's; a name that is only a
// number ("808") gets the role's name after it ("808 Bass").
QStringList expectedTrackNames(const Part &part)
{
    const QString name = part.name.trimmed().isEmpty() ? roleDisplayName(part.role) : part.name.trimmed();
    return { name, name + u' ' + roleDisplayName(part.role) };
}

bool isSubBass(const QString &name, const Part *part)
{
    const QString text = (name + u' ' + (part ? part->style : QString())).toLower();
    return text.contains(u"808"_s) || text.contains(u"sub"_s);
}

double arrangementEnd(const als::LiveSet &set)
{
    double end = 0.0;
    for (const als::Track &track : set.tracks) {
        for (const als::Clip &clip : track.arrangementClips)
            end = std::max(end, clip.end());
    }
    return end;
}

void addInferredSections(SongModel &model, const als::LiveSet &set)
{
    QList<als::Locator> locators = set.locators;
    std::sort(locators.begin(), locators.end(),
              [](const als::Locator &a, const als::Locator &b) { return a.time < b.time; });
    QList<QPair<int, QString>> starts;
    for (const als::Locator &locator : locators) {
        const int bar = int(std::lround(locator.time / model.barBeats));
        if (bar < 0 || bar >= model.bars || (!starts.isEmpty() && starts.constLast().first == bar))
            continue;
        starts.append({ bar, locator.name });
    }
    if (starts.isEmpty() || starts.constFirst().first > 0)
        starts.prepend({ 0, starts.isEmpty() ? u"Song"_s : u"Start"_s });
    for (qsizetype i = 0; i < starts.size(); ++i) {
        SongSection section;
        section.name = starts.at(i).second;
        section.startBar = starts.at(i).first;
        section.bars = (i + 1 < starts.size() ? starts.at(i + 1).first : model.bars) - section.startBar;
        // Without a plan, a track that plays somewhere in a section is taken to belong there.
        const double from = section.startBar * model.barBeats;
        const double to = (section.startBar + section.bars) * model.barBeats;
        for (qsizetype t = 0; t < model.tracks.size(); ++t) {
            const auto &notes = model.tracks.at(t).notes;
            if (std::any_of(notes.begin(), notes.end(),
                            [&](const SongNote &n) { return n.start < to - 1e-6 && n.end > from + 1e-6; }))
                section.playing.append(int(t));
        }
        if (section.bars > 0)
            model.sections.append(section);
    }
}

void addPlannedSections(SongModel &model, const Plan &plan)
{
    int bar = 0;
    for (const Section &planned : plan.sections) {
        SongSection section;
        section.name = planned.name;
        section.startBar = bar;
        section.bars = planned.bars;
        section.progression = plan.progressionFor(planned);
        for (qsizetype t = 0; t < model.tracks.size(); ++t) {
            const Part *part = model.tracks.at(t).part;
            if (part && planned.parts.contains(part->id))
                section.playing.append(int(t));
        }
        model.sections.append(section);
        bar += planned.bars;
    }
}

} // namespace

bool roleFromTrackName(const QString &name, PartRole *role)
{
    // Whole words first where a short word would match inside others ("bd", "hh", "sub").
    static const struct
    {
        const char *pattern;
        PartRole role;
    } rules[] = {
        { "kick|bass ?drum|\\bbd\\b|bombo", PartRole::Kick },
        { "snare|clap|\\brim|caja|palmas", PartRole::Snare },
        { "hat|\\bhh\\b|ride|charles", PartRole::Hats },
        { "perc|shaker|conga|bongo|tamb|\\btoms?\\b|cowbell|clave|log ?drum", PartRole::Percussion },
        { "drum|\\bkit\\b|beat|bater", PartRole::Drums },
        { "808|bass|\\bsub\\b|bajo|reese|rumble", PartRole::Bass },
        { "\\barp", PartRole::Arp },
        { "pad|string|choir|drone|cuerdas|atmos", PartRole::Pad },
        { "chord|piano|keys|rhodes|organ|stab|acorde|guitar|wurli", PartRole::Chords },
        { "lead|melod|synth|pluck|vocal|hook|riff|acid|flute", PartRole::Lead },
        { "\\bfx\\b|riser|sweep|impact|noise|efecto", PartRole::Fx },
    };
    const QString lower = name.toLower();
    for (const auto &rule : rules) {
        const QRegularExpression pattern(QString::fromLatin1(rule.pattern));
        if (pattern.match(lower).hasMatch()) {
            *role = rule.role;
            return true;
        }
    }
    return false;
}

bool isKickPitch(int pitch)
{
    return pitch == 35 || pitch == drumVoicePitch(DrumVoice::Kick);
}

bool isSnarePitch(int pitch)
{
    return pitch == 40 || pitch == drumVoicePitch(DrumVoice::Snare)
        || pitch == drumVoicePitch(DrumVoice::Clap) || pitch == drumVoicePitch(DrumVoice::Rim);
}

bool isOpenHatPitch(int pitch)
{
    return pitch == drumVoicePitch(DrumVoice::OpenHat);
}

bool isHatPitch(int pitch)
{
    return isOpenHatPitch(pitch) || pitch == drumVoicePitch(DrumVoice::ClosedHat)
        || pitch == drumVoicePitch(DrumVoice::PedalHat);
}

bool SongModel::isPhraseEnd(int bar) const
{
    const SongSection *section = sectionAt(bar);
    const int inSection = section ? bar - section->startBar : bar;
    return (section && inSection == section->bars - 1) || (inSection + 1) % 8 == 0;
}

const SongSection *SongModel::sectionAt(int bar) const
{
    for (const SongSection &section : sections) {
        if (bar >= section.startBar && bar < section.startBar + section.bars)
            return &section;
    }
    return nullptr;
}

QList<int> SongModel::activeBars(std::initializer_list<PartRole> roles) const
{
    QList<int> bars;
    for (const SongSection &section : sections) {
        const bool plays = std::any_of(section.playing.begin(), section.playing.end(), [&](int t) {
            const SongTrack &track = tracks.at(t);
            return track.roleKnown && std::find(roles.begin(), roles.end(), track.role) != roles.end();
        });
        if (!plays)
            continue;
        for (int bar = section.startBar; bar < section.startBar + section.bars; ++bar)
            bars.append(bar);
    }
    return bars;
}

bool chordAtBar(const SongModel &model, int bar, Chord *chord, int *chordStartBar)
{
    const SongSection *section = model.sectionAt(bar);
    if (!section || section->progression.isEmpty() || model.chordBars <= 0 || !model.key)
        return false;
    // The progression starts again at every section.
    const int span = (bar - section->startBar) / model.chordBars;
    const Result<Chord> parsed
        = parseRomanChord(section->progression.at(span % section->progression.size()), *model.key);
    if (!parsed)
        return false;
    *chord = *parsed;
    if (chordStartBar)
        *chordStartBar = section->startBar + span * model.chordBars;
    return true;
}

QString barLabel(const SongModel &model, int bar)
{
    const SongSection *section = model.sectionAt(bar);
    return section ? u"bar %1 (%2)"_s.arg(bar + 1).arg(section->name) : u"bar %1"_s.arg(bar + 1);
}

QString percentText(double share)
{
    return u"%1 %"_s.arg(share * 100.0, 0, 'f', 1);
}

SongModel buildSongModel(const als::LiveSet &set, const Plan *plan)
{
    SongModel model;
    model.plan = plan;
    model.genre = plan ? findGenre(plan->genre) : nullptr;
    model.tempo = set.tempo;
    const als::TimeSignature signature = set.timeSignature;
    if (signature.numerator > 0 && signature.denominator > 0)
        model.barBeats = signature.numerator * 4.0 / signature.denominator;
    model.fourFour = signature.numerator == 4 && signature.denominator == 4;
    model.stepsPerBar = std::max(1, int(std::lround(model.barBeats * 4.0)));
    model.bars = als::barsFor(arrangementEnd(set), signature);
    if (plan && plan->swing >= 0.0)
        model.swing = plan->swing;
    else
        model.swing = estimatedSwing(set);
    model.key = plan && plan->key.isValid() ? std::optional<Key>(plan->key) : keyFromScale(set.scale);
    if (plan && !plan->progression.isEmpty())
        model.chordBars = plan->chordBars > 0 ? plan->chordBars : (model.genre ? model.genre->chordBars : 0);

    for (const als::Track &track : set.tracks) {
        if (track.type != als::Track::Type::Midi)
            continue;
        SongTrack songTrack;
        songTrack.name = track.name;
        for (const als::Clip &clip : track.arrangementClips) {
            for (const als::MidiNote &note : als::midi::arrangementNotes(clip)) {
                songTrack.notes.append(SongNote { note.pitch, note.start, note.start + note.duration,
                                                  note.velocity, quantisedStep(note.start, model.swing) });
            }
        }
        std::stable_sort(songTrack.notes.begin(), songTrack.notes.end(),
                         [](const SongNote &a, const SongNote &b) { return a.start < b.start; });
        model.tracks.append(songTrack);
    }

    // Parts to tracks: by the name the composer gives the track, in plan order.
    QList<bool> taken(model.tracks.size(), false);
    if (plan) {
        for (const Part &part : plan->parts) {
            qsizetype found = -1;
            for (const QString &expected : expectedTrackNames(part)) {
                for (Qt::CaseSensitivity cs : { Qt::CaseSensitive, Qt::CaseInsensitive }) {
                    for (qsizetype t = 0; t < model.tracks.size() && found < 0; ++t) {
                        if (!taken.at(t) && model.tracks.at(t).name.compare(expected, cs) == 0)
                            found = t;
                    }
                }
            }
            if (found < 0) {
                model.missingParts.append(part.id);
                continue;
            }
            taken[found] = true;
            SongTrack &track = model.tracks[found];
            track.part = &part;
            track.role = part.role;
            track.roleKnown = true;
        }
    }
    for (SongTrack &track : model.tracks) {
        if (!track.part)
            track.roleKnown = roleFromTrackName(track.name, &track.role);
        track.sub = track.roleKnown && track.role == PartRole::Bass && isSubBass(track.name, track.part);
    }

    if (plan && !plan->sections.isEmpty())
        addPlannedSections(model, *plan);
    else
        addInferredSections(model, set);
    return model;
}

} // namespace musiaia::music::metrics_p

// SPDX-License-Identifier: GPL-3.0-or-later
// Pitch, harmony and register (music-facts.md 5.C.14-16): notes in the key, chord tones on strong
// beats, the bass on the chord root at chord changes, and each role inside its register.
#include "music/metricsmodel_p.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music::metrics_p {

namespace {

bool hasRole(const SongTrack &track, std::initializer_list<PartRole> roles)
{
    return track.roleKnown && std::find(roles.begin(), roles.end(), track.role) != roles.end();
}

bool isStrongBeat(const SongModel &model, const SongNote &note)
{
    return note.step % model.stepsPerBar % 4 == 0;
}

Metric inKeyMetric(const SongModel &model)
{
    const QString id = u"in-key"_s;
    const QString title = u"Notes in the key"_s;
    if (!model.key)
        return skipped(id, title, u"No key: neither a plan nor a scale in the set."_s);
    int total = 0, inKey = 0;
    QMap<int, int> outside; // pitch class -> notes
    for (const SongTrack &track : model.tracks) {
        if (!hasRole(track,
                     { PartRole::Bass, PartRole::Chords, PartRole::Lead, PartRole::Pad, PartRole::Arp }))
            continue;
        for (const SongNote &note : track.notes) {
            ++total;
            if (model.key->contains(note.pitch))
                ++inKey;
            else
                ++outside[pitchClass(note.pitch)];
        }
    }
    if (total == 0)
        return skipped(id, title, u"No bass, chord, lead, pad or arp notes."_s);
    // Jazz-tinged genres allow passing and borrowed notes; without a genre, the looser bound.
    const double threshold = model.genre ? model.genre->checks.inKey : 0.90;
    Metric metric = metricOf(id, title, double(inKey) / total, threshold, MetricComparison::AtLeast);
    metric.explanation
        = u"%1 of %2 pitched notes are in %3."_s.arg(inKey).arg(total).arg(keyDisplayName(*model.key));
    if (!outside.isEmpty()) {
        QStringList names;
        for (auto it = outside.cbegin(); it != outside.cend(); ++it)
            names << u"%1 ×%2"_s.arg(noteName(it.key(), *model.key)).arg(it.value());
        metric.explanation += u" Outside: "_s + names.join(u", "_s) + u'.';
    }
    judge(metric);
    return metric;
}

// Pitch classes the chord and pad tracks sound at `beat`: the harmony when no plan gives it.
QList<int> soundingHarmony(const SongModel &model, double beat)
{
    QList<int> classes;
    for (const SongTrack &track : model.tracks) {
        if (!hasRole(track, { PartRole::Chords, PartRole::Pad }))
            continue;
        for (const SongNote &note : track.notes) {
            if (note.start > beat + 1.0 / 16.0)
                break;
            if (note.end > beat + 1e-6 && !classes.contains(pitchClass(note.pitch)))
                classes << pitchClass(note.pitch);
        }
    }
    return classes;
}

Metric chordTonesMetric(const SongModel &model, PartRole role, const QString &id, const QString &roleText)
{
    const QString title = u"Chord tones on strong beats (%1)"_s.arg(roleText);
    const bool planned = model.chordBars > 0 && model.key;
    if (!planned && role != PartRole::Lead)
        return skipped(id, title, u"No planned progression to compare with."_s);
    int total = 0, tones = 0;
    QStringList misses;
    bool anyTrack = false;
    for (const SongTrack &track : model.tracks) {
        if (!hasRole(track, { role }))
            continue;
        anyTrack = true;
        for (const SongNote &note : track.notes) {
            if (!isStrongBeat(model, note))
                continue;
            const int bar = int(note.step / model.stepsPerBar);
            QList<int> chordClasses;
            QString chordName;
            Chord chord;
            if (planned) {
                if (!chordAtBar(model, bar, &chord))
                    continue;
                chordClasses = chord.pitchClasses();
                chordName = chord.symbol;
            } else {
                chordClasses = soundingHarmony(model, note.start);
                if (chordClasses.isEmpty())
                    continue;
            }
            ++total;
            if (chordClasses.contains(pitchClass(note.pitch))) {
                ++tones;
            } else if (misses.size() < 3) {
                misses << u"%1 at %2%3"_s.arg(noteName(pitchClass(note.pitch), model.key.value_or(Key { 0 })),
                                              barLabel(model, bar),
                                              chordName.isEmpty() ? QString() : u" over "_s + chordName);
            }
        }
    }
    if (!anyTrack)
        return skipped(id, title, u"No %1 track."_s.arg(roleText));
    if (total == 0)
        return skipped(id, title, u"No %1 notes on steps 1, 5, 9 or 13 under a known chord."_s.arg(roleText));
    Metric metric = metricOf(id, title, double(tones) / total, 0.8, MetricComparison::AtLeast);
    metric.explanation
        = u"%1 of %2 %3 notes on steps 1, 5, 9 and 13 are tones of the chord %4."_s.arg(tones).arg(total).arg(
            roleText, planned ? u"of the plan's progression"_s : u"the chords and pads sound"_s);
    if (!misses.isEmpty())
        metric.explanation += u" For example: "_s + misses.join(u"; "_s) + u'.';
    judge(metric);
    return metric;
}

void bassRootMetrics(const SongModel &model, QList<Metric> &out)
{
    const QString rootId = u"bass-root"_s, fifthId = u"bass-root-or-fifth"_s;
    const QString rootTitle = u"Bass on the chord root at chord changes"_s;
    const QString fifthTitle = u"Bass on the root or fifth at chord changes"_s;
    if (!(model.chordBars > 0 && model.key)) {
        out << skipped(rootId, rootTitle, u"No planned progression to compare with."_s)
            << skipped(fifthId, fifthTitle, u"No planned progression to compare with."_s);
        return;
    }
    int changes = 0, roots = 0, rootsOrFifths = 0;
    QStringList misses;
    for (const SongSection &section : model.sections) {
        for (int t : section.playing) {
            const SongTrack &track = model.tracks.at(t);
            if (!hasRole(track, { PartRole::Bass }))
                continue;
            for (int bar = section.startBar; bar < section.startBar + section.bars; bar += model.chordBars) {
                Chord chord;
                int chordStart = bar;
                if (!chordAtBar(model, bar, &chord, &chordStart))
                    continue;
                // The first note the bass plays under this chord (an off-beat bass starts late).
                const qint64 from = qint64(chordStart) * model.stepsPerBar;
                const qint64 to
                    = qint64(std::min(chordStart + model.chordBars, section.startBar + section.bars))
                    * model.stepsPerBar;
                const auto first
                    = std::find_if(track.notes.begin(), track.notes.end(),
                                   [&](const SongNote &n) { return n.step >= from && n.step < to; });
                if (first == track.notes.end())
                    continue;
                ++changes;
                const int pc = pitchClass(first->pitch);
                if (pc == chord.root)
                    ++roots;
                if (pc == chord.root || pc == chord.fifthPitchClass())
                    ++rootsOrFifths;
                else if (misses.size() < 3)
                    misses << u"%1 under %2 at %3"_s.arg(noteName(pc, *model.key), chord.symbol,
                                                         barLabel(model, bar));
            }
        }
    }
    if (changes == 0) {
        out << skipped(rootId, rootTitle, u"The bass plays under no planned chord."_s)
            << skipped(fifthId, fifthTitle, u"The bass plays under no planned chord."_s);
        return;
    }
    Metric root = metricOf(rootId, rootTitle, double(roots) / changes, 0.9, MetricComparison::AtLeast);
    root.explanation
        = u"The first bass note under %1 of %2 chords is the chord's root."_s.arg(roots).arg(changes);
    judge(root);
    Metric fifth
        = metricOf(fifthId, fifthTitle, double(rootsOrFifths) / changes, 0.95, MetricComparison::AtLeast);
    fifth.explanation
        = u"The first bass note under %1 of %2 chords is the root or the fifth."_s.arg(rootsOrFifths)
              .arg(changes);
    if (!misses.isEmpty())
        fifth.explanation += u" Neither: "_s + misses.join(u"; "_s) + u'.';
    judge(fifth);
    out << root << fifth;
}

struct Register
{
    PartRole role;
    const char *id;
    const char *text;
    int low;
    int high;
};

void rangeMetrics(const SongModel &model, QList<Metric> &out)
{
    // music-facts.md 5.C.16; an 808 or sub bass has its own, lower register.
    static const Register registers[] = {
        { PartRole::Bass, "range-bass", "bass", 28, 55 },
        { PartRole::Chords, "range-chords", "chords", 48, 79 },
        { PartRole::Pad, "range-pad", "pads", 43, 84 },
        { PartRole::Lead, "range-lead", "lead", 57, 91 },
        { PartRole::Arp, "range-arp", "arp", 55, 91 },
    };
    for (const Register &reg : registers) {
        int total = 0, inside = 0, lowest = 127, highest = 0;
        QStringList ranges;
        for (const SongTrack &track : model.tracks) {
            if (!hasRole(track, { reg.role }))
                continue;
            const int low = track.sub ? 24 : reg.low;
            const int high = track.sub ? 50 : reg.high;
            const QString range = u"%1–%2"_s.arg(low).arg(high);
            if (!ranges.contains(range))
                ranges << range;
            for (const SongNote &note : track.notes) {
                ++total;
                lowest = std::min(lowest, note.pitch);
                highest = std::max(highest, note.pitch);
                if (note.pitch >= low && note.pitch <= high)
                    ++inside;
            }
        }
        if (total == 0)
            continue;
        const QString id = QString::fromLatin1(reg.id);
        Metric metric = metricOf(id, u"Register of the %1"_s.arg(QLatin1String(reg.text)),
                                 double(inside) / total, 1.0, MetricComparison::AtLeast);
        metric.explanation = u"%1 of %2 %3 notes inside MIDI %4; they span %5–%6."_s.arg(inside)
                                 .arg(total)
                                 .arg(QLatin1String(reg.text), ranges.join(u" or "_s))
                                 .arg(lowest)
                                 .arg(highest);
        judge(metric);
        out << metric;
    }
}

} // namespace

void measureHarmony(const SongModel &model, QList<Metric> &out)
{
    out << inKeyMetric(model);
    out << chordTonesMetric(model, PartRole::Lead, u"chord-tones-lead"_s, u"lead"_s);
    out << chordTonesMetric(model, PartRole::Chords, u"chord-tones-chords"_s, u"chords"_s);
    out << chordTonesMetric(model, PartRole::Pad, u"chord-tones-pad"_s, u"pad"_s);
    bassRootMetrics(model, out);
    rangeMetrics(model, out);
}

} // namespace musiaia::music::metrics_p

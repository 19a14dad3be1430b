// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"
#include "common/language.h"
#include "common/result.h"
#include "library/sampletypes.h"
#include "music/plan.h"
#include "store/database.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Samples from the musician's library for a song: which ones (chooseSamples) and where they go in
// the composed set (placeSamples). Both are plain functions of their arguments, so the composer, the
// `generate` verb and the chat session call them the same way: the same library and the same plan
// (its seed included) give the same choices and the same set.
namespace musiaia::library {

// One sample chosen for a role in the song.
struct SampleChoice
{
    // The sound it plays: a drum slot ("kick", "snare", "clap", "closed-hat", "open-hat",
    // "cymbal", "tom", "perc", one of sampleTypes()) or a loop ("drum-loop", "music-loop").
    QString slot;
    QString partId; // drum slots: the plan's part whose hits it plays; loops: empty
    SampleRecord sample;
    double playedTempo = 0; // loops: the tempo the loop is read at (its own, doubled or halved)
    int loopBeats = 0; // loops: whole beats in the loop at playedTempo
    int transpose = 0; // loops: semitones that bring a neighbour key onto the song's key
    QString reason; // for the musician: "kick: 'Kick 909.wav', type kick (tag, 0.95)"

    bool isLoop() const;
    QJsonObject toJson() const;
};

struct SampleChoices
{
    QList<SampleChoice> choices; // drum slots in the plan's part order, then the loops
    QStringList unfilled; // what the library had nothing for, and why

    bool isEmpty() const { return choices.isEmpty(); }
    const SampleChoice *find(const QString &slot) const;
    // One line per choice and per gap, for a terminal or a chat reply.
    QStringList reasons() const;
    QJsonObject toJson() const;
};

struct SampleChoiceOptions
{
    bool drums = true; // one-shots for the plan's drum parts
    bool loops = true; // a drum loop and a music loop that fit the tempo and key
    int candidates = 5; // the seed picks among this many of the best matches
    Language language = Language::English; // of the reasons and gaps, for the musician
};

// Chooses samples for a complete plan (music::Plan::isComplete()). Drum one-shots are chosen by
// type for the slots the plan's drum parts use (the genre's patterns say which: a house "snare"
// part plays claps, a trap one snares and rims); a slot with no sample of its type borrows a close
// one (clap for snare, closed hat for open hat, ...) and says so. Loops must fit the song: their
// tempo, or its double or half, in the genre's range or within 4 % of the song's tempo; music loops
// also in the song's key or a compatible one (relative, circle-of-fifths neighbours). Among the best
// matches of each slot the plan's seed picks one. Samples marked missing or gone from disk are never
// chosen. An empty library gives empty choices, not an error.
Result<SampleChoices> chooseSamples(const store::Database &database, const music::Plan &plan,
                                    const SampleChoiceOptions &options = {});

// Places chosen samples into `set`, the set composed from `plan` (or any set whose arrangement
// follows the plan's sections): one audio track per choice, inserted after the plan's MIDI track for
// the same part (before the return tracks otherwise), with audio clips that reference the sample's
// absolute path (als::writeLiveProject() copies them into Samples/Imported). Drum hits follow the
// notes of the part's MIDI track in `set`, or the genre's pattern when the set has none. Every clip
// is warped at the song's tempo; gains come from each sample's measured peak or loudness.
Result<void> placeSamples(als::LiveSet &set, const music::Plan &plan, const SampleChoices &choices);

} // namespace musiaia::library

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/liveset.h"
#include "music/genre.h"
#include "music/metrics.h"
#include "music/plan.h"
#include "music/theory.h"

#include <QList>
#include <QString>

#include <optional>

// The song as the metrics see it: every track's notes in arrangement beats, the role each track
// plays, the sections and which tracks should play in each. Built once from a set and a plan (or
// inferred without one), then read by every metric.
namespace musiaia::music::metrics_p {

struct SongNote
{
    int pitch = 60;
    double start = 0.0; // arrangement beats
    double end = 0.25;
    double velocity = 100.0;
    qint64 step = 0; // the 16th step it starts on, swing taken out (0 = the song's first)
};

struct SongTrack
{
    QString name;
    PartRole role = PartRole::Lead;
    bool roleKnown = false; // false: the name says nothing we understand
    const Part *part = nullptr; // the plan's part, when there is a plan
    bool sub = false; // an 808 or sub bass (the sub register)
    QList<SongNote> notes; // sorted by start
};

struct SongSection
{
    QString name;
    int startBar = 0;
    int bars = 0;
    QList<int> playing; // indexes into SongModel::tracks that should play here
    QStringList progression; // empty when unknown
};

struct SongModel
{
    const Plan *plan = nullptr;
    const GenreProfile *genre = nullptr;
    double tempo = 120.0;
    double barBeats = 4.0; // beats per bar; 4/4 for every genre we write
    bool fourFour = true;
    int stepsPerBar = 16;
    int bars = 0;
    double swing = 50.0; // percent
    std::optional<Key> key; // the plan's key, or the set's scale when it maps to a Key
    int chordBars = 0; // 0 = unknown
    QList<SongTrack> tracks; // MIDI tracks only, in set order
    QList<SongSection> sections;
    QStringList missingParts; // plan parts with no track

    bool isPhraseEnd(int bar) const; // the last bar of a section or of an 8-bar phrase
    const SongSection *sectionAt(int bar) const;
    // Bars where a track with one of `roles` should play (from the sections).
    QList<int> activeBars(std::initializer_list<PartRole> roles) const;
};

SongModel buildSongModel(const als::LiveSet &set, const Plan *plan);

// The role a track name suggests ("Kick", "808", "Strings"), or false when none.
bool roleFromTrackName(const QString &name, PartRole *role);

// General MIDI drum classes (music-facts.md: Magenta's reduction, the parts we need).
bool isKickPitch(int pitch);
bool isSnarePitch(int pitch); // snare, clap, rim
bool isOpenHatPitch(int pitch);
bool isHatPitch(int pitch); // closed, pedal and open hats

// Whether a MIDI track of this role is a drum part.
inline bool isDrumTrack(const SongTrack &track)
{
    return track.roleKnown && isDrumRole(track.role);
}

// The chord of the plan sounding at `bar`, or false when the plan gives no progression.
bool chordAtBar(const SongModel &model, int bar, Chord *chord, int *chordStartBar = nullptr);

// Formatting helpers for explanations.
QString barLabel(const SongModel &model, int bar); // "bar 17 (Drop)"
QString percentText(double share); // "97.5 %"

// The metric groups (metricsplan.cpp, metricsdrums.cpp, metricsharmony.cpp, metricsparts.cpp).
void measurePlanAdherence(const SongModel &model, const als::LiveSet &set, QList<Metric> &out);
void measureDrums(const SongModel &model, QList<Metric> &out);
void measureHarmony(const SongModel &model, QList<Metric> &out);
void measureParts(const SongModel &model, QList<Metric> &out);

// A measured metric, not judged yet.
Metric metricOf(const QString &id, const QString &title, double value, double threshold,
                MetricComparison comparison, double tolerance = 0.0);
// Sets status from value, threshold and comparison.
void judge(Metric &metric);
Metric skipped(const QString &id, const QString &title, const QString &why);

} // namespace musiaia::music::metrics_p

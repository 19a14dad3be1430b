// SPDX-License-Identifier: GPL-3.0-or-later
// Plan adherence: tempo, key, length, sections and parts as asked (music-facts.md 5.A), and the key
// the notes themselves suggest (a Krumhansl-Schmuckler key finder, 5.A.3).
#include "music/metricsmodel_p.h"

#include "als/scalenames.h"

#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::music::metrics_p {

namespace {

// Krumhansl & Kessler's key profiles (music-facts.md 5.A.3).
constexpr std::array<double, 12> kMajorProfile
    = { 6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88 };
constexpr std::array<double, 12> kMinorProfile
    = { 6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17 };

double correlation(const std::array<double, 12> &histogram, const std::array<double, 12> &profile, int tonic)
{
    double meanH = 0.0, meanP = 0.0;
    for (int i = 0; i < 12; ++i) {
        meanH += histogram[i] / 12.0;
        meanP += profile[i] / 12.0;
    }
    double sumHP = 0.0, sumHH = 0.0, sumPP = 0.0;
    for (int pc = 0; pc < 12; ++pc) {
        const double h = histogram[pc] - meanH;
        const double p = profile[(pc - tonic + 12) % 12] - meanP;
        sumHP += h * p;
        sumHH += h * h;
        sumPP += p * p;
    }
    return sumHH > 0.0 && sumPP > 0.0 ? sumHP / std::sqrt(sumHH * sumPP) : 0.0;
}

bool isHarmonicTrack(const SongTrack &track)
{
    return track.roleKnown ? isPitchedRole(track.role) : false;
}

QString scaleText(const std::optional<als::Scale> &scale)
{
    if (!scale)
        return u"no scale"_s;
    return noteName(scale->root, false) + u' ' + als::scaleModeName(scale->mode);
}

Metric tempoMetric(const SongModel &model)
{
    const QString title = u"Tempo as asked"_s;
    if (!model.plan || model.plan->tempo <= 0.0)
        return skipped(u"tempo"_s, title,
                       u"The set plays at %1 BPM; no planned tempo to compare with."_s.arg(model.tempo));
    Metric metric
        = metricOf(u"tempo"_s, title, model.tempo, model.plan->tempo, MetricComparison::Within, 0.001);
    metric.explanation
        = u"The set plays at %1 BPM; the plan asks for %2 BPM."_s.arg(model.tempo).arg(model.plan->tempo);
    judge(metric);
    return metric;
}

Metric keyMetric(const SongModel &model, const als::LiveSet &set)
{
    const QString title = u"Key as asked"_s;
    if (!model.plan || !model.plan->key.isValid())
        return skipped(u"key"_s, title,
                       u"The set's scale is %1; no planned key to compare with."_s.arg(scaleText(set.scale)));
    const Key &asked = model.plan->key;
    const bool same
        = set.scale && set.scale->root == asked.root && set.scale->mode == toLiveScale(asked.mode);
    Metric metric = metricOf(u"key"_s, title, same ? 1.0 : 0.0, 1.0, MetricComparison::AtLeast);
    metric.explanation
        = u"The set's scale is %1; the plan asks for %2."_s.arg(scaleText(set.scale), keyDisplayName(asked));
    judge(metric);
    return metric;
}

// Krumhansl-Schmuckler as Krumhansl used it: each pitch class weighted by how long it sounds,
// correlated with the 24 rotated major and minor profiles. Only the parts that play the key count
// (bass, chords, lead, pads, arps): drums are on General MIDI note numbers, not pitches, and the FX
// track's notes are noises. A mode is heard as its tonic with the quality of its third (D dorian
// and D phrygian as D minor, G mixolydian and F lydian as their tonic major, phrygian dominant as
// its tonic major): the profiles know only major and minor, and what a listener names is the tonic.
Metric keyFinderMetric(const SongModel &model)
{
    const QString id = u"key-heard"_s;
    const QString title = u"Key heard in the notes"_s;
    std::array<double, 12> histogram {};
    double total = 0.0;
    for (const SongTrack &track : model.tracks) {
        if (!isHarmonicTrack(track))
            continue;
        for (const SongNote &note : track.notes) {
            histogram[pitchClass(note.pitch)] += note.end - note.start;
            total += note.end - note.start;
        }
    }
    if (!(total > 0.0))
        return skipped(id, title, u"No pitched notes to find a key in."_s);
    Key best;
    double bestR = -2.0;
    for (int tonic = 0; tonic < 12; ++tonic) {
        for (Mode mode : { Mode::Major, Mode::Minor }) {
            const double r
                = correlation(histogram, mode == Mode::Major ? kMajorProfile : kMinorProfile, tonic);
            if (r > bestR) {
                bestR = r;
                best = Key { tonic, mode };
            }
        }
    }
    const QString heard = u"%1 (r = %2)"_s.arg(keyDisplayName(best)).arg(bestR, 0, 'f', 2);
    if (!model.key)
        return skipped(id, title, u"The notes sound in %1; no key to compare with."_s.arg(heard));
    const bool same
        = best.root == model.key->root && isMinorFamily(best.mode) == isMinorFamily(model.key->mode);
    Metric metric = metricOf(id, title, same ? 1.0 : 0.0, 1.0, MetricComparison::AtLeast);
    metric.explanation
        = u"A key finder (Krumhansl-Schmuckler) hears %1 in the pitched parts; the key is %2."_s.arg(
            heard, keyDisplayName(*model.key));
    if (model.key->mode != Mode::Major && model.key->mode != Mode::Minor)
        metric.explanation += u" A %1 song is heard as %2."_s.arg(
            modeDisplayName(model.key->mode),
            keyDisplayName(
                Key { model.key->root, isMinorFamily(model.key->mode) ? Mode::Minor : Mode::Major }));
    judge(metric);
    return metric;
}

Metric lengthMetric(const SongModel &model)
{
    const QString title = u"Length as asked (bars)"_s;
    const double seconds = model.bars * model.barBeats * 60.0 / model.tempo;
    const QString measured = u"The song lasts %1 bars (%2:%3)"_s.arg(model.bars)
                                 .arg(int(seconds) / 60)
                                 .arg(int(std::lround(seconds)) % 60, 2, 10, QLatin1Char('0'));
    if (!model.plan || (!model.plan->length.isSet() && model.plan->sections.isEmpty()))
        return skipped(u"length"_s, title, measured + u"; no planned length to compare with."_s);
    double target = model.plan->totalBars();
    QString asked = u"the plan's sections add up to %1 bars"_s.arg(model.plan->totalBars());
    if (model.plan->length.bars > 0) {
        target = model.plan->length.bars;
        asked = u"%1 bars were asked"_s.arg(model.plan->length.bars);
    } else if (model.plan->length.seconds > 0.0) {
        const double tempo = model.plan->tempo > 0.0 ? model.plan->tempo : model.tempo;
        target = model.plan->length.seconds * tempo / 60.0 / model.barBeats;
        asked = u"%1 s at %2 BPM were asked: %3 bars"_s.arg(model.plan->length.seconds)
                    .arg(tempo)
                    .arg(target, 0, 'f', 1);
    }
    Metric metric = metricOf(u"length"_s, title, double(model.bars), target, MetricComparison::Within, 1.0);
    metric.explanation = measured + u"; "_s + asked + u" (±1 bar)."_s;
    judge(metric);
    return metric;
}

Metric sectionsMetric(const SongModel &model, const als::LiveSet &set)
{
    const QString title = u"A locator at every section"_s;
    if (!model.plan || model.plan->sections.isEmpty()) {
        return skipped(
            u"sections"_s, title,
            u"No planned sections; %1 sections inferred from %2 locators."_s.arg(model.sections.size())
                .arg(set.locators.size()));
    }
    int found = 0;
    QStringList missing;
    for (const SongSection &section : model.sections) {
        const double at = section.startBar * model.barBeats;
        const bool has = std::any_of(set.locators.begin(), set.locators.end(),
                                     [at](const als::Locator &l) { return std::abs(l.time - at) < 1e-3; });
        if (has)
            ++found;
        else
            missing << u"%1 at bar %2"_s.arg(section.name).arg(section.startBar + 1);
    }
    Metric metric = metricOf(u"sections"_s, title, double(found) / double(model.sections.size()), 1.0,
                             MetricComparison::AtLeast);
    metric.explanation = missing.isEmpty()
        ? u"All %1 planned sections start at a locator."_s.arg(model.sections.size())
        : u"No locator for %1."_s.arg(missing.mid(0, 3).join(u", "_s));
    judge(metric);
    return metric;
}

Metric partsMetric(const SongModel &model)
{
    const QString title = u"A track for every part"_s;
    if (!model.plan || model.plan->parts.isEmpty()) {
        QStringList unknown;
        for (const SongTrack &track : model.tracks) {
            if (!track.roleKnown)
                unknown << track.name;
        }
        return skipped(u"parts"_s, title,
                       unknown.isEmpty() ? u"No planned parts; every track's role was read from its name."_s
                                         : u"No planned parts; no role could be read from: %1."_s.arg(
                                             unknown.join(u", "_s)));
    }
    const int total = int(model.plan->parts.size());
    Metric metric = metricOf(u"parts"_s, title, double(total - model.missingParts.size()) / total, 1.0,
                             MetricComparison::AtLeast);
    metric.explanation = model.missingParts.isEmpty()
        ? u"Each of the %1 planned parts has its track."_s.arg(total)
        : u"No track for the parts %1."_s.arg(model.missingParts.join(u", "_s));
    judge(metric);
    return metric;
}

} // namespace

void measurePlanAdherence(const SongModel &model, const als::LiveSet &set, QList<Metric> &out)
{
    out << tempoMetric(model) << keyMetric(model, set) << keyFinderMetric(model) << lengthMetric(model)
        << sectionsMetric(model, set) << partsMetric(model);
}

} // namespace musiaia::music::metrics_p

// SPDX-License-Identifier: GPL-3.0-or-later
#include "als/alswriter.h"
#include "music/composer.h"
#include "music/genre.h"
#include "music/planner.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace musiaia;
using namespace musiaia::music;
using namespace Qt::Literals::StringLiterals;

namespace {

Plan completeFor(const QString &genre, std::uint32_t seed)
{
    Plan partial;
    partial.genre = genre;
    partial.seed = seed;
    return *completePlan(partial);
}

QByteArray xmlOf(const als::LiveSet &set, als::SchemaVersion schema = als::SchemaVersion::Live11)
{
    const Result<QByteArray> xml = als::liveSetXml(set, schema);
    return xml ? *xml : QByteArray();
}

// Seeds the quality checks hold over, for every genre.
const std::uint32_t kSeeds[] = { 1, 5, 8, 9, 21, 77, 300, 4096 };

struct Range
{
    int low;
    int high;
};

// music-facts.md, "Register per role".
Range rangeFor(const Part &part)
{
    switch (part.role) {
    case PartRole::Bass:
        return part.style == u"808"_s ? Range { 24, 50 } : Range { 28, 55 };
    case PartRole::Chords:
        return { 48, 79 };
    case PartRole::Pad:
        return { 43, 84 };
    case PartRole::Lead:
        return { 57, 91 };
    case PartRole::Arp:
        return { 55, 91 };
    default:
        return { 0, 127 };
    }
}

} // namespace

class TestComposer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyGenreComposes_data()
    {
        QTest::addColumn<QString>("genre");
        QTest::addColumn<uint>("seed");
        for (const GenreProfile &genre : allGenres()) {
            for (uint seed : { 0u, 3u, 2024u })
                QTest::addRow("%s/%u", qPrintable(genre.id), seed) << genre.id << seed;
        }
    }

    void everyGenreComposes()
    {
        QFETCH(QString, genre);
        QFETCH(uint, seed);
        const Plan plan = completeFor(genre, seed);
        const Result<als::LiveSet> set = composeSong(plan);
        QVERIFY_RESULT(set);
        QCOMPARE(set->tempo, plan.tempo);
        QCOMPARE(set->timeSignature.numerator, 4);
        QVERIFY(set->scale.has_value());
        QCOMPARE(set->scale->root, plan.key.root);
        QCOMPARE(set->scale->mode, toLiveScale(plan.key.mode));
        // A locator at every section.
        QCOMPARE(set->locators.size(), plan.sections.size());
        int bar = 0;
        for (qsizetype i = 0; i < plan.sections.size(); ++i) {
            QCOMPARE(set->locators.at(i).time, bar * 4.0);
            QCOMPARE(set->locators.at(i).name, plan.sections.at(i).name);
            bar += plan.sections.at(i).bars;
        }
        // A MIDI track per part, a clip per section it plays in, no empty bar in any clip.
        QCOMPARE(set->tracks.size(), plan.parts.size());
        for (qsizetype p = 0; p < plan.parts.size(); ++p) {
            const Part &part = plan.parts.at(p);
            const als::Track &track = set->tracks.at(p);
            QCOMPARE(track.type, als::Track::Type::Midi);
            QVERIFY(track.name.startsWith(part.name.isEmpty() ? roleDisplayName(part.role) : part.name));
            QCOMPARE(track.color, part.color);
            QVERIFY(track.devices.isEmpty());
            qsizetype clip = 0;
            int start = 0;
            const Range range = rangeFor(part);
            for (const Section &section : plan.sections) {
                if (section.parts.contains(part.id)) {
                    QVERIFY(clip < track.arrangementClips.size());
                    const als::Clip &c = track.arrangementClips.at(clip++);
                    QCOMPARE(c.name, section.name);
                    QCOMPARE(c.time, start * 4.0);
                    QCOMPARE(c.length, section.bars * 4.0);
                    QList<bool> sounding(section.bars, false);
                    for (const als::MidiNote &note : c.notes) {
                        QVERIFY(note.start >= 0.0 && note.start < c.length);
                        QVERIFY(note.velocity >= 1 && note.velocity <= 127);
                        QVERIFY2(note.pitch >= range.low && note.pitch <= range.high,
                                 qPrintable(u"%1: pitch %2"_s.arg(part.id).arg(note.pitch)));
                        for (int b = int(note.start / 4.0);
                             b < section.bars && b * 4.0 < note.start + note.duration; ++b)
                            sounding[b] = true;
                    }
                    // Every part sounds in every bar of every section it plays in.
                    for (int b = 0; b < section.bars; ++b)
                        QVERIFY2(sounding.at(b),
                                 qPrintable(u"%1 is silent in bar %2 of %3"_s.arg(part.id).arg(b + 1).arg(
                                     section.name)));
                }
                start += section.bars;
            }
            QCOMPARE(clip, track.arrangementClips.size());
        }
        // Deterministic, to the byte.
        QCOMPARE(xmlOf(*composeSong(plan)), xmlOf(*set));
    }

    void pitchedNotesAreInKey()
    {
        // The genre's in-key share (0.98 for strictly diatonic genres, 0.90 for jazz-tinged ones).
        for (const GenreProfile &genre : allGenres()) {
            for (std::uint32_t seed : kSeeds) {
                const Plan plan = completeFor(genre.id, seed);
                const als::LiveSet set = *composeSong(plan);
                int inKey = 0, all = 0;
                for (qsizetype p = 0; p < plan.parts.size(); ++p) {
                    if (!isPitchedRole(plan.parts.at(p).role))
                        continue;
                    for (const als::Clip &clip : set.tracks.at(p).arrangementClips) {
                        for (const als::MidiNote &note : clip.notes) {
                            ++all;
                            inKey += plan.key.contains(note.pitch) ? 1 : 0;
                        }
                    }
                }
                QVERIFY(all > 0);
                QVERIFY2(inKey >= genre.checks.inKey * all,
                         qPrintable(u"%1/%2: %3 of %4"_s.arg(genre.id).arg(seed).arg(inKey).arg(all)));
            }
        }
    }

    void fourOnTheFloorKick()
    {
        for (const GenreProfile &genre : allGenres()) {
            if (!genre.checks.fourOnTheFloor)
                continue;
            for (std::uint32_t seed : kSeeds) {
                const Plan plan = completeFor(genre.id, seed);
                const als::LiveSet set = *composeSong(plan);
                const als::Track *kick = nullptr;
                for (qsizetype p = 0; p < plan.parts.size(); ++p) {
                    if (plan.parts.at(p).role == PartRole::Kick)
                        kick = &set.tracks.at(p);
                }
                QVERIFY(kick);
                for (const als::Clip &clip : kick->arrangementClips) {
                    for (int bar = 0; bar < int(clip.length / 4.0); ++bar) {
                        for (int beat = 0; beat < 4; ++beat) {
                            const double at = bar * 4.0 + beat;
                            const bool hit = std::any_of(
                                clip.notes.cbegin(), clip.notes.cend(), [at](const als::MidiNote &n) {
                                    return n.pitch == 36 && std::abs(n.start - at) < 0.06;
                                });
                            QVERIFY2(hit,
                                     qPrintable(u"%1: %2 bar %3 beat %4"_s.arg(genre.id, clip.name)
                                                    .arg(bar + 1)
                                                    .arg(beat + 1)));
                        }
                    }
                }
            }
        }
    }

    void bassPlaysTheRootAtChordChanges()
    {
        for (const GenreProfile &genre : allGenres()) {
            for (std::uint32_t seed : kSeeds) {
                const Plan plan = completeFor(genre.id, seed);
                const als::LiveSet set = *composeSong(plan);
                const QList<ChordSpan> chords = *chordTimeline(plan);
                qsizetype bassIndex = -1;
                for (qsizetype p = 0; p < plan.parts.size(); ++p) {
                    if (plan.parts.at(p).role == PartRole::Bass)
                        bassIndex = p;
                }
                if (bassIndex < 0)
                    break;
                int changes = 0, roots = 0;
                for (const als::Clip &clip : set.tracks.at(bassIndex).arrangementClips) {
                    for (const ChordSpan &span : chords) {
                        const double at = span.bar * 4.0 - clip.time;
                        if (at < 0.0 || at >= clip.length)
                            continue;
                        // The first bass note of the chord.
                        const als::MidiNote *first = nullptr;
                        for (const als::MidiNote &note : clip.notes) {
                            if (note.start >= at - 0.05 && note.start < at + span.bars * 4.0
                                && (!first || note.start < first->start))
                                first = &note;
                        }
                        if (!first)
                            continue;
                        ++changes;
                        roots += pitchClass(first->pitch) == span.chord.root ? 1 : 0;
                    }
                }
                QVERIFY(changes > 0);
                QVERIFY2(roots >= 0.9 * changes,
                         qPrintable(u"%1: %2 of %3"_s.arg(genre.id).arg(roots).arg(changes)));
            }
        }
    }

    void leadHasChordTonesOnTheBeats()
    {
        for (const GenreProfile &genre : allGenres()) {
            for (std::uint32_t seed : kSeeds) {
                const Plan plan = completeFor(genre.id, seed);
                const als::LiveSet set = *composeSong(plan);
                const QList<ChordSpan> chords = *chordTimeline(plan);
                for (qsizetype p = 0; p < plan.parts.size(); ++p) {
                    if (plan.parts.at(p).role != PartRole::Lead)
                        continue;
                    int strong = 0, tones = 0;
                    for (const als::Clip &clip : set.tracks.at(p).arrangementClips) {
                        for (const als::MidiNote &note : clip.notes) {
                            const double beat = clip.time + note.start;
                            if (std::abs(beat - std::round(beat)) > 0.06)
                                continue;
                            const int bar = int(std::round(beat)) / 4;
                            for (const ChordSpan &span : chords) {
                                if (bar >= span.bar && bar < span.bar + span.bars) {
                                    ++strong;
                                    tones += span.chord.containsPitchClass(pitchClass(note.pitch)) ? 1 : 0;
                                }
                            }
                        }
                    }
                    QVERIFY(strong > 0);
                    QVERIFY2(tones >= 0.8 * strong,
                             qPrintable(u"%1: %2 of %3"_s.arg(genre.id).arg(tones).arg(strong)));
                }
            }
        }
    }

    void backbeatOrHalfTime()
    {
        for (const GenreProfile &genre : allGenres()) {
            if (!genre.checks.backbeat && !genre.checks.halfTime)
                continue;
            const QList<double> beats
                = genre.checks.halfTime ? QList<double> { 2.0 } : QList<double> { 1.0, 3.0 };
            for (std::uint32_t seed : kSeeds) {
                const Plan plan = completeFor(genre.id, seed);
                const als::LiveSet set = *composeSong(plan);
                for (qsizetype p = 0; p < plan.parts.size(); ++p) {
                    if (plan.parts.at(p).role != PartRole::Snare)
                        continue;
                    int bars = 0, backbeats = 0;
                    for (const als::Clip &clip : set.tracks.at(p).arrangementClips) {
                        for (int bar = 0; bar < int(clip.length / 4.0); ++bar) {
                            ++bars;
                            bool all = true;
                            for (double beat : beats) {
                                const double at = bar * 4.0 + beat;
                                all = all
                                    && std::any_of(clip.notes.cbegin(), clip.notes.cend(),
                                                   [at](const als::MidiNote &n) {
                                                       return std::abs(n.start - at) < 0.06
                                                           && n.velocity > 60;
                                                   });
                            }
                            backbeats += all ? 1 : 0;
                        }
                    }
                    QVERIFY2(backbeats >= 0.9 * bars,
                             qPrintable(
                                 u"%1/%2: %3 of %4 bars"_s.arg(genre.id).arg(seed).arg(backbeats).arg(bars)));
                }
            }
        }
    }

    void otherSeedOtherSong()
    {
        for (const GenreProfile &genre : allGenres()) {
            const QByteArray a = xmlOf(*composeSong(completeFor(genre.id, 100)));
            const QByteArray b = xmlOf(*composeSong(completeFor(genre.id, 101)));
            QVERIFY2(a != b, qPrintable(genre.id));
        }
    }

    void aNewPartSeedChangesOnlyThatPart()
    {
        Plan plan = completeFor(u"house"_s, 4);
        const als::LiveSet before = *composeSong(plan);
        plan.part(u"bass"_s)->seed ^= 0x5555u;
        const als::LiveSet after = *composeSong(plan);
        for (qsizetype p = 0; p < plan.parts.size(); ++p) {
            const bool same = before.tracks.at(p) == after.tracks.at(p);
            QCOMPARE(same, plan.parts.at(p).id != u"bass"_s);
        }
    }

    void progressAndCancel()
    {
        const Plan plan = completeFor(u"techno"_s, 1);
        QStringList seen;
        ComposeOptions options;
        options.progress = [&seen](const ComposeProgress &progress) {
            seen << progress.partId;
            QCOMPARE(progress.partCount, int(seen.size() - 1 + (progress.partCount - progress.partIndex)));
        };
        QVERIFY_RESULT(composeSong(plan, options));
        QStringList ids;
        for (const Part &part : plan.parts)
            ids << part.id;
        QCOMPARE(seen, ids);

        std::atomic_bool cancel { true };
        ComposeOptions cancelled;
        cancelled.cancel = &cancel;
        const Result<als::LiveSet> stopped = composeSong(plan, cancelled);
        QVERIFY(!stopped.hasValue());
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
    }

    void incompletePlanIsRefused()
    {
        Plan partial;
        partial.genre = u"house"_s;
        const Result<als::LiveSet> set = composeSong(partial);
        QVERIFY(!set.hasValue());
        QCOMPARE(set.error().code, ErrorCode::InvalidArgument);
    }

    void generatedSetsPassAlsLint()
    {
        MUSIAIA_REQUIRE_ALS_LINT();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Two genres (a four-on-the-floor one, and trap with its 808 and rolls), both schemas, in
        // one run of the linter: it takes about ten seconds a set.
        QStringList paths;
        for (const QString &genre : { u"house"_s, u"trap"_s }) {
            const Plan plan = completeFor(genre, 77);
            const als::LiveSet set = *composeSong(plan);
            for (als::SchemaVersion schema : { als::SchemaVersion::Live11, als::SchemaVersion::Live12 }) {
                const QString path = dir.filePath(
                    genre + (schema == als::SchemaVersion::Live12 ? u"-12.als"_s : u"-11.als"_s));
                QVERIFY_RESULT(als::writeLiveSet(set, path, als::WriteOptions { schema }));
                paths << path;
            }
        }
        QProcess lint;
        lint.start(u"python3"_s, QStringList { test::alsLintPath() } + paths);
        if (!lint.waitForStarted())
            QSKIP("python3 is missing: cannot run als-lint");
        QVERIFY(lint.waitForFinished(300000));
        const QString output = QString::fromUtf8(lint.readAllStandardOutput() + lint.readAllStandardError());
        QVERIFY2(lint.exitCode() == 0, qPrintable(output.left(4000)));
        QCOMPARE(output.count(u", 0 problems"_s), paths.size());
    }
};

QTEST_GUILESS_MAIN(TestComposer)
#include "tst_composer.moc"

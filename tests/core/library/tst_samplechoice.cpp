// SPDX-License-Identifier: GPL-3.0-or-later
#include "als/alsreader.h"
#include "als/liveproject.h"
#include "als/setreport.h"
#include "library/samplechoice.h"
#include "library/sampleimport.h"
#include "music/genre.h"
#include "store/database.h"

#include "synthcorpus.h"
#include "testsupport.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace musiaia;
using namespace musiaia::library;

namespace {

// A complete house plan, as the planner would make it: 124 BPM in A minor, 48 bars.
music::Plan housePlan(std::uint32_t seed = 7)
{
    music::Plan plan;
    plan.title = QStringLiteral("Sample test");
    plan.genre = QStringLiteral("house");
    plan.tempo = 124;
    plan.key = music::Key { 9, music::Mode::Minor };
    plan.swing = 50;
    plan.seed = seed;
    plan.progression
        = { QStringLiteral("i"), QStringLiteral("VI"), QStringLiteral("III"), QStringLiteral("VII") };
    plan.chordBars = 2;
    const auto part = [](const char *id, music::PartRole role, const char *name = "") {
        music::Part p;
        p.id = QLatin1String(id);
        p.role = role;
        p.name = QLatin1String(name);
        return p;
    };
    plan.parts = { part("kick", music::PartRole::Kick), part("snare", music::PartRole::Snare, "Clap"),
                   part("hats", music::PartRole::Hats), part("perc", music::PartRole::Percussion, "Shaker"),
                   part("bass", music::PartRole::Bass) };
    const auto section
        = [](const char *name, music::SectionKind kind, int bars, double energy, QStringList parts) {
              return music::Section { QLatin1String(name), kind, bars, energy, parts, {} };
          };
    const QStringList all = { QStringLiteral("kick"), QStringLiteral("snare"), QStringLiteral("hats"),
                              QStringLiteral("perc"), QStringLiteral("bass") };
    plan.sections = { section("Intro", music::SectionKind::Intro, 8, 0.35,
                              { QStringLiteral("kick"), QStringLiteral("hats") }),
                      section("Build", music::SectionKind::Build, 8, 0.6, all),
                      section("Drop", music::SectionKind::Drop, 16, 0.9, all),
                      section("Outro", music::SectionKind::Outro, 8, 0.35,
                              { QStringLiteral("kick"), QStringLiteral("hats") }) };
    return plan;
}

// A set like the composer's: the plan's tempo and key, a MIDI track per part. The kick plays four on
// the floor with one extra 16th before the drop; the other drum tracks are empty (their hits then
// come from the genre's patterns).
als::LiveSet composedSet(const music::Plan &plan)
{
    als::LiveSet set;
    set.tempo = plan.tempo;
    set.scale = als::Scale { plan.key.root, als::ScaleMode::Minor };
    double start = 0;
    for (const music::Part &part : plan.parts) {
        als::Track track;
        track.type = als::Track::Type::Midi;
        track.name = part.name.isEmpty() ? music::roleDisplayName(part.role) : part.name;
        set.tracks.append(track);
    }
    for (const music::Section &section : plan.sections) {
        set.locators.append({ start, section.name });
        if (section.parts.contains(QStringLiteral("kick"))) {
            als::Clip clip;
            clip.name = section.name;
            clip.time = start;
            clip.length = section.bars * 4.0;
            clip.loop = als::ClipLoop { true, 0.0, 4.0, 0.0 }; // one bar, looped: the reader unrolls it
            for (int beat = 0; beat < 4; ++beat)
                clip.notes.append(als::MidiNote { 36, double(beat), 0.25, 110.0 });
            set.tracks[0].arrangementClips.append(clip);
        }
        start += section.bars * 4.0;
    }
    // The fill: one more kick a 16th before the drop (bar 16 of 8 + 8: beat 63.75), in its own clip.
    als::Track &kick = set.tracks[0];
    kick.arrangementClips[1].length = 7 * 4.0;
    als::Clip lastBar;
    lastBar.time = 15 * 4.0;
    lastBar.length = 4.0;
    lastBar.loop = als::ClipLoop { false, 0.0, 4.0, 0.0 };
    for (const double at : { 0.0, 1.0, 2.0, 3.0, 3.75 })
        lastBar.notes.append(als::MidiNote { 36, at, 0.25, 110.0 });
    kick.arrangementClips.insert(2, lastBar);
    return set;
}

// Where an audio track's clips make a sound: each clip's start, and each loop pass of looped clips.
QList<double> hitTimes(const als::Track &track)
{
    QList<double> times;
    for (const als::Clip &clip : track.arrangementClips) {
        const double period = clip.loop.enabled ? clip.loop.end - clip.loop.start : clip.length;
        for (double at = clip.time; at < clip.end() - 1e-6; at += period)
            times.append(at);
    }
    return times;
}

const als::Track *trackNamed(const als::LiveSet &set, const QString &name)
{
    for (const als::Track &track : set.tracks) {
        if (track.name == name)
            return &track;
    }
    return nullptr;
}

bool tempoFits(double bpm, double song, double low, double high)
{
    for (const double factor : { 1.0, 2.0, 0.5 }) {
        const double tempo = bpm * factor;
        if ((tempo >= low - 0.5 && tempo <= high + 0.5) || std::abs(tempo / song - 1) <= 0.04)
            return true;
    }
    return false;
}

} // namespace

class TestSampleChoice final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;
    QHash<QString, test::CorpusItem> m_truth; // by path

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString lib = m_dir.filePath(QStringLiteral("lib"));
        test::CorpusOptions options;
        options.oneShotsPerType = 3;
        options.drumLoops = 4;
        options.musicLoops = 4;
        options.seed = 11;
        options.variedFormats = false;
        for (const test::CorpusItem &item : test::writeSyntheticCorpus(lib, options))
            m_truth.insert(item.path, item);
        // Loops that certainly fit (or certainly do not fit) a house song in A minor at 124 BPM.
        QDir().mkpath(lib + QStringLiteral("/Fit"));
        const auto add = [this, &lib](const QString &name, std::vector<float> audio, const QString &type,
                                      double bpm, const QString &key) {
            const QString path = lib + QStringLiteral("/Fit/") + name;
            QVERIFY(test::writeAudioFile(path, audio));
            m_truth.insert(path, test::CorpusItem { path, type, QStringLiteral("loop"), bpm, key, -1, true });
        };
        add(QStringLiteral("House Drums 124bpm.wav"), test::renderDrumLoop(124, 2, 3),
            QStringLiteral("drum-loop"), 124, QString());
        add(QStringLiteral("Break 62bpm.wav"), test::renderDrumLoop(62, 1, 4), QStringLiteral("drum-loop"),
            62, QString());
        add(QStringLiteral("Keys Am 124bpm.wav"), test::renderMusicLoop(124, 2, 9, true, 5),
            QStringLiteral("music-loop"), 124, QStringLiteral("Am"));
        add(QStringLiteral("Keys Em 122bpm.wav"), test::renderMusicLoop(122, 2, 4, true, 6),
            QStringLiteral("music-loop"), 122, QStringLiteral("Em"));
        add(QStringLiteral("Keys F# 90bpm.wav"), test::renderMusicLoop(90, 2, 6, false, 7),
            QStringLiteral("music-loop"), 90, QStringLiteral("F#"));

        m_db.emplace(m_dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY_RESULT(m_db->open());
        const auto report = importFolder(*m_db, lib);
        QVERIFY_RESULT(report);
        QCOMPARE(report->problems.size(), 0);
    }

    void choices_areOfTheRightTypeTempoAndKey()
    {
        const music::Plan plan = housePlan();
        const auto choices = chooseSamples(*m_db, plan);
        QVERIFY_RESULT(choices);
        for (const QString &line : choices->reasons())
            qInfo("%s", qPrintable(line));
        const music::GenreProfile *house = music::findGenre(QStringLiteral("house"));
        QVERIFY(house);

        QStringList slotsChosen;
        for (const SampleChoice &choice : choices->choices) {
            slotsChosen << choice.slot;
            QVERIFY2(m_truth.contains(choice.sample.path), qPrintable(choice.sample.path));
            const test::CorpusItem &truth = m_truth.value(choice.sample.path);
            QVERIFY2(choice.reason.contains(QFileInfo(choice.sample.path).fileName()),
                     qPrintable(choice.reason));
            if (!choice.isLoop()) {
                // The library's type is the slot's (or a stand-in's), and the sound really is one.
                QVERIFY2(truth.kind == QLatin1String("one-shot"), qPrintable(choice.reason));
                QVERIFY2(choice.sample.type->value == choice.slot
                             || choice.reason.contains(QStringLiteral("standing in")),
                         qPrintable(choice.reason));
                QVERIFY2(truth.type == choice.sample.type->value,
                         qPrintable(choice.reason + QStringLiteral(" is really ") + truth.type));
                QVERIFY(plan.part(choice.partId));
                continue;
            }
            if (choice.slot == QLatin1String("music-loop"))
                QVERIFY2(QStringList({ QStringLiteral("music-loop"), QStringLiteral("chord"),
                                       QStringLiteral("pad"), QStringLiteral("lead") })
                             .contains(truth.type),
                         qPrintable(choice.reason));
            else
                QCOMPARE(truth.type, choice.slot);
            QVERIFY2(tempoFits(truth.bpm, plan.tempo, house->tempoMin, house->tempoMax),
                     qPrintable(choice.reason));
            QVERIFY(std::abs(choice.playedTempo - plan.tempo) / plan.tempo < 0.1);
            QVERIFY(choice.loopBeats >= 4);
            if (choice.slot == QLatin1String("music-loop")) {
                const MusicalKey songKey { 9, true };
                const auto key = MusicalKey::parse(truth.key);
                QVERIFY(key);
                QVERIFY2(songKey.compatible().contains(*key), qPrintable(choice.reason));
                QVERIFY2(choice.reason.contains(QStringLiteral("song key")), qPrintable(choice.reason));
            }
        }
        // House: kick, clap (the snare part), closed and open hats, percussion, and both loops.
        for (const char *slot :
             { "kick", "clap", "closed-hat", "open-hat", "perc", "drum-loop", "music-loop" })
            QVERIFY2(slotsChosen.contains(QLatin1String(slot)), slot);
        QCOMPARE(choices->find(QStringLiteral("kick"))->partId, QStringLiteral("kick"));
        QCOMPARE(choices->find(QStringLiteral("clap"))->partId, QStringLiteral("snare"));
    }

    void choices_dependOnTheSeedOnly()
    {
        const auto ids = [this](std::uint32_t seed) {
            QStringList list;
            const auto choices = chooseSamples(*m_db, housePlan(seed));
            if (choices) {
                for (const SampleChoice &choice : choices->choices)
                    list << choice.slot + QLatin1Char('=') + QString::number(choice.sample.id);
            }
            return list;
        };
        const QStringList first = ids(7);
        QVERIFY(!first.isEmpty());
        QCOMPARE(ids(7), first);
        QSet<QString> kicks;
        for (std::uint32_t seed = 1; seed <= 24; ++seed)
            kicks.insert(ids(seed).first());
        QVERIFY2(kicks.size() > 1, "every seed picked the same kick");
    }

    void tempoOnlyOrKeyOnly_isNotEnough()
    {
        // The 90 BPM loop in F# fits neither; the 62 BPM break fits read at double time.
        for (std::uint32_t seed = 1; seed <= 24; ++seed) {
            const auto choices = chooseSamples(*m_db, housePlan(seed));
            QVERIFY_RESULT(choices);
            for (const SampleChoice &choice : choices->choices) {
                QVERIFY(!choice.sample.path.endsWith(QStringLiteral("Keys F# 90bpm.wav")));
                if (choice.sample.path.endsWith(QStringLiteral("Break 62bpm.wav"))) {
                    QCOMPARE(choice.playedTempo, 124.0);
                    QVERIFY(choice.reason.contains(QStringLiteral("double time")));
                }
            }
        }
    }

    // Packs name their tonal loops after what plays in them ("Chords", "Pad"), rarely "music loop":
    // such a loop in the song's key is the music loop. A bass loop is not: it would fight the bass.
    void chordLoop_isTheMusicLoop_bassLoopIsNot()
    {
        QTemporaryDir dir;
        const QString lib = dir.filePath(QStringLiteral("lib"));
        QVERIFY(QDir().mkpath(lib));
        QVERIFY(test::writeAudioFile(lib + QStringLiteral("/Bass Groove Am 124bpm.wav"),
                                     test::renderMusicLoop(124, 2, 9, true, 3)));
        store::Database database(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY_RESULT(database.open());
        QVERIFY_RESULT(importFolder(database, lib));
        auto choices = chooseSamples(database, housePlan());
        QVERIFY_RESULT(choices);
        QVERIFY(!choices->find(QStringLiteral("music-loop")));

        QVERIFY(test::writeAudioFile(lib + QStringLiteral("/Piano Chords Am 124bpm.wav"),
                                     test::renderMusicLoop(124, 2, 9, true, 4)));
        QVERIFY_RESULT(importFolder(database, lib));
        choices = chooseSamples(database, housePlan());
        QVERIFY_RESULT(choices);
        const SampleChoice *music = choices->find(QStringLiteral("music-loop"));
        QVERIFY(music);
        QVERIFY2(music->sample.path.endsWith(QStringLiteral("Piano Chords Am 124bpm.wav")),
                 qPrintable(music->reason));
        QCOMPARE(music->sample.type->value, QStringLiteral("chord"));
        QVERIFY2(music->reason.contains(QStringLiteral("chord, 124 BPM in A minor")), qPrintable(music->reason));
    }

    void emptyLibrary_choosesNothingAndSaysWhy()
    {
        QTemporaryDir dir;
        store::Database empty(dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY_RESULT(empty.open());
        const auto choices = chooseSamples(empty, housePlan());
        QVERIFY_RESULT(choices);
        QVERIFY(choices->isEmpty());
        QVERIFY(choices->unfilled.size() >= 5);
        als::LiveSet set = composedSet(housePlan());
        const qsizetype before = set.tracks.size();
        QVERIFY_RESULT(placeSamples(set, housePlan(), *choices));
        QCOMPARE(set.tracks.size(), before);
    }

    void incompletePlan_isRefused()
    {
        music::Plan plan = housePlan();
        plan.sections.clear();
        const auto choices = chooseSamples(*m_db, plan);
        QVERIFY(!choices);
        QCOMPARE(choices.error().code, ErrorCode::InvalidArgument);
    }

    void placedKick_followsTheMidiOnTheGrid()
    {
        const music::Plan plan = housePlan();
        const auto choices = chooseSamples(*m_db, plan);
        QVERIFY_RESULT(choices);
        als::LiveSet set = composedSet(plan);
        QVERIFY_RESULT(placeSamples(set, plan, *choices));

        // Right after its MIDI track, so the two read as one part.
        QCOMPARE(set.tracks.at(0).name, QStringLiteral("Kick"));
        QCOMPARE(set.tracks.at(1).name, QStringLiteral("Kick (sample)"));
        const als::Track &kick = set.tracks.at(1);
        QList<double> expected;
        for (int beat = 0; beat < 40 * 4; ++beat) // the kick plays in every section
            expected << beat;
        expected << 63.75;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(hitTimes(kick), expected);
        // Four on the floor is a few looping clips, not 160 pasted hits.
        QVERIFY2(kick.arrangementClips.size() <= 8,
                 qPrintable(QString::number(kick.arrangementClips.size())));
        for (qsizetype i = 1; i < kick.arrangementClips.size(); ++i)
            QVERIFY(kick.arrangementClips.at(i).time >= kick.arrangementClips.at(i - 1).end() - 1e-9);
        for (const als::Clip &clip : kick.arrangementClips) {
            QVERIFY(clip.audio->warped);
            QCOMPARE(clip.audio->sample.absolutePath, choices->find(QStringLiteral("kick"))->sample.path);
            // Warped at the song's tempo: the sample plays at its own speed.
            const als::WarpMarker &last = clip.audio->warpMarkers.last();
            QVERIFY(std::abs(last.beatTime - last.secTime * plan.tempo / 60.0) < 1e-9);
            QVERIFY(clip.audio->gain > 0.03 && clip.audio->gain < 4.1);
        }
    }

    void placedHats_followTheGenrePatternWhenTheSetHasNoMidi()
    {
        const music::Plan plan = housePlan();
        const auto choices = chooseSamples(*m_db, plan);
        QVERIFY_RESULT(choices);
        als::LiveSet set = composedSet(plan);
        QVERIFY_RESULT(placeSamples(set, plan, *choices));
        const als::Track *hats = trackNamed(set, QStringLiteral("Open Hat (sample)"));
        QVERIFY(hats);
        // House: open hats on the offbeats, in every section the hats play (all four here).
        const QList<double> times = hitTimes(*hats);
        QVERIFY(times.size() >= 40 * 4 / 2);
        for (const double at : times)
            QCOMPARE(std::fmod(at, 1.0), 0.5);
    }

    void placedLoops_areWarpedToTheSong()
    {
        const music::Plan plan = housePlan();
        const auto choices = chooseSamples(*m_db, plan);
        QVERIFY_RESULT(choices);
        als::LiveSet set = composedSet(plan);
        QVERIFY_RESULT(placeSamples(set, plan, *choices));
        const SampleChoice *music = choices->find(QStringLiteral("music-loop"));
        QVERIFY(music);
        const als::Track *track = trackNamed(set, QStringLiteral("Music Loop (sample)"));
        QVERIFY(track);
        QVERIFY(!track->arrangementClips.isEmpty());
        for (const als::Clip &clip : track->arrangementClips) {
            QCOMPARE(clip.audio->warpMode, als::WarpMode::Complex);
            const als::WarpMarker &last = clip.audio->warpMarkers.last();
            QCOMPARE(last.beatTime, double(music->loopBeats));
            QVERIFY(std::abs(last.secTime - music->loopBeats * 60.0 / music->playedTempo) < 1e-9);
            QCOMPARE(clip.loop.end, double(music->loopBeats));
            QCOMPARE(clip.audio->pitchCoarse, music->transpose);
        }
        // The build (energy 0.6) and the drop (0.9): the intro and outro stay without it.
        QCOMPARE(track->arrangementClips.size(), 2);
        QCOMPARE(track->arrangementClips.at(0).time, 8 * 4.0);
        QCOMPARE(track->arrangementClips.at(1).time, 16 * 4.0);
        QCOMPARE(track->arrangementClips.at(1).length, 16 * 4.0);
    }

    void placedSet_lintsAndFindsEverySample()
    {
        MUSIAIA_REQUIRE_ALS_LINT();
        const music::Plan plan = housePlan();
        const auto choices = chooseSamples(*m_db, plan);
        QVERIFY_RESULT(choices);
        als::LiveSet set = composedSet(plan);
        QVERIFY_RESULT(placeSamples(set, plan, *choices));
        QTemporaryDir out;
        const auto project = als::writeLiveProject(set, out.path(), QStringLiteral("With samples"));
        QVERIFY_RESULT(project);
        QCOMPARE(project->samples.size(), choices->choices.size());

        const test::LintReport lint = test::runAlsLint(project->setPath);
        QVERIFY(lint.ran);
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.output));

        // Moved elsewhere, the project still finds every sample in its own Samples/Imported.
        const QString moved = out.filePath(QStringLiteral("moved"));
        QVERIFY(QDir().rename(project->projectDir, moved));
        const QString setPath = moved + QLatin1Char('/') + QFileInfo(project->setPath).fileName();
        const auto read = als::readLiveSet(setPath);
        QVERIFY_RESULT(read);
        const als::SetReport report = als::buildSetReport(*read, setPath);
        QCOMPARE(report.samples.size(), choices->choices.size());
        for (const als::SampleUse &use : report.samples) {
            QVERIFY2(!use.foundAt.isEmpty(), qPrintable(use.relativePath));
            QVERIFY(use.foundAt.startsWith(moved + QStringLiteral("/Samples/Imported/")));
        }
        for (const als::ReportWarning &warning : report.warnings)
            QVERIFY2(warning.code != QLatin1String("missing-samples"), qPrintable(warning.message));
    }
};

QTEST_GUILESS_MAIN(TestSampleChoice)
#include "tst_samplechoice.moc"

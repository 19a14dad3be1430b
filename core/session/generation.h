// SPDX-License-Identifier: GPL-3.0-or-later
// One version of a song, made off the GUI thread: the plan completed, samples chosen, the parts
// composed, the Live project written into a staged folder and committed with its history row in
// one step (ProjectStore::commitVersion()). A cancel or a failure at any point leaves nothing: the
// staged folder is discarded and no row is written.
#pragma once

#include "session/projectstore.h"
#include "session/sessiontypes.h"
#include "session/wording.h"

#include "als/alswriter.h"
#include "als/liveset.h"
#include "common/result.h"
#include "music/plan.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <any>
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>

namespace musiaia::session {

// The steps of a generation, as the chat shows them.
enum class Step { Understanding, ChoosingSamples, Composing, Writing, Done };
QString stepName(Step step); // "understanding", "choosing_samples", "composing", "writing", "done"

struct Progress
{
    Step step = Step::Understanding;
    double fraction = 0.0; // of the whole generation, 0..1
    int partIndex = 0; // Composing: 1-based part being composed
    int partCount = 0;
    QString partId;
    QString text; // "Componiendo el bajo (3/8)…", in the musician's language
    QString setPath; // Done: the written set

    QJsonObject toJson() const;
};

// What choosing samples asks for. The sample library (core/library) answers; without samples
// (or without a chooser) the song is all MIDI.
struct SampleRequest
{
    QStringList swapFor; // part ids whose samples are to be chosen again
    bool swapAll = false;
    QList<ChosenSample> previous; // the parent version's samples (kept unless swapped)
    std::uint32_t salt = 0; // the new version's number: new picks differ from earlier versions'
    Language language = Language::English; // of the reasons and notes (the job's)
    const std::atomic_bool *cancel = nullptr;
};

struct SampleChoice
{
    QList<ChosenSample> samples; // sourcePath set; projectPath is filled after writing
    QStringList notes; // for the musician ("no hi-hat loop at 124 BPM")
    std::any detail; // the chooser's own record of its choice, handed back to `place`
};

// The seam to the sample library: `choose` picks samples for a complete plan, `place` puts them
// into the composed set (audio tracks or clips). Either may be empty.
struct SampleStep
{
    std::function<Result<SampleChoice>(const music::Plan &plan, const SampleRequest &request)> choose;
    std::function<Result<void>(als::LiveSet &set, const music::Plan &plan, const SampleChoice &chosen)> place;
    bool isSet() const { return bool(choose); }
};

struct RenderJob
{
    music::Plan plan; // may be partial: completed by music::completePlan()
    std::optional<music::Plan> previous; // the parent version's plan, for the diff
    NewVersion version; // who, what and where; the plan-derived fields are filled here
    SampleRequest samples;
    Language language = Language::English;
    als::SchemaVersion schema = als::SchemaVersion::Live11;
};

struct RenderResult
{
    VersionInfo version;
    QString projectName;
    music::Plan plan; // the complete plan
    QStringList notes;
};

using ProgressCallback = std::function<void(const Progress &)>;

// Runs on any thread. ErrorCode::Cancelled when `cancel` was set before the version was committed.
Result<RenderResult> renderVersion(const ProjectStore &projects, const RenderJob &job,
                                   const SampleStep &samples, const ProgressCallback &progress,
                                   const std::atomic_bool &cancel);

// The progress texts, for the session's own steps.
Progress understandingProgress(Language language);

} // namespace musiaia::session

Q_DECLARE_METATYPE(musiaia::session::Progress)

// SPDX-License-Identifier: GPL-3.0-or-later
#include "generation.h"

#include "session/plandiff.h"

#include "als/liveproject.h"
#include "common/logging.h"
#include "music/composer.h"
#include "music/planner.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::session {
namespace {

// Where each step starts, as a fraction of the whole generation.
constexpr double kSamplesAt = 0.08;
constexpr double kComposeAt = 0.15;
constexpr double kWriteAt = 0.85;

Error cancelled(Language language)
{
    return makeError(
        ErrorCode::Cancelled,
        say(language, u"Stopped: nothing was written."_s, u"Detenido: no se ha escrito nada."_s));
}

QString partWord(const music::Plan &plan, const QString &partId, Language language)
{
    const music::Part *part = plan.part(partId);
    if (!part)
        return partId;
    // Two parts with the same role ("lead", "lead2") keep their own names.
    if (plan.partsWithRole(part->role).size() > 1 && !part->name.isEmpty())
        return part->name;
    return roleWord(part->role, language);
}

// The copy of `source` that writeLiveProject() made, relative to the project folder.
QString projectPathOf(const QString &source, const als::LiveProjectPaths &written)
{
    // The copy keeps the file name, or gets " 2", " 3"... when another file had it first.
    const QFileInfo original(source);
    const QDir projectDir(written.projectDir);
    for (const QString &copy : written.samples) {
        if (QFileInfo(copy).fileName() == original.fileName())
            return projectDir.relativeFilePath(copy);
    }
    for (const QString &copy : written.samples) {
        const QFileInfo info(copy);
        if (info.suffix() == original.suffix()
            && info.completeBaseName().startsWith(original.completeBaseName() + u' '))
            return projectDir.relativeFilePath(copy);
    }
    return {};
}

// The samples that changed from the parent version, one line each ("kick sample: A.wav → B.wav").
QList<VersionChange> sampleChanges(const QList<ChosenSample> &before, const QList<ChosenSample> &after,
                                   const music::Plan &plan, Language l)
{
    const auto key = [](const ChosenSample &sample) -> QString { return sample.partId + u'/' + sample.role; };
    QHash<QString, ChosenSample> old;
    for (const ChosenSample &sample : before)
        old.insert(key(sample), sample);
    QList<VersionChange> changes;
    for (const ChosenSample &sample : after) {
        const auto it = old.constFind(key(sample));
        if (it == old.cend() || it->sourcePath == sample.sourcePath)
            continue;
        VersionChange change;
        change.kind = u"samples"_s;
        change.subject = sample.partId.isEmpty() ? sample.role : sample.partId;
        change.from = QFileInfo(it->sourcePath).fileName();
        change.to = QFileInfo(sample.sourcePath).fileName();
        const QString what = sample.partId.isEmpty() ? sample.role : partWord(plan, sample.partId, l);
        change.text
            = say(l, u"%1 sample: %2 → %3"_s, u"sample de %1: %2 → %3"_s).arg(what, change.from, change.to);
        changes << change;
    }
    return changes;
}

} // namespace

QString stepName(Step step)
{
    switch (step) {
    case Step::Understanding:
        return u"understanding"_s;
    case Step::ChoosingSamples:
        return u"choosing_samples"_s;
    case Step::Composing:
        return u"composing"_s;
    case Step::Writing:
        return u"writing"_s;
    case Step::Done:
        return u"done"_s;
    }
    return {};
}

QJsonObject Progress::toJson() const
{
    QJsonObject object { { u"step"_s, stepName(step) }, { u"fraction"_s, fraction }, { u"text"_s, text } };
    if (step == Step::Composing) {
        object.insert(u"part"_s, partId);
        object.insert(u"index"_s, partIndex);
        object.insert(u"count"_s, partCount);
    }
    if (!setPath.isEmpty())
        object.insert(u"set"_s, setPath);
    return object;
}

Progress understandingProgress(Language language)
{
    Progress progress;
    progress.step = Step::Understanding;
    progress.fraction = 0.02;
    progress.text = say(language, u"Understanding the request…"_s, u"Entendiendo la petición…"_s);
    return progress;
}

Result<RenderResult> renderVersion(const ProjectStore &projects, const RenderJob &job,
                                   const SampleStep &samples, const ProgressCallback &progress,
                                   const std::atomic_bool &cancel)
{
    const Language l = job.language;
    const auto report = [&progress](Progress p) {
        if (progress)
            progress(p);
    };

    auto completed = music::completePlan(job.plan);
    if (!completed)
        return completed.error();
    RenderResult result;
    result.plan = *completed;
    const music::Plan &plan = result.plan;
    if (cancel.load())
        return cancelled(l);

    // Samples: from the library when it has some, else the song is all MIDI.
    Progress choosing;
    choosing.step = Step::ChoosingSamples;
    choosing.fraction = kSamplesAt;
    choosing.text = say(l, u"Choosing samples…"_s, u"Eligiendo samples…"_s);
    report(choosing);
    SampleChoice choice;
    if (samples.choose) {
        SampleRequest request = job.samples;
        request.cancel = &cancel;
        request.language = l;
        auto chosen = samples.choose(plan, request);
        if (!chosen)
            return chosen.error();
        choice = *chosen;
        result.notes << choice.notes;
    }
    if (cancel.load())
        return cancelled(l);

    music::ComposeOptions options;
    options.schema = job.schema;
    options.cancel = &cancel;
    options.progress = [&](const music::ComposeProgress &part) {
        Progress composing;
        composing.step = Step::Composing;
        composing.partIndex = part.partIndex + 1;
        composing.partCount = part.partCount;
        composing.partId = part.partId;
        const double done = part.partCount > 0 ? double(part.partIndex) / part.partCount : 0.0;
        composing.fraction = kComposeAt + (kWriteAt - kComposeAt) * done;
        composing.text = say(l, u"Composing: %1 (%2/%3)…"_s, u"Componiendo: %1 (%2/%3)…"_s)
                             .arg(partWord(plan, part.partId, l))
                             .arg(composing.partIndex)
                             .arg(composing.partCount);
        report(composing);
    };
    auto composed = music::composeSong(plan, options);
    if (cancel.load())
        return cancelled(l);
    if (!composed)
        return composed.error();
    als::LiveSet set = std::move(*composed);
    if (samples.place && !choice.samples.isEmpty()) {
        if (auto placed = samples.place(set, plan, choice); !placed)
            return placed.error();
    }

    Progress writing;
    writing.step = Step::Writing;
    writing.fraction = kWriteAt;
    writing.text = say(l, u"Writing the Live set…"_s, u"Escribiendo el set de Live…"_s);
    report(writing);

    auto staged = projects.staging().create();
    if (!staged)
        return staged.error();
    NewVersion version = job.version;
    if (version.projectName.isEmpty())
        version.projectName = plan.title.isEmpty() ? u"MusiaIA"_s : plan.title;
    als::LiveProjectOptions writeOptions;
    writeOptions.write.schema = job.schema;
    writeOptions.ifExists = als::LiveProjectOptions::IfExists::Fail;
    auto written = als::writeLiveProject(set, staged->path(), version.projectName, writeOptions);
    if (!written)
        return written.error(); // the staged folder is discarded on return
    if (cancel.load())
        return cancelled(l);

    version.plan = music::toJson(plan);
    version.seed = plan.seed;
    version.genre = plan.genre;
    version.tempo = plan.tempo;
    version.keyName = keyWord(plan.key, Language::English);
    version.bars = plan.totalBars();
    version.seconds = planSeconds(plan);
    version.samples.clear();
    for (ChosenSample sample : std::as_const(choice.samples)) {
        sample.projectPath = projectPathOf(sample.sourcePath, *written);
        version.samples << sample;
    }
    if (job.previous) {
        version.changes = diffPlans(*job.previous, plan, l);
        version.changes << sampleChanges(job.samples.previous, version.samples, plan, l);
        version.diff = changesText(version.changes);
    }

    auto committed = projects.commitVersion(*staged, *written, version);
    if (!committed)
        return committed.error();
    result.version = *committed;
    auto project = projects.project(committed->projectId);
    result.projectName = project ? project->name : version.projectName;

    Progress done;
    done.step = Step::Done;
    done.fraction = 1.0;
    done.setPath = result.version.setPath;
    done.text = say(l, u"Done: %1"_s, u"Listo: %1"_s).arg(QDir::toNativeSeparators(done.setPath));
    report(done);
    qCInfo(lcSession) << "version" << result.version.number << "of project" << result.version.projectId
                      << "written";
    return result;
}

} // namespace musiaia::session

// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia generate`: a request (or a plan file) becomes a whole song, written as a Live project.
#include "generatecommand.h"

#include "commandline.h"
#include "librarysamples.h"

#include "ai/assistant.h"
#include "als/liveproject.h"
#include "music/composer.h"
#include "music/planner.h"
#include "store/database.h"
#include "store/secrets.h"
#include "store/settings.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::cli {

namespace {

const QString verb = u"generate"_s;

QString tempoText(double tempo)
{
    return std::floor(tempo) == tempo ? QString::number(int(tempo)) : QString::number(tempo, 'f', 1);
}

QString durationText(const music::Plan &plan)
{
    const int seconds = int(std::lround(plan.totalBars() * 240.0 / plan.tempo));
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void printSummary(const music::Plan &plan)
{
    out() << plan.title << '\n'
          << "  " << music::findGenre(plan.genre)->name << ", " << tempoText(plan.tempo) << " BPM, "
          << music::keyDisplayName(plan.key) << ", " << music::moodName(plan.mood) << ", swing " << plan.swing
          << " %, seed " << plan.seed << '\n'
          << "  " << plan.totalBars() << " bars (" << durationText(plan) << "), chords "
          << plan.progression.join(u" \u2013 ") << " (" << plan.chordBars
          << (plan.chordBars == 1 ? " bar" : " bars") << " each)\n  Sections:";
    for (const music::Section &section : plan.sections)
        out() << ' ' << section.name << " (" << section.bars << ')';
    out() << "\n  Parts:";
    for (const music::Part &part : plan.parts) {
        out() << ' ' << (part.name.isEmpty() ? music::roleDisplayName(part.role) : part.name);
        if (!part.style.isEmpty())
            out() << " [" << part.style << ']';
    }
    out() << '\n';
}

// A plan from a file, or the error to show.
Result<music::Plan> readPlanFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    Result<music::Plan> plan = music::planFromJson(file.readAll());
    if (!plan)
        return makeError(plan.error().code, u"%1: %2"_s.arg(path, plan.errorMessage()));
    return plan;
}

// --seed on a plan that came with its own: the song and every part draw anew from it.
void reseed(music::Plan *plan, std::uint32_t seed)
{
    plan->seed = seed;
    for (music::Part &part : plan->parts)
        part.seed = 0;
}

} // namespace

int runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Composes a whole song from a request in Spanish or English (or from a plan "
        u"file) and writes it as a Live project: one MIDI track per part, a clip per "
        u"section, a locator at every section."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"REQUEST"_s,
                                 u"What to make: \"house a 124 BPM en La menor, 3 minutos\"."_s);
    const QCommandLineOption outputOption(
        { u"o"_s, u"output"_s },
        u"Where to create \"<Title> Project\" (default: the settings' projects folder)."_s, u"DIR"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, u"The song's seed (0 to 4294967295): another seed, another song."_s, u"N"_s);
    const QCommandLineOption liveOption(u"live"_s,
                                        u"The Live version to write for: 11 (opens in 11 and 12) or 12 "
                                        u"(default: the settings')."_s,
                                        u"11|12"_s);
    const QCommandLineOption planOption(
        u"plan"_s, u"Compose this plan (JSON, as --print-plan writes) instead of a request."_s, u"FILE"_s);
    const QCommandLineOption printPlanOption(
        u"print-plan"_s, u"Print the plan as JSON on stdout (the path goes to stderr)."_s);
    const QCommandLineOption providerOption(u"provider"_s,
                                            u"Plan with glm, minimax or local (the offline planner); "
                                            u"default: the offline planner."_s,
                                            u"NAME"_s);
    const QCommandLineOption noSamplesOption(
        u"no-samples"_s, u"Do not use samples from the library (by default the drums and loops that fit "
                         u"the song are chosen from it, when it has any)."_s);
    parser.addOptions({ outputOption, seedOption, liveOption, planOption, printPlanOption, providerOption,
                        noSamplesOption });
    if (!parser.parse(QStringList { u"musiaia generate"_s } + arguments))
        return fail(verb, parser.errorText(), 2);
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText() << Qt::flush;
        return 0;
    }

    const QString request = parser.positionalArguments().join(u' ').trimmed();
    const bool fromFile = parser.isSet(planOption);
    if (fromFile == !request.isEmpty()) {
        return fail(verb,
                    fromFile
                        ? u"give either a request or --plan FILE, not both"_s
                        : u"say what to make: musiaia generate \"house a 124 BPM en La menor, 3 minutos\""_s,
                    2);
    }
    std::optional<std::uint32_t> seed;
    if (parser.isSet(seedOption)) {
        bool ok = false;
        const qulonglong value = parser.value(seedOption).trimmed().toULongLong(&ok);
        if (!ok || value > 0xffffffffULL)
            return fail(verb,
                        u"--seed takes a whole number from 0 to 4294967295, not \"%1\""_s.arg(
                            parser.value(seedOption)),
                        2);
        seed = std::uint32_t(value);
    }
    store::Settings settings;
    als::SchemaVersion schema
        = settings.value(store::settings::defaultLiveVersion) == store::LiveVersion::Live11
        ? als::SchemaVersion::Live11
        : als::SchemaVersion::Live12;
    if (parser.isSet(liveOption)) {
        const QString live = parser.value(liveOption).trimmed();
        if (live != u"11" && live != u"12")
            return fail(verb, u"--live takes 11 or 12, not \"%1\""_s.arg(live), 2);
        schema = live == u"12" ? als::SchemaVersion::Live12 : als::SchemaVersion::Live11;
    }
    std::optional<ai::AiProvider> forced;
    if (parser.isSet(providerOption)) {
        if (fromFile)
            return fail(verb, u"--provider plans a request; a --plan file is already a plan"_s, 2);
        const QString name = parser.value(providerOption).trimmed().toLower();
        ai::AiProvider provider = ai::AiProvider::Local;
        if (!store::parseSetting(name, &provider))
            return fail(verb, u"unknown provider \u201c%1\u201d (glm, minimax or local)"_s.arg(name), 2);
        forced = provider;
    }

    // The plan: from the file, from a provider, or from the offline planner.
    QStringList notes;
    music::Plan partial;
    if (fromFile) {
        Result<music::Plan> plan = readPlanFile(parser.value(planOption));
        if (!plan)
            return fail(verb, plan.errorMessage());
        partial = std::move(plan).value();
        if (seed)
            reseed(&partial, *seed);
    } else {
        const auto offline = [seed, &notes](const QString &text) -> Result<music::Plan> {
            return seed ? music::planFromText(text, *seed, &notes) : music::planFromText(text, &notes);
        };
        if (forced) {
            store::Secrets secrets;
            store::Database database;
            const Result<void> opened = database.open();
            if (!opened)
                err() << "musiaia generate: the request log is not kept: " << opened.errorMessage() << '\n';
            const ai::PlanOutcome outcome = ai::planFromRequestNow(
                request, settings, secrets, opened ? &database : nullptr, forced, offline,
                [](const QString &line) { err() << line << '\n'
                                                << Qt::flush; });
            for (const QString &note : outcome.notes)
                err() << "  " << note << '\n';
            if (!outcome.succeeded())
                return fail(verb, outcome.error->message);
            partial = outcome.plan;
            if (outcome.fromModel && seed)
                reseed(&partial, *seed);
        } else {
            Result<music::Plan> plan = offline(request);
            if (!plan)
                return fail(verb, plan.errorMessage(),
                            plan.error().code == ErrorCode::InvalidArgument ? 2 : 1);
            partial = std::move(plan).value();
        }
    }
    const Result<music::Plan> plan = music::completePlan(partial);
    if (!plan)
        return fail(verb, plan.errorMessage());
    for (const QString &note : std::as_const(notes))
        err() << "  note: " << note << '\n';

    music::ComposeOptions options;
    options.schema = schema;
    Result<als::LiveSet> set = music::composeSong(*plan, options);
    if (!set)
        return fail(verb, set.errorMessage());
    // Samples from the musician's library (the default database, or --db): chosen for the plan and
    // placed as audio tracks beside the drum parts. A library that fails is reported and the song is
    // written without samples: nothing the musician asked for is lost.
    QString samplesReport;
    if (!parser.isSet(noSamplesOption)) {
        QTextStream report(&samplesReport);
        if (const auto added = addLibrarySamples(*set, *plan, report); !added)
            err() << "musiaia generate: no samples from the library: " << added.errorMessage() << '\n';
    }
    const QString parent
        = parser.isSet(outputOption) ? parser.value(outputOption) : settings.projectsFolderPath();
    als::LiveProjectOptions projectOptions;
    projectOptions.write.schema = schema;
    const Result<als::LiveProjectPaths> project
        = als::writeLiveProject(*set, parent, als::sanitizeProjectName(plan->title), projectOptions);
    if (!project)
        return fail(verb, project.errorMessage());

    if (parser.isSet(printPlanOption)) {
        out() << music::toJsonText(*plan) << Qt::flush;
        err() << samplesReport << "Wrote " << project->setPath << Qt::endl;
    } else {
        printSummary(*plan);
        out() << samplesReport << "Wrote " << project->setPath << Qt::endl;
    }
    return 0;
}

} // namespace musiaia::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia metrics`: a song's measured quality against its plan (core/music/metrics.h).
#include "metricscommand.h"

#include "commandline.h"

#include "music/metrics.h"
#include "music/plan.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::cli {

namespace {

constexpr int MetricsFailed = 1;
constexpr int BadInput = 2;

Result<music::Plan> readPlan(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, u"cannot read the plan %1: %2"_s.arg(path, file.errorString()));
    const Result<music::Plan> plan = music::planFromJson(file.readAll());
    if (!plan)
        return makeError(plan.errorCode(), u"the plan %1 is not valid: %2"_s.arg(path, plan.errorMessage()));
    return plan;
}

} // namespace

int runMetrics(const QStringList &arguments)
{
    const QString verb = u"metrics"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures a song in a Live Set against its plan: tempo, key and length as asked, notes in the key, "
        u"chord "
        u"tones on strong beats, the bass on chord roots, the genre's drum pattern, empty bars, registers "
        u"and "
        u"velocities. Without --plan, what the set itself says (tempo, scale, track names, locators) is "
        u"used.\n"
        u"Exit status: 0 when every metric passes, 1 when some fail, 2 for bad arguments or input."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"FILE.als"_s, u"The Live Set to measure."_s);
    const QCommandLineOption planOption(
        u"plan"_s, u"The plan the song was made from (musiaia generate --print-plan)."_s, u"plan.json"_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOption(planOption);
    parser.addOption(json);
    if (!parser.parse(QStringList { u"musiaia metrics"_s } + arguments))
        return fail(verb, parser.errorText(), BadInput);
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText() << Qt::flush;
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(verb, u"expected one Live Set (musiaia metrics FILE.als [--plan plan.json] [--json])"_s,
                    BadInput);

    std::optional<music::Plan> plan;
    if (parser.isSet(planOption)) {
        Result<music::Plan> read = readPlan(parser.value(planOption));
        if (!read)
            return fail(verb, read.errorMessage(), BadInput);
        plan = std::move(read).value();
    }
    const QString path = parser.positionalArguments().constFirst();
    const Result<music::SongMetrics> metrics = music::measureSongFile(path, plan ? &*plan : nullptr);
    if (!metrics)
        return fail(verb, metrics.errorMessage(), BadInput);

    if (parser.isSet(json))
        out() << QJsonDocument(music::songMetricsJson(*metrics)).toJson(QJsonDocument::Indented) << Qt::flush;
    else
        out() << music::songMetricsText(*metrics) << Qt::flush;
    if (!metrics->allPassed())
        return fail(verb, u"failing metrics: %1"_s.arg(metrics->failingIds().join(u", "_s)), MetricsFailed);
    return 0;
}

} // namespace musiaia::cli

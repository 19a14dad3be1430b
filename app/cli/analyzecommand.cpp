// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia analyze`: what is in a Live Set, as text or as JSON (docs/analyze-json.md).
#include "analyzecommand.h"

#include "commandline.h"

#include "als/alsreader.h"
#include "als/setreport.h"

#include <QCommandLineParser>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::cli {

int runAnalyze(const QStringList &arguments)
{
    const QString verb = u"analyze"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Reports what a Live Set (Live 9 to 12) holds: tempo, key, tracks, "
                                     u"clips, devices, plug-ins and samples, with warnings."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"FILE.als"_s, u"The Live Set to analyse."_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON (its shape: docs/analyze-json.md)."_s);
    parser.addOption(json);
    if (!parser.parse(QStringList{u"musiaia analyze"_s} + arguments))
        return fail(verb, parser.errorText(), 2);
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText() << Qt::flush;
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(verb, u"expected one Live Set (musiaia analyze FILE.als [--json])"_s, 2);

    const QString path = parser.positionalArguments().constFirst();
    const Result<als::LiveSet> set = als::readLiveSet(path);
    if (!set)
        return fail(verb, set.errorMessage());
    const als::SetReport report = als::buildSetReport(*set, path);
    if (parser.isSet(json))
        out() << QJsonDocument(als::setReportJson(report)).toJson(QJsonDocument::Indented) << Qt::flush;
    else
        out() << als::setReportText(report) << Qt::flush;
    return 0;
}

} // namespace musiaia::cli

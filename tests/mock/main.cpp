// SPDX-License-Identifier: GPL-3.0-or-later
// musiaia-mock-ai: the mock GLM/MiniMax server as a program, for the command line, UI tests and
// screenshots. GLM at http://127.0.0.1:<port>/api/paas/v4, MiniMax at http://127.0.0.1:<port>/v1.
#include "mockaiserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using musiaia::mock::Dialect;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"musiaia-mock-ai"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A local server that speaks the GLM (Z.ai/BigModel) and MiniMax chat "
                                     "completion protocols, with scripted scenarios for tests."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Port on 127.0.0.1 (0: a free one, printed)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption scenarioOption(u"scenario"_s, u"Default scenario (ok)."_s, u"NAME"_s, u"ok"_s);
    const QCommandLineOption glmKeyOption(u"glm-key"_s, u"GLM key that passes (default: any)."_s, u"KEY"_s);
    const QCommandLineOption miniMaxKeyOption(u"minimax-key"_s, u"MiniMax key that passes (default: any)."_s, u"KEY"_s);
    const QCommandLineOption answerOption(u"answer"_s, u"The answer text."_s, u"TEXT"_s);
    const QCommandLineOption toolOption(u"tool-arguments"_s,
                                        u"NAME=FILE: answer calls of tool NAME with the JSON in FILE."_s, u"NAME=FILE"_s);
    const QCommandLineOption listOption(u"list-scenarios"_s, u"List the scenario names and exit."_s);
    parser.addOptions({portOption, scenarioOption, glmKeyOption, miniMaxKeyOption, answerOption, toolOption, listOption});
    parser.process(app);

    QTextStream out(stdout);
    if (parser.isSet(listOption)) {
        out << "GLM:     " << musiaia::mock::MockAiServer::scenarioNames(Dialect::Glm).join(u", "_s) << '\n'
            << "MiniMax: " << musiaia::mock::MockAiServer::scenarioNames(Dialect::MiniMax).join(u", "_s) << '\n';
        return 0;
    }
    musiaia::mock::MockAiServer server;
    server.setAcceptedKeys(Dialect::Glm, parser.values(glmKeyOption));
    server.setAcceptedKeys(Dialect::MiniMax, parser.values(miniMaxKeyOption));
    server.setDefaultScenario(parser.value(scenarioOption));
    if (parser.isSet(answerOption))
        server.fixtures().answer = parser.value(answerOption);
    for (const QString &spec : parser.values(toolOption)) {
        const QString name = spec.section(u'=', 0, 0);
        QFile file(spec.section(u'=', 1));
        if (name.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "musiaia-mock-ai: cannot read " << spec << '\n';
            return 2;
        }
        server.fixtures().toolArguments.insert(name, QString::fromUtf8(file.readAll()));
    }
#ifdef MUSIAIA_MOCK_DEFAULT_PLAN
    // Plan requests (the submit_plan tool) get a sensible house plan unless told otherwise.
    if (!server.fixtures().toolArguments.contains(u"submit_plan"_s)) {
        QFile plan(QStringLiteral(MUSIAIA_MOCK_DEFAULT_PLAN));
        if (plan.open(QIODevice::ReadOnly))
            server.fixtures().toolArguments.insert(u"submit_plan"_s, QString::fromUtf8(plan.readAll()));
    }
#endif
    if (!server.listen(quint16(parser.value(portOption).toUInt()))) {
        QTextStream(stderr) << "musiaia-mock-ai: cannot listen on 127.0.0.1:" << parser.value(portOption) << '\n';
        return 1;
    }
    out << "musiaia-mock-ai listening on 127.0.0.1:" << server.port() << '\n'
        << "  GLM:     " << server.baseUrl(Dialect::Glm) << '\n'
        << "  MiniMax: " << server.baseUrl(Dialect::MiniMax) << '\n'
        << "  control: POST /__mock/next {\"scenarios\":[...]}, GET /__mock/requests, POST /__mock/reset" << Qt::endl;
    return app.exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia serve`: the local REST and WebSocket API without the window, until Ctrl+C.
#include "servecommand.h"

#include "commandline.h"
#include "futurewait.h"

#include "ai/assistant.h"
#include "api/apilauncher.h"
#include "api/chatbridge.h"
#include "api/localapiserver.h"
#include "session/chatsession.h"
#include "session/librarysamples.h"
#include "session/projectstore.h"
#include "store/database.h"
#include "store/secrets.h"
#include "store/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTimer>

#include <atomic>
#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::cli {
namespace {

std::atomic_bool stopRequested = false;

extern "C" void requestStop(int)
{
    stopRequested = true;
}

} // namespace

int runServe(const QStringList &arguments)
{
    const QString verb = u"serve"_s;
    QCommandLineParser parser;
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption portOption(u"port"_s, u"The port (default: the settings', 8765)."_s, u"N"_s);
    const QCommandLineOption listenOption(u"listen"_s,
                                          u"The address to listen on (default 127.0.0.1). Any other address lets "
                                          "other computers reach MusiaIA (with the token)."_s,
                                          u"ADDRESS"_s);
    const QCommandLineOption originOption(u"allow-origin"_s, u"Also accept browser pages from this origin (repeatable)."_s,
                                          u"URL"_s);
    const QCommandLineOption regenerateOption(u"regenerate-token"_s, u"Make a new token first (the old one stops working)."_s);
    const QCommandLineOption printOption(u"print-token"_s, u"Print the token on standard output."_s);
    parser.addOptions({helpOption, portOption, listenOption, originOption, regenerateOption, printOption});
    if (!parser.parse(QStringList{u"musiaia serve"_s} + arguments))
        return fail(verb, parser.errorText(), 2);
    if (parser.isSet(helpOption)) {
        out() << "Usage: musiaia serve [--port N] [--listen ADDRESS] [--allow-origin URL] [--regenerate-token] "
                 "[--print-token]\n\n"
                 "Serves the local API (REST under /api/v1, WebSocket at /ws/chat) until Ctrl+C. Every request\n"
                 "needs the token: Authorization: Bearer <token>. See docs/local-api.md.\n"
              << Qt::flush;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(verb, u"unexpected argument \u201c%1\u201d"_s.arg(parser.positionalArguments().first()), 2);

    api::LaunchChoice choice;
    if (parser.isSet(portOption)) {
        bool ok = false;
        const int port = parser.value(portOption).toInt(&ok);
        if (!ok || port < 0 || port > 65535)
            return fail(verb, u"--port takes a number from 1 to 65535 (0: any free port)"_s, 2);
        choice.port = quint16(port);
    }
    if (parser.isSet(listenOption)) {
        const QString text = parser.value(listenOption).trimmed();
        const QHostAddress address = text == u"localhost"_s ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(text);
        if (address.isNull())
            return fail(verb, u"--listen takes an IP address such as 127.0.0.1"_s, 2);
        choice.address = address;
    }
    choice.extraOrigins = parser.values(originOption);
    choice.regenerateToken = parser.isSet(regenerateOption);

    store::Database database;
    if (auto opened = database.open(); !opened)
        return fail(verb, opened.errorMessage());
    store::Settings settings;
    store::Secrets secrets;
    const QString projectsRoot = settings.projectsFolderPath();
    if (const session::RecoveryReport recovered = session::ProjectStore(database, projectsRoot).recover(); !recovered.problems.isEmpty())
        err() << "musiaia serve: " << recovered.problems.join(u"; "_s) << Qt::endl;

    // Songs asked for through the API are made as the window's chat makes them: by the configured
    // AI provider when it has a key (the offline composer otherwise), with the sample library.
    ai::Assistant assistant(settings, secrets);
    assistant.setDatabase(&database);
    waitForFuture(assistant.loadKeys());
    for (const QString &problem : assistant.keyProblems())
        err() << "musiaia serve: " << problem << Qt::endl;
    const als::SchemaVersion schema = settings.value(store::settings::defaultLiveVersion) == store::LiveVersion::Live12
                                          ? als::SchemaVersion::Live12
                                          : als::SchemaVersion::Live11;

    api::LocalApiServer server(database, projectsRoot);
    server.chat()->setSessionSetup([&assistant, database, schema](session::ChatSession &chat) {
        chat.setAssistant(&assistant);
        chat.setSampleStep(session::librarySampleStep(database));
        chat.setSchema(schema);
    });
    const Result<api::Launched> launched = waitForFuture(api::launchLocalApi(server, settings, secrets, choice));
    if (!launched)
        return fail(verb, launched.errorMessage());

    if (!launched->loopbackOnly) {
        err() << "musiaia serve: WARNING: listening on " << server.baseUrl().host()
              << ": other computers on the network can reach MusiaIA (with the token). "
                 "Use --listen 127.0.0.1 to keep it to this computer."
              << Qt::endl;
    }
    if (!launched->token.notice.isEmpty())
        err() << "musiaia serve: " << launched->token.notice << Qt::endl;
    out() << "MusiaIA local API: " << launched->baseUrl.toString() << "/api/v1\n"
          << "WebSocket: " << launched->webSocketUrl.toString() << "\n"
          << "Token: " << (launched->token.created ? "made now, kept in " : "kept in ") << launched->tokenLocation << "\n";
    const bool sessionOnly = launched->token.keptIn == store::SecretSource::Session;
    if (parser.isSet(printOption) || sessionOnly)
        out() << "Token value: " << launched->token.value << "\n";
    out() << "Send it as: Authorization: Bearer <token>. Ctrl+C stops the server." << Qt::endl;

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, QCoreApplication::instance(), [] {
        if (stopRequested)
            QCoreApplication::quit();
    });
    poll.start(200);
    QCoreApplication::exec();
    server.stop();
    err() << "musiaia serve: stopped" << Qt::endl;
    return 0;
}

} // namespace musiaia::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia session --script FILE`: a scripted conversation, one message a line, through the same
// chat session as the window; every reply, progress step and version is printed (JSON lines with
// --json). Lines starting with '#' are comments; "/analyze PATH" drops a set on the chat and
// "/new" starts a new conversation.
#include "sessioncommand.h"

#include "commandline.h"
#include "futurewait.h"

#include "ai/assistant.h"
#include "session/chatsession.h"
#include "session/librarysamples.h"
#include "store/database.h"
#include "store/secrets.h"
#include "store/settings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::cli {
namespace {

const QString verb = u"session"_s;

void printJson(const QJsonObject &object)
{
    out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n' << Qt::flush;
}

Result<QStringList> readScript(const QString &path)
{
    QFile file(path);
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return makeError(ErrorCode::Io,
                         u"cannot read %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString()));
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(u'#'))
            lines << trimmed;
    }
    return lines;
}

} // namespace

int runSession(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs a scripted conversation with MusiaIA's chat session."_s);
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, u"Show this help."_s);
    const QCommandLineOption scriptOption(u"script"_s,
                                          u"One message a line ('-' = stdin); '#' comments, "
                                          "'/analyze PATH' drops a set, '/new' starts a new conversation."_s,
                                          u"FILE"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"One JSON object a line for every event."_s);
    const QCommandLineOption outputOption({ u"o"_s, u"output"_s },
                                          u"The projects folder (default: the settings')."_s, u"DIR"_s);
    const QCommandLineOption providerOption(
        u"provider"_s, u"auto (the settings' routing), glm, minimax or local."_s, u"NAME"_s, u"auto"_s);
    const QCommandLineOption baseUrlOption(u"base-url"_s, u"The provider's base URL (with --provider)."_s,
                                           u"URL"_s);
    const QCommandLineOption conversationOption(u"conversation"_s, u"Continue this stored conversation."_s,
                                                u"ID"_s);
    parser.addOptions({ helpOption, scriptOption, jsonOption, outputOption, providerOption, baseUrlOption,
                        conversationOption });
    if (!parser.parse(QStringList { u"musiaia session"_s } + arguments))
        return fail(verb, parser.errorText(), 2);
    if (parser.isSet(helpOption)) {
        out() << "Usage: musiaia session --script FILE [--json] [-o DIR] [--provider NAME]\n\n"
              << parser.helpText().section(u'\n', 2) << Qt::flush;
        return 0;
    }
    if (!parser.isSet(scriptOption))
        return fail(verb, u"--script FILE is required"_s, 2);
    const bool json = parser.isSet(jsonOption);

    std::optional<ai::AiProvider> forced;
    const QString providerName = parser.value(providerOption).trimmed().toLower();
    if (providerName != u"auto") {
        ai::AiProvider provider = ai::AiProvider::Local;
        if (!store::parseSetting(providerName, &provider))
            return fail(verb,
                        u"unknown provider \u201c%1\u201d (auto, glm, minimax or local)"_s.arg(providerName),
                        2);
        forced = provider;
    }
    if (parser.isSet(baseUrlOption) && (!forced || *forced == ai::AiProvider::Local))
        return fail(verb, u"--base-url needs --provider glm or --provider minimax"_s, 2);

    auto script = readScript(parser.value(scriptOption));
    if (!script)
        return fail(verb, script.errorMessage());

    store::Settings settings;
    store::Database database;
    if (auto opened = database.open(); !opened)
        return fail(verb, opened.errorMessage());
    const QString projectsRoot = parser.isSet(outputOption) ? QDir(parser.value(outputOption)).absolutePath()
                                                            : settings.projectsFolderPath();
    if (!QDir().mkpath(projectsRoot))
        return fail(verb, u"cannot create %1"_s.arg(QDir::toNativeSeparators(projectsRoot)));
    session::ProjectStore projects(database, projectsRoot);
    if (const session::RecoveryReport recovered = projects.recover(); !recovered.isEmpty()) {
        for (const QString &problem : recovered.problems)
            err() << "musiaia session: " << problem << '\n';
    }
    session::ChatSession chat(session::ConversationStore(database), projects);
    chat.setSampleStep(session::librarySampleStep(database));
    chat.setSchema(settings.value(store::settings::defaultLiveVersion) == store::LiveVersion::Live12
                       ? als::SchemaVersion::Live12
                       : als::SchemaVersion::Live11);

    // A provider only when one may answer: --provider local (or no key) keeps everything offline.
    std::unique_ptr<store::Secrets> secrets;
    std::unique_ptr<ai::Assistant> assistant;
    if (forced != ai::AiProvider::Local) {
        secrets = std::make_unique<store::Secrets>();
        assistant = std::make_unique<ai::Assistant>(settings, *secrets);
        waitForFuture(assistant->loadKeys());
        for (const QString &problem : assistant->keyProblems())
            err() << "musiaia session: " << problem << '\n';
        if (forced)
            assistant->setOverride(*forced, { parser.value(baseUrlOption), {} });
        assistant->setDatabase(&database);
        if (forced && !assistant->availableProviders().contains(*forced))
            return fail(verb, assistant->provider(*forced)->unavailableReason());
        chat.setAssistant(assistant.get());
        chat.setForcedProvider(forced);
    }

    if (parser.isSet(conversationOption)) {
        if (auto opened = chat.openConversation(parser.value(conversationOption).toLongLong()); !opened)
            return fail(verb, opened.errorMessage());
    }

    bool replyOpen = false;
    QObject::connect(&chat, &session::ChatSession::intentRead, &chat,
                     [json](session::Intent intent, const QString &language, const QString &readBy) {
                         if (json)
                             printJson({ { u"type"_s, u"intent"_s },
                                         { u"intent"_s, session::intentName(intent) },
                                         { u"language"_s, language },
                                         { u"readBy"_s, readBy } });
                         else
                             err() << "  (" << session::intentName(intent) << ", " << language << ", read by "
                                   << readBy << ")\n"
                                   << Qt::flush;
                     });
    QObject::connect(&chat, &session::ChatSession::progressed, &chat,
                     [json, &replyOpen](const session::Progress &progress) {
                         if (json) {
                             QJsonObject object = progress.toJson();
                             object.insert(u"type"_s, u"progress"_s);
                             printJson(object);
                             return;
                         }
                         if (replyOpen)
                             out() << '\n';
                         replyOpen = false;
                         out() << "  \u2026 " << progress.text << '\n' << Qt::flush;
                     });
    QObject::connect(&chat, &session::ChatSession::replyDelta, &chat,
                     [json, &replyOpen](const QString &delta) {
                         if (json)
                             return;
                         if (!replyOpen)
                             out() << "musiaia: ";
                         replyOpen = true;
                         out() << delta << Qt::flush;
                     });
    QObject::connect(&chat, &session::ChatSession::versionCreated, &chat,
                     [json](const session::VersionInfo &version, const QString &projectName) {
                         if (!json)
                             return; // the reply says it in words
                         QJsonObject object = version.toJson();
                         object.insert(u"type"_s, u"version"_s);
                         object.insert(u"project"_s, projectName);
                         printJson(object);
                     });
    QObject::connect(&chat, &session::ChatSession::analysisReady, &chat,
                     [json](const QString &setPath, const QJsonObject &reference) {
                         if (json)
                             printJson({ { u"type"_s, u"analysis"_s },
                                         { u"set"_s, setPath },
                                         { u"reference"_s, reference } });
                     });

    int failed = 0;
    for (const QString &line : std::as_const(*script)) {
        if (line == u"/new") {
            chat.newConversation();
            continue;
        }
        if (json)
            printJson({ { u"type"_s, u"user"_s }, { u"text"_s, line } });
        else
            out() << "> " << line << '\n' << Qt::flush;
        QEventLoop loop;
        session::MessageRecord reply;
        const QMetaObject::Connection finished
            = QObject::connect(&chat, &session::ChatSession::turnFinished, &loop,
                               [&loop, &reply](const session::MessageRecord &record) {
                                   reply = record;
                                   loop.quit();
                               });
        const bool started
            = line.startsWith(u"/analyze ") ? chat.analyze(line.mid(9).trimmed()) : chat.send(line);
        if (started && chat.isBusy())
            loop.exec();
        QObject::disconnect(finished);
        if (json) {
            QJsonObject object = reply.toJson();
            object.insert(u"type"_s, u"reply"_s);
            printJson(object);
        } else {
            if (replyOpen)
                out() << '\n' << Qt::flush;
            replyOpen = false;
            err() << "  \u2014 " << session::statusName(reply.status) << " \u00b7 " << reply.provider
                  << (reply.model.isEmpty() ? QString() : u" "_s + reply.model) << " \u00b7 "
                  << reply.durationMs << " ms\n"
                  << Qt::flush;
        }
        if (reply.status != session::MessageRecord::Status::Ok)
            ++failed;
    }
    if (json)
        printJson({ { u"type"_s, u"end"_s },
                    { u"conversation"_s, chat.conversation().id },
                    { u"failed"_s, failed } });
    return failed == 0 ? 0 : 1;
}

} // namespace musiaia::cli

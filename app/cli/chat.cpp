// SPDX-License-Identifier: GPL-3.0-or-later
// `musiaia chat`: one message to the configured provider (or the one asked for), the answer
// streamed to stdout and the reasoning to stderr, dimmed on a terminal and marked otherwise.
#include "chat.h"

#include "commandline.h"
#include "futurewait.h"

#include "ai/assistant.h"
#include "ai/prompts.h"
#include "common/logging.h"
#include "store/database.h"
#include "store/secrets.h"
#include "store/settings.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::cli {
namespace {

const QString verb = u"chat"_s;

// Reasoning on stderr: dimmed on a terminal, each line marked "thinking> " otherwise.
class ReasoningPrinter
{
public:
    explicit ReasoningPrinter(bool terminal) : m_terminal(terminal) {}
    void print(const QString &text)
    {
        if (m_terminal) {
            err() << "\x1b[2m" << text << "\x1b[0m" << Qt::flush;
            m_atLineStart = text.endsWith(u'\n');
            return;
        }
        for (const QChar c : text) {
            if (m_atLineStart)
                err() << "thinking> ";
            err() << c;
            m_atLineStart = c == u'\n';
        }
        err() << Qt::flush;
    }
    void endLine()
    {
        if (!m_atLineStart)
            err() << '\n';
        m_atLineStart = true;
    }

private:
    bool m_terminal;
    bool m_atLineStart = true;
};


} // namespace

int runChat(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Sends a message to GLM-4.6, MiniMax-M2 or the offline composer and streams "
                                     "the answer."_s);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption providerOption(u"provider"_s, u"auto (the settings' routing), glm, minimax or local."_s,
                                            u"NAME"_s, u"auto"_s);
    const QCommandLineOption baseUrlOption(u"base-url"_s, u"The provider's base URL (with --provider)."_s, u"URL"_s);
    const QCommandLineOption modelOption(u"model"_s, u"The model id (with --provider)."_s, u"MODEL"_s);
    const QCommandLineOption systemOption(u"system"_s, u"A system prompt instead of MusiaIA's."_s, u"TEXT"_s);
    const QCommandLineOption noStreamOption(u"no-stream"_s, u"Ask for the whole answer at once."_s);
    const QCommandLineOption noThinkingOption(u"no-thinking"_s, u"Ask GLM not to think first (MiniMax-M2 always does)."_s);
    const QCommandLineOption hideReasoningOption(u"hide-reasoning"_s, u"Do not print the reasoning."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object at the end instead of streaming."_s);
    parser.addOptions({helpOption, providerOption, baseUrlOption, modelOption, systemOption, noStreamOption,
                       noThinkingOption, hideReasoningOption, jsonOption});
    parser.addPositionalArgument(u"message"_s, u"What to say."_s);
    if (!parser.parse(QStringList{u"musiaia chat"_s} + arguments))
        return fail(verb, parser.errorText(), 2);
    if (parser.isSet(helpOption)) {
        out() << "Usage: musiaia chat \"MESSAGE\" [options]\n\n" << parser.helpText().section(u'\n', 2) << Qt::flush;
        return 0;
    }
    const QString message = parser.positionalArguments().join(u' ').trimmed();
    if (message.isEmpty())
        return fail(verb, u"say something: musiaia chat \"\u00bfqu\u00e9 BPM tiene el house?\""_s, 2);

    std::optional<ai::AiProvider> forced;
    const QString providerName = parser.value(providerOption).trimmed().toLower();
    if (providerName != u"auto") {
        ai::AiProvider provider = ai::AiProvider::Local;
        if (!store::parseSetting(providerName, &provider))
            return fail(verb, u"unknown provider \u201c%1\u201d (auto, glm, minimax or local)"_s.arg(providerName), 2);
        forced = provider;
    }
    if ((parser.isSet(baseUrlOption) || parser.isSet(modelOption)) && (!forced || *forced == ai::AiProvider::Local))
        return fail(verb, u"--base-url and --model need --provider glm or --provider minimax"_s, 2);

    store::Settings settings;
    store::Secrets secrets;
    ai::Assistant assistant(settings, secrets);
    waitForFuture(assistant.loadKeys());
    for (const QString &problem : assistant.keyProblems())
        err() << "musiaia chat: " << problem << '\n';
    if (forced && *forced != ai::AiProvider::Local)
        assistant.setOverride(*forced, {parser.value(baseUrlOption), parser.value(modelOption)});

    store::Database database;
    if (const Result<void> opened = database.open(); opened)
        assistant.setDatabase(&database);
    else
        err() << "musiaia chat: the request log is not kept: " << opened.errorMessage() << '\n';

    const ai::MessagePurpose purpose = ai::classifyPurpose(message);
    const ai::RouteDecision route = assistant.route(purpose, forced);
    if (forced && *forced != ai::AiProvider::Local && !assistant.availableProviders().contains(*forced)) {
        QString why = assistant.provider(*forced)->unavailableReason();
        if (secrets.keychainState() == store::KeychainState::NoService)
            why += u" No keychain service is running here, so a key stored in the settings is only kept while "
                   "MusiaIA runs: use the environment variable."_s;
        return fail(verb, why);
    }

    ai::ChatRequest request;
    request.messages = {ai::ChatMessage::system(parser.isSet(systemOption) ? parser.value(systemOption)
                                                                           : ai::chatSystemPrompt(ai::guessLanguage(message))),
                        ai::ChatMessage::user(message)};
    request.stream = !parser.isSet(noStreamOption);
    request.thinking = !parser.isSet(noThinkingOption);

    const bool json = parser.isSet(jsonOption);
    const bool showReasoning = !parser.isSet(hideReasoningOption) && !json;
    ReasoningPrinter reasoning(isatty(fileno(stderr)) == 1);
    bool answerStarted = false;
    QElapsedTimer clock;
    clock.start();

    ai::ChatTurn *turn = assistant.chat(request, route);
    QObject::connect(turn, &ai::ChatTurn::providerStarted, turn, [json](ai::AiProvider provider, const QString &model) {
        if (!json)
            err() << "[" << ai::providerDisplayName(provider) << (model.isEmpty() ? QString() : u" " + model) << "]\n"
                  << Qt::flush;
    });
    QObject::connect(turn, &ai::ChatTurn::reasoningReceived, turn, [&](const QString &delta) {
        if (showReasoning && !answerStarted)
            reasoning.print(delta);
    });
    QObject::connect(turn, &ai::ChatTurn::contentReceived, turn, [&](const QString &delta) {
        if (json)
            return;
        if (!answerStarted && showReasoning)
            reasoning.endLine();
        answerStarted = true;
        out() << delta << Qt::flush;
    });
    QObject::connect(turn, &ai::ChatTurn::retrying, turn, [json](int attempt, int delayMs, const ai::ProviderError &why) {
        if (!json)
            err() << "(" << why.message << " Retry " << attempt << " in " << QString::number(delayMs / 1000.0, 'f', 1)
                  << " s.)\n" << Qt::flush;
    });
    QObject::connect(turn, &ai::ChatTurn::fallingBack, turn, [json](ai::AiProvider from, const QString &why) {
        if (!json)
            err() << "(" << ai::providerDisplayName(from) << " did not answer: " << why << ")\n" << Qt::flush;
    });
    QEventLoop loop;
    QObject::connect(turn, &ai::ChatTurn::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const ai::TurnOutcome outcome = turn->outcome();

    if (json) {
        QJsonObject object{{u"provider"_s, store::settingName(outcome.answeredBy)},
                           {u"model"_s, outcome.model},
                           {u"content"_s, outcome.response.content},
                           {u"reasoning"_s, outcome.response.reasoning},
                           {u"finishReason"_s, outcome.response.finishReason},
                           {u"route"_s, outcome.routeReason},
                           {u"fallback"_s, QJsonArray::fromStringList(outcome.fallbackNotes)},
                           {u"ok"_s, outcome.succeeded()}};
        if (outcome.response.usage.isKnown())
            object.insert(u"usage"_s, QJsonObject{{u"promptTokens"_s, outcome.response.usage.promptTokens},
                                                 {u"completionTokens"_s, outcome.response.usage.completionTokens},
                                                 {u"totalTokens"_s, outcome.response.usage.totalTokens}});
        if (outcome.error)
            object.insert(u"error"_s, QJsonObject{{u"kind"_s, ai::errorKindName(outcome.error->kind)},
                                                 {u"message"_s, outcome.error->message}});
        out() << QJsonDocument(object).toJson(QJsonDocument::Indented) << Qt::flush;
        return outcome.succeeded() ? 0 : 1;
    }

    if (answerStarted && !outcome.response.content.endsWith(u'\n'))
        out() << Qt::endl;
    if (showReasoning && !answerStarted)
        reasoning.endLine();
    QString summary = u"answered by %1"_s.arg(ai::providerDisplayName(outcome.answeredBy));
    if (!outcome.model.isEmpty())
        summary += u" (%1)"_s.arg(outcome.model);
    summary += u" \u00b7 "_s + outcome.routeReason;
    if (outcome.response.usage.totalTokens >= 0)
        summary += u" \u00b7 %1 tokens"_s.arg(outcome.response.usage.totalTokens);
    summary += u" \u00b7 %1 s"_s.arg(QString::number(clock.elapsed() / 1000.0, 'f', 1));
    if (outcome.response.finishReason == u"length")
        summary += u" \u00b7 the answer was cut at the length limit"_s;
    for (const QString &note : outcome.fallbackNotes)
        err() << "  fallback: " << note << '\n';
    if (!outcome.succeeded())
        return fail(verb, outcome.error->message);
    err() << "\u2014 " << summary << Qt::endl;
    return 0;
}

} // namespace musiaia::cli

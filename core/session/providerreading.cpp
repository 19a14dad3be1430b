// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerreading.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::session {
namespace {

std::optional<Intent> intentFromJson(const QString &text)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    Intent intent;
    if (object.isEmpty() || !parseIntentName(object.value(u"intent"_s).toString(), &intent))
        return std::nullopt;
    return intent;
}

} // namespace

ai::ToolDefinition readMessageTool()
{
    const QJsonObject intent { { u"type"_s, u"string"_s },
                               { u"enum"_s,
                                 QJsonArray { u"generate"_s, u"modify"_s, u"analyze"_s, u"talk"_s } },
                               { u"description"_s,
                                 u"generate: make a new song; modify: change the current song; "
                                 "analyze: read a Live Set (.als); talk: anything else."_s } };
    const QJsonObject language { { u"type"_s, u"string"_s }, { u"enum"_s, QJsonArray { u"es"_s, u"en"_s } } };
    return { QString::fromLatin1(kReadMessageTool), u"Say what the musician's message asks MusiaIA to do."_s,
             QJsonObject {
                 { u"type"_s, u"object"_s },
                 { u"properties"_s, QJsonObject { { u"intent"_s, intent }, { u"language"_s, language } } },
                 { u"required"_s, QJsonArray { u"intent"_s } } } };
}

ai::ChatRequest readingRequest(const QString &text, const ReadingContext &context, const QString &language)
{
    QString system
        = u"You route messages for MusiaIA, which writes Ableton Live projects. Call read_message once "
          "with the intent of the musician's message. "_s;
    system += context.hasProject
        ? u"There is a current song that can be changed (tempo, key, sections, parts, mood, samples). "_s
        : u"There is no current song yet. "_s;
    if (context.hasReference)
        system += u"A Live Set was analysed; \"in this style\" means a new song from it (generate). "_s;
    system += language == u"es" ? u"The musician writes in Spanish."_s : u"The musician writes in English."_s;
    ai::ChatRequest request;
    request.messages << ai::ChatMessage::system(system) << ai::ChatMessage::user(text);
    request.tools << readMessageTool();
    request.stream = false;
    request.thinking = false;
    request.temperature = 0.0;
    request.maxTokens = 200;
    return request;
}

std::optional<Intent> intentFromReply(const ai::ChatResponse &response)
{
    for (const ai::ToolCall &call : response.toolCalls) {
        if (call.name == QLatin1String(kReadMessageTool)) {
            if (auto intent = intentFromJson(call.arguments))
                return intent;
        }
    }
    static const QRegularExpression object(u"\\{[^{}]*\\}"_s);
    const QRegularExpressionMatch match = object.match(response.content);
    return match.hasMatch() ? intentFromJson(match.captured()) : std::nullopt;
}

} // namespace musiaia::session

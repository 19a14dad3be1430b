// SPDX-License-Identifier: GPL-3.0-or-later
#include "completion.h"

#include "wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::ai {
namespace {

// Drops leading blank lines until text has started (GLM's answer and reasoning often begin
// with "\n").
QString afterLeadingSpace(const QString &text, bool *started)
{
    if (*started)
        return text;
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    if (i == text.size())
        return {};
    *started = true;
    return text.mid(i);
}

Usage usageFrom(const QJsonObject &usage)
{
    Usage result;
    auto number = [](const QJsonValue &value) { return value.isDouble() ? value.toInt() : -1; };
    result.promptTokens = number(usage.value(u"prompt_tokens"_s));
    result.completionTokens = number(usage.value(u"completion_tokens"_s));
    result.totalTokens = number(usage.value(u"total_tokens"_s));
    result.reasoningTokens =
        number(usage.value(u"completion_tokens_details"_s).toObject().value(u"reasoning_tokens"_s));
    result.cachedTokens = number(usage.value(u"prompt_tokens_details"_s).toObject().value(u"cached_tokens"_s));
    return result;
}

QString argumentsText(const QJsonValue &arguments)
{
    if (arguments.isObject())   // GLM sometimes sends an object instead of a JSON string
        return QString::fromUtf8(QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact));
    return arguments.toString();
}

} // namespace

CompletionAssembler::CompletionAssembler(AiProvider provider)
    : m_provider(provider)
{
}

bool CompletionAssembler::hasOutput() const
{
    return !m_response.content.isEmpty() || !m_response.reasoning.isEmpty() || !m_response.toolCalls.isEmpty();
}

CompletionAssembler::Update CompletionAssembler::feed(const SseEvent &event)
{
    Update update;
    const QByteArray data = event.data.trimmed();
    if (data == "[DONE]") {
        m_response.sawDone = true;
        return update;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // Skipped and counted: one broken event must not lose the rest of the answer.
        ++m_response.skippedChunks;
        return update;
    }
    const QJsonObject chunk = document.object();
    if (event.event == "error" || chunk.contains(u"error"_s)
        || chunk.value(u"base_resp"_s).toObject().value(u"status_code"_s).toInt() != 0) {
        update.error = errorInObject(m_provider, chunk);
        if (!update.error)
            update.error = classify(m_provider, 500, {}, QString::fromUtf8(data.left(200)));
        return update;
    }
    takeChunk(chunk, update);
    return update;
}

void CompletionAssembler::takeChunk(const QJsonObject &chunk, Update &update)
{
    if (m_response.id.isEmpty())
        m_response.id = chunk.value(u"id"_s).toString();
    if (m_response.model.isEmpty())
        m_response.model = chunk.value(u"model"_s).toString();
    if (const QJsonValue usage = chunk.value(u"usage"_s); usage.isObject())
        m_response.usage = usageFrom(usage.toObject());
    // A trailing whole-message event repeats everything: only deltas are consumed.
    if (chunk.value(u"object"_s).toString() == u"chat.completion")
        return;
    const QJsonArray choices = chunk.value(u"choices"_s).toArray();
    for (const QJsonValue &choiceValue : choices) {
        const QJsonObject choice = choiceValue.toObject();
        if (choice.value(u"index"_s).toInt() != 0)
            continue;
        const QJsonObject delta = choice.value(u"delta"_s).toObject();
        QString reasoningText = delta.value(u"reasoning_content"_s).toString();
        if (const QJsonValue details = delta.value(u"reasoning_details"_s); details.isArray()) {
            QString fromDetails;
            if (takeReasoningDetails(details.toArray(), &fromDetails) && reasoningText.isEmpty()
                && !delta.contains(u"reasoning_content"_s))
                reasoningText = fromDetails;
        }
        if (!reasoningText.isEmpty())
            takeReasoning(reasoningText, update);
        if (const QJsonValue content = delta.value(u"content"_s); content.isString())
            takeContent(content.toString(), update);
        if (const QJsonValue calls = delta.value(u"tool_calls"_s); calls.isArray())
            takeToolCalls(calls.toArray(), update);
        if (const QString finish = choice.value(u"finish_reason"_s).toString(); !finish.isEmpty())
            m_response.finishReason = finish;   // may come twice (GLM): the last one stands
    }
}

void CompletionAssembler::takeReasoning(const QString &text, Update &update)
{
    QString fresh = text;
    // MiniMax sometimes sends the reasoning so far instead of the increment: take the new suffix.
    if (m_provider == AiProvider::MiniMax && !m_reasoningField.isEmpty() && text.startsWith(m_reasoningField)) {
        fresh = text.mid(m_reasoningField.size());
        m_reasoningField = text;
    } else {
        m_reasoningField += text;
    }
    const QString shown = afterLeadingSpace(fresh, &m_reasoningStarted);
    m_response.reasoning += shown;
    update.reasoning += shown;
}

bool CompletionAssembler::takeReasoningDetails(const QJsonArray &details, QString *newText)
{
    bool any = false;
    for (const QJsonValue &value : details) {
        QJsonObject detail = value.toObject();
        const int index = detail.value(u"index"_s).toInt();
        const QString text = detail.value(u"text"_s).toString();
        auto existing = std::find_if(m_details.begin(), m_details.end(), [index](const QJsonObject &d) {
            return d.value(u"index"_s).toInt() == index;
        });
        if (existing == m_details.end()) {
            m_details.append(detail);
            *newText += text;
        } else {
            const QString before = existing->value(u"text"_s).toString();
            const QString merged = text.startsWith(before) ? text : before + text;
            *newText += merged.mid(before.size());
            existing->insert(u"text"_s, merged);
        }
        any = true;
    }
    return any;
}

void CompletionAssembler::takeContent(const QString &text, Update &update)
{
    if (text.isEmpty())
        return;
    m_rawContent += text;
    if (m_provider == AiProvider::MiniMax) {
        const ThinkSplitter::Piece piece = m_splitter.feed(text);
        if (!piece.reasoning.isEmpty()) {
            m_response.reasoning += piece.reasoning;
            update.reasoning += piece.reasoning;
        }
        m_response.content += piece.answer;
        update.content += piece.answer;
        return;
    }
    const QString shown = afterLeadingSpace(text, &m_answerStarted);
    m_response.content += shown;
    update.content += shown;
}

void CompletionAssembler::takeToolCalls(const QJsonArray &calls, Update &update)
{
    for (qsizetype position = 0; position < calls.size(); ++position) {
        const QJsonObject call = calls.at(position).toObject();
        const QString id = call.value(u"id"_s).toString();
        const QJsonObject function = call.value(u"function"_s).toObject();
        const QJsonValue indexValue = call.value(u"index"_s);
        const int index = indexValue.isDouble() ? indexValue.toInt() : -1;

        qsizetype slot = -1;
        if (index >= 0 && m_toolByIndex.contains(index)) {
            slot = m_toolByIndex.value(index);
        } else if (!id.isEmpty()) {
            // A new call (GLM sends index -1 with the whole call; old MiniMax omits the index).
            for (qsizetype i = 0; i < m_response.toolCalls.size(); ++i) {
                if (m_response.toolCalls.at(i).id == id)
                    slot = i;
            }
        } else if (index < 0 && !m_response.toolCalls.isEmpty()) {
            slot = m_response.toolCalls.size() - 1;   // a fragment of the call in progress
        }
        if (slot < 0) {
            m_response.toolCalls.append(ToolCall{});
            slot = m_response.toolCalls.size() - 1;
            if (index >= 0)
                m_toolByIndex.insert(index, slot);
        }
        ToolCall &target = m_response.toolCalls[slot];
        if (!id.isEmpty())
            target.id = id;
        if (const QString name = function.value(u"name"_s).toString(); !name.isEmpty())
            target.name = name;
        const QJsonValue arguments = function.value(u"arguments"_s);
        if (arguments.isObject())
            target.arguments = argumentsText(arguments);
        else
            target.arguments += arguments.toString();
        update.toolCallsChanged = true;
    }
}

CompletionAssembler::Update CompletionAssembler::finish()
{
    Update update;
    if (m_provider == AiProvider::MiniMax) {
        const ThinkSplitter::Piece piece = m_splitter.finish();
        m_response.reasoning += piece.reasoning;
        m_response.content += piece.answer;
        update.reasoning = piece.reasoning;
        update.content = piece.answer;
    }
    return update;
}

ChatResponse CompletionAssembler::response() const
{
    ChatResponse response = m_response;
    ChatMessage &message = response.assistantMessage;
    message.role = ChatMessage::Role::Assistant;
    message.toolCalls = response.toolCalls;
    if (m_provider == AiProvider::MiniMax) {
        message.content = m_rawContent;   // <think> kept: MiniMax needs it back verbatim
        for (const QJsonObject &detail : m_details)
            message.reasoningDetails.append(detail);
    } else {
        message.content = response.content;
        message.reasoningContent = response.reasoning;
    }
    return response;
}

std::variant<ChatResponse, ProviderError> parseCompletionBody(AiProvider provider, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return transportError(provider, ErrorKind::Malformed,
                              parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                           : u"not a JSON object"_s);
    const QJsonObject object = document.object();
    if (auto error = errorInObject(provider, object))
        return *error;
    const QJsonArray choices = object.value(u"choices"_s).toArray();
    if (choices.isEmpty() || !choices.first().isObject())
        return transportError(provider, ErrorKind::Malformed, u"no choices in the reply"_s);

    // The same assembly as a stream with one delta: one set of rules for both.
    const QJsonObject choice = choices.first().toObject();
    QJsonObject delta = choice.value(u"message"_s).toObject();
    QJsonObject chunk = object;
    chunk.remove(u"object"_s);
    chunk.insert(u"choices"_s, QJsonArray{QJsonObject{{u"index"_s, 0},
                                                      {u"delta"_s, delta},
                                                      {u"finish_reason"_s, choice.value(u"finish_reason"_s)}}});
    CompletionAssembler assembler(provider);
    const CompletionAssembler::Update update =
        assembler.feed(SseEvent{{}, QJsonDocument(chunk).toJson(QJsonDocument::Compact)});
    if (update.error)
        return *update.error;
    (void)assembler.finish();
    return assembler.response();
}

std::optional<ProviderError> finishReasonError(AiProvider provider, const QString &finishReason)
{
    if (finishReason == u"sensitive" || finishReason == u"content_filter")
        return classify(provider, 200, provider == AiProvider::Glm ? u"1301"_s : u"1027"_s, finishReason);
    if (finishReason == u"model_context_window_exceeded")
        return classify(provider, 200, provider == AiProvider::Glm ? u"1261"_s : u"1039"_s, finishReason);
    if (finishReason == u"network_error")
        return transportError(provider, ErrorKind::Interrupted, u"the provider's inference failed"_s);
    return std::nullopt;
}

} // namespace musiaia::ai

// SPDX-License-Identifier: GPL-3.0-or-later
// Reading chat completions, streamed or whole, into a ChatResponse. Pure: tested on recorded
// replies (tests/data/ai/).
#pragma once

#include "aitypes.h"
#include "sse.h"
#include "thinksplitter.h"

#include <QHash>
#include <QJsonObject>

#include <optional>
#include <variant>

namespace musiaia::ai {

// Assembles a streamed reply, one SSE event at a time. Handles both providers: GLM's
// reasoning_content and tool calls with index -1 or object arguments; MiniMax's <think> blocks
// split across deltas, reasoning_details (incremental or cumulative), the finish chunk that still
// carries content, the usage-only chunk, a trailing full "chat.completion" event (not duplicated),
// tool-call deltas without an index, and error objects in the stream.
class CompletionAssembler
{
public:
    explicit CompletionAssembler(AiProvider provider);

    struct Update
    {
        QString reasoning;   // new reasoning text to show
        QString content;     // new answer text to show
        bool toolCallsChanged = false;
        std::optional<ProviderError> error;   // an error event: the stream failed
    };

    Update feed(const SseEvent &event);
    Update finish();   // end of stream: releases held-back text

    bool sawFinishReason() const { return !m_response.finishReason.isEmpty(); }
    bool sawDone() const { return m_response.sawDone; }
    bool hasOutput() const;
    ChatResponse response() const;

private:
    void takeChunk(const QJsonObject &chunk, Update &update);
    void takeContent(const QString &text, Update &update);
    void takeReasoning(const QString &text, Update &update);
    bool takeReasoningDetails(const QJsonArray &details, QString *newText);
    void takeToolCalls(const QJsonArray &calls, Update &update);

    AiProvider m_provider;
    ChatResponse m_response;
    ThinkSplitter m_splitter;
    QString m_rawContent;          // content as received (MiniMax: with <think>), for replay
    QString m_reasoningField;      // reasoning_content as received (for cumulative detection)
    QList<QJsonObject> m_details;
    QHash<int, qsizetype> m_toolByIndex;
    bool m_answerStarted = false;
    bool m_reasoningStarted = false;
};

// A whole (non-streamed) completion body, or the error it carries.
std::variant<ChatResponse, ProviderError> parseCompletionBody(AiProvider provider, const QByteArray &body);

// A finish_reason that means the answer failed or was cut by the provider (sensitive,
// content_filter, network_error, model_context_window_exceeded); nullopt for stop, length,
// tool_calls.
std::optional<ProviderError> finishReasonError(AiProvider provider, const QString &finishReason);

} // namespace musiaia::ai

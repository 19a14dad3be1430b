// SPDX-License-Identifier: GPL-3.0-or-later
// The provider-neutral vocabulary of a chat with a model: messages, tools, replies and errors.
#pragma once

#include "common/result.h"
#include "store/settings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace musiaia::ai {

using store::AiProvider;

QString providerDisplayName(AiProvider provider);   // "GLM", "MiniMax", "offline composer"

struct ToolCall
{
    QString id;
    QString name;
    QString arguments;   // JSON text as the model produced it (objects are serialised compactly)
};

struct ChatMessage
{
    enum class Role { System, User, Assistant, Tool };
    Role role = Role::User;
    QString content;              // for MiniMax assistant turns: the raw content, <think> included
    QString reasoningContent;     // GLM's reasoning_content, or MiniMax's in split mode
    QJsonArray reasoningDetails;  // MiniMax split mode: replayed unchanged
    QList<ToolCall> toolCalls;
    QString toolCallId;           // Role::Tool

    static ChatMessage system(const QString &text) { return {Role::System, text, {}, {}, {}, {}}; }
    static ChatMessage user(const QString &text) { return {Role::User, text, {}, {}, {}, {}}; }
    static ChatMessage toolResult(const QString &callId, const QString &text)
    {
        return {Role::Tool, text, {}, {}, {}, callId};
    }
};
QString roleName(ChatMessage::Role role);

struct ToolDefinition
{
    QString name;          // ^[a-zA-Z0-9_-]{1,64}$
    QString description;
    QJsonObject parameters;   // JSON Schema; {"type":"object","properties":{}} when empty
};

struct ChatRequest
{
    QList<ChatMessage> messages;
    QList<ToolDefinition> tools;
    bool stream = true;
    std::optional<double> temperature;   // provider default when unset
    int maxTokens = 0;                   // 0: the setting's default
    bool jsonObject = false;             // GLM: response_format json_object (MiniMax-M2 has none)
    bool thinking = true;                // GLM: thinking.type; MiniMax-M2 always thinks
};

struct Usage
{
    int promptTokens = -1;
    int completionTokens = -1;
    int totalTokens = -1;
    int reasoningTokens = -1;
    int cachedTokens = -1;
    bool isKnown() const { return totalTokens >= 0 || promptTokens >= 0; }
};

struct ChatResponse
{
    QString id;
    QString model;
    QString content;       // the answer, without reasoning
    QString reasoning;     // the reasoning, shown apart
    QList<ToolCall> toolCalls;
    QString finishReason;  // stop, length, tool_calls, sensitive, content_filter, network_error ...
    Usage usage;
    ChatMessage assistantMessage;   // exactly what to send back in the history (MiniMax requires it)
    int skippedChunks = 0;          // stream events that were not valid JSON (skipped, reported)
    bool sawDone = false;
};

// What went wrong, in the categories a musician can act on.
enum class ErrorKind {
    BadKey,            // 401, 1000-1004, 2049: re-enter the key (or it is for another region)
    NoBalance,         // GLM 1113 (HTTP 429!), MiniMax 1008: recharge; never retried
    QuotaReached,      // daily/plan window reached (1304, 1308, 2056): wait until it resets
    RateLimited,       // 1302/1303/1305/1312, MiniMax 1002/2045/1041: retried with backoff
    ContentFiltered,   // 1301, 1026/1027, finish_reason sensitive/content_filter
    ContextTooLong,    // 1261, 1039, model_context_window_exceeded
    InvalidRequest,    // 400-family: a client bug or a wrong model name
    ServerError,       // 5xx, 500/1000/1024...: retried with backoff
    FirstByteTimeout,  // no answer in time
    Stalled,           // a streamed answer went silent for too long
    NetworkDown,       // cannot reach the server at all
    Interrupted,       // the connection broke during the answer; the partial answer is kept
    Malformed,         // the body is not what the protocol says (HTML page, broken JSON)
    Cancelled,
    NotConfigured,     // no key, no base URL
};
QString errorKindName(ErrorKind kind);   // stable, for logs and JSON

struct ProviderError
{
    ErrorKind kind = ErrorKind::ServerError;
    QString message;          // user-readable, names the provider and what to do
    int httpStatus = 0;
    QString providerCode;     // "1113", "2049" ... as the provider said it
    QString providerMessage;  // the provider's own words (never contains the key)
    bool retryable = false;
    int retryAfterMs = -1;    // from Retry-After, when the server sent one
};

ErrorCode errorCodeFor(ErrorKind kind);
Error toError(const ProviderError &error);

// A rough token estimate for texts we have not sent yet (privacy/cost view, mock limits):
// ~4 characters a token for Latin text, ~1.5 for CJK.
int estimateTokens(const QString &text);

} // namespace musiaia::ai

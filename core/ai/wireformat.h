// SPDX-License-Identifier: GPL-3.0-or-later
// What goes on the wire for each provider, as pure functions: the request body, and the decoding
// of error replies (HTTP status, GLM's {"error":{"code":"1113"}}, MiniMax's base_resp and
// "message (2049)" styles). Facts from docs/ai-providers.md.
#pragma once

#include "aitypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace musiaia::ai {

struct EndpointDefaults
{
    QString international;
    QString mainland;
    QString model;
};
EndpointDefaults endpointDefaults(AiProvider provider);

// {base}/chat/completions; the base URL keeps its path ("https://api.z.ai/api/paas/v4").
QUrl chatCompletionsUrl(const QString &baseUrl);

struct WireOptions
{
    QString model;
    int maxTokens = 8192;
    bool miniMaxReasoningSplit = false;
};

// The JSON body for a chat completion, with each provider's rules applied: GLM temperature in
// [0,1] (0 means do_sample:false), thinking.type, tool_stream; MiniMax temperature in (0,1], a
// single system message, tool parameters always present, max_completion_tokens,
// stream_options.include_usage, reasoning_split; assistant turns replayed as received.
QJsonObject buildChatBody(AiProvider provider, const ChatRequest &request, const WireOptions &options);

// An error reply (HTTP status >= 400, or a 200 whose body is an error object). `retryAfter` is the
// Retry-After header, `now` what it is relative to (for the HTTP-date form).
ProviderError decodeErrorReply(AiProvider provider, int httpStatus, const QByteArray &contentType,
                               const QByteArray &body, const QByteArray &retryAfter,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());

// An error carried inside an otherwise normal JSON object (a 200 body, or a stream event):
// {"error":{...}} or MiniMax's base_resp.status_code != 0. nullopt when there is none.
std::optional<ProviderError> errorInObject(AiProvider provider, const QJsonObject &object, int httpStatus = 200);

// Category, retryability and a user-readable message for a provider code.
ProviderError classify(AiProvider provider, int httpStatus, const QString &code, const QString &providerMessage);

// Retry-After as milliseconds: delta-seconds or an HTTP-date; -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value, const QDateTime &now);

// A transport-level failure (no usable HTTP reply) in words for the musician.
ProviderError transportError(AiProvider provider, ErrorKind kind, const QString &detail);

} // namespace musiaia::ai

// SPDX-License-Identifier: GPL-3.0-or-later
#include "aitypes.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::ai {

QString providerDisplayName(AiProvider provider)
{
    switch (provider) {
    case AiProvider::Glm: return u"GLM"_s;
    case AiProvider::MiniMax: return u"MiniMax"_s;
    case AiProvider::Local: return u"offline composer"_s;
    }
    return {};
}

QString roleName(ChatMessage::Role role)
{
    switch (role) {
    case ChatMessage::Role::System: return u"system"_s;
    case ChatMessage::Role::User: return u"user"_s;
    case ChatMessage::Role::Assistant: return u"assistant"_s;
    case ChatMessage::Role::Tool: return u"tool"_s;
    }
    return {};
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadKey: return u"bad-key"_s;
    case ErrorKind::NoBalance: return u"no-balance"_s;
    case ErrorKind::QuotaReached: return u"quota-reached"_s;
    case ErrorKind::RateLimited: return u"rate-limited"_s;
    case ErrorKind::ContentFiltered: return u"content-filtered"_s;
    case ErrorKind::ContextTooLong: return u"context-too-long"_s;
    case ErrorKind::InvalidRequest: return u"invalid-request"_s;
    case ErrorKind::ServerError: return u"server-error"_s;
    case ErrorKind::FirstByteTimeout: return u"first-byte-timeout"_s;
    case ErrorKind::Stalled: return u"stalled"_s;
    case ErrorKind::NetworkDown: return u"network-down"_s;
    case ErrorKind::Interrupted: return u"interrupted"_s;
    case ErrorKind::Malformed: return u"malformed"_s;
    case ErrorKind::Cancelled: return u"cancelled"_s;
    case ErrorKind::NotConfigured: return u"not-configured"_s;
    }
    return {};
}

ErrorCode errorCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadKey: return ErrorCode::Authentication;
    case ErrorKind::NoBalance:
    case ErrorKind::QuotaReached: return ErrorCode::QuotaExceeded;
    case ErrorKind::RateLimited: return ErrorCode::RateLimited;
    case ErrorKind::ContentFiltered: return ErrorCode::ContentFiltered;
    case ErrorKind::ContextTooLong: return ErrorCode::TooLarge;
    case ErrorKind::InvalidRequest: return ErrorCode::InvalidArgument;
    case ErrorKind::ServerError: return ErrorCode::ServerError;
    case ErrorKind::FirstByteTimeout:
    case ErrorKind::Stalled: return ErrorCode::Timeout;
    case ErrorKind::NetworkDown:
    case ErrorKind::Interrupted: return ErrorCode::Network;
    case ErrorKind::Malformed: return ErrorCode::InvalidResponse;
    case ErrorKind::Cancelled: return ErrorCode::Cancelled;
    case ErrorKind::NotConfigured: return ErrorCode::InvalidArgument;
    }
    return ErrorCode::Unknown;
}

Error toError(const ProviderError &error)
{
    return makeError(errorCodeFor(error.kind), error.message);
}

int estimateTokens(const QString &text)
{
    qsizetype latin = 0;
    qsizetype wide = 0;
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0xFFEF)
            ++wide;
        else if (!c.isLowSurrogate())
            ++latin;
    }
    return int((latin + 3) / 4 + (wide * 2 + 2) / 3);
}

} // namespace musiaia::ai

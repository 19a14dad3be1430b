// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

namespace musiaia {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Unknown: return QStringLiteral("unknown");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::PermissionDenied: return QStringLiteral("permission-denied");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Corrupt: return QStringLiteral("corrupt");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::TooLarge: return QStringLiteral("too-large");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::Network: return QStringLiteral("network");
    case ErrorCode::Timeout: return QStringLiteral("timeout");
    case ErrorCode::Authentication: return QStringLiteral("authentication");
    case ErrorCode::QuotaExceeded: return QStringLiteral("quota-exceeded");
    case ErrorCode::RateLimited: return QStringLiteral("rate-limited");
    case ErrorCode::ContentFiltered: return QStringLiteral("content-filtered");
    case ErrorCode::ServerError: return QStringLiteral("server-error");
    case ErrorCode::InvalidResponse: return QStringLiteral("invalid-response");
    }
    return QStringLiteral("unknown");
}

} // namespace musiaia

// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierrors.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::api {

QJsonObject ApiError::toJson() const
{
    return QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
}

QByteArray ApiError::body() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

ApiError ApiError::badRequest(const QString &message) { return {400, u"bad_request"_s, message}; }
ApiError ApiError::unauthorized(const QString &message) { return {401, u"unauthorized"_s, message}; }
ApiError ApiError::forbidden(const QString &message) { return {403, u"forbidden"_s, message}; }
ApiError ApiError::notFound(const QString &message) { return {404, u"not_found"_s, message}; }
ApiError ApiError::methodNotAllowed(const QString &message) { return {405, u"method_not_allowed"_s, message}; }
ApiError ApiError::payloadTooLarge(const QString &message) { return {413, u"payload_too_large"_s, message}; }
ApiError ApiError::tooManyRequests(const QString &message) { return {429, u"too_many_requests"_s, message}; }
ApiError ApiError::unavailable(const QString &message) { return {503, u"unavailable"_s, message}; }
ApiError ApiError::internal(const QString &message) { return {500, u"internal"_s, message}; }

ApiError ApiError::fromError(const Error &error)
{
    int status = 500;
    switch (error.code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::Corrupt:
        status = 400;
        break;
    case ErrorCode::NotFound:
        status = 404;
        break;
    case ErrorCode::PermissionDenied:
        status = 403;
        break;
    case ErrorCode::Cancelled:
        status = 409;
        break;
    case ErrorCode::TooLarge:
        status = 413;
        break;
    case ErrorCode::Unsupported:
        status = 422;
        break;
    case ErrorCode::RateLimited:
    case ErrorCode::QuotaExceeded:
        status = 429;
        break;
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::Authentication:
    case ErrorCode::ServerError:
    case ErrorCode::InvalidResponse:
    case ErrorCode::ContentFiltered:
        status = 502;   // the AI provider behind us failed, not the request
        break;
    case ErrorCode::Unknown:
    case ErrorCode::Io:
    case ErrorCode::Database:
        status = 500;
        break;
    }
    return {status, errorCodeName(error.code).replace(u'-', u'_'), error.message};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Entity";
    case 426: return "Upgrade Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

} // namespace musiaia::api

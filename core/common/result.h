// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace musiaia {

// What went wrong, in a form the caller can branch on. The message is for the musician.
enum class ErrorCode {
    Unknown,
    Cancelled,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    Io,              // reading or writing a file or device failed
    Corrupt,         // the data is not what it claims to be (bad gzip, bad XML, bad audio)
    Unsupported,     // valid data we cannot handle (a newer Live, an unknown codec)
    TooLarge,
    Database,
    Network,
    Timeout,
    Authentication,
    QuotaExceeded,
    RateLimited,
    ContentFiltered,
    ServerError,
    InvalidResponse,
};

struct Error
{
    ErrorCode code = ErrorCode::Unknown;
    QString message;   // user-readable, translated where it reaches the UI

    friend bool operator==(const Error &, const Error &) = default;
};

// A value or an Error. Core APIs that can fail return this instead of throwing or returning bool.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_data(std::in_place_index<0>, value) {}
    Result(T &&value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    ErrorCode errorCode() const { return hasValue() ? ErrorCode::Unknown : error().code; }
    QString errorMessage() const { return hasValue() ? QString() : error().message; }

    template<typename U>
    T valueOr(U &&fallback) const &
    {
        return hasValue() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }

    const Error &error() const { return *m_error; }
    ErrorCode errorCode() const { return m_error ? m_error->code : ErrorCode::Unknown; }
    QString errorMessage() const { return m_error ? m_error->message : QString(); }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

// Stable names for logs and JSON output.
QString errorCodeName(ErrorCode code);

} // namespace musiaia

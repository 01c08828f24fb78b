#pragma once
// The one error vocabulary of Tanggap, and Result<T>, the value every layer returns where an
// outcome may be refused. Only src/http/response.cpp maps these to HTTP (add a mapping there
// when adding a code). Standard library only: the domain, which knows nothing else, uses it.

#include <concepts>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace tanggap::core {

enum class ErrorCode {
    malformed,           // the request cannot be parsed at all (400)
    unauthenticated,     // no or expired session (401)
    forbidden,           // authenticated but not allowed (403)
    not_found,           // absent, or present but outside the caller's remit (404)
    method_not_allowed,  // (405)
    illegal_transition,  // the status machine refuses the action (409)
    conflict,            // a uniqueness or concurrency clash (409)
    too_large,           // body or upload over its limit (413)
    unsupported_media,   // wrong content type (415)
    invalid_field,       // well-formed but a field breaks a rule (422)
    rate_limited,        // (429)
    unavailable,         // the store or a dependency is down (503)
    internal,            // a bug; the message stays generic (500)
    not_implemented,     // a protocol feature we do not support, e.g. a transfer coding (501)
};

const char* to_string(ErrorCode code);

struct Error {
    ErrorCode code;
    std::string message;  // safe to show to the client
    std::string field;    // JSON path of the offending field, or empty
};

inline Error make_error(ErrorCode code, std::string message, std::string field = {}) {
    return Error{code, std::move(message), std::move(field)};
}

// Thrown by Result<T>::value() on an error. Code above the domain checks results instead of
// relying on it; it exists for tests and start-up, where an error is a bug.
class ResultError : public std::runtime_error {
  public:
    explicit ResultError(const Error& error);
    const Error& error() const noexcept { return error_; }

  private:
    Error error_;
};

// A value or an Error. Constructed implicitly from either, like boost::system::result, which
// it replaced so that the domain needs nothing but the standard library.
template <class T>
class Result {
  public:
    Result() requires std::default_initializable<T> : state_(std::in_place_index<0>) {}

    template <class A>
    requires(std::constructible_from<T, A> && !std::convertible_to<A, Error> &&
             !std::same_as<std::remove_cvref_t<A>, Result>) explicit(!std::convertible_to<A, T>)
        Result(A&& value)  // NOLINT(google-explicit-constructor)
        : state_(std::in_place_index<0>, std::forward<A>(value)) {}

    template <class A, class B, class... More>
    requires std::constructible_from<T, A, B, More...> Result(A&& a, B&& b, More&&... more)
        : state_(std::in_place_index<0>,
                 std::forward<A>(a),
                 std::forward<B>(b),
                 std::forward<More>(more)...) {}

    Result(Error error)  // NOLINT(google-explicit-constructor)
        : state_(std::in_place_index<1>, std::move(error)) {}

    bool has_value() const noexcept { return state_.index() == 0; }
    bool has_error() const noexcept { return state_.index() == 1; }
    explicit operator bool() const noexcept { return has_value(); }

    T& value() & { return checked(), std::get<0>(state_); }
    const T& value() const& { return checked(), std::get<0>(state_); }
    T&& value() && { return checked(), std::get<0>(std::move(state_)); }

    T& operator*() & noexcept { return *std::get_if<0>(&state_); }
    const T& operator*() const& noexcept { return *std::get_if<0>(&state_); }
    T&& operator*() && noexcept { return std::move(*std::get_if<0>(&state_)); }
    T* operator->() noexcept { return std::get_if<0>(&state_); }
    const T* operator->() const noexcept { return std::get_if<0>(&state_); }

    // Precondition: has_error().
    Error& error() & noexcept { return *std::get_if<1>(&state_); }
    const Error& error() const& noexcept { return *std::get_if<1>(&state_); }
    Error&& error() && noexcept { return std::move(*std::get_if<1>(&state_)); }

  private:
    void checked() const {
        if (has_error()) throw ResultError(*std::get_if<1>(&state_));
    }

    std::variant<T, Error> state_;
};

// Success carries nothing: `return {};`.
template <>
class Result<void> {
  public:
    Result() = default;
    Result(Error error) : error_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool has_value() const noexcept { return !error_; }
    bool has_error() const noexcept { return error_.has_value(); }
    explicit operator bool() const noexcept { return has_value(); }

    void value() const {
        if (error_) throw ResultError(*error_);
    }
    void operator*() const noexcept {}

    // Precondition: has_error().
    Error& error() & noexcept { return *error_; }
    const Error& error() const& noexcept { return *error_; }
    Error&& error() && noexcept { return std::move(*error_); }

  private:
    std::optional<Error> error_;
};

}  // namespace tanggap::core

#pragma once

#include <memory>
#include <utility>
#include <variant>

#include "core/error/Error.h"

namespace Patronage {

/// What error() of a successful Result returns.
inline const Error &noError()
{
    static const Error none;
    return none;
}

/// A value or the Error that prevented it: the one way core reports failure.
/// Success costs nothing but the value: an Error is only made when there is one.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Result(Error failure)
        : m_state(std::in_place_index<1>, std::move(failure))
    { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    /// The failure; an empty Error on success (so a message may be composed either way).
    const Error &error() const { return ok() ? noError() : std::get<1>(m_state); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, Error> m_state;
};

/// Success, or the Error that prevented it.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error failure)
        : m_error(std::make_shared<const Error>(std::move(failure)))
    { }

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    /// The failure; an empty Error on success.
    const Error &error() const { return m_error ? *m_error : noError(); }

private:
    std::shared_ptr<const Error> m_error;
};

using Status = Result<void>;

} // namespace Patronage

#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace tw {

// A value or a message a person can act on (style: "errors are values"). No exceptions cross
// module boundaries.
template <typename T> class Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    // The value built in place: a type without a move constructor (QHostAddress) is not copied
    // on its way in.
    template <typename... Args>
    explicit Result(std::in_place_t, Args &&...args) : m_v(std::in_place_index<0>, std::forward<Args>(args)...)
    {
    }
    static Result failure(QString message) { return Result(Error{std::move(message)}); }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    QString error() const { return ok() ? QString() : std::get<1>(m_v).message; }

private:
    struct Error {
        QString message;
    };
    explicit Result(Error e) : m_v(std::move(e)) {}
    std::variant<T, Error> m_v;
};

} // namespace tw

#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <type_traits>

// A rendered text file is thousands of short pieces. TextBuilder writes them through a plain
// pointer into storage reserved ahead, so that a piece costs a copy and a bounds check, not
// QString::append's detach and growth bookkeeping on every call (bench/: the render's largest cost).

namespace tw {

class TextBuilder final {
public:
    explicit TextBuilder(qsizetype capacity = 1024) { grow(capacity); }
    TextBuilder(const TextBuilder &) = delete;
    TextBuilder &operator=(const TextBuilder &) = delete;

    TextBuilder &operator<<(QStringView s)
    {
        room(s.size());
        m_end = copyChars(s.utf16(), s.size(), m_end);
        return *this;
    }
    TextBuilder &operator<<(const QString &s) { return *this << QStringView(s); }
    TextBuilder &operator<<(QLatin1String s)
    {
        room(s.size());
        m_end = std::transform(s.begin(), s.end(), m_end, [](char c) { return char16_t(uchar(c)); });
        return *this;
    }
    // A string literal of our own (ASCII): its length is known when compiled.
    template <qsizetype N> TextBuilder &operator<<(const char (&literal)[N])
    {
        return *this << QLatin1String(literal, N - 1);
    }
    TextBuilder &operator<<(char16_t c)
    {
        room(1);
        *m_end++ = c;
        return *this;
    }
    TextBuilder &operator<<(QChar c) { return *this << c.unicode(); }

    // `pattern` with %1 ... %9 replaced by args[0] ... args[8]: QString::arg written straight into
    // the text, with no string made in between. One pass, so a value is never searched for
    // placeholders (chained QString::arg would replace a "%2" inside the first value). The rule
    // that makes it equal to QString::arg with all arguments at once: a pattern numbers its
    // placeholders 1 to n and is given n arguments. Otherwise a %N without its argument stays as it
    // is (QString::arg would fill the lowest-numbered ones), and "%12" is argument 1 then "2". The
    // render tests check that no rendered file holds a "%" and a digit.
    TextBuilder &fill(QStringView pattern, std::initializer_list<QStringView> args)
    {
        if (args.size() == 0) // nothing to replace: no need to look for placeholders
            return *this << pattern;
        for (;;) {
            // A plain loop: QStringView::indexOf costs more than it saves on patterns this short.
            const char16_t *const begin = pattern.utf16(), *const end = begin + pattern.size();
            const char16_t *percent = begin;
            while (percent != end && *percent != u'%')
                ++percent;
            if (end - percent < 2)
                return *this << pattern;
            const auto index = qsizetype(percent[1]) - qsizetype(u'1');
            const qsizetype at = percent - begin;
            if (index < 0 || index >= qsizetype(args.size())) { // a plain '%', or no such argument
                *this << pattern.first(at + 1);
                pattern = pattern.sliced(at + 1);
                continue;
            }
            *this << pattern.first(at) << args.begin()[index];
            pattern = pattern.sliced(at + 2);
        }
    }

    qsizetype size() const { return m_end - m_begin; }
    bool isEmpty() const { return m_end == m_begin; }
    // Appends again `length` characters written before, from offset `from` (RouterOS writes one
    // firewall rule twice).
    void repeat(qsizetype from, qsizetype length)
    {
        room(length); // may move the storage: offsets stay valid, pointers do not
        m_end = copyChars(m_begin + from, length, m_end);
    }
    // The text, leaving the builder empty.
    QString take()
    {
        m_text.truncate(size());
        m_begin = m_end = m_limit = nullptr;
        return std::move(m_text);
    }

private:
    // Copies n characters. Most pieces are a few words long: a call to memcpy (its dispatch on
    // size and CPU) cost more than the copy itself, a fifth of a render's time (perf). Up to
    // 256 bytes, two fixed-size copies that may overlap do it inline.
    static char16_t *copyChars(const char16_t *from, qsizetype n, char16_t *to)
    {
        const auto *s = reinterpret_cast<const char *>(from);
        auto *d = reinterpret_cast<char *>(to);
        const auto bytes = size_t(n) * sizeof(char16_t);
        const auto twoCopies = [&](auto chunk) {
            constexpr size_t size = decltype(chunk)::value;
            std::memcpy(d, s, size);
            std::memcpy(d + bytes - size, s + bytes - size, size);
        };
        if (bytes > 256)
            std::memcpy(d, s, bytes);
        else if (bytes > 128)
            twoCopies(std::integral_constant<size_t, 128>());
        else if (bytes > 64)
            twoCopies(std::integral_constant<size_t, 64>());
        else if (bytes > 32)
            twoCopies(std::integral_constant<size_t, 32>());
        else if (bytes > 16)
            twoCopies(std::integral_constant<size_t, 16>());
        else if (bytes > 8)
            twoCopies(std::integral_constant<size_t, 8>());
        else if (bytes > 4)
            twoCopies(std::integral_constant<size_t, 4>());
        else if (bytes > 0)
            twoCopies(std::integral_constant<size_t, 2>());
        return to + n;
    }
    void room(qsizetype n)
    {
        if (m_limit - m_end < n)
            grow(n);
    }
    void grow(qsizetype n)
    {
        const qsizetype used = size();
        m_text.resize(std::max(used + n, 2 * qsizetype(m_text.size())));
        m_begin = reinterpret_cast<char16_t *>(m_text.data());
        m_end = m_begin + used;
        m_limit = m_begin + m_text.size();
    }
    QString m_text; // its size is the capacity; what is written ends at m_end
    char16_t *m_begin = nullptr;
    char16_t *m_end = nullptr;
    char16_t *m_limit = nullptr;
};

// The decimal text of a number, without a QString: an argument of TextBuilder::fill. The view it
// converts to points into the object, so keep it as an argument or a named local, never a
// QStringView of a temporary.
class NumberText final {
public:
    explicit NumberText(qint64 value)
    {
        // Digits from the end of the buffer backwards; the magnitude as unsigned, so that the
        // most negative value needs no special case.
        quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
        char16_t *p = std::end(m_digits);
        do {
            *--p = char16_t(u'0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude);
        if (value < 0)
            *--p = u'-';
        m_begin = p;
    }
    NumberText(const NumberText &) = delete; // m_begin points into this object
    NumberText &operator=(const NumberText &) = delete;
    operator QStringView() const { return QStringView(m_begin, std::end(m_digits)); }

private:
    char16_t m_digits[20]; // "-9223372036854775808"
    const char16_t *m_begin;
};

} // namespace tw

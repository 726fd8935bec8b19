#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <type_traits>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

// A rendered text file is thousands of short pieces. TextBuilder writes them as UTF-8, the bytes
// the file will hold, through a plain pointer into storage reserved ahead: a piece costs a copy
// and a bounds check, not QString::append's detach and growth bookkeeping on every call, and the
// text needs no conversion at the end (bench/: the render's largest costs).
//
// Our own text (literals, patterns) is given as UTF-8 (std::string_view) and copied as it is;
// values (names, addresses, keys) come as QStringView and are encoded on the way in.

namespace tw {

namespace detail {
// Called only where a pattern breaks one of FillPattern's rules: the compiler names it in its error.
void fillPatternPlaceholdersMustBeNumbered1ToN();
void fillPatternPlaceholderMustNotBeFollowedByADigit();
void fillPatternHasMoreThan9Placeholders();
} // namespace detail

// A pattern of TextBuilder::fill: our own UTF-8 text in which %1 ... %9 stand for arguments. A
// '%' not followed by a digit 1-9 is text ("100%", "%%", "%0"). Checked when compiled: a pattern
// that uses %2 without %1 (any gap in 1 to n) does not compile, nor does one with a digit right
// after a placeholder ("%12": QString::arg would read it as placeholder 12). Where the
// placeholders are is worked out when compiled too, so fill() copies the text between them without
// searching it (up to 9 placeholders, as many as there are numbers). Taken by const reference:
// passed by value (40 bytes, on the stack), each fill copied it with wide loads across the
// caller's narrower stores, a store-forwarding stall perf put at a fifth of a sheet's fill time.
class FillPattern final {
public:
    static constexpr int kMaxPlaceholders = 9;

    template <size_t N> consteval FillPattern(const char (&text)[N]) : m_text(text, N - 1)
    {
        static_assert(N - 1 <= kMaxOffset + 2, "a fill pattern is a few lines of text: 4,097 characters at most");
        bool used[9] = {};
        const auto digit = [](char c) { return c >= '0' && c <= '9'; };
        for (size_t i = 0; i + 1 < m_text.size(); ++i) {
            if (m_text[i] != '%' || m_text[i + 1] < '1' || m_text[i + 1] > '9')
                continue;
            if (m_placeholderCount == kMaxPlaceholders)
                detail::fillPatternHasMoreThan9Placeholders();
            const int index = m_text[i + 1] - '1';
            m_placeholders[m_placeholderCount++] = quint16(i | index << kOffsetBits);
            used[index] = true;
            ++i;
            if (i + 1 < m_text.size() && digit(m_text[i + 1]))
                detail::fillPatternPlaceholderMustNotBeFollowedByADigit();
        }
        while (m_argumentCount < 9 && used[m_argumentCount])
            ++m_argumentCount;
        for (int n = m_argumentCount; n < 9; ++n)
            if (used[n])
                detail::fillPatternPlaceholdersMustBeNumbered1ToN();
    }

    constexpr std::string_view text() const { return m_text; }
    // How many arguments the pattern takes: n of its %1 ... %n.
    constexpr int argumentCount() const { return m_argumentCount; }
    // How many placeholders it holds (a number may stand more than once), where the i-th is (the
    // offset of its '%') and which argument it takes (0 for %1).
    constexpr int placeholderCount() const { return m_placeholderCount; }
    constexpr size_t placeholderAt(int i) const { return m_placeholders[i] & kMaxOffset; }
    constexpr size_t argumentIndexAt(int i) const { return m_placeholders[i] >> kOffsetBits; }

private:
    // A placeholder is its offset and its argument's index in one number: fill() reads both in one
    // load, where reading the digit from the text made a second load wait for the first.
    static constexpr int kOffsetBits = 12;
    static constexpr size_t kMaxOffset = (size_t(1) << kOffsetBits) - 1;
    std::string_view m_text;
    quint16 m_placeholders[kMaxPlaceholders] = {};
    quint8 m_placeholderCount = 0;
    quint8 m_argumentCount = 0;
};

class TextBuilder final {
public:
    explicit TextBuilder(qsizetype capacity = 1024) { grow(capacity); }
    TextBuilder(const TextBuilder &) = delete;
    TextBuilder &operator=(const TextBuilder &) = delete;
    // The storage moves with its pointers (a QByteArray's data stays where it is); the source is
    // left empty, as take() leaves it.
    TextBuilder(TextBuilder &&other) noexcept
        : m_text(std::move(other.m_text)), m_begin(std::exchange(other.m_begin, nullptr)),
          m_end(std::exchange(other.m_end, nullptr)), m_limit(std::exchange(other.m_limit, nullptr))
    {
    }
    TextBuilder &operator=(TextBuilder &&) = delete;

    // UTF-8 text of our own: copied byte for byte.
    [[gnu::always_inline]] TextBuilder &operator<<(std::string_view s)
    {
        room(qsizetype(s.size()));
        m_end = copyBytes(s.data(), qsizetype(s.size()), m_end);
        return *this;
    }
    // A string literal of our own: its length is known when compiled.
    template <size_t N> TextBuilder &operator<<(const char (&literal)[N])
    {
        return *this << std::string_view(literal, N - 1);
    }
    TextBuilder &operator<<(char c)
    {
        room(1);
        *m_end++ = c;
        return *this;
    }
    // A value, encoded as UTF-8 (as QString::toUtf8 encodes it).
    TextBuilder &operator<<(QStringView s)
    {
        room(s.size());
        const char16_t *const end = s.utf16() + s.size();
        const char16_t *const from = narrowAscii(s.utf16(), end, m_end);
        if (from != end)
            appendEncoded(QStringView(from, end));
        return *this;
    }
    TextBuilder &operator<<(const QString &s) { return *this << QStringView(s); }
    // A lone UTF-16 unit would be narrowed to a char without a word, and a number written as the
    // char of its value: say which it is (NumberText for numbers).
    TextBuilder &operator<<(char16_t) = delete;
    TextBuilder &operator<<(QChar) = delete;
    template <typename Number>
        requires std::is_arithmetic_v<Number> && (!std::is_same_v<Number, char>)
    TextBuilder &operator<<(Number) = delete;

    // `pattern` with %1 ... %9 replaced by args[0] ... args[8]: QString::arg written straight into
    // the text, with no string made in between. A value is never searched for placeholders
    // (chained QString::arg would replace a "%2" inside the first value). Equal to QString::arg
    // with all arguments at once when given as many arguments as the pattern numbers (FillPattern
    // rules out the rest); a placeholder without its argument stays as it is. The render tests
    // check that no rendered file holds a "%" and a digit.
    TextBuilder &fill(const FillPattern &pattern, std::initializer_list<QStringView> args)
    {
        return fillWith(pattern, args, [](QStringView value) { return value; });
    }
    // fill() with arguments of another kind, `view(argument)` giving the QStringView to encode or
    // the UTF-8 bytes (std::string_view) to copy (a RouterOS command's values, quoted ahead).
    //
    // Room for the whole fill is made once, and the pieces are written through a local pointer:
    // with the builder's own pointer, every byte stored (a char may alias anything) made the
    // compiler load the pointer, the limit and the pattern again for the next piece.
    template <typename Argument, typename View>
    TextBuilder &fillWith(const FillPattern &pattern, std::initializer_list<Argument> args, View view)
    {
        const int count = pattern.placeholderCount();
        const Argument *const values = args.begin();
        const size_t valueCount = args.size();
        qsizetype most = qsizetype(pattern.text().size());
        for (int i = 0; i < count; ++i)
            if (const size_t index = pattern.argumentIndexAt(i); index < valueCount)
                most += mostBytes(view(values[index]));
        room(most);
        const char *const text = pattern.text().data();
        const size_t textSize = pattern.text().size();
        char *to = m_end;
        size_t from = 0; // the text before each placeholder, then the placeholder's value
        for (int i = 0; i < count; ++i) {
            const size_t at = pattern.placeholderAt(i), index = pattern.argumentIndexAt(i);
            to = copyBytes(text + from, qsizetype(at - from), to);
            if (index < valueCount)
                to = put(view(values[index]), to);
            else // no such argument: the placeholder stays as it is
                to = copyBytes(text + at, 2, to);
            from = at + 2;
        }
        m_end = copyBytes(text + from, qsizetype(textSize - from), to);
        return *this;
    }

    qsizetype size() const { return m_end - m_begin; }
    bool isEmpty() const { return m_end == m_begin; }
    // The text written so far, valid until the next append.
    std::string_view text() const { return std::string_view(m_begin, size_t(size())); }
    // Drops what was written after the first `size` bytes (a value written tentatively).
    void truncate(qsizetype size)
    {
        Q_ASSERT(size >= 0 && size <= this->size());
        m_end = m_begin + size;
    }
    // Appends again `length` bytes written before, from offset `from` (RouterOS writes one
    // firewall rule twice).
    void repeat(qsizetype from, qsizetype length)
    {
        room(length); // may move the storage: offsets stay valid, pointers do not
        m_end = copyBytes(m_begin + from, length, m_end);
    }
    // The text, leaving the builder empty. The storage shrinks to the text (realloc shrinks in
    // place): a render holds thousands of files, each reserved larger than it turned out.
    QByteArray take()
    {
        m_text.truncate(size());
        m_text.squeeze();
        m_begin = m_end = m_limit = nullptr;
        return std::move(m_text);
    }

private:
    // The most bytes a value can take in UTF-8, and the value written at `to` (room made for that
    // most); fillWith's two kinds of value.
    static qsizetype mostBytes(std::string_view bytes) { return qsizetype(bytes.size()); }
    static qsizetype mostBytes(QStringView value) { return 3 * value.size(); } // a unit, or half a pair of 4 bytes
    static char *put(std::string_view bytes, char *to) { return copyBytes(bytes.data(), qsizetype(bytes.size()), to); }
    static char *put(QStringView value, char *to)
    {
        const char16_t *const end = value.utf16() + value.size();
        const char16_t *const from = narrowAscii(value.utf16(), end, to);
        return from == end ? to : encodeRest(QStringView(from, end), to);
    }
    // Copies n bytes. Most pieces are a few words long: a call to memcpy (its dispatch on size
    // and CPU) cost more than the copy itself, a fifth of a render's time (perf). Up to 128
    // bytes, two fixed-size copies that may overlap do it without that call.
    // Always inlined: a call per piece was a tenth of a render's time (perf), and inlined into a
    // fill of a known pattern the size tests fold away. gcc then checks the branches for sizes the
    // piece never has (even negative ones) against the literal it reads and warns: false
    // positives, silenced for this function alone.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Warray-bounds"
#pragma GCC diagnostic ignored "-Wstringop-overflow"
#pragma GCC diagnostic ignored "-Wstringop-overread"
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
    [[gnu::always_inline]] static char *copyBytes(const char *from, qsizetype n, char *to)
    {
        const auto bytes = size_t(n);
        const auto twoCopies = [&](auto chunk) {
            constexpr size_t size = decltype(chunk)::value;
            std::memcpy(to, from, size);
            std::memcpy(to + bytes - size, from + bytes - size, size);
        };
        // Sizes by halves, the short pieces (the most) first: at most four tests to a copy.
        if (bytes <= 16) {
            if (bytes > 8)
                twoCopies(std::integral_constant<size_t, 8>());
            else if (bytes > 4)
                twoCopies(std::integral_constant<size_t, 4>());
            else if (bytes > 2)
                twoCopies(std::integral_constant<size_t, 2>());
            else if (bytes > 0)
                twoCopies(std::integral_constant<size_t, 1>());
        } else if (bytes <= 64) {
            if (bytes > 32)
                twoCopies(std::integral_constant<size_t, 32>());
            else
                twoCopies(std::integral_constant<size_t, 16>());
        } else if (bytes <= 128) {
            twoCopies(std::integral_constant<size_t, 64>());
        } else {
            std::memcpy(to, from, bytes);
        }
        return to + n;
    }
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
    // Copies characters to `out` one byte each up to the first one outside ASCII, advances `out`
    // past them and returns where it stopped. Values are nearly always ASCII and short (names,
    // addresses, algorithm lists): where SSE2 is there (every x86-64) eight characters at a time,
    // and the last few, or a value of 4 to 7, as chunks that may overlap what is already written
    // (the same bytes again); one by one only below 4 or from a non-ASCII character on. The
    // caller has made room for the whole value.
    static const char16_t *narrowAscii(const char16_t *from, const char16_t *end, char *&out)
    {
        char *to = out; // a local: a store through char* may alias `out`, which would be re-read after each byte
#ifdef __SSE2__
        const __m128i high = _mm_set1_epi16(short(0xFF80));
        const auto ascii = [&](__m128i chunk) {
            return _mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(chunk, high), _mm_setzero_si128())) == 0xFFFF;
        };
        const auto load8 = [](const char16_t *p) { return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p)); };
        const auto load4 = [](const char16_t *p) { return _mm_loadl_epi64(reinterpret_cast<const __m128i *>(p)); };
        if (end - from >= 8) {
            while (end - from >= 8 && ascii(load8(from))) {
                _mm_storel_epi64(reinterpret_cast<__m128i *>(to), _mm_packus_epi16(load8(from), load8(from)));
                from += 8;
                to += 8;
            }
            const qsizetype rest = end - from;
            if (rest > 0 && rest < 8 && ascii(load8(end - 8))) { // the last eight, some written already
                const __m128i last = load8(end - 8);
                _mm_storel_epi64(reinterpret_cast<__m128i *>(to + rest - 8), _mm_packus_epi16(last, last));
                out = to + rest;
                return end;
            }
        } else if (end - from >= 4) {
            // A 4-to-7 character value: its first four and its last four (the same ones at 4).
            const __m128i first = load4(from), last = load4(end - 4);
            // The upper halves are zero after a 64-bit load, which passes the ASCII test.
            if (ascii(first) && ascii(last)) {
                const qsizetype n = end - from;
                const int firstBytes = _mm_cvtsi128_si32(_mm_packus_epi16(first, first));
                const int lastBytes = _mm_cvtsi128_si32(_mm_packus_epi16(last, last));
                std::memcpy(to, &firstBytes, 4);
                std::memcpy(to + n - 4, &lastBytes, 4);
                out = to + n;
                return end;
            }
        }
#endif
        while (from != end && *from < 0x80)
            *to++ = char(*from++);
        out = to;
        return from;
    }
    // The rest of a value from its first non-ASCII character on (rare: the checks keep most values
    // ASCII, and RouterOS quoting escapes everything else). Each value is encoded on
    // its own, where QString::toUtf8 of a whole text would join a lone high surrogate at the end of
    // one value with a lone low one at the start of the next; the loader refuses lone surrogates.
    void appendEncoded(QStringView rest)
    {
        room(3 * rest.size());
        m_end = encodeRest(rest, m_end);
    }
    // The same at `to`, where room for 3 bytes a unit has been made.
    static char *encodeRest(QStringView rest, char *to)
    {
        const QByteArray utf8 = rest.toUtf8();
        return copyBytes(utf8.constData(), utf8.size(), to);
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
        m_begin = m_text.data();
        m_end = m_begin + used;
        m_limit = m_begin + m_text.size();
    }
    QByteArray m_text; // its size is the capacity; what is written ends at m_end
    char *m_begin = nullptr;
    char *m_end = nullptr;
    char *m_limit = nullptr;
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

// A short text made of a few pieces ("tw-" and a link's name, an address and "/32"), held in
// place: an argument of TextBuilder::fill or a value to quote, made where a QString would cost a
// heap block each time (a longer text than 64 units still works, on the heap). Like NumberText,
// keep it as an argument or a named object, never a QStringView of a temporary.
class JoinedText final {
public:
    JoinedText() = default; // empty
    JoinedText(std::initializer_list<QStringView> pieces)
    {
        for (const QStringView piece : pieces)
            append(piece);
    }
    // Another piece at the end: a list joined as it is read.
    void append(QStringView piece) { m_text.append(piece.utf16(), piece.size()); }
    bool isEmpty() const { return m_text.isEmpty(); }
    operator QStringView() const { return QStringView(m_text.constData(), m_text.size()); }

private:
    QVarLengthArray<char16_t, 64> m_text;
};

} // namespace tw

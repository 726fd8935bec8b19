#include "render/routeros/RouterOsQuote.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tw::routeros {
namespace {

// Which ASCII characters may stand unquoted: 1 plain (isPlain), 2 also in a bare word (isBareWord).
// A table for texts of under four characters (and where there is no SSE2); longer ones go through
// the same sets sixteen bytes or eight UTF-16 units at a time.
constexpr std::array<quint8, 128> kBareness = [] {
    std::array<quint8, 128> t{};
    for (int c = 0; c < 128; ++c)
        t[c] = RouterOsQuote::isPlainByte(char(c)) ? 1 : RouterOsQuote::isBareWordByte(char(c)) ? 2 : 0;
    return t;
}();

// The sets are lambdas, not functions: each has a type of its own, so allBytesInSet and
// allUnitsInSet are made for each set with the test inlined, where a function pointer was called
// once per chunk (perf: bareWordBytes alone took 0.8% of a render).
constexpr auto isPlainChar = [](char16_t c) { return c < 128 && kBareness[c] == 1; };
constexpr auto isBareWordChar = [](char16_t c) { return c < 128 && kBareness[c] != 0; };

#ifdef __SSE2__
// The same sets, sixteen bytes at a time: each byte in the set becomes 0xFF. A renderer checks
// every address and list it writes (one character at a time this was a twentieth of a render).
__m128i inRange(__m128i bytes, char low, char high)
{
    // bytes - low, as unsigned, is at most high - low exactly inside the range.
    const __m128i offset = _mm_sub_epi8(bytes, _mm_set1_epi8(low));
    return _mm_cmpeq_epi8(_mm_subs_epu8(offset, _mm_set1_epi8(char(high - low))), _mm_setzero_si128());
}
__m128i lettersOrUnderscore(__m128i bytes)
{
    // Setting bit 5 turns A-Z into a-z and no byte outside A-Z into one inside a-z.
    const __m128i letters = inRange(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), 'a', 'z');
    return _mm_or_si128(letters, _mm_cmpeq_epi8(bytes, _mm_set1_epi8('_')));
}
constexpr auto plainBytes = [](__m128i bytes) {
    return _mm_or_si128(lettersOrUnderscore(bytes), _mm_or_si128(inRange(bytes, '0', '9'), inRange(bytes, '-', '.')));
};
constexpr auto bareWordBytes = [](__m128i bytes) {
    return _mm_or_si128(lettersOrUnderscore(bytes), inRange(bytes, ',', ':')); // , - . / 0-9 :
};
// The mask of the bytes in a set, one bit each.
template <typename Lanes> int inSetMask(Lanes lanes, __m128i bytes) { return _mm_movemask_epi8(lanes(bytes)); }
#else
// Without SSE2 the sets are tested one character at a time.
constexpr std::nullptr_t plainBytes = nullptr, bareWordBytes = nullptr;
#endif

// Whether every byte of a non-empty text is in a set: `lanes` tests sixteen at a time, `inSet`
// one. Sixteen at a time up the text and the last sixteen (some tested twice); a text of 4 to 15 as
// its first and its last four or eight; below that one by one.
template <typename Lanes, typename InSet>
bool allBytesInSet(std::string_view text, [[maybe_unused]] Lanes lanes, InSet inSet)
{
    const char *from = text.data();
    const char *const end = from + text.size();
    if (from == end)
        return false;
#ifdef __SSE2__
    const auto load16 = [](const char *p) { return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p)); };
    const auto load8 = [](const char *p) { return _mm_loadl_epi64(reinterpret_cast<const __m128i *>(p)); };
    const auto load4 = [](const char *p) {
        int four;
        std::memcpy(&four, p, 4);
        return _mm_cvtsi32_si128(four);
    };
    const qsizetype n = end - from;
    if (n >= 16) {
        for (; end - from > 16; from += 16)
            if (inSetMask(lanes, load16(from)) != 0xFFFF)
                return false;
        return inSetMask(lanes, load16(end - 16)) == 0xFFFF;
    }
    // The bytes above a shorter load are zero, which no set holds: only the loaded ones count.
    if (n >= 8)
        return (inSetMask(lanes, load8(from)) & inSetMask(lanes, load8(end - 8)) & 0xFF) == 0xFF;
    if (n >= 4)
        return (inSetMask(lanes, load4(from)) & inSetMask(lanes, load4(end - 4)) & 0xF) == 0xF;
#endif
    return std::all_of(from, end, [&](char c) { return inSet(char16_t(uchar(c))); });
}

// The same for UTF-16 text: the sets hold ASCII only, so a text is in a set when its units, packed
// into bytes, are (a unit of 0x100 or more packs into 0xFF or 0x00, which no set holds).
template <typename Lanes, typename InSet>
bool allUnitsInSet(QStringView text, [[maybe_unused]] Lanes lanes, InSet inSet)
{
    const char16_t *from = text.utf16();
    const char16_t *const end = from + text.size();
    if (from == end)
        return false;
#ifdef __SSE2__
    const auto packed8 = [](const char16_t *p) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        return _mm_packus_epi16(units, units);
    };
    if (end - from >= 8) {
        for (; end - from > 8; from += 8)
            if (inSetMask(lanes, packed8(from)) != 0xFFFF)
                return false;
        return inSetMask(lanes, packed8(end - 8)) == 0xFFFF;
    }
    if (end - from >= 4) {
        const auto packed4 = [](const char16_t *p) {
            const __m128i units = _mm_loadl_epi64(reinterpret_cast<const __m128i *>(p));
            return _mm_packus_epi16(units, units);
        };
        return (inSetMask(lanes, packed4(from)) & inSetMask(lanes, packed4(end - 4)) & 0xF) == 0xF;
    }
#endif
    return std::all_of(from, end, inSet);
}

// Printable ASCII without a character to escape (comments such as "tunnelwright:hq-branch"): reads
// back as itself between quotes.
bool quotesAsItIs(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u < 0x7F && u != u'\\' && u != u'"' && u != u'$' && u != u'?';
    });
}

// RouterOS reads \HH only with uppercase digits: \a \b \f are the BEL/BS/FF escapes (Scripting
// manual, "Constant Escape Sequences"), so a lowercase hex digit first would change the meaning.
void appendHex(TextBuilder &out, unsigned char byte)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    out << '\\' << kDigits[byte >> 4] << kDigits[byte & 0x0F];
}

} // namespace

bool RouterOsQuote::isPlain(QStringView text) { return allUnitsInSet(text, plainBytes, isPlainChar); }

bool RouterOsQuote::isBareWord(QStringView text)
{
    return allUnitsInSet(text, bareWordBytes, isBareWordChar);
}

QString RouterOsQuote::word(QStringView text) { return isBareWord(text) ? text.toString() : value(text); }

void RouterOsQuote::appendWord(TextBuilder &out, QStringView text)
{
    // Written as it would stand bare, then checked in the bytes written: one pass over the text in
    // the common case. Anything else is written again, quoted.
    const qsizetype start = out.size();
    out << text;
    if (allBytesInSet(out.text().substr(size_t(start)), bareWordBytes, isBareWordChar))
        return;
    out.truncate(start);
    appendValue(out, text);
}

QString RouterOsQuote::value(QStringView text)
{
    // The common cases as one string each; escapes go through appendValue, the one place that
    // writes them.
    if (isPlain(text))
        return text.toString();
    if (quotesAsItIs(text))
        return QString(u'"' + text + u'"');
    TextBuilder out(text.size() + 2);
    appendValue(out, text);
    return QString::fromUtf8(out.take());
}

void RouterOsQuote::appendValue(TextBuilder &out, QStringView text)
{
    const qsizetype start = out.size();
    out << text; // plain text stands as it is (checked in the bytes written, as in appendWord)
    if (allBytesInSet(out.text().substr(size_t(start)), plainBytes, isPlainChar))
        return;
    out.truncate(start);
    if (quotesAsItIs(text)) { // one append instead of one per byte
        out << '"' << text << '"';
        return;
    }
    // Work on the UTF-8 bytes: what the router stores is bytes, and a byte escape is exact.
    const QByteArray bytes = text.toUtf8();
    out << '"';
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == '\\' || b == '"' || b == '$') {
            // `$` would start a variable reference; `\` and `"` would end or bend the string.
            out << '\\' << char(b);
        } else if (b == '?') {
            // A bare `?` opens the help in a terminal (v6) and `\?` left the v7 escape list.
            appendHex(out, b);
        } else if (b < 0x20 || b >= 0x7F) {
            // Control bytes (newline would end the command) and every byte of a non-ASCII
            // character: the file stays plain ASCII, whatever encoding an editor assumes.
            appendHex(out, b);
        } else {
            out << char(b);
        }
    }
    out << '"';
}

} // namespace tw::routeros

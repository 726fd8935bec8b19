#include "render/routeros/RouterOsQuote.h"

#include <algorithm>
#include <array>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tw::routeros {
namespace {

// Which ASCII characters may stand unquoted: 1 plain (isPlain), 2 also in a bare word (isBareWord).
// A table for texts of under four units (and where there is no SSE2); longer ones go through the
// same sets eight units at a time.
constexpr std::array<quint8, 128> kBareness = [] {
    std::array<quint8, 128> t{};
    for (char c = 'a'; c <= 'z'; ++c)
        t[uchar(c)] = t[uchar(c - 'a' + 'A')] = 1;
    for (char c = '0'; c <= '9'; ++c)
        t[uchar(c)] = 1;
    t['.'] = t['_'] = t['-'] = 1;
    t[':'] = t['/'] = t[','] = 2;
    return t;
}();

bool isPlainChar(char16_t c) { return c < 128 && kBareness[c] == 1; }
bool isBareWordChar(char16_t c) { return c < 128 && kBareness[c] != 0; }

#ifdef __SSE2__
// The same sets, eight UTF-16 units at a time: each lane in the set becomes 0xFFFF. A renderer
// checks every address and list it writes (perf: a twentieth of a render, one unit at a time).
__m128i inRange(__m128i units, char16_t low, char16_t high)
{
    // units - low, as unsigned, is at most high - low exactly inside the range.
    const __m128i offset = _mm_sub_epi16(units, _mm_set1_epi16(short(low)));
    return _mm_cmpeq_epi16(_mm_subs_epu16(offset, _mm_set1_epi16(short(high - low))), _mm_setzero_si128());
}
__m128i lettersOrUnderscore(__m128i units)
{
    // Setting bit 5 turns A-Z into a-z and no unit outside A-Z into one inside a-z.
    const __m128i letters = inRange(_mm_or_si128(units, _mm_set1_epi16(0x20)), u'a', u'z');
    return _mm_or_si128(letters, _mm_cmpeq_epi16(units, _mm_set1_epi16(short(u'_'))));
}
__m128i plainLanes(__m128i units)
{
    return _mm_or_si128(lettersOrUnderscore(units),
                        _mm_or_si128(inRange(units, u'0', u'9'), inRange(units, u'-', u'.')));
}
__m128i bareWordLanes(__m128i units)
{
    return _mm_or_si128(lettersOrUnderscore(units), inRange(units, u',', u':')); // , - . / 0-9 :
}
#endif

// Whether every unit of a non-empty text is in a set: `lanes` tests eight at a time, `inSet` one.
// Eight at a time up the text and the last eight (some tested twice); a text of 4 to 7 as its first
// and its last four; below that one by one.
template <typename Lanes, typename InSet> bool allInSet(QStringView text, [[maybe_unused]] Lanes lanes, InSet inSet)
{
    const char16_t *from = text.utf16();
    const char16_t *const end = from + text.size();
    if (from == end)
        return false;
#ifdef __SSE2__
    const auto load8 = [](const char16_t *p) { return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p)); };
    const auto load4 = [](const char16_t *p) { return _mm_loadl_epi64(reinterpret_cast<const __m128i *>(p)); };
    const auto all8 = [&](__m128i units) { return _mm_movemask_epi8(lanes(units)) == 0xFFFF; };
    if (end - from >= 8) {
        for (; end - from > 8; from += 8)
            if (!all8(load8(from)))
                return false;
        return all8(load8(end - 8));
    }
    if (end - from >= 4) // the four upper lanes of a 64-bit load are zero, which no set holds
        return (_mm_movemask_epi8(_mm_and_si128(lanes(load4(from)), lanes(load4(end - 4)))) & 0xFF) == 0xFF;
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

bool RouterOsQuote::isPlain(QStringView text)
{
#ifdef __SSE2__
    return allInSet(text, plainLanes, isPlainChar);
#else
    return allInSet(text, nullptr, isPlainChar);
#endif
}

bool RouterOsQuote::isBareWord(QStringView text)
{
#ifdef __SSE2__
    return allInSet(text, bareWordLanes, isBareWordChar);
#else
    return allInSet(text, nullptr, isBareWordChar);
#endif
}

QString RouterOsQuote::word(QStringView text) { return isBareWord(text) ? text.toString() : value(text); }

void RouterOsQuote::appendWord(TextBuilder &out, QStringView text)
{
    if (isBareWord(text))
        out << text;
    else
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
    if (isPlain(text)) {
        out << text;
        return;
    }
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

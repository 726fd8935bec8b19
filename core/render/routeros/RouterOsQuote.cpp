#include "render/routeros/RouterOsQuote.h"

#include <algorithm>
#include <array>

namespace tw::routeros {
namespace {

// Which ASCII characters may stand unquoted: 1 plain (isPlain), 2 also in a bare word (isBareWord).
// A table: every value of every command is checked character by character.
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
    if (text.isEmpty())
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return isPlainChar(c.unicode()); });
}

bool RouterOsQuote::isBareWord(QStringView text)
{
    if (text.isEmpty())
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return isBareWordChar(c.unicode()); });
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

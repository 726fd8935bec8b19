#include "render/routeros/RouterOsQuote.h"

#include <algorithm>

namespace tw::routeros {
namespace {

bool isPlainChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' ||
           c == u'-';
}

// RouterOS reads \HH only with uppercase digits: \a \b \f are the BEL/BS/FF escapes (Scripting
// manual, "Constant Escape Sequences"), so a lowercase hex digit first would change the meaning.
void appendHex(TextBuilder &out, unsigned char byte)
{
    static constexpr char16_t kDigits[] = u"0123456789ABCDEF";
    out << u'\\' << kDigits[byte >> 4] << kDigits[byte & 0x0F];
}

} // namespace

bool RouterOsQuote::isPlain(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (!isPlainChar(c.unicode()))
            return false;
    return true;
}

bool RouterOsQuote::isBareWord(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (!isPlainChar(c.unicode()) && c != u':' && c != u'/' && c != u',')
            return false;
    return true;
}

QString RouterOsQuote::word(QStringView text)
{
    TextBuilder out(text.size() + 2);
    appendWord(out, text);
    return out.take();
}

void RouterOsQuote::appendWord(TextBuilder &out, QStringView text)
{
    if (isBareWord(text))
        out << text;
    else
        appendValue(out, text);
}

QString RouterOsQuote::value(QStringView text)
{
    TextBuilder out(text.size() + 2);
    appendValue(out, text);
    return out.take();
}

void RouterOsQuote::appendValue(TextBuilder &out, QStringView text)
{
    if (isPlain(text)) {
        out << text;
        return;
    }
    // Printable ASCII without a character to escape (comments such as "tunnelwright:hq-branch")
    // reads back as itself between quotes: one append instead of one per byte.
    if (!text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
            const char16_t u = c.unicode();
            return u >= 0x20 && u < 0x7F && u != u'\\' && u != u'"' && u != u'$' && u != u'?';
        })) {
        out << u'"' << text << u'"';
        return;
    }
    // Work on the UTF-8 bytes: what the router stores is bytes, and a byte escape is exact.
    const QByteArray bytes = text.toUtf8();
    out << u'"';
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == '\\' || b == '"' || b == '$') {
            // `$` would start a variable reference; `\` and `"` would end or bend the string.
            out << u'\\' << char16_t(b);
        } else if (b == '?') {
            // A bare `?` opens the help in a terminal (v6) and `\?` left the v7 escape list.
            appendHex(out, b);
        } else if (b < 0x20 || b >= 0x7F) {
            // Control bytes (newline would end the command) and every byte of a non-ASCII
            // character: the file stays plain ASCII, whatever encoding an editor assumes.
            appendHex(out, b);
        } else {
            out << char16_t(b);
        }
    }
    out << u'"';
}

} // namespace tw::routeros

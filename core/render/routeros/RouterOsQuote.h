#pragma once

#include "render/TextBuilder.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

// The one way a value is written into a RouterOS script (docs/quoting-routeros.md). Every string
// that did not come from our own vocabulary (names, interfaces, keys, passwords, comments) goes
// through value(); addresses, lists and keywords the renderer composes go through word(), which
// falls back to value() for anything outside its small bare set.

namespace tw::routeros {

class RouterOsQuote final {
public:
    RouterOsQuote() = delete;

    // True when the text can stand unquoted after `name=`: one or more of [A-Za-z0-9._-].
    static bool isPlain(QStringView text);

    // The text as a RouterOS script value: plain text as it is, anything else inside "..." where
    // `\` `"` `$` are backslash-escaped, `?` is \3F, and every control byte and every byte of a
    // non-ASCII UTF-8 sequence is \HH (uppercase hex). The script reads back exactly the UTF-8
    // bytes of `text`, and nothing in it can end the string, the line or the command.
    static QString value(QStringView text);
    // value(text) appended to `out`: scripts are built in one string, without a temporary per value.
    static void appendValue(TextBuilder &out, QStringView text);

    // For values the renderer composed itself (keywords, numbers, addresses, prefixes, lists such
    // as aes-256,aes-128): written bare when made of [A-Za-z0-9._:/,-] as /export writes them,
    // otherwise exactly as value() writes them.
    static bool isBareWord(QStringView text);
    static QString word(QStringView text);
    static void appendWord(TextBuilder &out, QStringView text);

    // The two sets, one byte at a time: the one definition the checks above and the
    // compile-time checks of our own keywords (RouterOsKeyword) share.
    static constexpr bool isPlainByte(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
               c == '-';
    }
    static constexpr bool isBareWordByte(char c) { return isPlainByte(c) || c == ':' || c == '/' || c == ','; }
};

} // namespace tw::routeros

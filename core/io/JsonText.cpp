#include "io/JsonText.h"

namespace tw {

void appendJsonString(QByteArray &out, QStringView s)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    qsizetype i = 0;
    while (i < s.size()) {
        const char16_t u = s[i].unicode();
        if (u >= 0x80) {
            // A run of non-ASCII characters at once: UTF-8 conversion keeps surrogate pairs together.
            qsizetype end = i + 1;
            while (end < s.size() && s[end].unicode() >= 0x80)
                ++end;
            out += s.mid(i, end - i).toUtf8();
            i = end;
            continue;
        }
        if (u == '"' || u == '\\') {
            out += '\\';
            out += char(u);
        } else if (u < 0x20) {
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 0xF];
        } else {
            out += char(u); // the common case, a byte at a time
        }
        ++i;
    }
    out += '"';
}

} // namespace tw

#include "io/JsonText.h"

#include <algorithm>

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
            // The common case: a run of ASCII that needs no escape, appended at once.
            qsizetype end = i + 1;
            while (end < s.size() && s[end].unicode() >= 0x20 && s[end].unicode() < 0x80 && s[end] != u'"' &&
                   s[end] != u'\\')
                ++end;
            const qsizetype at = out.size();
            out.resize(at + (end - i));
            std::transform(s.begin() + i, s.begin() + end, out.begin() + at, [](QChar c) { return char(c.unicode()); });
            i = end;
            continue;
        }
        ++i;
    }
    out += '"';
}

} // namespace tw

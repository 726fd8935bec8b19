#include "render/client/PowerShellQuote.h"

#include <QStringList>

namespace tw {
namespace {

bool isPowerShellQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || (u >= 0x2018 && u <= 0x201B);
}

// C0 and C1 controls and DEL: what may not appear literally in the script.
bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u <= 0x9F);
}

} // namespace

QString powerShellQuote(const QString &value)
{
    QStringList parts;
    QString current = QStringLiteral("'"); // an unterminated single-quoted string
    for (QChar c : value) {
        if (isControl(c)) {
            if (current.size() > 1)
                parts << current + QLatin1Char('\'');
            parts << QStringLiteral("[char]%1").arg(int(c.unicode()));
            current = QStringLiteral("'");
            continue;
        }
        current += c;
        if (isPowerShellQuote(c))
            current += c;
    }
    if (parts.isEmpty())
        return current + QLatin1Char('\'');
    if (current.size() > 1)
        parts << current + QLatin1Char('\'');
    // [char] + [char] would add numbers; a leading string makes every + a concatenation.
    if (parts.first().startsWith(QLatin1String("[char]")))
        parts.prepend(QStringLiteral("''"));
    return QLatin1Char('(') + parts.join(QStringLiteral(" + ")) + QLatin1Char(')');
}

} // namespace tw

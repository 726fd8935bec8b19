#include "render/ciscoios/CiscoIosQuote.h"

#include "validate/KeyStrength.h"

#include <QRegularExpression>

#include <algorithm>

namespace tw::ciscoios {

std::optional<QString> CiscoIosQuote::keyProblem(const QString &key)
{
    // A leading '!' is where IOS comment handling could begin; public configs only show '!' inside
    // keys (letmein!), never first.
    if (key.startsWith(QLatin1Char('!')))
        return QStringLiteral("starts with '!', which cisco-ios can read as the start of a comment; move it or use "
                              "another first character");
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key[i];
        if (c == QLatin1Char('?'))
            return QStringLiteral("contains '?' (position %1): the cisco-ios command line answers '?' with help at "
                                  "once, so the key never reaches the router. Use letters, digits and - _ . instead")
                .arg(i + 1);
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            return QStringLiteral("contains a quotation mark (position %1): cisco-ios has no quoting for keys and its "
                                  "parsers do not agree on what quotes mean. Use letters, digits and - _ . instead")
                .arg(i + 1);
    }
    return std::nullopt;
}

bool CiscoIosQuote::isWritableKey(const QString &key)
{
    // The minimum length also keeps a key from being read as the `0`/`6` key-type keyword.
    if (key.size() < kPskMinLength || key.size() > kPskMaxLength)
        return false;
    for (QChar c : key)
        if (c.unicode() < 0x21 || c.unicode() > 0x7E)
            return false;
    return !keyProblem(key);
}

bool CiscoIosQuote::isInterfaceName(const QString &name)
{
    // A type name, then its numbers. The type may hold digits, but not end in one (Dot11Radio0).
    // anchoredPattern, not ^...$: '$' also matches before a final newline.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z-])?[0-9]+([/.:][0-9]+)*")));
    return name.size() <= 64 && re.match(name).hasMatch();
}

bool CiscoIosQuote::maySameInterface(const QString &a, const QString &b)
{
    const auto numberAt = [](const QString &s) { return std::find_if(s.begin(), s.end(), [](QChar c) { return c.isDigit(); }) - s.begin(); };
    const qsizetype na = numberAt(a), nb = numberAt(b);
    if (QStringView(a).mid(na) != QStringView(b).mid(nb))
        return false;
    const QStringView typeA = QStringView(a).left(na), typeB = QStringView(b).left(nb);
    const QStringView shorter = typeA.size() <= typeB.size() ? typeA : typeB;
    const QStringView longer = typeA.size() <= typeB.size() ? typeB : typeA;
    return longer.startsWith(shorter, Qt::CaseInsensitive);
}

bool CiscoIosQuote::isName(const QString &name)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z][A-Za-z0-9_.-]{0,31}")));
    return re.match(name).hasMatch();
}

} // namespace tw::ciscoios

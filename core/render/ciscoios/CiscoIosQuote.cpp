#include "render/ciscoios/CiscoIosQuote.h"

#include "validate/KeyStrength.h"

#include <algorithm>
#include <utility>

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
    // A type name, then its numbers: [A-Za-z]([A-Za-z0-9-]*[A-Za-z-])?[0-9]+([/.:][0-9]+)*. The type
    // may hold digits but ends in a letter or '-' (Dot11Radio0), so the numbers are the longest run
    // of digits and separators at the end. One pass from the end, by hand, not a regex: check and
    // every Cisco render run this for each interface of each Cisco side.
    const auto isLetter = [](char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    const auto isDigit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
    const auto isSeparator = [](char16_t c) { return c == u'/' || c == u'.' || c == u':'; };
    if (name.isEmpty() || name.size() > 64)
        return false;
    const char16_t *const begin = QStringView(name).utf16();
    const char16_t *numbers = begin + name.size();
    // The numbers: digits, single separators between them, a digit last and first.
    bool digitAfter = false; // the character after the one looked at is a digit
    while (numbers > begin && (isDigit(numbers[-1]) || isSeparator(numbers[-1]))) {
        const bool digit = isDigit(numbers[-1]);
        if (!digit && !digitAfter)
            return false;
        digitAfter = digit;
        --numbers;
    }
    if (!digitAfter || numbers == begin || !isLetter(*begin))
        return false;
    // The type: letters, digits and '-'; it ends in a letter or '-', since the run above took every
    // digit before the numbers.
    for (const char16_t *c = begin + 1; c < numbers; ++c)
        if (!isLetter(*c) && !isDigit(*c) && *c != u'-')
            return false;
    return true;
}

namespace {

// "Dot11Radio0" -> ("Dot11Radio", "0"), "Fa01/0.100" -> ("Fa", "01/0.100"): the number is the
// trailing run of digits and separators, from its first digit.
std::pair<QStringView, QStringView> typeAndNumber(QStringView name)
{
    qsizetype start = name.size();
    while (start > 0 && (name[start - 1].isDigit() || QStringView(u"/.:").contains(name[start - 1])))
        --start;
    while (start < name.size() && !name[start].isDigit())
        ++start;
    return {name.left(start), name.mid(start)};
}

// IOS reads each part of an interface number as a number: 01/0 is 1/0.
bool sameNumber(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (!a[i].isDigit() || !b[j].isDigit()) {
            if (a[i] != b[j])
                return false;
            ++i;
            ++j;
            continue;
        }
        while (i < a.size() && a[i] == u'0' && i + 1 < a.size() && a[i + 1].isDigit())
            ++i;
        while (j < b.size() && b[j] == u'0' && j + 1 < b.size() && b[j + 1].isDigit())
            ++j;
        const qsizetype endA = std::find_if(a.begin() + i, a.end(), [](QChar c) { return !c.isDigit(); }) - a.begin();
        const qsizetype endB = std::find_if(b.begin() + j, b.end(), [](QChar c) { return !c.isDigit(); }) - b.begin();
        if (a.mid(i, endA - i) != b.mid(j, endB - j))
            return false;
        i = endA;
        j = endB;
    }
    return i == a.size() && j == b.size();
}

} // namespace

bool CiscoIosQuote::maySameInterface(const QString &a, const QString &b)
{
    const auto [typeA, numberA] = typeAndNumber(a);
    const auto [typeB, numberB] = typeAndNumber(b);
    if (!sameNumber(numberA, numberB))
        return false;
    const QStringView shorter = typeA.size() <= typeB.size() ? typeA : typeB;
    const QStringView longer = typeA.size() <= typeB.size() ? typeB : typeA;
    return longer.startsWith(shorter, Qt::CaseInsensitive);
}


} // namespace tw::ciscoios

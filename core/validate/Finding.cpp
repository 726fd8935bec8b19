#include "validate/Finding.h"

#include "model/Vocabulary.h"

#include <algorithm>
#include <charconv>
#include <iterator>

namespace tw {

QString severityToken(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString oneLine(QString s)
{
    for (QChar &c : s)
        if (isControlCharacter(c))
            c = QLatin1Char('?');
    return s;
}

void Findings::append(const Finding &f) { m_list.append({f.severity, oneLine(f.path), oneLine(f.message)}); }

bool Findings::hasErrors() const
{
    return std::any_of(m_list.begin(), m_list.end(), [](const Finding &f) { return f.severity == Severity::Error; });
}

QString childPath(const QString &base, const QString &key)
{
    return base.isEmpty() ? key : base + QLatin1Char('.') + key;
}

QString childPath(const QString &base, const QString &key, qsizetype index)
{
    char digits[24]; // one string made, not a second one for the number
    const char *const end = std::to_chars(digits, std::end(digits), index).ptr;
    return childPath(base, key) + QLatin1Char('[') + QLatin1String(digits, end) + QLatin1Char(']');
}

} // namespace tw

#include "validate/Finding.h"

#include <algorithm>

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
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar::LineSeparator || c == QChar::ParagraphSeparator ||
            c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
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
    return childPath(base, key) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace tw

#include "RouterOsHighlighter.h"

#include "HighlightPalette.h"

namespace tw::ui {

RouterOsHighlighter::RouterOsHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    const HighlightPalette c;
    m_comment = c.comment();
    m_rules = {
        {QRegularExpression(QStringLiteral(R"((?<![\w"])/[a-z0-9-]+(?: [a-z0-9-]+)*(?= |$))")), c.section()},
        {QRegularExpression(QStringLiteral(R"(\b(add|set|remove|print|find|enable|disable|import)\b)")), c.keyword()},
        {QRegularExpression(QStringLiteral(R"((?<!\w):(if|do|else|local|global|foreach|pick|len|put|log|delay)\b)")), c.keyword()},
        {QRegularExpression(QStringLiteral(R"(\b[a-z][a-z0-9-]*(?==))")), c.property()},
        {QRegularExpression(QStringLiteral(R"(\$[A-Za-z_][A-Za-z0-9_]*)")), c.value()},
        {QRegularExpression(QStringLiteral(R"("(?:[^"\\]|\\.)*")")), c.string()},
    };
}

void RouterOsHighlighter::highlightBlock(const QString &text)
{
    qsizetype first = 0;
    while (first < text.size() && text[first].isSpace())
        ++first;
    if (first < text.size() && text[first] == QLatin1Char('#')) {
        setFormat(0, int(text.size()), m_comment);
        return;
    }
    for (const Rule &r : m_rules) {
        auto it = r.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), r.format);
        }
    }
}

} // namespace tw::ui

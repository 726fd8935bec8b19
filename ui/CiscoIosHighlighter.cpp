#include "CiscoIosHighlighter.h"

#include "HighlightPalette.h"

namespace tw::ui {

CiscoIosHighlighter::CiscoIosHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    const HighlightPalette c;
    m_comment = c.comment();
    m_rules = {
        // Top-level commands start in column 0; sub-commands are indented by one space.
        {QRegularExpression(QStringLiteral(R"(^(no )?(crypto|interface|ip|ipv6|route-map|access-list|end|configure|write)\b(?: [a-z0-9-]+)?)")),
         c.section()},
        {QRegularExpression(QStringLiteral(R"(^ (no )?[a-z][a-z0-9-]*)")), c.keyword()},
        {QRegularExpression(QStringLiteral(R"(\b(permit|deny)\b)")), c.property()},
        {QRegularExpression(QStringLiteral(R"(\b\d{1,3}(\.\d{1,3}){3}\b|\b[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7}(/\d+)?)")), c.value()},
        {QRegularExpression(QStringLiteral(R"(\b(GigabitEthernet|FastEthernet|TenGigabitEthernet|Ethernet|Dialer|Tunnel|Vlan|Gi|Fa|Te)[0-9/.:]+)")),
         c.string()},
        {QRegularExpression(QStringLiteral(R"(\bTW-[A-Za-z0-9._-]+)")), c.string()},
    };
}

void CiscoIosHighlighter::highlightBlock(const QString &text)
{
    if (text.startsWith(QLatin1Char('!'))) {
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

#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours a Cisco IOS configuration in the preview: '!' comments, top-level commands (crypto,
// interface, ip, route-map ...), sub-commands, addresses and interface names.

namespace tw::ui {

class CiscoIosHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit CiscoIosHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules;
    QTextCharFormat m_comment;
};

} // namespace tw::ui

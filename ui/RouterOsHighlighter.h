#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours a RouterOS script (.rsc) in the preview: comments, menu paths (/ip ipsec peer), commands,
// property names before '=', quoted strings and [command substitutions].

namespace tw::ui {

class RouterOsHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit RouterOsHighlighter(QTextDocument *document);

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

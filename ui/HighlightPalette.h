#pragma once

#include <QColor>
#include <QTextCharFormat>

// The preview's colours, chosen for the current palette (lighter tones on a dark window).

namespace tw::ui {

class HighlightPalette final {
public:
    HighlightPalette();
    QTextCharFormat comment() const { return format(m_comment, false, true); }
    QTextCharFormat section() const { return format(m_section, true, false); }
    QTextCharFormat keyword() const { return format(m_keyword, true, false); }
    QTextCharFormat property() const { return format(m_property, false, false); }
    QTextCharFormat value() const { return format(m_value, false, false); }
    QTextCharFormat string() const { return format(m_string, false, false); }

private:
    static QTextCharFormat format(const QColor &c, bool bold, bool italic);
    QColor m_comment, m_section, m_keyword, m_property, m_value, m_string;
};

} // namespace tw::ui

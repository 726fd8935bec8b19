#include "HighlightPalette.h"

#include <QGuiApplication>
#include <QPalette>

namespace tw::ui {

HighlightPalette::HighlightPalette()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_comment = dark ? QColor(0x9a, 0xa5, 0xb1) : QColor(0x5f, 0x6b, 0x77);
    m_section = dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1f, 0x4f, 0xb3);
    m_keyword = dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x7a, 0x2e, 0x9e);
    m_property = dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0x9c, 0x4a, 0x00);
    m_value = dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x2e, 0x7d, 0x32);
    m_string = dark ? QColor(0xff, 0xcb, 0x6b) : QColor(0x8a, 0x1c, 0x1c);
}

QTextCharFormat HighlightPalette::format(const QColor &c, bool bold, bool italic)
{
    QTextCharFormat f;
    f.setForeground(c);
    if (bold)
        f.setFontWeight(QFont::DemiBold);
    f.setFontItalic(italic);
    return f;
}

} // namespace tw::ui

#include "render/client/SetupSheet.h"

namespace tw {
namespace {

QString runsToHtml(const RichText &text)
{
    QString out;
    for (const TextRun &r : text.runs()) {
        const QString escaped = r.text.toHtmlEscaped();
        switch (r.style) {
        case TextStyle::Plain:
            out += escaped;
            break;
        case TextStyle::Label:
            out += QStringLiteral("<b>") + escaped + QStringLiteral("</b>");
            break;
        case TextStyle::Code:
            out += QStringLiteral("<code>") + escaped + QStringLiteral("</code>");
            break;
        }
    }
    return out;
}

QString listToHtml(const char *tag, const QList<RichText> &items)
{
    QString out = QStringLiteral("<%1>\n").arg(QLatin1String(tag));
    for (const RichText &item : items)
        out += QStringLiteral("<li>") + runsToHtml(item) + QStringLiteral("</li>\n");
    return out + QStringLiteral("</%1>\n").arg(QLatin1String(tag));
}

QString blockToHtml(const SheetBlock &b)
{
    switch (b.kind) {
    case SheetBlock::Kind::Paragraph:
        return QStringLiteral("<p>") + runsToHtml(b.items.value(0)) + QStringLiteral("</p>\n");
    case SheetBlock::Kind::Steps:
        return b.start == 1 ? listToHtml("ol", b.items)
                            : listToHtml("ol", b.items).replace(QStringLiteral("<ol>"),
                                                                QStringLiteral("<ol start=\"%1\">").arg(b.start));
    case SheetBlock::Kind::Bullets:
        return listToHtml("ul", b.items);
    case SheetBlock::Kind::Settings: {
        QString out = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
        for (const SettingRow &r : b.rows)
            out += QStringLiteral("<tr><th align=\"left\">") + r.field.toHtmlEscaped() + QStringLiteral("</th><td>") +
                   runsToHtml(r.value) + QStringLiteral("</td></tr>\n");
        return out + QStringLiteral("</table>\n");
    }
    case SheetBlock::Kind::Command:
        return QStringLiteral("<pre>") + b.commandLines.join(QLatin1Char('\n')).toHtmlEscaped() + QStringLiteral("</pre>\n");
    case SheetBlock::Kind::Notice:
        return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\"><tr><td>") +
               runsToHtml(b.items.value(0)) + QStringLiteral("</td></tr></table>\n");
    }
    return {};
}

} // namespace

void RichText::append(const TextRun &run)
{
    if (run.text.isEmpty())
        return;
    if (!m_runs.isEmpty() && m_runs.last().style == run.style)
        m_runs.last().text += run.text;
    else
        m_runs.append(run);
}

RichText compose(const QString &pattern, const QList<TextRun> &runs)
{
    RichText text;
    QString pending;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        const qsizetype index = i + 1 < pattern.size() ? pattern[i + 1].digitValue() - 1 : -1;
        if (c == QLatin1Char('%') && index >= 0 && index < runs.size()) {
            text << plain(pending) << runs[index];
            pending.clear();
            ++i;
        } else {
            pending += c;
        }
    }
    return text << plain(pending);
}

QString RichText::toPlainText() const
{
    QString out;
    for (const TextRun &r : m_runs)
        out += r.text;
    return out;
}

QString SetupSheet::toHtml() const
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>") + title.toHtmlEscaped() +
                  QStringLiteral("</title>\n</head>\n<body>\n<h1>") + title.toHtmlEscaped() + QStringLiteral("</h1>\n");
    if (!subtitle.isEmpty())
        out += QStringLiteral("<p><i>") + subtitle.toHtmlEscaped() + QStringLiteral("</i></p>\n");
    for (const SheetSection &s : sections) {
        if (!s.heading.isEmpty())
            out += QStringLiteral("<h2>") + s.heading.toHtmlEscaped() + QStringLiteral("</h2>\n");
        for (const SheetBlock &b : s.blocks)
            out += blockToHtml(b);
    }
    if (!footer.isEmpty())
        out += QStringLiteral("<p><small>") + footerText().toHtmlEscaped() + QStringLiteral("</small></p>\n");
    return out + QStringLiteral("</body>\n</html>\n");
}

QString SetupSheet::footerSeparator() { return QStringLiteral("  ") + QChar(0xB7) + QStringLiteral("  "); }

QString SetupSheet::toPlainText() const
{
    QString out = title + QLatin1Char('\n');
    if (!subtitle.isEmpty())
        out += subtitle + QLatin1Char('\n');
    for (const SheetSection &s : sections) {
        out += QLatin1Char('\n') + s.heading + QLatin1Char('\n');
        for (const SheetBlock &b : s.blocks) {
            switch (b.kind) {
            case SheetBlock::Kind::Paragraph:
            case SheetBlock::Kind::Notice:
                out += b.items.value(0).toPlainText() + QLatin1Char('\n');
                break;
            case SheetBlock::Kind::Steps:
                for (qsizetype i = 0; i < b.items.size(); ++i)
                    out += QStringLiteral("%1. ").arg(b.start + i) + b.items[i].toPlainText() + QLatin1Char('\n');
                break;
            case SheetBlock::Kind::Bullets:
                for (const RichText &item : b.items)
                    out += QStringLiteral("- ") + item.toPlainText() + QLatin1Char('\n');
                break;
            case SheetBlock::Kind::Settings:
                for (const SettingRow &r : b.rows)
                    out += r.field + QStringLiteral(": ") + r.value.toPlainText() + QLatin1Char('\n');
                break;
            case SheetBlock::Kind::Command:
                out += b.commandLines.join(QLatin1Char('\n')) + QLatin1Char('\n');
                break;
            }
        }
    }
    return out;
}

SheetBlock paragraph(const RichText &text) { return {SheetBlock::Kind::Paragraph, {text}, {}, {}, 1}; }
SheetBlock steps(const QList<RichText> &items, int start) { return {SheetBlock::Kind::Steps, items, {}, {}, start}; }
SheetBlock bullets(const QList<RichText> &items) { return {SheetBlock::Kind::Bullets, items, {}, {}, 1}; }
SheetBlock settings(const QList<SettingRow> &rows) { return {SheetBlock::Kind::Settings, {}, rows, {}, 1}; }
SheetBlock command(const QStringList &lines) { return {SheetBlock::Kind::Command, {}, {}, lines, 1}; }
SheetBlock notice(const RichText &text) { return {SheetBlock::Kind::Notice, {text}, {}, {}, 1}; }

} // namespace tw

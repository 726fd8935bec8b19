#include "render/client/SetupSheetPdf.h"

#include "render/FileHeader.h"

#include <algorithm>

namespace tw {
namespace {

// Layout in points. Body 10 pt on 14 pt lines: comfortable to read on paper and at arm's length.
constexpr double kMargin = 50;        // about 18 mm on every side
constexpr double kFooterGap = 28;     // footer baseline below the bottom margin
constexpr double kTitleSize = 20;
constexpr double kSubtitleSize = 11;
constexpr double kHeadingSize = 13;
constexpr double kBodySize = 10;
constexpr double kLeading = 13.5;
constexpr double kCommandSize = 9.5;
constexpr double kMinCommandSize = 6.5;
constexpr double kCommandPad = 6;
constexpr double kCommandShade = 0.93;
constexpr double kFooterSize = 8;
constexpr double kBlockGap = 6;       // after a paragraph, list, table
constexpr double kItemGap = 3;        // between steps or bullets
constexpr double kHeadingBefore = 12;
constexpr double kHeadingAfter = 5;
constexpr double kListIndent = 20;    // text of steps and bullets
constexpr double kCellPad = 4;
constexpr double kBoxPad = 8;
constexpr double kRule = 0.5;
constexpr double kRuleGray = 0.7;
constexpr double kFieldShade = 0.94;
constexpr double kMutedGray = 0.35;

constexpr double kFooterSpace = 12;   // at least this much between the footer's two sides

// The footer's parts joined, fitted into `width`: while too wide, the widest part loses its last
// character (and ends in an ellipsis), so that 32-character names shrink alike and the short
// "keep this sheet private" stays whole. Deterministic, like the rest of the sheet.
QString fittedFooter(const QStringList &parts, double width)
{
    auto widthOf = [](const QString &t) { return PdfWriter::textWidth(PdfFont::Helvetica, kFooterSize, t); };
    const QString ellipsis(QChar(0x2026));
    QStringList shown = parts;
    QList<qsizetype> kept;
    for (const QString &p : parts)
        kept << p.size();
    for (;;) {
        const QString joined = shown.join(SetupSheet::footerSeparator());
        if (widthOf(joined) <= width)
            return joined;
        qsizetype widest = -1;
        for (qsizetype i = 0; i < shown.size(); ++i)
            if (kept[i] > 1 && (widest < 0 || widthOf(shown[i]) > widthOf(shown[widest])))
                widest = i;
        if (widest < 0)
            return joined; // one character a part and still too wide: cannot happen at 8 pt on a page
        kept[widest] -= 1;
        shown[widest] = parts[widest].left(kept[widest]) + ellipsis;
    }
}

PdfFont fontOf(TextStyle s)
{
    switch (s) {
    case TextStyle::Plain:
        return PdfFont::Helvetica;
    case TextStyle::Label:
        return PdfFont::HelveticaBold;
    case TextStyle::Code:
        return PdfFont::Courier;
    }
    return PdfFont::Helvetica;
}

struct Fragment {
    PdfFont font = PdfFont::Helvetica;
    QString text;
};

struct Line {
    QList<Fragment> fragments;
};

// A word: what lies between two spaces, possibly in several fonts ("Done" in bold followed by ".").
struct Word {
    QList<Fragment> parts;
    PdfFont spaceFont = PdfFont::Helvetica; // font of the space before it
    bool spaceBefore = false;
};

double widthOf(const QList<Fragment> &parts, double size)
{
    double w = 0;
    for (const Fragment &f : parts)
        w += PdfWriter::textWidth(f.font, size, f.text);
    return w;
}

void appendFragment(QList<Fragment> &list, PdfFont font, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!list.isEmpty() && list.last().font == font)
        list.last().text += text;
    else
        list.append({font, text});
}

// Spaces inside a Code run belong to the value (a password may hold two in a row) and do not break
// the line, except in commands, which are long and break like prose.
QList<Word> wordsOf(const RichText &text, bool codeBreaksAtSpaces)
{
    QList<Word> words;
    bool inWord = false;
    bool pendingSpace = false;
    PdfFont spaceFont = PdfFont::Helvetica;
    for (const TextRun &run : text.runs()) {
        const PdfFont font = fontOf(run.style);
        for (QChar c : run.text) {
            const bool verbatim = run.style == TextStyle::Code && !codeBreaksAtSpaces;
            if (!verbatim && (c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t'))) {
                inWord = false;
                pendingSpace = !words.isEmpty();
                spaceFont = font;
                continue;
            }
            if (!inWord) {
                words.append(Word{{}, spaceFont, pendingSpace});
                inWord = true;
                pendingSpace = false;
            }
            appendFragment(words.last().parts, font, QString(c));
        }
    }
    return words;
}

// Splits a word wider than a line into pieces that fit (long keys, addresses).
QList<QList<Fragment>> breakWord(const QList<Fragment> &parts, double size, double maxWidth)
{
    QList<QList<Fragment>> pieces(1);
    double w = 0;
    for (const Fragment &f : parts)
        for (QChar c : f.text) {
            const double cw = PdfWriter::textWidth(f.font, size, QString(c));
            if (w + cw > maxWidth && !pieces.last().isEmpty()) {
                pieces.append(QList<Fragment>());
                w = 0;
            }
            appendFragment(pieces.last(), f.font, QString(c));
            w += cw;
        }
    return pieces;
}

QList<Line> wrap(const RichText &text, double size, double maxWidth, bool codeBreaksAtSpaces = false)
{
    QList<Line> lines;
    Line current;
    double width = 0;
    for (const Word &word : wordsOf(text, codeBreaksAtSpaces)) {
        const double ww = widthOf(word.parts, size);
        const double sw = PdfWriter::textWidth(word.spaceFont, size, QStringLiteral(" "));
        if (!current.fragments.isEmpty() && width + (word.spaceBefore ? sw : 0) + ww <= maxWidth) {
            if (word.spaceBefore) {
                appendFragment(current.fragments, word.spaceFont, QStringLiteral(" "));
                width += sw;
            }
            for (const Fragment &f : word.parts)
                appendFragment(current.fragments, f.font, f.text);
            width += ww;
            continue;
        }
        if (!current.fragments.isEmpty())
            lines.append(current);
        current = Line();
        width = 0;
        if (ww <= maxWidth) {
            current.fragments = word.parts;
            width = ww;
            continue;
        }
        const QList<QList<Fragment>> pieces = breakWord(word.parts, size, maxWidth);
        for (qsizetype i = 0; i + 1 < pieces.size(); ++i)
            lines.append(Line{pieces[i]});
        current.fragments = pieces.last();
        width = widthOf(current.fragments, size);
    }
    if (!current.fragments.isEmpty() || lines.isEmpty())
        lines.append(current);
    return lines;
}

class Layout {
public:
    Layout(const SetupSheet &sheet, PaperSize paper)
        : m_sheet(sheet), m_pdf(pageSizeOf(paper)), m_width(m_pdf.pageSize().width - 2 * kMargin)
    {
        newPage();
    }

    QByteArray run()
    {
        title();
        for (const SheetSection &s : m_sheet.sections) {
            heading(s);
            for (qsizetype i = 0; i < s.blocks.size(); ++i)
                block(s.blocks, i);
        }
        footers();
        return m_pdf.finish({m_sheet.title, m_sheet.subtitle, generatorName()});
    }

private:
    double pageTop() const { return m_pdf.pageSize().height - kMargin; }

    void newPage()
    {
        m_pdf.addPage();
        m_y = pageTop();
    }

    // Starts a new page unless height points still fit above the bottom margin (a block taller than a
    // page starts at the top of one and runs over).
    void need(double height)
    {
        if (m_y - height < kMargin && m_y < pageTop())
            newPage();
    }

    // Draws one line whose top is at m_y.
    void drawLine(const Line &line, double x, double size, double leading, double gray = 0)
    {
        const double baseline = m_y - (leading + size * 0.7) / 2;
        for (const Fragment &f : line.fragments) {
            m_pdf.text(x, baseline, f.font, size, f.text, gray);
            x += PdfWriter::textWidth(f.font, size, f.text);
        }
        m_y -= leading;
    }

    void drawLines(const QList<Line> &lines, double x, double size = kBodySize)
    {
        for (const Line &l : lines)
            drawLine(l, x, size, kLeading);
    }

    void title()
    {
        for (const Line &l : wrap(RichText() << label(m_sheet.title), kTitleSize, m_width))
            drawLine(l, kMargin, kTitleSize, kTitleSize * 1.25);
        if (!m_sheet.subtitle.isEmpty()) {
            m_y -= 2;
            for (const Line &l : wrap(RichText(m_sheet.subtitle), kSubtitleSize, m_width))
                drawLine(l, kMargin, kSubtitleSize, kSubtitleSize * 1.4, kMutedGray);
        }
        m_y -= 4;
        m_pdf.line(kMargin, m_y, kMargin + m_width, m_y, 1, 0.2);
        m_y -= 4;
    }

    // Height of what must stay with whatever precedes blocks[i] (its heading, or the line that
    // introduces it): the first lines of a text, two table rows, a whole box; a paragraph introducing
    // a command brings the command along.
    double keptHeight(const QList<SheetBlock> &blocks, qsizetype i)
    {
        if (i >= blocks.size())
            return 0;
        const SheetBlock &b = blocks[i];
        switch (b.kind) {
        case SheetBlock::Kind::Paragraph:
            if (i + 1 < blocks.size() && blocks[i + 1].kind == SheetBlock::Kind::Command)
                return wrap(b.items.value(0), kBodySize, m_width).size() * kLeading + kBlockGap + keptHeight(blocks, i + 1);
            return 2 * kLeading;
        case SheetBlock::Kind::Steps:
        case SheetBlock::Kind::Bullets:
            return 2 * kLeading;
        case SheetBlock::Kind::Settings:
            return 2 * (kLeading + 2 * kCellPad);
        case SheetBlock::Kind::Command:
            return commandHeight(b, m_width);
        case SheetBlock::Kind::Notice:
            return 2 * kLeading + 2 * kBoxPad;
        }
        return 0;
    }

    void heading(const SheetSection &s)
    {
        if (s.heading.isEmpty())
            return;
        need(kHeadingBefore + kHeadingSize * 1.3 + kHeadingAfter + keptHeight(s.blocks, 0));
        m_y -= kHeadingBefore;
        for (const Line &l : wrap(RichText() << label(s.heading), kHeadingSize, m_width))
            drawLine(l, kMargin, kHeadingSize, kHeadingSize * 1.3);
        m_y -= kHeadingAfter;
    }

    void block(const QList<SheetBlock> &blocks, qsizetype i)
    {
        const SheetBlock &b = blocks[i];
        const SheetBlock *previous = i > 0 ? &blocks[i - 1] : nullptr;
        switch (b.kind) {
        case SheetBlock::Kind::Paragraph: {
            const QList<Line> lines = wrap(b.items.value(0), kBodySize, m_width);
            // A paragraph that introduces a command stays with it. Else it may be split, but leaves at least
            // two lines on each page (no single line at the foot or the head of a page).
            need(keptHeight(blocks, i));
            const qsizetype n = lines.size();
            qsizetype here = qsizetype((m_y - kMargin + 0.01) / kLeading);
            if (here < n) {
                here = std::min(here, n - 2);
                if (here < 2) {
                    newPage();
                    here = n;
                }
            }
            for (qsizetype k = 0; k < n; ++k) {
                if (k == here || m_y - kLeading < kMargin - 0.01) // the latter: a paragraph longer than a page
                    newPage();
                drawLine(lines[k], kMargin, kBodySize, kLeading);
            }
            m_y -= kBlockGap;
            break;
        }
        case SheetBlock::Kind::Steps:
        case SheetBlock::Kind::Bullets:
            list(blocks, i);
            break;
        case SheetBlock::Kind::Settings:
            table(b.rows);
            break;
        case SheetBlock::Kind::Command: {
            // Inside a list of steps the command lines up with the steps' text.
            const double indent = previous && previous->kind == SheetBlock::Kind::Steps ? kListIndent : 0;
            commandBox(b, indent);
            break;
        }
        case SheetBlock::Kind::Notice:
            notice(b.items.value(0));
            break;
        }
    }

    void list(const QList<SheetBlock> &blocks, qsizetype index)
    {
        const SheetBlock &b = blocks[index];
        const bool numbered = b.kind == SheetBlock::Kind::Steps;
        const double textX = kMargin + kListIndent;
        for (qsizetype i = 0; i < b.items.size(); ++i) {
            const QList<Line> lines = wrap(b.items[i], kBodySize, m_width - kListIndent);
            double height = lines.size() * kLeading; // an item is never split over two pages
            if (i + 1 == b.items.size() && index + 1 < blocks.size() && blocks[index + 1].kind == SheetBlock::Kind::Command)
                height += kItemGap + keptHeight(blocks, index + 1); // "type this line:" stays with the line
            need(height);
            const QString mark = numbered ? QStringLiteral("%1.").arg(b.start + i) : QString(QChar(0x2022));
            const PdfFont markFont = numbered ? PdfFont::HelveticaBold : PdfFont::Helvetica;
            const double markX = textX - 6 - PdfWriter::textWidth(markFont, kBodySize, mark);
            m_pdf.text(markX, m_y - (kLeading + kBodySize * 0.7) / 2, markFont, kBodySize, mark);
            drawLines(lines, textX);
            m_y -= kItemGap;
        }
        m_y -= kBlockGap - kItemGap;
    }

    void table(const QList<SettingRow> &rows)
    {
        double fieldWidth = 0;
        for (const SettingRow &r : rows)
            fieldWidth = std::max(fieldWidth, PdfWriter::textWidth(PdfFont::HelveticaBold, kBodySize, r.field));
        const double fieldCol = std::min(fieldWidth + 2 * kCellPad, m_width * 0.42);
        const double valueCol = m_width - fieldCol;
        bool first = true;
        for (const SettingRow &r : rows) {
            const QList<Line> field = wrap(RichText() << label(r.field), kBodySize, fieldCol - 2 * kCellPad);
            const QList<Line> value = wrap(r.value, kBodySize, valueCol - 2 * kCellPad);
            const double height = std::max(field.size(), value.size()) * kLeading + 2 * kCellPad;
            const double before = m_y;
            need(height);
            if (first || m_y != before) { // the table's top rule, again on a new page
                m_pdf.line(kMargin, m_y, kMargin + m_width, m_y, kRule, kRuleGray);
                first = false;
            }
            const double top = m_y;
            m_pdf.fillRect(kMargin, top - height, fieldCol, height, kFieldShade);
            m_y = top - kCellPad;
            drawLines(field, kMargin + kCellPad);
            m_y = top - kCellPad;
            drawLines(value, kMargin + fieldCol + kCellPad);
            m_y = top - height;
            m_pdf.line(kMargin, m_y, kMargin + m_width, m_y, kRule, kRuleGray);
        }
        m_y -= kBlockGap + 2;
    }

    // Commands are typed line by line, so a line must not wrap: the font shrinks until the longest line
    // fits (down to kMinCommandSize); only a line longer than that wraps.
    static double commandSize(const SheetBlock &b, double boxWidth)
    {
        double longest = 0;
        for (const QString &l : b.commandLines)
            longest = std::max(longest, PdfWriter::textWidth(PdfFont::Courier, kCommandSize, l));
        const double inner = boxWidth - 2 * kCommandPad;
        // 0.99: room for rounding, so that a line shrunk to fit does fit.
        return longest <= inner ? kCommandSize : std::max(kMinCommandSize, 0.99 * kCommandSize * inner / longest);
    }

    static QList<Line> commandLines(const SheetBlock &b, double boxWidth, double size)
    {
        QList<Line> lines;
        for (const QString &l : b.commandLines)
            lines << wrap(RichText() << code(l), size, boxWidth - 2 * kCommandPad, true);
        return lines;
    }

    static double commandHeight(const SheetBlock &b, double boxWidth)
    {
        const double size = commandSize(b, boxWidth);
        return commandLines(b, boxWidth, size).size() * size * 1.45 + 2 * kCommandPad;
    }

    void commandBox(const SheetBlock &b, double indent)
    {
        const double boxWidth = m_width - indent;
        const double size = commandSize(b, boxWidth);
        const double leading = size * 1.45;
        const QList<Line> lines = commandLines(b, boxWidth, size);
        const double height = lines.size() * leading + 2 * kCommandPad;
        need(height);
        const double top = m_y;
        m_pdf.fillRect(kMargin + indent, top - height, boxWidth, height, kCommandShade);
        m_y = top - kCommandPad;
        for (const Line &l : lines)
            drawLine(l, kMargin + indent + kCommandPad, size, leading);
        m_y = top - height - kBlockGap - 2;
    }

    void notice(const RichText &text)
    {
        const QList<Line> lines = wrap(text, kBodySize, m_width - 2 * kBoxPad);
        const double height = lines.size() * kLeading + 2 * kBoxPad;
        need(height);
        const double top = m_y;
        m_pdf.strokeRect(kMargin, top - height, m_width, height, 0.8, 0.25);
        m_y = top - kBoxPad;
        drawLines(lines, kMargin + kBoxPad);
        m_y = top - height - kBlockGap - 2;
    }

    void footers()
    {
        const int pages = m_pdf.pageCount();
        const double y = kMargin - kFooterGap;
        for (int i = 0; i < pages; ++i) {
            m_pdf.setPage(i);
            m_pdf.line(kMargin, y + 11, kMargin + m_width, y + 11, kRule, kRuleGray);
            const QString page = m_sheet.pageNumber.arg(i + 1).arg(pages);
            const double pageWidth = PdfWriter::textWidth(PdfFont::Helvetica, kFooterSize, page);
            m_pdf.text(kMargin, y, PdfFont::Helvetica, kFooterSize,
                       fittedFooter(m_sheet.footer, m_width - pageWidth - kFooterSpace), kMutedGray);
            m_pdf.text(kMargin + m_width - pageWidth, y, PdfFont::Helvetica, kFooterSize, page, kMutedGray);
        }
    }

    const SetupSheet &m_sheet;
    PdfWriter m_pdf;
    double m_width;
    double m_y = 0;
};

} // namespace

QByteArray setupSheetPdf(const SetupSheet &sheet, PaperSize paper) { return Layout(sheet, paper).run(); }

} // namespace tw

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A setup sheet as a structured document: what the person holding the device reads, independent of
// how it is shown. Core lays it out as PDF (SetupSheetPdf.h); the wizard shows and prints the same
// document through toHtml(). Text is kept in runs so that every layout can show the names of screens
// and fields (as the device shows them) and the values to type (verbatim) distinctly.

namespace tw {

enum class TextStyle {
    Plain,
    Label, // a screen, field, button or choice exactly as the device shows it: bold
    Code,  // something to type exactly: monospace
};

struct TextRun {
    TextStyle style = TextStyle::Plain;
    QString text;
    bool operator==(const TextRun &) const = default;
};

// A paragraph of runs. Built with <<: RichText() << plain("Tap ") << label("Done") << plain(".").
class RichText {
public:
    RichText() = default;
    RichText(const QString &plainText) { append({TextStyle::Plain, plainText}); }
    RichText &operator<<(const TextRun &run)
    {
        append(run);
        return *this;
    }
    RichText &operator<<(const RichText &more)
    {
        for (const TextRun &run : more.m_runs)
            append(run);
        return *this;
    }
    const QList<TextRun> &runs() const { return m_runs; }
    QString toPlainText() const;
    bool operator==(const RichText &) const = default;

private:
    void append(const TextRun &run);
    QList<TextRun> m_runs;
};

inline TextRun plain(const QString &s) { return {TextStyle::Plain, s}; }
inline TextRun label(const QString &s) { return {TextStyle::Label, s}; }
inline TextRun code(const QString &s) { return {TextStyle::Code, s}; }

// A whole sentence with its labels and values in place of %1, %2, ...: what a translator needs to
// see, since word order differs between languages. compose("Tap %1.", {label("Done")}).
RichText compose(const QString &pattern, const QList<TextRun> &runs);

// One row of a settings table: the field as the device names it, and its value.
struct SettingRow {
    QString field;
    RichText value;
};

struct SheetBlock {
    enum class Kind {
        Paragraph, // items[0]
        Steps,     // numbered, one item each
        Bullets,   // one item each
        Settings,  // rows: a two-column table
        Command,   // commandLines: lines to type, each exactly as one line, in monospace
        Notice,    // items[0], boxed: "keep this sheet private"
    };
    Kind kind = Kind::Paragraph;
    QList<RichText> items;
    QList<SettingRow> rows;
    QStringList commandLines;
    int start = 1; // Steps: the number of the first step (a list may continue after a command)
};

struct SheetSection {
    QString heading;
    QList<SheetBlock> blocks;
};

struct SetupSheet {
    QString title;    // "VPN on your iPhone or iPad"
    QString subtitle; // "office VPN for alice"
    QList<SheetSection> sections;
    // The left side of every page's footer, in parts shown joined by footerSeparator(); the layout
    // adds "page N of M" on the right and may shorten parts to keep the two apart.
    QStringList footer;
    QString pageNumber = QStringLiteral("Page %1 of %2"); // in the sheet's language

    // An HTML document for QTextDocument (the wizard's preview and printing): h1, h2, p, ol, ul,
    // table, code; every text escaped with QString::toHtmlEscaped.
    QString toHtml() const;
    // The text alone, one block a line: for tests and for a plain-text fallback.
    QString toPlainText() const;

    static QString footerSeparator();
    QString footerText() const { return footer.join(footerSeparator()); }
};

// Builders for the blocks.
SheetBlock paragraph(const RichText &text);
SheetBlock steps(const QList<RichText> &items, int start = 1);
SheetBlock bullets(const QList<RichText> &items);
SheetBlock settings(const QList<SettingRow> &rows);
SheetBlock command(const QStringList &lines);
SheetBlock notice(const RichText &text);

} // namespace tw

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A small deterministic PDF 1.4 writer for the setup sheets: the three standard fonts Helvetica,
// Helvetica-Bold and Courier in WinAnsiEncoding (no embedding), text, lines and filled rectangles.
// No clock, no random: the same calls give the same bytes (no /CreationDate; /ID is a hash of the
// content). Content streams are not compressed, so that the output does not depend on the zlib build.
// Coordinates are PDF points with the origin at the bottom left of the page.

namespace tw {

enum class PdfFont { Helvetica, HelveticaBold, Courier };

enum class PaperSize { A4, Letter };

struct PdfPageSize {
    double width = 0;
    double height = 0;
};

PdfPageSize pageSizeOf(PaperSize paper); // A4 595.28 x 841.89 pt, Letter 612 x 792 pt

struct PdfInfo {
    QString title;
    QString subject;
    QString producer; // "tunnelwright 0.1.0"
};

class PdfWriter final {
public:
    explicit PdfWriter(PdfPageSize size);

    PdfPageSize pageSize() const { return m_size; }

    // Appends a page and makes it the current one; returns its index.
    int addPage();
    // Makes an existing page current again (footers are drawn once the page count is known).
    void setPage(int index);
    int pageCount() const { return int(m_pages.size()); }

    // gray: 0 black .. 1 white.
    void text(double x, double y, PdfFont font, double size, const QString &text, double gray = 0);
    void line(double x1, double y1, double x2, double y2, double width, double gray);
    void fillRect(double x, double y, double w, double h, double gray);
    void strokeRect(double x, double y, double w, double h, double width, double gray);

    QByteArray finish(const PdfInfo &info) const;

    // Width in points of text set in font at size, from the Adobe font metrics (what every viewer uses
    // for the standard fonts); characters outside WinAnsi count as the '?' they are printed as.
    static double textWidth(PdfFont font, double size, const QString &text);
    // WinAnsiEncoding (PDF 1.7 annex D.2) of text: one byte a character, '?' for anything else.
    static QByteArray encode(const QString &text);
    // Whether c (a Unicode code point) has a WinAnsi code, i.e. prints as itself.
    static bool canEncode(char32_t c);

private:
    PdfPageSize m_size;
    QList<QByteArray> m_pages; // content streams
    int m_current = -1;
};

} // namespace tw

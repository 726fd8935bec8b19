#include "render/client/PdfWriter.h"

#include <QCryptographicHash>

#include <array>
#include <cstdint>

namespace tw {
namespace {

// Advance widths (1/1000 em) of WinAnsi codes 32..255 in the Adobe Core 14 metrics Helvetica.afm and
// Helvetica-Bold.afm (AFM 4.1, 1999), looked up by glyph name through WinAnsiEncoding. 0 marks the
// five codes WinAnsi leaves undefined (and 127); encode() never produces them. Courier: 600 throughout.
constexpr std::array<std::uint16_t, 224> kHelvetica{
     278,  278,  355,  556,  556,  889,  667,  191,  333,  333,  389,  584,  278,  333,  278,  278,  // 32..47
     556,  556,  556,  556,  556,  556,  556,  556,  556,  556,  278,  278,  584,  584,  584,  556,  // 48..63
    1015,  667,  667,  722,  722,  667,  611,  778,  722,  278,  500,  667,  556,  833,  722,  778,  // 64..79
     667,  778,  722,  667,  611,  722,  667,  944,  667,  667,  611,  278,  278,  278,  469,  556,  // 80..95
     333,  556,  556,  500,  556,  556,  278,  556,  556,  222,  222,  500,  222,  833,  556,  556,  // 96..111
     556,  556,  333,  500,  278,  556,  500,  722,  500,  500,  500,  334,  260,  334,  584,    0,  // 112..127
     556,    0,  222,  556,  333, 1000,  556,  556,  333, 1000,  667,  333, 1000,    0,  611,    0,  // 128..143
       0,  222,  222,  333,  333,  350,  556, 1000,  333, 1000,  500,  333,  944,    0,  500,  667,  // 144..159
     278,  333,  556,  556,  556,  556,  260,  556,  333,  737,  370,  556,  584,  333,  737,  333,  // 160..175
     400,  584,  333,  333,  333,  578,  537,  278,  333,  333,  365,  556,  834,  834,  834,  611,  // 176..191
     667,  667,  667,  667,  667,  667, 1000,  722,  667,  667,  667,  667,  278,  278,  278,  278,  // 192..207
     722,  722,  778,  778,  778,  778,  778,  584,  778,  722,  722,  722,  722,  667,  667,  611,  // 208..223
     556,  556,  556,  556,  556,  556,  889,  500,  556,  556,  556,  556,  278,  278,  278,  278,  // 224..239
     556,  556,  556,  556,  556,  556,  556,  584,  611,  556,  556,  556,  556,  500,  556,  500,  // 240..255
};
constexpr std::array<std::uint16_t, 224> kHelveticaBold{
     278,  333,  474,  556,  556,  889,  722,  238,  333,  333,  389,  584,  278,  333,  278,  278,  // 32..47
     556,  556,  556,  556,  556,  556,  556,  556,  556,  556,  333,  333,  584,  584,  584,  611,  // 48..63
     975,  722,  722,  722,  722,  667,  611,  778,  722,  278,  556,  722,  611,  833,  722,  778,  // 64..79
     667,  778,  722,  667,  611,  722,  667,  944,  667,  667,  611,  333,  278,  333,  584,  556,  // 80..95
     333,  556,  611,  556,  611,  556,  333,  611,  611,  278,  278,  556,  278,  889,  611,  611,  // 96..111
     611,  611,  389,  556,  333,  611,  556,  778,  556,  556,  500,  389,  280,  389,  584,    0,  // 112..127
     556,    0,  278,  556,  500, 1000,  556,  556,  333, 1000,  667,  333, 1000,    0,  611,    0,  // 128..143
       0,  278,  278,  500,  500,  350,  556, 1000,  333, 1000,  556,  333,  944,    0,  500,  667,  // 144..159
     278,  333,  556,  556,  556,  556,  280,  556,  333,  737,  370,  556,  584,  333,  737,  333,  // 160..175
     400,  584,  333,  333,  333,  611,  556,  278,  333,  333,  365,  556,  834,  834,  834,  611,  // 176..191
     722,  722,  722,  722,  722,  722, 1000,  722,  667,  667,  667,  667,  278,  278,  278,  278,  // 192..207
     722,  722,  778,  778,  778,  778,  778,  584,  778,  722,  722,  722,  722,  667,  667,  611,  // 208..223
     556,  556,  556,  556,  556,  556,  889,  556,  556,  556,  556,  556,  278,  278,  278,  278,  // 224..239
     611,  611,  611,  611,  611,  611,  611,  584,  611,  611,  611,  611,  611,  556,  611,  556,  // 240..255
};
constexpr int kCourierWidth = 600;

// WinAnsi codes 0x80..0x9F and the Unicode characters they stand for (PDF 1.7 annex D.2).
struct Special {
    char32_t unicode;
    std::uint8_t code;
};
constexpr std::array<Special, 27> kSpecials{{
    {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86}, {0x2021, 0x87},
    {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C}, {0x017D, 0x8E}, {0x2018, 0x91},
    {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95}, {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98},
    {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B}, {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F},
}};

int winAnsiCode(char32_t c)
{
    if ((c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF))
        return int(c);
    for (const Special &s : kSpecials)
        if (s.unicode == c)
            return s.code;
    return -1;
}

int glyphWidth(PdfFont font, std::uint8_t code)
{
    switch (font) {
    case PdfFont::Helvetica:
        return code >= 32 ? kHelvetica[code - 32] : 0;
    case PdfFont::HelveticaBold:
        return code >= 32 ? kHelveticaBold[code - 32] : 0;
    case PdfFont::Courier:
        return kCourierWidth;
    }
    return 0;
}

const char *resourceName(PdfFont font)
{
    switch (font) {
    case PdfFont::Helvetica:
        return "/F1";
    case PdfFont::HelveticaBold:
        return "/F2";
    case PdfFont::Courier:
        return "/F3";
    }
    return "/F1";
}

// Numbers with at most two decimals and no trailing zeros: "12", "12.5", "0.75".
QByteArray num(double v)
{
    QByteArray s = QByteArray::number(v, 'f', 2);
    if (s.contains('.')) {
        while (s.endsWith('0'))
            s.chop(1);
        if (s.endsWith('.'))
            s.chop(1);
    }
    if (s == "-0")
        s = "0";
    return s;
}

// A PDF literal string of WinAnsi bytes; everything outside printable ASCII as an octal escape so the
// file stays 7-bit.
QByteArray literal(const QByteArray &bytes)
{
    QByteArray out = "(";
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == '(' || b == ')' || b == '\\') {
            out += '\\';
            out += ch;
        } else if (b < 0x20 || b > 0x7E) {
            out += '\\';
            out += char('0' + ((b >> 6) & 7));
            out += char('0' + ((b >> 3) & 7));
            out += char('0' + (b & 7));
        } else {
            out += ch;
        }
    }
    out += ')';
    return out;
}

// A PDF text string (document information) in UTF-16BE with its byte order mark, as hex.
QByteArray textString(const QString &s)
{
    QByteArray utf16 = "\xFE\xFF";
    for (QChar c : s) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xFF);
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

} // namespace

PdfPageSize pageSizeOf(PaperSize paper)
{
    switch (paper) {
    case PaperSize::A4:
        return {595.28, 841.89}; // 210 x 297 mm
    case PaperSize::Letter:
        return {612, 792}; // 8.5 x 11 in
    }
    return {595.28, 841.89};
}

PdfWriter::PdfWriter(PdfPageSize size) : m_size(size) {}

int PdfWriter::addPage()
{
    m_pages.append(QByteArray());
    m_current = int(m_pages.size()) - 1;
    return m_current;
}

void PdfWriter::setPage(int index)
{
    if (index >= 0 && index < m_pages.size())
        m_current = index;
}

void PdfWriter::text(double x, double y, PdfFont font, double size, const QString &text, double gray)
{
    if (m_current < 0 || text.isEmpty())
        return;
    m_pages[m_current] += "BT " + num(gray) + " g " + resourceName(font) + ' ' + num(size) + " Tf " + num(x) + ' ' +
                          num(y) + " Td " + literal(encode(text)) + " Tj ET\n";
}

void PdfWriter::line(double x1, double y1, double x2, double y2, double width, double gray)
{
    if (m_current < 0)
        return;
    m_pages[m_current] += num(gray) + " G " + num(width) + " w " + num(x1) + ' ' + num(y1) + " m " + num(x2) + ' ' +
                          num(y2) + " l S\n";
}

void PdfWriter::fillRect(double x, double y, double w, double h, double gray)
{
    if (m_current < 0)
        return;
    m_pages[m_current] += num(gray) + " g " + num(x) + ' ' + num(y) + ' ' + num(w) + ' ' + num(h) + " re f\n";
}

void PdfWriter::strokeRect(double x, double y, double w, double h, double width, double gray)
{
    if (m_current < 0)
        return;
    m_pages[m_current] += num(gray) + " G " + num(width) + " w " + num(x) + ' ' + num(y) + ' ' + num(w) + ' ' + num(h) +
                          " re S\n";
}

double PdfWriter::textWidth(PdfFont font, double size, const QString &text)
{
    int units = 0;
    for (char ch : encode(text))
        units += glyphWidth(font, static_cast<std::uint8_t>(ch));
    return units * size / 1000.0;
}

QByteArray PdfWriter::encode(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (char32_t c : text.toUcs4()) {
        const int code = winAnsiCode(c);
        out += code < 0 ? '?' : char(code);
    }
    return out;
}

bool PdfWriter::canEncode(char32_t c) { return winAnsiCode(c) >= 0; }

QByteArray PdfWriter::finish(const PdfInfo &info) const
{
    // Object numbers: 1 catalog, 2 page tree, 3-5 fonts, 6 info, then page i = 7 + 2i, its content 8 + 2i.
    const int pages = int(m_pages.size());
    const int objects = 6 + 2 * pages;
    QList<qsizetype> offsets(objects + 1, 0);
    QByteArray out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"; // the binary comment marks the file as 8-bit
    auto object = [&](int n, const QByteArray &body) {
        offsets[n] = out.size();
        out += QByteArray::number(n) + " 0 obj\n" + body + "\nendobj\n";
    };

    object(1, "<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    for (int i = 0; i < pages; ++i)
        kids += (i ? " " : "") + QByteArray::number(7 + 2 * i) + " 0 R";
    object(2, "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>");
    const char *fonts[] = {"Helvetica", "Helvetica-Bold", "Courier"};
    for (int i = 0; i < 3; ++i)
        object(3 + i, QByteArray("<< /Type /Font /Subtype /Type1 /BaseFont /") + fonts[i] +
                          " /Encoding /WinAnsiEncoding >>");
    object(6, "<< /Title " + textString(info.title) + " /Subject " + textString(info.subject) + " /Producer " +
                  textString(info.producer) + " >>");
    const QByteArray mediaBox = "[0 0 " + num(m_size.width) + ' ' + num(m_size.height) + ']';
    for (int i = 0; i < pages; ++i) {
        const int page = 7 + 2 * i;
        object(page, "<< /Type /Page /Parent 2 0 R /MediaBox " + mediaBox +
                         " /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> /ProcSet [/PDF /Text] >> /Contents " +
                         QByteArray::number(page + 1) + " 0 R >>");
        object(page + 1, "<< /Length " + QByteArray::number(m_pages[i].size()) + " >>\nstream\n" + m_pages[i] +
                             "\nendstream");
    }

    // The file identifier must not change between identical renders: derive it from the content.
    const QByteArray id = QCryptographicHash::hash(out, QCryptographicHash::Md5).toHex().toUpper();
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects + 1) + "\n0000000000 65535 f\r\n";
    for (int n = 1; n <= objects; ++n)
        out += QByteArray::number(offsets[n]).rightJustified(10, '0') + " 00000 n\r\n";
    out += "trailer\n<< /Size " + QByteArray::number(objects + 1) + " /Root 1 0 R /Info 6 0 R /ID [<" + id + "> <" + id +
           ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace tw

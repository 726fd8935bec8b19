// The PDF writer and the setup sheets it lays out, read back with poppler's pdftotext and pdfinfo.

#include "test_client_support.h"

#include "render/client/ClientMaterial.h"
#include "render/client/PdfWriter.h"
#include "render/client/RenderOptions.h"
#include "render/client/SetupSheetPdf.h"
#include "validate/ProjectValidator.h"

#include <QRegularExpression>

using namespace tw;
using namespace twtest::client;

namespace {

const QString kIphonePdf = QStringLiteral("office/clients/alice/alice-iphone.pdf");
const QString kWindowsPdf = QStringLiteral("office/clients/alice/alice-windows.pdf");

// Every xref entry points at "N 0 obj" and startxref at "xref": the file is well-formed for any reader.
void checkXref(const QByteArray &pdf)
{
    const qsizetype sx = pdf.lastIndexOf("startxref\n");
    REQUIRE(sx > 0);
    const qsizetype xref = pdf.mid(sx + 10).split('\n').first().toLongLong();
    REQUIRE(pdf.mid(xref, 5) == "xref\n");
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const int count = lines[1].split(' ')[1].toInt();
    for (int n = 1; n < count; ++n) {
        const QByteArray entry = lines[2 + n];
        REQUIRE(entry.size() == 19); // 20 bytes with the '\n' split off
        const qsizetype offset = entry.left(10).toLongLong();
        CHECK(pdf.mid(offset, QByteArray::number(n).size() + 6) == QByteArray::number(n) + " 0 obj");
    }
}

} // namespace

TEST_CASE("WinAnsi encoding maps Western European text and marks the rest", "[client]")
{
    CHECK(PdfWriter::encode(QStringLiteral("Abc 123")) == "Abc 123");
    CHECK(PdfWriter::encode(QStringLiteral("Grüße, España")) == "Gr\xFC\xDF" "e, Espa\xF1" "a");
    CHECK(PdfWriter::encode(QString::fromUtf8("€ “x” ‘y’ – — • … ™ Œ ž")) ==
          "\x80 \x93x\x94 \x91y\x92 \x96 \x97 \x95 \x85 \x99 \x8C \x9E");
    CHECK(PdfWriter::encode(QString::fromUtf8("Łódź 東京")) == "?\xF3" "d? ??");
    CHECK(PdfWriter::encode(QString::fromUtf8("a😀b")) == "a?b"); // one '?' for a surrogate pair
    CHECK(PdfWriter::encode(QStringLiteral("tab\there")) == "tab?here");
    CHECK(PdfWriter::canEncode(U'é'));
    CHECK_FALSE(PdfWriter::canEncode(U'Ł'));
}

TEST_CASE("text widths follow the Adobe metrics", "[client]")
{
    // H 722, e 556, l 222, l 222, o 556 (Helvetica.afm); bold: 722 556 278 278 611.
    CHECK(PdfWriter::textWidth(PdfFont::Helvetica, 10, QStringLiteral("Hello")) == Approx(22.78));
    CHECK(PdfWriter::textWidth(PdfFont::HelveticaBold, 10, QStringLiteral("Hello")) == Approx(24.45));
    CHECK(PdfWriter::textWidth(PdfFont::Courier, 10, QStringLiteral("Hello")) == Approx(30));
    CHECK(PdfWriter::textWidth(PdfFont::Helvetica, 12, QStringLiteral("@")) == Approx(12.18)); // 1015
    CHECK(PdfWriter::textWidth(PdfFont::Helvetica, 10, QString::fromUtf8("€")) == Approx(5.56));
}

TEST_CASE("paper follows the territory: Letter in the Americas' Letter countries, else A4", "[client]")
{
    for (QLocale::Territory t : {QLocale::UnitedStates, QLocale::Canada, QLocale::Mexico, QLocale::Philippines,
                                 QLocale::Chile, QLocale::PuertoRico})
        CHECK(paperSizeFor(t) == PaperSize::Letter);
    for (QLocale::Territory t : {QLocale::Germany, QLocale::Spain, QLocale::UnitedKingdom, QLocale::Brazil,
                                 QLocale::Australia, QLocale::AnyTerritory})
        CHECK(paperSizeFor(t) == PaperSize::A4);
}

TEST_CASE("the PDF writer's output is well-formed and deterministic", "[client]")
{
    auto make = [](const QString &text) {
        PdfWriter w(pageSizeOf(PaperSize::A4));
        w.addPage();
        w.text(50, 700, PdfFont::Helvetica, 12, text);
        w.line(50, 690, 300, 690, 0.5, 0.5);
        w.addPage();
        w.text(50, 700, PdfFont::Courier, 10, QStringLiteral("(brackets) and \\ back"));
        return w.finish({QStringLiteral("Títle"), QStringLiteral("s"), QStringLiteral("p")});
    };
    const QByteArray a = make(QStringLiteral("one"));
    CHECK(a == make(QStringLiteral("one")));
    CHECK(a.startsWith("%PDF-1.4\n"));
    CHECK(a.endsWith("%%EOF\n"));
    CHECK_FALSE(a.contains("CreationDate"));
    CHECK_FALSE(a.contains("ModDate"));
    CHECK(a.contains("(\\(brackets\\) and \\\\ back) Tj"));
    checkXref(a);
    // The file identifier is derived from the content: same content, same /ID; else another.
    const QRegularExpression id(QStringLiteral("/ID \\[<([0-9A-F]{32})>"));
    const QString idA = id.match(QString::fromLatin1(a)).captured(1);
    const QString idB = id.match(QString::fromLatin1(make(QStringLiteral("two")))).captured(1);
    CHECK(idA.size() == 32);
    CHECK(idA != idB);

    if (const auto info = pdfInfo(a)) {
        CHECK(info->value(QStringLiteral("Pages")) == QStringLiteral("2"));
        CHECK(info->value(QStringLiteral("Title")) == QStringLiteral("Títle"));
        CHECK(info->value(QStringLiteral("PDF version")) == QStringLiteral("1.4"));
        CHECK(info->value(QStringLiteral("Page size")).startsWith(QStringLiteral("595.28 x 841.89")));
    } else {
        WARN("pdfinfo not installed (poppler-utils): PDF structure read back skipped");
    }
}

TEST_CASE("the example's setup sheets hold the server, account, secret and steps", "[client]")
{
    const Project p = l2tpExample();
    const QMap<QString, RenderedFile> files = renderFiles(p);
    const L2tpServer &s = p.l2tpServers[0];
    REQUIRE(files.contains(kIphonePdf));
    REQUIRE(files.contains(kWindowsPdf));
    checkXref(files[kIphonePdf].bytes);
    checkXref(files[kWindowsPdf].bytes);
    // Text is stored uncompressed: the secrets are in the bytes, whatever tools are installed.
    CHECK(files[kIphonePdf].bytes.contains(s.psk.toLatin1()));
    CHECK(files[kIphonePdf].bytes.contains(s.users[0].password.toLatin1()));
    CHECK_FALSE(files[kIphonePdf].bytes.contains(s.users[1].password.toLatin1()));

    const auto iphone = pdfText(files[kIphonePdf].bytes);
    const auto windows = pdfText(files[kWindowsPdf].bytes);
    if (!iphone || !windows) {
        WARN("pdftotext not installed (poppler-utils): setup sheet text checks skipped");
        return;
    }
    for (const QString &text : {*iphone, *windows}) {
        CHECK(text.contains(s.publicAddress));
        CHECK(text.contains(QStringLiteral("alice")));
        CHECK(text.contains(s.psk));
        CHECK(text.contains(s.users[0].password));
        CHECK(text.contains(QStringLiteral("office VPN")));
        CHECK(text.contains(QStringLiteral("Keep this sheet private")));
        CHECK(text.contains(QStringLiteral("Page 1 of 2")));
    }
    for (const char *field : {"Add VPN Configuration", "Description", "Server", "Account", "RSA SecurID", "Password",
                              "Secret", "Send All Traffic", "Proxy", "VPN & Device Management", "Done", "L2TP",
                              "alice.mobileconfig", "How to tell it works", "If it does not connect"})
        CHECK(iphone->contains(QString::fromUtf8(field)));
    for (const char *field : {"Windows (built-in)", "Connection name", "Server name or address",
                              "L2TP/IPsec with pre-shared key", "Pre-shared key", "Type of sign-in info",
                              "User name and password", "Remember my sign-in info", "Add VPN", "Add a VPN connection",
                              "powershell -ExecutionPolicy Bypass -File .\\alice-setup.ps1", "-SkipNatTraversal",
                              "AssumeUDPEncapsulationContextOnSendRule", "REG_DWORD", "Error 809", "Error 789",
                              "Error 691", "Terminal (Admin)"})
        CHECK(windows->contains(QString::fromUtf8(field)));

    const auto iInfo = pdfInfo(files[kIphonePdf].bytes);
    const auto wInfo = pdfInfo(files[kWindowsPdf].bytes);
    REQUIRE(iInfo);
    REQUIRE(wInfo);
    CHECK(iInfo->value(QStringLiteral("Pages")) == QStringLiteral("2"));
    CHECK(wInfo->value(QStringLiteral("Pages")) == QStringLiteral("2"));
    CHECK(iInfo->value(QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
}

TEST_CASE("the locale's paper: LC_ALL, else LC_PAPER, else LANG; LANGUAGE does not count", "[client]")
{
    struct Case {
        const char *lcAll, *lcPaper, *lang;
        PaperSize paper;
    };
    const Case cases[] = {
        {"de_DE.UTF-8", "", "", PaperSize::A4},
        {"en_US.UTF-8", "", "", PaperSize::Letter},
        {"en_US.UTF-8", "de_DE.UTF-8", "de_DE.UTF-8", PaperSize::Letter}, // LC_ALL wins
        {"", "de_DE.UTF-8", "en_US.UTF-8", PaperSize::A4},                // then LC_PAPER
        {"", "", "es_MX.UTF-8", PaperSize::Letter},                      // then LANG
        {"", "", "es_ES.UTF-8@euro", PaperSize::A4},
        {"", "", "en_CA", PaperSize::Letter},
        {"C", "", "en_US.UTF-8", PaperSize::A4}, // C has no country
        {"", "", "POSIX", PaperSize::A4},
    };
    for (const Case &c : cases) {
        INFO(c.lcAll << " | " << c.lcPaper << " | " << c.lang);
        CHECK(paperSizeForLocaleVariables(QString::fromLatin1(c.lcAll), QString::fromLatin1(c.lcPaper),
                                          QString::fromLatin1(c.lang)) == c.paper);
    }
}

TEST_CASE("with passwordsOnSheets off no sheet holds a password", "[client]")
{
    const Project p = l2tpExample();
    RenderOptions options;
    options.passwordsOnSheets = false;
    const QMap<QString, RenderedFile> files = renderFiles(p, options);
    int sheets = 0;
    for (const RenderedFile &f : files) {
        if (f.kind != FileKind::SetupSheetPdf)
            continue;
        ++sheets;
        for (const User &u : p.l2tpServers[0].users)
            CHECK_FALSE(f.bytes.contains(u.password.toLatin1()));
        CHECK(f.bytes.contains(p.l2tpServers[0].psk.toLatin1()));
        if (const auto text = pdfText(f.bytes))
            CHECK(text->contains(QStringLiteral("you get it separately")));
        else
            WARN("pdftotext not installed (poppler-utils): text check skipped");
    }
    CHECK(sheets == 4);
}

TEST_CASE("Letter paper when asked for", "[client]")
{
    RenderOptions options;
    options.paperSize = PaperSize::Letter;
    const QMap<QString, RenderedFile> files = renderFiles(l2tpExample(), options);
    CHECK(files[kWindowsPdf].bytes.contains("/MediaBox [0 0 612 792]"));
    if (const auto info = pdfInfo(files[kWindowsPdf].bytes)) {
        CHECK(info->value(QStringLiteral("Page size")).contains(QStringLiteral("612 x 792")));
        CHECK(info->value(QStringLiteral("Pages")) == QStringLiteral("2"));
    } else {
        WARN("pdfinfo not installed (poppler-utils): page size check skipped");
    }
}

TEST_CASE("long keys and passwords wrap inside the table and still read back whole", "[client]")
{
    Project p = l2tpExample();
    L2tpServer &s = p.l2tpServers[0];
    s.psk = QStringLiteral("K7wQ2xR9mB4vT8nL3pZ6cY1hF5jD0sGa");
    s.psk = (s.psk + s.psk + s.psk + s.psk); // 128 characters, the maximum
    s.users[0].password = QStringLiteral("Pw-9aX2bY7cZ4dW1eV6fU3gT8hS5iR0jQ-Pw-9aX2bY7cZ4dW1eV6fU3gT8hS5iR");
    REQUIRE(s.users[0].password.size() == 64);
    const QMap<QString, RenderedFile> files = renderFiles(p);
    for (const QString &path : {kIphonePdf, kWindowsPdf}) {
        const auto text = pdfText(files[path].bytes);
        if (!text) {
            WARN("pdftotext not installed (poppler-utils): skipped");
            return;
        }
        CHECK(withoutWhitespace(*text).contains(s.psk));
        CHECK(withoutWhitespace(*text).contains(s.users[0].password));
        const auto info = pdfInfo(files[path].bytes);
        REQUIRE(info);
        CHECK(info->value(QStringLiteral("Pages")).toInt() <= 3);
    }
}

TEST_CASE("a password the sheet cannot print is shown as code points and `check` says so", "[client]")
{
    Project p = l2tpExample();
    p.l2tpServers[0].users[0].password = QString::fromUtf8("Zürich-Łódź-2024");
    const QList<Finding> findings = checkProject(p);
    const bool warned = std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
        return f.severity == Severity::Warning && f.path == QStringLiteral("l2tp_servers[0].users[0].password") &&
               f.message.contains(QStringLiteral("cannot show"));
    });
    CHECK(warned);
    CHECK(printableOnSheet(p.l2tpServers[0].users[0].password) == QString::fromUtf8("Zürich-[U+0141]ód[U+017A]-2024"));
    const QMap<QString, RenderedFile> files = renderFiles(p);
    if (const auto text = pdfText(files[kIphonePdf].bytes)) {
        CHECK(text->contains(QString::fromUtf8("Zürich-[U+0141]ód[U+017A]-2024")));
        CHECK(text->contains(QStringLiteral("cannot print")));
    } else {
        WARN("pdftotext not installed (poppler-utils): skipped");
    }
}

TEST_CASE("a setup sheet lays out the same bytes every time", "[client]")
{
    const Project p = l2tpExample();
    const ClientContext ctx{&p, &p.l2tpServers[0], &p.l2tpServers[0].users[1], {}};
    CHECK(setupSheetPdf(iphoneSetupSheet(ctx), PaperSize::A4) == setupSheetPdf(iphoneSetupSheet(ctx), PaperSize::A4));
    CHECK(setupSheetPdf(windowsSetupSheet(ctx), PaperSize::A4) != setupSheetPdf(windowsSetupSheet(ctx), PaperSize::Letter));
}

TEST_CASE("long names in the footer are shortened, never drawn over the page number", "[client]")
{
    // 32-character names of the widest letters: at full length the footer ran past "Page 1 of 1"
    // and off the paper.
    SetupSheet sheet;
    sheet.title = QStringLiteral("VPN");
    sheet.footer = {QStringLiteral("W").repeated(32) + QStringLiteral(" VPN"), QStringLiteral("M").repeated(32),
                    QStringLiteral("keep this sheet private")};
    for (PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
        const QByteArray pdf = setupSheetPdf(sheet, paper);
        // "BT g /F Tf x y Td (text) Tj ET": the footer and the page number, with where they start.
        const QRegularExpression shown(QStringLiteral("([0-9.]+) [0-9.]+ Td \\(((?:[^()\\\\]|\\\\.)*)\\) Tj"));
        double footerX = -1, footerWidth = 0, pageX = -1;
        for (auto it = shown.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
            const auto m = it.next();
            QString text = m.captured(2);
            // The writer escapes bytes outside ASCII in octal: WinAnsi's ellipsis and middle dot.
            text.replace(QStringLiteral("\\205"), QString(QChar(0x2026)));
            text.replace(QStringLiteral("\\267"), QString(QChar(0xB7)));
            if (text.contains(QStringLiteral("keep this sheet private"))) {
                footerX = m.captured(1).toDouble();
                footerWidth = PdfWriter::textWidth(PdfFont::Helvetica, 8, text);
                CHECK(text.contains(QChar(0x2026)));
                CHECK(text.startsWith(QStringLiteral("WWWWWWWWWW")));
                CHECK(text.contains(QStringLiteral("MMMMMMMMMM")));
            } else if (text == QStringLiteral("Page 1 of 1")) {
                pageX = m.captured(1).toDouble();
            }
        }
        REQUIRE(footerX >= 0);
        REQUIRE(pageX > 0);
        CHECK(footerX + footerWidth + 12 <= pageX + 0.01);
    }
    // Short parts stay whole.
    sheet.footer = {QStringLiteral("office VPN"), QStringLiteral("alice"), QStringLiteral("keep this sheet private")};
    CHECK(setupSheetPdf(sheet, PaperSize::A4).contains(
        QStringLiteral("(office VPN  \\267  alice  \\267  keep this sheet private) Tj").toLatin1()));
}

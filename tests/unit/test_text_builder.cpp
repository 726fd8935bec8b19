#include "render/TextBuilder.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <limits>

using tw::TextBuilder;

TEST_CASE("text builder: every kind of piece, across many growths, equals QString::append then toUtf8", "[render]")
{
    // Capacity 1 forces a move of the storage on nearly every append; each kind of piece is then
    // copied from the new place, and repeat() reads from before the move. Values hold characters
    // of two, three and four UTF-8 bytes, at the start, in the middle and at the end.
    for (const qsizetype capacity : {qsizetype(0), qsizetype(1), qsizetype(7), qsizetype(64), qsizetype(4096)}) {
        TextBuilder b(capacity);
        QString expected;
        for (int i = 0; i < 300; ++i) {
            const QString value = QString::number(i) + QStringLiteral("-\u00e9\u4e2d\U0001F511");
            const QString leading = QStringLiteral("\u2028x") + QString::number(i);
            const qsizetype valueAt = b.size();
            b << value << ' ' << "literal" << std::string_view("view") << leading << QStringView(u"\u00e9");
            expected += value + QLatin1Char(' ') + QLatin1String("literalview") + leading + QChar(u'\u00e9');
            b.repeat(valueAt, value.toUtf8().size());
            expected += value;
        }
        CHECK(b.size() == expected.toUtf8().size());
        CHECK(b.take() == expected.toUtf8());
        CHECK(b.isEmpty());
        b << "again";
        CHECK(b.take() == "again");
    }
}

TEST_CASE("text builder: a value is encoded as QString::toUtf8 encodes it", "[render]")
{
    // Including what toUtf8 does with a lone surrogate, on either side of ASCII.
    for (const QString &value : {QString(), QStringLiteral("plain"), QStringLiteral("\u00e9"), QStringLiteral("a\u00e9b"),
                                 QString(QChar(0xD800)), QStringLiteral("x") + QChar(0xDC00) + QStringLiteral("y"),
                                 QStringLiteral("\U0001F511 end"), QStringLiteral("\u007F\u0080\u07FF\u0800\uFFFF")}) {
        INFO(value.toStdString());
        TextBuilder b(1);
        b << value;
        CHECK(b.take() == value.toUtf8());
    }
}

TEST_CASE("text builder: values of every short length, with one character outside ASCII anywhere, are encoded exactly",
          "[render]")
{
    // The ASCII path takes eight characters at a time, then the last eight or, for four to seven,
    // the first and last four, overlapping what it wrote: every length up to past two chunks, with
    // no such character or one at each place, after prefixes that shift where the bytes land.
    const char16_t outside[] = {0x80, 0xFF, 0x100, 0x7FF, 0x800, 0xD800, 0xFF7F, 0xFFFF};
    for (qsizetype length = 0; length <= 20; ++length)
        for (qsizetype at = -1; at < length; ++at)
            for (const char16_t odd : outside) {
                QString value;
                for (qsizetype i = 0; i < length; ++i)
                    value += QChar(i == at ? odd : char16_t(0x7F - (i * 7) % 0x5F)); // 0x7F, then printable ASCII
                for (const qsizetype prefix : {0, 1, 3, 8}) {
                    TextBuilder b(1);
                    b << std::string_view("########").substr(0, size_t(prefix)) << value;
                    const QByteArray expected = QByteArray(prefix, '#') + value.toUtf8();
                    if (b.take() != expected) {
                        FAIL_CHECK("length " << length << ", U+" << std::hex << int(odd) << std::dec << " at " << at
                                             << ", after " << prefix << " bytes");
                        return;
                    }
                }
                if (at < 0)
                    break; // all-ASCII: one value per length is enough
            }
}

TEST_CASE("text builder: pieces of every length up to past the inline copies are copied exactly", "[render]")
{
    // Short pieces are copied inline in size classes (two overlapping fixed-size copies); every
    // length through and past the largest class must come out whole, from a piece and from repeat.
    QString source;
    for (int i = 0; i < 300; ++i)
        source += QChar(u'a' + i % 26 + (i / 26) % 2 * (u'A' - u'a'));
    for (qsizetype length = 0; length <= 300; ++length) {
        INFO("length " << length);
        const QStringView piece = QStringView(source).first(length);
        const QByteArray utf8 = piece.toUtf8();
        TextBuilder b(1);
        b << '<' << piece << '>' << std::string_view(utf8.constData(), size_t(length));
        b.repeat(1, length);
        CHECK(b.take() == '<' + utf8 + '>' + utf8 + utf8);
    }
}

TEST_CASE("text builder: an empty builder gives an empty string", "[render]")
{
    TextBuilder b(16);
    CHECK(b.isEmpty());
    b << QString() << QStringView() << "" << std::string_view();
    CHECK(b.take().isEmpty());
}

TEST_CASE("text builder: fill equals the multi-argument QString::arg on patterns numbered 1 to n", "[render]")
{
    struct Row {
        tw::FillPattern pattern;
        QStringList args;
    };
    const QList<Row> rows{
        {"no placeholder", {}},
        {"", {}},
        {"%1", {QStringLiteral("only")}},
        {"%1 and %2", {QStringLiteral("a"), QStringLiteral("b")}},
        {"%2 before %1", {QStringLiteral("a"), QStringLiteral("b")}},
        {"%1, %1 again", {QStringLiteral("x")}},
        {"%1%2%3", {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}},
        {"100% sure, %1", {QStringLiteral("yes")}},
        {"ends in %", {}},
        {"%% and %a %1", {QStringLiteral("v")}},
        // Plain '%' before, between and after the placeholders.
        {"50% off %1, 10% between, %2 then 100%", {QStringLiteral("a"), QStringLiteral("b")}},
        {"% %1%% %2%", {QStringLiteral("a"), QStringLiteral("b")}},
        {"before %1", {QStringLiteral("v")}},
        {"%1 after", {QStringLiteral("v")}},
        {"%1 %2 %3 %4 %5 %6 %7 %8 %9",
         {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e"),
          QStringLiteral("f"), QStringLiteral("g"), QStringLiteral("h"), QStringLiteral("i")}},
        // A value is copied as it is, never searched for placeholders.
        {"key %1 for %2", {QStringLiteral("a%2b%1"), QStringLiteral("peer")}},
        {"\u00e9 %1 \u4e2d", {QStringLiteral("\u2028")}},
        // Values longer in UTF-8 than in UTF-16 units, with text after them: room is made for all.
        {"\u00e9 %1 \u4e2d and more text %2!", {QStringLiteral("\u2028\u2028\u2028"), QStringLiteral("\u4e2d\u00e9\u4e2d")}},
        {"%1 and a tail of text after it", {QStringLiteral("\u4e2d\u4e2d\u4e2d\u4e2d")}},
        {"empty [%1]", {QString()}},
    };
    for (const Row &row : rows) {
        const QString text = QString::fromUtf8(row.pattern.text().data(), qsizetype(row.pattern.text().size()));
        INFO(text.toStdString());
        CHECK(row.pattern.argumentCount() == row.args.size());
        QString expected = text;
        switch (row.args.size()) { // QString::arg with every argument at once: also one pass
        case 0:
            break;
        case 1:
            expected = text.arg(row.args[0]);
            break;
        case 2:
            expected = text.arg(row.args[0], row.args[1]);
            break;
        case 3:
            expected = text.arg(row.args[0], row.args[1], row.args[2]);
            break;
        default:
            expected = text.arg(row.args[0], row.args[1], row.args[2], row.args[3], row.args[4], row.args[5],
                                row.args[6], row.args[7], row.args[8]);
        }
        TextBuilder b(1);
        switch (row.args.size()) {
        case 0:
            b.fill(row.pattern, {});
            break;
        case 1:
            b.fill(row.pattern, {row.args[0]});
            break;
        case 2:
            b.fill(row.pattern, {row.args[0], row.args[1]});
            break;
        case 3:
            b.fill(row.pattern, {row.args[0], row.args[1], row.args[2]});
            break;
        default:
            b.fill(row.pattern, {row.args[0], row.args[1], row.args[2], row.args[3], row.args[4], row.args[5],
                                 row.args[6], row.args[7], row.args[8]});
        }
        CHECK(b.take() == expected.toUtf8());
    }
}

TEST_CASE("text builder: fill keeps a placeholder that has no argument", "[render]")
{
    TextBuilder b;
    b.fill("%1 %2 %0", {u"a"});
    CHECK(b.take() == "a %2 %0");
    b.fill("key %1%", {u"%1"});
    CHECK(b.take() == "key %1%");
    b.fill("%1 and %2", {});
    CHECK(b.take() == "%1 and %2");
}

// Checked when compiled: these hold, or the test does not build. A pattern with a gap in its
// numbering ("%2" without "%1", "%1 %3") or a digit after a placeholder ("%12") does not compile.
static_assert(tw::FillPattern("plain text").argumentCount() == 0);
static_assert(tw::FillPattern("").argumentCount() == 0);
static_assert(tw::FillPattern("%2 before %1").argumentCount() == 2);
static_assert(tw::FillPattern("%1%1%1").argumentCount() == 1);
static_assert(tw::FillPattern("100% %0 %% %a").argumentCount() == 0);
static_assert(tw::FillPattern("%1 2 %1.5").argumentCount() == 1);
static_assert(tw::FillPattern("a %9 %8 %7 %6 %5 %4 %3 %2 %1 b").argumentCount() == 9);

TEST_CASE("text builder: NumberText writes what QString::number writes", "[render]")
{
    for (const qint64 v : {qint64(0), qint64(7), qint64(-7), qint64(10), qint64(86400), qint64(4608000), qint64(-1000),
                           std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()}) {
        TextBuilder b;
        b.fill("[%1]", {tw::NumberText(v)});
        CHECK(b.take() == '[' + QByteArray::number(v) + ']');
    }
}

TEST_CASE("text builder: JoinedText holds its pieces in order, short or long", "[render]")
{
    const QString longName(200, u'x'); // beyond the in-place storage: the heap takes over
    const struct {
        std::initializer_list<QStringView> pieces;
        QString expected;
    } cases[] = {
        {{}, QString()},
        {{u"tw-", u"hq-branch"}, QStringLiteral("tw-hq-branch")},
        {{u"198.51.100.7", u"/32"}, QStringLiteral("198.51.100.7/32")},
        {{u"", u"a", u"", u"\u00e9\U0001F600"}, QStringLiteral("a\u00e9\U0001F600")},
        {{u"tunnelwright:", longName}, QStringLiteral("tunnelwright:") + longName},
    };
    for (const auto &c : cases) {
        const tw::JoinedText joined(c.pieces);
        CHECK(QStringView(joined).toString() == c.expected);
        CHECK(joined.isEmpty() == c.expected.isEmpty());
        TextBuilder b;
        b.fill("<%1>", {joined});
        CHECK(b.take() == '<' + c.expected.toUtf8() + '>');
        // The same pieces appended one by one, to an empty text and to a copy of itself.
        tw::JoinedText appended;
        for (const QStringView piece : c.pieces)
            appended.append(piece);
        CHECK(QStringView(appended).toString() == c.expected);
        tw::JoinedText twice = joined;
        for (const QStringView piece : c.pieces)
            twice.append(piece);
        CHECK(QStringView(twice).toString() == c.expected + c.expected);
    }
}

#include "render/TextBuilder.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <limits>

using tw::TextBuilder;

TEST_CASE("text builder: every kind of piece, across many growths, equals QString::append", "[render]")
{
    // Capacity 1 forces a move of the storage on nearly every append; each kind of piece is then
    // copied from the new place, and repeat() reads from before the move.
    for (const qsizetype capacity : {qsizetype(0), qsizetype(1), qsizetype(7), qsizetype(64), qsizetype(4096)}) {
        TextBuilder b(capacity);
        QString expected;
        for (int i = 0; i < 300; ++i) {
            const QString value = QString::number(i) + QStringLiteral("-\u00e9\u4e2d");
            const qsizetype valueAt = b.size();
            b << value << u' ' << "literal" << QLatin1String("latin1\xe9", 7) << QChar(u'\u2028');
            expected += value + QLatin1Char(' ') + QLatin1String("literal") + QLatin1String("latin1\xe9", 7) +
                        QChar(u'\u2028');
            b.repeat(valueAt, value.size());
            expected += value;
        }
        CHECK(b.size() == expected.size());
        CHECK(b.take() == expected);
        CHECK(b.isEmpty());
        b << "again";
        CHECK(b.take() == QStringLiteral("again"));
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
        TextBuilder b(1);
        b << u'<' << piece << u'>';
        b.repeat(1, length);
        CHECK(b.take() == QLatin1Char('<') + piece.toString() + QLatin1Char('>') + piece.toString());
    }
}

TEST_CASE("text builder: an empty builder gives an empty string", "[render]")
{
    TextBuilder b(16);
    CHECK(b.isEmpty());
    b << QString() << QStringView() << "";
    CHECK(b.take().isEmpty());
}

TEST_CASE("text builder: fill equals the multi-argument QString::arg on patterns numbered 1 to n", "[render]")
{
    struct Row {
        QString pattern;
        QStringList args;
    };
    const QList<Row> rows{
        {QStringLiteral("no placeholder"), {}},
        {QString(), {}},
        {QStringLiteral("%1"), {QStringLiteral("only")}},
        {QStringLiteral("%1 and %2"), {QStringLiteral("a"), QStringLiteral("b")}},
        {QStringLiteral("%2 before %1"), {QStringLiteral("a"), QStringLiteral("b")}},
        {QStringLiteral("%1, %1 again"), {QStringLiteral("x")}},
        {QStringLiteral("%1%2%3"), {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}},
        {QStringLiteral("100% sure, %1"), {QStringLiteral("yes")}},
        {QStringLiteral("ends in %"), {}},
        {QStringLiteral("%% and %a %1"), {QStringLiteral("v")}},
        {QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9"),
         {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e"),
          QStringLiteral("f"), QStringLiteral("g"), QStringLiteral("h"), QStringLiteral("i")}},
        // A value is copied as it is, never searched for placeholders.
        {QStringLiteral("key %1 for %2"), {QStringLiteral("a%2b%1"), QStringLiteral("peer")}},
        {QStringLiteral("\u00e9 %1 \u4e2d"), {QStringLiteral("\u2028")}},
        {QStringLiteral("empty [%1]"), {QString()}},
    };
    for (const Row &row : rows) {
        INFO(row.pattern.toStdString());
        QString expected = row.pattern;
        switch (row.args.size()) { // QString::arg with every argument at once: also one pass
        case 0:
            break;
        case 1:
            expected = row.pattern.arg(row.args[0]);
            break;
        case 2:
            expected = row.pattern.arg(row.args[0], row.args[1]);
            break;
        case 3:
            expected = row.pattern.arg(row.args[0], row.args[1], row.args[2]);
            break;
        default:
            expected = row.pattern.arg(row.args[0], row.args[1], row.args[2], row.args[3], row.args[4], row.args[5],
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
        CHECK(b.take() == expected);
    }
}

TEST_CASE("text builder: fill keeps a placeholder that has no argument", "[render]")
{
    TextBuilder b;
    b.fill(u"%1 %2 %9 %12 %0", {u"a"});
    CHECK(b.take() == QStringLiteral("a %2 %9 a2 %0"));
    b.fill(u"key %1%", {u"%1"});
    CHECK(b.take() == QStringLiteral("key %1%"));
}

TEST_CASE("text builder: NumberText writes what QString::number writes", "[render]")
{
    for (const qint64 v : {qint64(0), qint64(7), qint64(-7), qint64(10), qint64(86400), qint64(4608000), qint64(-1000),
                           std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()}) {
        TextBuilder b;
        b.fill(u"[%1]", {tw::NumberText(v)});
        CHECK(b.take() == QLatin1Char('[') + QString::number(v) + QLatin1Char(']'));
    }
}

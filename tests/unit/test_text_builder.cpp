#include "render/TextBuilder.h"

#include <catch2/catch.hpp>

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

TEST_CASE("text builder: an empty builder gives an empty string", "[render]")
{
    TextBuilder b(16);
    CHECK(b.isEmpty());
    b << QString() << QStringView() << "";
    CHECK(b.take().isEmpty());
}

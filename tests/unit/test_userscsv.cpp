#include "io/UsersCsv.h"

#include <catch2/catch.hpp>

using tw::CsvImport;
using tw::User;

namespace {

QString errorsOf(const CsvImport &r) { return r.rowErrors.join(QLatin1Char('\n')); }

} // namespace

TEST_CASE("users CSV: header, CRLF and LF, quoted fields", "[userscsv]")
{
    const CsvImport r = tw::parseUsersCsv("name,password\r\nalice,za3BAJkbnrOuRY97nF9G\nbob,\"pa,ss\"\"word\"\r\n");
    INFO(errorsOf(r).toStdString());
    REQUIRE(r.rowErrors.isEmpty());
    REQUIRE(r.users == QList<User>{{"alice", "za3BAJkbnrOuRY97nF9G"}, {"bob", "pa,ss\"word"}});
}

TEST_CASE("users CSV: the header is optional, a BOM and blank lines are ignored, no final line break", "[userscsv]")
{
    const CsvImport r = tw::parseUsersCsv("\xEF\xBB\xBF" "alice,one-password\r\n\r\nbob,two-password");
    REQUIRE(r.rowErrors.isEmpty());
    REQUIRE(r.users.size() == 2);
    REQUIRE(r.users[1] == User{"bob", "two-password"});
}

TEST_CASE("users CSV: every bad row is reported with its number, good rows still import", "[userscsv]")
{
    const QByteArray csv = "name,password\n"           // row 1
                           "alice,secret-one\n"        // row 2
                           "bob\n"                     // row 3: one field
                           "carol,a,b\n"               // row 4: three fields
                           "9lives,pw123456789\n"      // row 5: bad name
                           "ALICE,another-one\n"       // row 6: duplicate (case)
                           "dave,\n"                   // row 7: empty password
                           "eve,ab\"cd\n"              // row 8: quote inside unquoted field
                           ",nobody-here\n"            // row 9: empty name
                           "\"frank\"x,pw-pw-pw-pw\n"  // row 10: text after closing quote
                           "grace,good-password\n"     // row 11
                           "heidi,\"never closed\n";   // row 12: unterminated quote
    const CsvImport r = tw::parseUsersCsv(csv);
    REQUIRE(r.users == QList<User>{{"alice", "secret-one"}, {"grace", "good-password"}});
    REQUIRE(r.rowErrors.size() == 9);
    CHECK(r.rowErrors[0].startsWith("row 3: has 1 field;"));
    CHECK(r.rowErrors[1].startsWith("row 4: has 3 fields;"));
    CHECK(r.rowErrors[2].startsWith("row 5: \"9lives\" is not a valid user name"));
    CHECK(r.rowErrors[3] == "row 6: \"ALICE\" is already on row 2; user names must be unique (ignoring case)");
    CHECK(r.rowErrors[4] == "row 7: the password of \"dave\" is empty");
    CHECK(r.rowErrors[5].startsWith("row 8: a quote inside a field"));
    CHECK(r.rowErrors[6] == "row 9: the name is empty");
    CHECK(r.rowErrors[7].startsWith("row 10: text follows the closing quote"));
    CHECK(r.rowErrors[8].startsWith("row 12: a quoted field is never closed"));
}

TEST_CASE("users CSV: a quoted line break counts as one row and is refused in a password", "[userscsv]")
{
    const CsvImport r = tw::parseUsersCsv("alice,\"two\nlines\"\nbob,fine-password\n");
    REQUIRE(r.users == QList<User>{{"bob", "fine-password"}});
    REQUIRE(r.rowErrors == QStringList{"row 1: the password of \"alice\" contains a control character (tab, line break ...); "
                                       "passwords must be typeable"});
}

TEST_CASE("users CSV: not UTF-8 is one clear error", "[userscsv]")
{
    const CsvImport r = tw::parseUsersCsv("alice,p\xE4ssword\n");
    REQUIRE(r.users.isEmpty());
    REQUIRE(r.rowErrors.size() == 1);
    CHECK(r.rowErrors[0].contains("not UTF-8"));
}

TEST_CASE("users CSV: write then parse gives the same users", "[userscsv]")
{
    const QList<User> users{{"alice", "plain"}, {"bob", "with,comma"}, {"carol", "with\"quote"}, {"dave", " spaced "},
                            {"erin", "=SUM(A1)"}, {"frank", "ünïcödé-pässwörd"}};
    const QByteArray csv = tw::writeUsersCsv(users);
    CHECK(csv.startsWith("name,password\r\nalice,plain\r\nbob,\"with,comma\"\r\ncarol,\"with\"\"quote\"\r\ndave,\" spaced \"\r\n"));
    const CsvImport back = tw::parseUsersCsv(csv);
    INFO(errorsOf(back).toStdString());
    REQUIRE(back.rowErrors.isEmpty());
    REQUIRE(back.users == users);
}

TEST_CASE("users CSV: an empty file imports nothing without errors", "[userscsv]")
{
    CHECK(tw::parseUsersCsv("").users.isEmpty());
    CHECK(tw::parseUsersCsv("").rowErrors.isEmpty());
    CHECK(tw::parseUsersCsv("name,password\r\n").users.isEmpty());
    CHECK(tw::writeUsersCsv({}) == "name,password\r\n");
}

TEST_CASE("users CSV: a name repeated in other letter case is a duplicate whichever comes first", "[userscsv]")
{
    const CsvImport r = tw::parseUsersCsv(QByteArray("Alice,pw-one-xxxx\nalice,pw-two-xxxx\n"));
    CHECK(r.users == QList<User>{{"Alice", "pw-one-xxxx"}});
    REQUIRE(r.rowErrors.size() == 1);
    CHECK(r.rowErrors[0].startsWith(QStringLiteral("row 2: \"alice\" is already on row 1")));
}

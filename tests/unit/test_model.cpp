#include "TestSupport.h"
#include "model/Address.h"
#include "model/Vocabulary.h"
#include "render/PlatformRegistry.h"
#include "secrets/SecretGenerator.h"

#include <catch2/catch.hpp>

#include <optional>

#include <QRegularExpression>
#include <QSet>

using namespace tw;

TEST_CASE("vocabulary tokens round-trip for every value", "[model]")
{
    for (Platform p : allPlatforms())
        CHECK(platformFromToken(token(p)) == p);
    for (Encryption e : allEncryptions())
        CHECK(encryptionFromToken(token(e)) == e);
    for (Integrity i : allIntegrities())
        CHECK(integrityFromToken(token(i)) == i);
    for (DhGroup g : allDhGroups())
        CHECK(dhGroupFromNumber(token(g)) == g);
    CHECK(platformTokens() == QStringList{"routeros-6-legacy", "routeros-6", "routeros-7", "cisco-ios"});
    CHECK(dhGroupTokens() == QStringList{"1", "2", "5", "14", "15", "16", "19", "20", "21"});
    CHECK_FALSE(encryptionFromToken(u"AES256-CBC").has_value());
}

TEST_CASE("names: a letter, then up to 31 letters, digits, '.', '_' or '-', and nothing after", "[model]")
{
    for (const char16_t *ok : {u"hq", u"h", u"hq-branch", u"b.2_x", u"Z-", u"A2345678901234567890123456789012"})
        CHECK(isValidName(QString::fromUtf16(ok)));
    for (const char16_t *bad : {u"", u"hq\n", u"hq branch", u"9lives", u"-hq", u".hq", u"_hq", u"hq?", u"hq/x",
                                u"A23456789012345678901234567890123", u"h\u00e9", u"\u00e9t\u00e9", u"hq\t",
                                u"hq\u2028", u"\uff48q"})
        CHECK_FALSE(isValidName(QString::fromUtf16(bad)));
}

TEST_CASE("names: the hand-written check agrees with the spec's pattern", "[model]")
{
    // Every string of up to 4 characters over the characters that matter, and lengths around 32.
    const QRegularExpression spec(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z][A-Za-z0-9_.-]{0,31}")));
    std::optional<QString> first; // the first string the two disagree on
    const auto compare = [&](const QString &s) {
        if (!first && isValidName(s) != spec.match(s).hasMatch())
            first = s;
    };
    CHECK(twtest::forEachString(QStringLiteral("aZ0._- \n\u00e9"), 4, compare) == 1 + 9 + 81 + 729 + 6561);
    for (int length = 30; length <= 34; ++length) {
        compare(QString(length, QLatin1Char('a')));
        compare(QStringLiteral("a") + QString(length - 1, QLatin1Char('-')));
    }
    INFO("first disagreement: \"" << first.value_or(QString()).toStdString() << "\"");
    CHECK_FALSE(first);
}

TEST_CASE("control characters: C0, DEL, C1, format characters and line or paragraph separators", "[model]")
{
    // Every UTF-16 unit against the definition by category alone (the ASCII shortcut must agree).
    int controls = 0;
    std::optional<char16_t> first; // the first unit the two disagree on
    for (char32_t u = 0; u <= 0xFFFF; ++u) {
        const QChar c{char16_t(u)};
        const QChar::Category category = c.category();
        const bool expected = category == QChar::Other_Control || category == QChar::Other_Format ||
                              category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
        if (!first && isControlCharacter(c) != expected)
            first = char16_t(u);
        controls += expected;
    }
    INFO("first disagreement: U+" << std::hex << int(first.value_or(0)));
    CHECK_FALSE(first);
    CHECK(controls > 65 + 2); // C0, DEL and C1 alone are 65 units
    for (const char16_t *with : {u"a\tb", u"\n", u"x\u007f", u"\u0085x", u"a\u200bb", u"\u202e", u"a\u2028", u"\u2029"})
        CHECK(hasControlCharacter(QString::fromUtf16(with)));
    for (const char16_t *without : {u"", u"GigabitEthernet0/0", u"pass word", u"\u00e9t\u00e9", u"~!@#$%^&*()"})
        CHECK_FALSE(hasControlCharacter(QString::fromUtf16(without)));
}

TEST_CASE("every platform has a registry row", "[model]")
{
    for (Platform p : allPlatforms()) {
        CHECK(platformEntry(p).platform == p);
        CHECK(platformEntry(p).checkSite != nullptr);
        CHECK(platformEntry(p).renderSite != nullptr);
        CHECK((platformEntry(p).renderL2tp != nullptr) == isRouterOs(p));
    }
}

TEST_CASE("address parsing", "[model]")
{
    struct Row {
        const char *text;
        bool ok;
        const char *fragment;
    };
    const Row rows[] = {
        {"10.0.0.2", true, ""},
        {"0.0.0.0", true, ""},
        {"255.255.255.255", true, ""},
        {"256.0.0.1", false, "0-255"},
        {"1.2.3", false, "four decimal numbers"},
        {"01.2.3.4", false, "leading zeros"},
        {" 1.2.3.4", false, "spaces"},
        {"", false, "empty"},
        {"2001:db8::1", true, ""},
        {"fe80::1%eth0", false, "scope id"},
        {"2001:db8::g", false, "not an IPv6 address"},
        {"::ffff:198.51.100.1", false, "IPv4 address written as IPv6 (IPv4-mapped); write 198.51.100.1"},
        {"::FFFF:C633:6401", false, "write 198.51.100.1"},
        {"::198.51.100.1", true, ""}, // IPv4-compatible (deprecated, but an IPv6 address like any other)
        {"::", true, ""},
        {"64:ff9b::c633:6401", true, ""}, // NAT64 prefix: a real IPv6 destination
        {"example.com", false, "not an IPv4 address"},
    };
    for (const Row &r : rows) {
        INFO(r.text);
        const auto a = parseAddress(QString::fromLatin1(r.text));
        CHECK(a.ok() == r.ok);
        if (!r.ok)
            CHECK(a.error().contains(QString::fromLatin1(r.fragment)));
    }
}

TEST_CASE("subnet: the first host, the one a sheet pings", "[model]")
{
    const struct {
        const char *subnet;
        const char *firstHost;
    } rows[] = {
        {"10.0.0.0/8", "10.0.0.1"},
        {"192.168.88.0/30", "192.168.88.1"},
        {"10.0.0.4/31", "10.0.0.4"},
        {"10.0.0.9/32", "10.0.0.9"},
        {"255.255.255.254/31", "255.255.255.254"},
        {"0.0.0.0/0", "0.0.0.1"},
        {"2001:db8:0:ff00::/56", "2001:db8:0:ff00::1"},
        {"2001:db8::4/126", "2001:db8::5"},
        {"2001:db8::4/127", "2001:db8::4"},
        {"2001:db8::9/128", "2001:db8::9"},
        {"::/0", "::1"},
    };
    for (const auto &r : rows) {
        INFO(r.subnet);
        const AddressText host = parseSubnet(QString::fromLatin1(r.subnet))->firstHost();
        CHECK(QStringView(host) == QString::fromLatin1(r.firstHost));
    }
}

TEST_CASE("an address's text held in place equals addressText", "[model]")
{
    CHECK(QStringView(AddressText()).isEmpty());
    for (const char *text : {"0.0.0.0", "10.0.0.2", "255.255.255.255", "::", "2001:db8::1", "64:ff9b::c633:6401",
                             "::198.51.100.1", "2001:db8:1:2:3:4:5:6", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"}) {
        INFO(text);
        const auto a = parseAddress(QString::fromLatin1(text));
        REQUIRE(a.ok());
        const AddressText held(*a);
        CHECK(QStringView(held) == addressText(*a));
    }
    const AddressText v4 = AddressText::ofIpv4(0xC0A85801);
    CHECK(QStringView(v4) == u"192.168.88.1");
}

TEST_CASE("IPv4 host masks for every kind of prefix", "[model]")
{
    const struct {
        int prefixLength;
        quint32 mask;
    } rows[] = {
        {0, 0xFFFFFFFFu}, {1, 0x7FFFFFFFu}, {8, 0x00FFFFFFu}, {22, 0x000003FFu},
        {24, 0x000000FFu}, {31, 0x00000001u}, {32, 0x00000000u},
    };
    for (const auto &r : rows) {
        INFO("/" << r.prefixLength);
        CHECK(ipv4HostMask(r.prefixLength) == r.mask);
    }
    static_assert(ipv4HostMask(32) == 0 && ipv4HostMask(0) == ~quint32(0));
}

TEST_CASE("subnet parsing and maths", "[model]")
{
    const auto s = parseSubnet(u"192.168.88.0/24");
    REQUIRE(s.ok());
    CHECK(s->contains(QHostAddress(QStringLiteral("192.168.88.77"))));
    CHECK_FALSE(s->contains(QHostAddress(QStringLiteral("192.168.89.1"))));
    CHECK(parseSubnet(u"10.0.0.0/8")->overlaps(*parseSubnet(u"10.20.0.0/16")));
    CHECK_FALSE(parseSubnet(u"10.0.0.0/24")->overlaps(*parseSubnet(u"10.0.1.0/24")));
    CHECK(parseSubnet(u"2001:db8:1::/48")->overlaps(*parseSubnet(u"2001:db8:1:5::/64")));
    CHECK(parseSubnet(u"2001:db8::1/64").error().contains("2001:db8::/64"));
    CHECK(parseSubnet(u"10.0.0.1/32")->isHost());
    CHECK(parseSubnet(u"10.0.0.0/-1").error().contains("0 to 32"));
}

TEST_CASE("subnet parsing: every prefix form, host bits, and the message for each refusal", "[model]")
{
    struct Row {
        const char *text;
        const char *canonical; // the parsed subnet's toString(), or nullptr when refused
        const char *fragment;  // a part of the error when refused
    };
    const Row rows[] = {
        {"192.168.88.0/24", "192.168.88.0/24", ""},
        {"0.0.0.0/0", "0.0.0.0/0", ""},
        {"10.0.0.9/32", "10.0.0.9/32", ""},
        {"128.0.0.0/1", "128.0.0.0/1", ""},
        {"255.255.255.254/31", "255.255.255.254/31", ""},
        {"10.0.0.0/7", "10.0.0.0/7", ""},
        {"11.0.0.0/7", nullptr, "has host bits set; the network is 10.0.0.0/7"},
        {"192.168.88.1/24", nullptr, "has host bits set; the network is 192.168.88.0/24"},
        {"255.255.255.255/0", nullptr, "has host bits set; the network is 0.0.0.0/0"},
        {"10.0.0.1/31", nullptr, "has host bits set; the network is 10.0.0.0/31"},
        {"10.0.0.0/33", nullptr, "prefix length \"33\" is not a number from 0 to 32"},
        {"10.0.0.0/024", nullptr, "prefix length \"024\" is not a number from 0 to 32"},
        {"10.0.0.0/00", nullptr, "prefix length \"00\" is not a number from 0 to 32"},
        {"10.0.0.0/", nullptr, "prefix length \"\" is not a number from 0 to 32"},
        {"10.0.0.0/+8", nullptr, "prefix length \"+8\" is not a number from 0 to 32"},
        {"10.0.0.0/ 8", nullptr, "prefix length \" 8\" is not a number from 0 to 32"},
        {"10.0.0.0/8 ", nullptr, "prefix length \"8 \" is not a number from 0 to 32"},
        {"10.0.0.0/8a", nullptr, "prefix length \"8a\" is not a number from 0 to 32"},
        {"10.0.0.0/1000", nullptr, "prefix length \"1000\" is not a number from 0 to 32"},
        {"10.0.0.0/8/8", nullptr, "prefix length \"8/8\" is not a number from 0 to 32"},
        {"10.0.0.0", nullptr, "has no prefix length; write a network in CIDR such as 10.0.0.0/32"},
        {"10.0.0.256/24", nullptr, "0-255"},
        {"/24", nullptr, "is empty"},
        {"2001:db8::/32", "2001:db8::/32", ""},
        {"::/0", "::/0", ""},
        {"2001:db8::1/128", "2001:db8::1/128", ""},
        {"2001:DB8:0::/48", "2001:db8::/48", ""},
        {"2001:db8::1/127", nullptr, "has host bits set; the network is 2001:db8::/127"},
        {"2001:db8:1::/31", nullptr, "has host bits set; the network is 2001:db8::/31"},
        {"2001:db8::/129", nullptr, "prefix length \"129\" is not a number from 0 to 128"},
        {"2001:db8::", nullptr, "such as 2001:db8::/128"},
    };
    for (const Row &r : rows) {
        INFO(r.text);
        const auto s = parseSubnet(QString::fromLatin1(r.text));
        REQUIRE(s.ok() == (r.canonical != nullptr));
        if (r.canonical)
            CHECK(s->toString() == QString::fromLatin1(r.canonical));
        else
            CHECK(s.error().contains(QString::fromLatin1(r.fragment)));
    }
    // A prefix written in other digits than ASCII's is refused, not read as its value.
    CHECK_FALSE(parseSubnet(u"10.0.0.0/\u0668").ok()); // ARABIC-INDIC DIGIT EIGHT
    CHECK_FALSE(parseSubnet(u"10.0.0.0/\uFF18").ok()); // FULLWIDTH DIGIT EIGHT
}

TEST_CASE("an IPv4 address or subnet that parses is written as typed: its canonical text is the input", "[model]")
{
    using namespace Qt::Literals::StringLiterals;
    // Every spelling of octets and prefix lengths that a person might type, in every position: the
    // ones that parse must be exactly what addressText / toString write, or canonicalAddressText
    // and canonicalSubnetText could not share the input.
    const QStringList octets{u"0"_s, u"00"_s, u"01"_s, u"1"_s, u"9"_s, u"10"_s, u"010"_s, u"99"_s, u"100"_s,
                             u"199"_s, u"255"_s, u"256"_s, u"0255"_s, u"1000"_s};
    const QStringList prefixes{u"0"_s, u"00"_s, u"8"_s, u"08"_s, u"24"_s, u"024"_s, u"32"_s, u"33"_s};
    int parsed = 0;
    for (const QString &a : octets)
        for (const QString &b : octets)
            for (const QString &c : {u"0"_s, u"01"_s, u"255"_s})
                for (const QString &d : {u"0"_s, u"00"_s, u"7"_s, u"128"_s}) {
                    const QString address = a + u'.' + b + u'.' + c + u'.' + d;
                    if (const auto host = parseAddress(address)) {
                        ++parsed;
                        CHECK(addressText(*host) == address);
                        CHECK(canonicalAddressText(address, *host) == address);
                    }
                    for (const QString &p : prefixes) {
                        const QString text = address + u'/' + p;
                        if (const auto subnet = parseSubnet(text)) {
                            ++parsed;
                            INFO(text.toStdString());
                            CHECK(subnet->toString() == text);
                            CHECK(canonicalSubnetText(text, *subnet) == text);
                        }
                    }
                }
    CHECK(parsed > 100); // the rows above do parse, a good number of them
    // IPv6: one address, many spellings; the canonical text is written, not the input.
    const auto v6 = parseSubnet(u"2001:DB8:0::/48");
    REQUIRE(v6.ok());
    CHECK(canonicalSubnetText(u"2001:DB8:0::/48"_s, *v6) == u"2001:db8::/48"_s);
    const auto host6 = parseAddress(u"2001:DB8::0:1");
    REQUIRE(host6.ok());
    CHECK(canonicalAddressText(u"2001:DB8::0:1"_s, *host6) == u"2001:db8::1"_s);
}

TEST_CASE("subnet spans: first and last address as numbers, and their overlaps", "[model]")
{
    using Span = std::pair<quint64, quint64>;
    struct Row {
        const char *subnet;
        Span first, last;
    };
    const quint64 all = ~quint64(0);
    for (const Row &r : {Row{"192.168.1.0/24", {0, 0xC0A80100}, {0, 0xC0A801FF}}, Row{"0.0.0.0/0", {0, 0}, {0, 0xFFFFFFFF}},
                         Row{"10.0.0.1/32", {0, 0x0A000001}, {0, 0x0A000001}}, Row{"::/0", {0, 0}, {all, all}},
                         Row{"2001:db8::/64", {0x20010DB800000000, 0}, {0x20010DB800000000, all}},
                         Row{"2001:db8::/63", {0x20010DB800000000, 0}, {0x20010DB800000001, all}},
                         Row{"2001:db8::1/128", {0x20010DB800000000, 1}, {0x20010DB800000000, 1}}}) {
        INFO(r.subnet);
        const SubnetSpan span = SubnetSpan::of(parseSubnet(QString::fromLatin1(r.subnet)).value());
        CHECK(span.first == r.first);
        CHECK(span.last == r.last);
    }
    const auto span = [](const char *s) { return SubnetSpan::of(parseSubnet(QString::fromLatin1(s)).value()); };
    CHECK(span("10.5.0.0/16").overlaps(span("10.5.1.0/24")));
    CHECK(span("10.5.1.0/24").overlaps(span("10.5.0.0/16")));
    CHECK_FALSE(span("10.5.0.0/24").overlaps(span("10.5.1.0/24")));
    CHECK_FALSE(span("0.0.0.0/0").overlaps(span("::/0"))); // families never overlap
    // Sorted by first address, the wider of two with the same start first: the sweep's stack order.
    CHECK(span("10.5.0.0/16") < span("10.5.0.0/24"));
    CHECK_FALSE(span("10.5.0.0/24") < span("10.5.0.0/16"));
    CHECK(span("10.5.0.0/24") < span("10.5.1.0/24"));
    CHECK(span("255.255.255.255/32") < span("::/0"));
}

TEST_CASE("address ranges", "[model]")
{
    const auto r = parseRange(u"172.31.86.1-172.31.86.14");
    REQUIRE(r.ok());
    CHECK(r->size() == 14);
    CHECK(r->contains(QHostAddress(QStringLiteral("172.31.86.14"))));
    CHECK_FALSE(r->contains(QHostAddress(QStringLiteral("172.31.86.254"))));
    CHECK(r->overlaps(*parseSubnet(u"172.31.86.0/28")));
    CHECK_FALSE(r->overlaps(*parseSubnet(u"172.31.86.16/28")));
    CHECK(parseRange(u"172.31.86.1").error().contains("FIRST-LAST"));
    CHECK(parseRange(u"2001:db8::1-2001:db8::ff")->size() == 255);
}

TEST_CASE("host names", "[model]")
{
    CHECK(isHostName(u"vpn.example.com"));
    CHECK(isHostName(u"router1"));
    CHECK_FALSE(isHostName(u"vpn example.com"));
    CHECK_FALSE(isHostName(u"-bad.example.com"));
    CHECK_FALSE(isHostName(u"1.2.3.4"));
    CHECK_FALSE(isHostName(u"a;reboot"));
    CHECK_FALSE(isHostName(u"vpn.example.com\n"));
    CHECK_FALSE(isHostName(u"vpn.example.com\n/system reboot"));
    // Numbers in the notations inet_aton reads are addresses, not names (RFC 3696: no numeric TLD).
    CHECK_FALSE(isHostName(u"0x7f000001"));
    CHECK_FALSE(isHostName(u"0x7f.1"));
    CHECK_FALSE(isHostName(u"2130706433"));
    CHECK_FALSE(isHostName(u"vpn.example.123"));
    CHECK(isHostName(u"vpn.example.com."));
    CHECK(isHostName(u"0xcafe-vpn"));
    CHECK(isHostName(u"vpn.0x7f.example.com"));
    CHECK(isHostName(u"3com"));
}

TEST_CASE("generated secrets", "[secrets]")
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString k = generateSecret(32);
        CHECK(k.size() == 32);
        CHECK_FALSE(k.startsWith(QStringLiteral("0x"), Qt::CaseInsensitive));
        for (QChar c : k)
            CHECK(QByteArray(kSecretAlphabet).contains(char(c.unicode())));
        seen.insert(k);
    }
    CHECK(seen.size() == 200);
    CHECK(generateSecret(3).size() == kMinGeneratedLength);
    CHECK(generatedSecretBits(32) == Approx(190.5).epsilon(0.01));
    // Every symbol shows up: a 62-way alphabet over 6,400 draws misses one with negligible odds.
    QString many;
    for (int i = 0; i < 200; ++i)
        many += generateSecret(32);
    QSet<QChar> symbols(many.begin(), many.end());
    CHECK(symbols.size() == kSecretAlphabetSize);
}

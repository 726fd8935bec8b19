// The Cisco IOS dialect and word gate, one row per value: every neutral enum value has a known IOS
// token or a known gap, and every hostile string is refused as a key.

#include "TestSupport.h"
#include "model/Vocabulary.h"
#include "render/ciscoios/CiscoIosDialect.h"
#include "render/ciscoios/CiscoIosQuote.h"

#include <catch2/catch.hpp>

#include <optional>

#include <QRegularExpression>

#include <map>

using namespace tw;
using namespace tw::ciscoios;

namespace {

std::string s(const std::optional<QString> &t) { return t ? t->toStdString() : std::string("<gap>"); }

} // namespace

TEST_CASE("every encryption has its IOS tokens or a known gap", "[ciscoios]")
{
    struct Row {
        Encryption e;
        const char *isakmp, *ikev2, *esp;
    };
    const Row rows[] = {
        {Encryption::Aes128Cbc, "aes", "aes-cbc-128", "esp-aes"},
        {Encryption::Aes192Cbc, "aes 192", "aes-cbc-192", "esp-aes 192"},
        {Encryption::Aes256Cbc, "aes 256", "aes-cbc-256", "esp-aes 256"},
        {Encryption::Aes128Gcm, "<gap>", "aes-gcm-128", "esp-gcm 128"},
        {Encryption::Aes256Gcm, "<gap>", "aes-gcm-256", "esp-gcm 256"},
        {Encryption::TripleDes, "3des", "3des", "esp-3des"},
    };
    REQUIRE(std::size(rows) == size_t(allEncryptions().size()));
    for (const Row &r : rows) {
        INFO(token(r.e).toStdString());
        CHECK(s(CiscoIosDialect::isakmpEncryption(r.e)) == r.isakmp);
        CHECK(s(CiscoIosDialect::ikev2Encryption(r.e)) == r.ikev2);
        CHECK(s(CiscoIosDialect::espEncryption(r.e)) == r.esp);
    }
}

TEST_CASE("every integrity has its IOS tokens", "[ciscoios]")
{
    struct Row {
        Integrity i;
        const char *isakmp, *ikev2, *esp;
    };
    const Row rows[] = {
        {Integrity::Md5, "md5", "md5", "esp-md5-hmac"},
        {Integrity::Sha1, "sha", "sha1", "esp-sha-hmac"},
        {Integrity::Sha256, "sha256", "sha256", "esp-sha256-hmac"},
        {Integrity::Sha384, "sha384", "sha384", "esp-sha384-hmac"},
        {Integrity::Sha512, "sha512", "sha512", "esp-sha512-hmac"},
    };
    REQUIRE(std::size(rows) == size_t(allIntegrities().size()));
    for (const Row &r : rows) {
        INFO(token(r.i).toStdString());
        CHECK(s(CiscoIosDialect::isakmpHash(r.i)) == r.isakmp);
        CHECK(s(CiscoIosDialect::ikev2Integrity(r.i)) == r.ikev2);
        CHECK(s(CiscoIosDialect::espIntegrity(r.i)) == r.esp);
    }
}

TEST_CASE("every DH group has its IOS tokens or a known gap", "[ciscoios]")
{
    struct Row {
        DhGroup g;
        const char *isakmp, *ikev2, *pfs;
    };
    const Row rows[] = {
        {DhGroup::G1, "1", "1", "group1"},       {DhGroup::G2, "2", "2", "group2"},
        {DhGroup::G5, "5", "<gap>", "group5"},   {DhGroup::G14, "14", "14", "group14"},
        {DhGroup::G15, "15", "15", "group15"},   {DhGroup::G16, "16", "16", "group16"},
        {DhGroup::G19, "19", "19", "group19"},   {DhGroup::G20, "20", "20", "group20"},
        {DhGroup::G21, "<gap>", "<gap>", "<gap>"},
    };
    REQUIRE(std::size(rows) == size_t(allDhGroups().size()));
    for (const Row &r : rows) {
        INFO(ianaNumber(r.g));
        CHECK(s(CiscoIosDialect::isakmpGroup(r.g)) == r.isakmp);
        CHECK(s(CiscoIosDialect::ikev2Group(r.g)) == r.ikev2);
        CHECK(s(CiscoIosDialect::pfsGroup(r.g)) == r.pfs);
    }
}

TEST_CASE("ACL addresses use wildcard masks, host and any", "[ciscoios]")
{
    const std::map<QString, QString> rows = {
        {QStringLiteral("192.168.88.0/24"), QStringLiteral("192.168.88.0 0.0.0.255")},
        {QStringLiteral("10.0.0.0/8"), QStringLiteral("10.0.0.0 0.255.255.255")},
        {QStringLiteral("172.16.4.0/22"), QStringLiteral("172.16.4.0 0.0.3.255")},
        {QStringLiteral("192.168.1.128/25"), QStringLiteral("192.168.1.128 0.0.0.127")},
        {QStringLiteral("192.0.2.7/32"), QStringLiteral("host 192.0.2.7")},
        {QStringLiteral("0.0.0.0/0"), QStringLiteral("any")},
        {QStringLiteral("2001:db8:1::/48"), QStringLiteral("2001:db8:1::/48")},
        {QStringLiteral("2001:db8::5/128"), QStringLiteral("host 2001:db8::5")},
        {QStringLiteral("::/0"), QStringLiteral("any")},
    };
    for (const auto &[cidr, expected] : rows) {
        INFO(cidr.toStdString());
        const auto sub = parseSubnet(cidr);
        REQUIRE(sub.ok());
        CHECK(QStringView(CiscoIosDialect::aclAddress(*sub)) == expected);
    }
}

TEST_CASE("hostile pre-shared keys are refused as IOS words", "[ciscoios]")
{
    struct Row {
        const char *name;
        QString key;
        bool iosSpecific; // keyProblem (beyond the generic rules) must name it
    };
    const QString good = QStringLiteral("Xq7vR2mLp9TzW4kN");
    const Row rows[] = {
        {"space", QStringLiteral("Xq7vR2mL p9TzW4kN"), false},
        {"question mark", QStringLiteral("Xq7vR2mL?p9TzW4kN"), true},
        {"trailing question mark", good + QLatin1Char('?'), true},
        {"double quote", QStringLiteral("Xq7vR2mL\"p9TzW4kN"), true},
        {"single quote", QStringLiteral("Xq7vR2mL'p9TzW4kN"), true},
        {"leading bang", QStringLiteral("!Xq7vR2mLp9TzW4kN"), true},
        {"newline", QStringLiteral("Xq7vR2mL\nno crypto map TW-MAP"), false},
        {"carriage return", QStringLiteral("Xq7vR2mL\rp9TzW4kN"), false},
        {"tab", QStringLiteral("Xq7vR2mL\tp9TzW4kN"), false},
        {"non-ASCII", QStringLiteral("Xq7vR2mL\u00e9p9TzW4kN"), false},
        {"non-breaking space", QStringLiteral("Xq7vR2mL\u00a0p9TzW4kN"), false},
        {"DEL", QStringLiteral("Xq7vR2mL\x7fp9TzW4kN"), false},
        {"too short", QStringLiteral("Xq7vR2m"), false},
        {"too long", QString(129, QLatin1Char('a')), false},
    };
    for (const Row &r : rows) {
        INFO(r.name);
        CHECK_FALSE(CiscoIosQuote::isWritableKey(r.key));
        const auto problem = CiscoIosQuote::keyProblem(r.key);
        CHECK(problem.has_value() == r.iosSpecific);
        if (problem) {
            CHECK(problem->contains(QStringLiteral("cisco-ios")));
            CHECK_FALSE(problem->contains(r.key));
        }
    }
    for (const QString &k : {good, QStringLiteral("letmein!letmein!"), QStringLiteral("a-b_c.d#e$f%g&h(i)j*k+l,m/n:o;p<q=r>s@t[u]v^w`x{y|z}~"),
                             QStringLiteral("00000000"), QStringLiteral("6abcdefg"), QString(128, QLatin1Char('Z'))}) {
        INFO(k.toStdString());
        CHECK(CiscoIosQuote::isWritableKey(k));
        CHECK_FALSE(CiscoIosQuote::keyProblem(k));
    }
}

TEST_CASE("interface names must look like IOS interface names", "[ciscoios]")
{
    for (const char *ok : {"GigabitEthernet0/0", "Gi0/0.10", "Dialer1", "FastEthernet0/1", "TenGigabitEthernet0/1/0.100",
                           "Serial0/0/0:0", "Port-channel1", "Vlan10", "Cellular0/2/0", "Virtual-Template1", "BDI10",
                           "Dot11Radio0", "Dot11Radio0.1", "Wlan-GigabitEthernet0", "Embedded-Service-Engine0/0"}) {
        INFO(ok);
        CHECK(CiscoIosQuote::isInterfaceName(QString::fromLatin1(ok)));
    }
    for (const char *bad : {"", "GigabitEthernet", "0/0", "Gi 0/0", "Gi0/0 ", " Gi0/0", "Gi0/0\n", "Gi0/0\nno ip nat outside",
                            "Gi0//0", "Gi0/0-", "Gi0/0;", "ether1-gateway", "Gi0/0?", "Gi0/0!x", "Gi\"0/0",
                            "Dot11Radio", "11Radio0"}) {
        INFO(bad);
        CHECK_FALSE(CiscoIosQuote::isInterfaceName(QString::fromLatin1(bad)));
    }
    CHECK_FALSE(CiscoIosQuote::isInterfaceName(QStringLiteral("Gi0/0") + QString(60, QLatin1Char('0'))));
}

TEST_CASE("interface names: the hand-written check agrees with the documented pattern on every short string", "[ciscoios]")
{
    const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z-])?[0-9]+([/.:][0-9]+)*")));
    const auto agrees = [&](const QString &s) { return CiscoIosQuote::isInterfaceName(s) == (s.size() <= 64 && pattern.match(s).hasMatch()); };
    // Every string of up to 6 characters over letters, digits, the separators and characters that
    // must never pass.
    qsizetype accepted = 0;
    std::optional<QString> first; // the first string the two disagree on
    const qsizetype compared = twtest::forEachString(QStringLiteral("aZ09-/.:_ \n\u00e9"), 6, [&](const QString &s) {
        accepted += CiscoIosQuote::isInterfaceName(s);
        if (!first && !agrees(s))
            first = s;
    });
    INFO("first disagreement: \"" << first.value_or(QString()).toStdString() << "\"");
    CHECK_FALSE(first);
    CHECK(compared == 1 + 12 + 144 + 1728 + 20736 + 248832 + 2985984);
    CHECK(accepted > 1000); // the oracle accepts plenty: the comparison is not all "no"
    // Around the length limit, where the short strings above never reach.
    const QString sixtyFour = QStringLiteral("GigabitEthernet0/") + QString(47, QLatin1Char('1'));
    REQUIRE(sixtyFour.size() == 64);
    CHECK(CiscoIosQuote::isInterfaceName(sixtyFour));
    CHECK_FALSE(CiscoIosQuote::isInterfaceName(sixtyFour + QLatin1Char('1')));
    for (const QString &s : {sixtyFour, sixtyFour + QLatin1Char('1'), sixtyFour.chopped(1) + QLatin1Char('/')})
        CHECK(agrees(s));
}

TEST_CASE("IOS interface abbreviations name the same interface", "[ciscoios]")
{
    struct Row {
        const char *a, *b;
        bool same;
    };
    const Row rows[] = {
        {"GigabitEthernet0/0", "GigabitEthernet0/0", true},
        {"Gi0/0", "GigabitEthernet0/0", true},
        {"gigabitethernet0/0", "GIG0/0", true},
        {"Fa1/0", "FastEthernet1/0", true},
        {"E0", "Ethernet0", true},
        {"Gi0/0", "Gi0/1", false},
        {"Gi0/0", "Gi0/0.10", false},
        {"Fa0/0", "FortyGigabitEthernet0/0", false},
        {"Gi0/0", "FastEthernet0/0", false},
        {"Dialer1", "Di10", false},
        {"Vlan10", "Vl10", true},
        {"Fa01/0", "FastEthernet1/0", true}, // IOS reads the numbers as numbers
        {"Fa1/00", "FastEthernet1/0", true},
        {"Gi0/0.010", "Gi0/0.10", true},
        {"Gi0/10", "Gi0/1", false},
        {"Gi0/0", "Gi0/00/0", false},
        {"Dot11Radio0", "Do0", true},
        {"Dot11Radio0", "Dot11Radio1", false},
    };
    for (const Row &r : rows) {
        INFO(r.a << " / " << r.b);
        CHECK(CiscoIosQuote::maySameInterface(QString::fromLatin1(r.a), QString::fromLatin1(r.b)) == r.same);
        CHECK(CiscoIosQuote::maySameInterface(QString::fromLatin1(r.b), QString::fromLatin1(r.a)) == r.same);
    }
}

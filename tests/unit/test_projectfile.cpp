#include "TestSupport.h"

#include "io/JsonText.h"
#include "io/ProjectFile.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QDir>
#include <QDirIterator>

using namespace tw;

namespace {

QByteArray minimalJson(const QByteArray &linksPatch = QByteArray())
{
    QByteArray base = serializeProject(twtest::sampleProject());
    if (!linksPatch.isEmpty())
        base.replace("\"nat_traversal\": true", linksPatch);
    return base;
}

} // namespace

TEST_CASE("every example loads and round-trips through save", "[io]")
{
    QDirIterator it(twtest::sourceDir() + QStringLiteral("/examples"), {QStringLiteral("*.twproj")});
    int count = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        INFO(path.toStdString());
        const auto loaded = loadProjectFile(path);
        REQUIRE(loaded.ok());
        const QByteArray saved = serializeProject(*loaded);
        const auto again = parseProject(saved);
        REQUIRE(again.ok());
        CHECK(*again == *loaded);
        CHECK(serializeProject(*again) == saved);
        ++count;
    }
    CHECK(count >= 4);
}

TEST_CASE("optional keys take the spec's defaults", "[io]")
{
    const QByteArray json = R"({"format":"tunnelwright-project","version":1,"name":"p","links":[{"name":"l",
      "ike":{"version":1,"encryption":["aes256-cbc"],"integrity":["sha1"],"dh_groups":[14]},
      "esp":{"encryption":["aes256-cbc"],"integrity":["sha1"],"pfs_group":null},"psk":"k",
      "a":{"name":"a","platform":"routeros-7","wan_address":"1.2.3.4","wan_interface":"e1","lan_subnets":["10.0.0.0/24"]},
      "b":{"name":"b","platform":"cisco-ios","wan_address":"1.2.3.5","wan_interface":"Gi0/0","lan_subnets":["10.0.1.0/24"]}}],
      "l2tp_servers":[{"name":"s","platform":"routeros-6","public_address":"vpn.example.com","wan_interface":"ether1",
      "local_address":"10.9.9.1","pool":"10.9.9.10-10.9.9.20","psk":"k","users":[]}]})";
    const auto p = parseProject(json);
    REQUIRE(p.ok());
    const SiteToSiteLink &l = p->links.at(0);
    CHECK(l.ike.lifetimeS == 86400);
    CHECK(l.ike.effectiveMode() == IkeMode::Main);
    CHECK_FALSE(l.ike.mode.has_value());
    CHECK(l.esp.lifetimeS == 3600);
    CHECK_FALSE(l.esp.pfsGroup.has_value());
    CHECK(l.natTraversal);
    CHECK(l.a.natBypass);
    CHECK(l.a.firewall);
    CHECK_FALSE(l.b.lanInterface.has_value());
    const L2tpServer &s = p->l2tpServers.at(0);
    CHECK(s.mtu == 1460);
    CHECK(s.dnsServers.isEmpty());
    CHECK(s.authentication == QList<PppAuth>{PppAuth::Mschap2});
    CHECK(s.clients == QList<ClientPlatform>{ClientPlatform::IPhone, ClientPlatform::Windows});
    CHECK_FALSE(s.ike.has_value());
    CHECK_FALSE(s.esp.has_value());
}

TEST_CASE("out-of-range whole numbers are kept as written for check to quote", "[io]")
{
    QByteArray json = serializeProject(twtest::sampleProject());
    REQUIRE(json.count("\"lifetime_s\": 3600") == 1);
    json.replace("\"lifetime_s\": 3600", "\"lifetime_s\": -5");
    const auto p = parseProject(json);
    REQUIRE(p.ok());
    CHECK(p->links[0].esp.lifetimeS == -5); // was -1: check said "-1 s is outside", a save wrote -1
    CHECK(serializeProject(*p).contains("\"lifetime_s\": -5"));
    json.replace("\"lifetime_s\": -5", "\"lifetime_s\": -9000000000000");
    const auto huge = parseProject(json);
    REQUIRE(huge.ok());
    CHECK(huge->links[0].esp.lifetimeS == -1000000000);
}

TEST_CASE("tabs between tokens and escaped controls inside strings are valid JSON", "[io]")
{
    QByteArray json = minimalJson();
    json.replace("\n  ", "\n\t"); // tab indentation
    const QByteArray name = "\"name\": \"";
    const qsizetype at = json.indexOf(name);
    REQUIRE(at >= 0);
    const QByteArray withEscapes = json.left(at) + "\"x\": \"a\\\\\", \"y\": \"\\t\\u0001\"," + json.mid(at);
    const auto tabbed = parseProject(json);
    INFO((tabbed ? QString() : tabbed.error()).toStdString());
    CHECK(tabbed.ok());
    // The two extra keys are unknown: the loader got past the JSON syntax to the keys.
    const auto escaped = parseProject(withEscapes);
    REQUIRE_FALSE(escaped.ok());
    CHECK(escaped.error().contains(QStringLiteral("x: unknown key")));
    CHECK_FALSE(escaped.error().contains(QStringLiteral("not valid JSON")));
}

TEST_CASE("load errors name the JSON path and what is wrong", "[io]")
{
    struct Case {
        const char *name;
        QByteArray json;
        QString expected; // a fragment of the error text
    };
    const QByteArray good = minimalJson();
    auto replaced = [&](const char *from, const char *to) {
        QByteArray j = good;
        REQUIRE(j.contains(from));
        return j.replace(from, to);
    };
    const Case cases[] = {
        {"malformed JSON", QByteArray("{\"format\": "), QStringLiteral("not valid JSON at line 1")},
        {"not an object", QByteArray("[]"), QStringLiteral("(top level): expected an object, found an array")},
        {"unknown key", replaced("\"nat_traversal\": true", "\"nat_traversal\": true, \"nat_travesal\": true"),
         QStringLiteral("links[0].nat_travesal: unknown key")},
        {"wrong type", replaced("\"nat_bypass\": true", "\"nat_bypass\": \"yes\""),
         QStringLiteral("links[0].a.nat_bypass: expected true or false, found a string")},
        {"missing key", replaced("\"psk\": ", "\"psk_\": "), QStringLiteral("links[0].psk: missing (required)")},
        {"unknown algorithm", replaced("\"encryption\": [\"aes256-cbc\"]", "\"encryption\": [\"blowfish\"]"),
         QStringLiteral("links[0].ike.encryption[0]: \"blowfish\" is not one of: aes128-cbc")},
        {"unknown DH group", replaced("\"dh_groups\": [14]", "\"dh_groups\": [24]"),
         QStringLiteral("links[0].ike.dh_groups[0]: 24 is not a supported DH group")},
        {"fractional number", replaced("\"lifetime_s\": 3600", "\"lifetime_s\": 3600.5"),
         QStringLiteral("links[0].esp.lifetime_s: expected a whole number, found 3600.5")},
        {"a number beyond exact doubles", replaced("\"lifetime_s\": 3600", "\"lifetime_s\": 36000000000000000000"),
         QStringLiteral("links[0].esp.lifetime_s: 3.6e+19 is too large to be read exactly")},
        {"a raw tab inside a string", replaced("\"psk\": \"", "\"psk\": \"\t"),
         QStringLiteral("(document): not valid JSON at line ")},
        {"a raw tab inside a string: which character", replaced("\"psk\": \"", "\"psk\": \"\t"),
         QStringLiteral(": a control character (U+0009) inside a string; JSON allows it only escaped")},
        {"wrong format", replaced("tunnelwright-project", "something-else"), QStringLiteral("format: expected \"tunnelwright-project\"")},
        {"future version", replaced("\"version\": 1,\n  \"name\"", "\"version\": 2,\n  \"name\""),
         QStringLiteral("version: version 2 is not supported")},
        {"version 0", replaced("\"version\": 1,\n  \"name\"", "\"version\": 0,\n  \"name\""),
         QStringLiteral("version: version 0 is not supported")},
        {"unknown platform", replaced("\"routeros-7\"", "\"routeros-8\""),
         QStringLiteral("links[0].a.platform: \"routeros-8\" is not one of: routeros-6-legacy")},
        {"half a surrogate pair in a string", replaced("\"psk\": \"", "\"psk\": \"\\ud800"),
         QStringLiteral("links[0].psk: holds half of a UTF-16 surrogate pair")},
        {"half a surrogate pair in a list item", replaced("\"192.168.88.0/24\"", "\"192.168.88.0/24\\udfff\""),
         QStringLiteral("links[0].a.lan_subnets[0]: holds half of a UTF-16 surrogate pair")},
        {"a key twice in one object", replaced("\"psk\": ", "\"psk\": \"first-key-1234\", \"psk\": "),
         QStringLiteral("links[0].psk: appears twice in the same object; only the last would count")},
        {"a key twice at the top level", replaced("\"name\": \"sample\"", "\"name\": \"sample\", \"name\": \"other\""),
         QStringLiteral("name: appears twice in the same object")},
        {"a key twice inside a list item", replaced("\"wan_interface\": \"ether1\"", "\"wan_interface\": \"ether1\", \"wan_interface\": \"ether2\""),
         QStringLiteral("links[0].a.wan_interface: appears twice in the same object")},
        {"IKE version 3", replaced("\"version\": 1,\n        \"encryption\"", "\"version\": 3,\n        \"encryption\""),
         QStringLiteral("links[0].ike.version: 3 is not an IKE version")},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            const auto p = parseProject(c.json);
            REQUIRE_FALSE(p.ok());
            INFO(p.error().toStdString());
            CHECK(p.error().contains(c.expected));
        }
    }
}

TEST_CASE("load errors quote the file's keys and values as one safe line each", "[io]")
{
    // A key with a line break would forge a second finding; escape sequences and bidirectional
    // overrides would act on the terminal. Non-ASCII keys are quoted as written.
    const QByteArray base = minimalJson();
    QByteArray json = base;
    json.replace("\"name\": \"sample\"", "\"name\": \"sample\", \"zz\\nwarning links[0].psk\": 1, "
                                          "\"\\u001b[2J\\u202e\": 2, \"n\u00e4me\": 3");
    REQUIRE(json != base);
    const auto p = parseProject(json);
    REQUIRE_FALSE(p.ok());
    const QStringList lines = p.error().split(QLatin1Char('\n'));
    CHECK(lines.size() == 3);
    CHECK(lines.contains(QStringLiteral("zz?warning links[0].psk: unknown key; allowed here: format, version, name, links, "
                                        "l2tp_servers")));
    CHECK(std::any_of(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(QStringLiteral("?[2J?: unknown key")); }));
    CHECK(std::any_of(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(QStringLiteral("n\u00e4me: unknown key")); }));
}

TEST_CASE("every problem of a file is reported at once", "[io]")
{
    QByteArray j = minimalJson();
    j.replace("\"nat_bypass\": true", "\"nat_bypass\": 1");
    j.replace("\"firewall\": true", "\"firewall\": null");
    const auto p = parseProject(j);
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().split(QLatin1Char('\n')).size() == 4); // both sites, two fields each
}

TEST_CASE("a project over the size limit is refused before parsing", "[io]")
{
    QByteArray huge(kMaxProjectBytes + 1, ' ');
    const auto p = parseProject(huge);
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().contains(QStringLiteral("at most")));
}

TEST_CASE("raw control bytes: the first in the document is reported, in keys too, before repeated keys", "[io]")
{
    const QByteArray good = minimalJson();
    const auto loadError = [](const QByteArray &json) {
        const auto p = parseProject(json);
        REQUIRE_FALSE(p.ok());
        return p.error();
    };
    // Two control bytes: U+0002 comes first in the document, U+0001 later.
    QByteArray two = good;
    two.replace("\"name\": \"sample\"", "\"name\": \"sam\x02ple\"").replace("\"psk\": \"", "\"psk\": \"\x01");
    REQUIRE(two.contains('\x01'));
    REQUIRE(two.contains('\x02'));
    CHECK(loadError(two).contains(QStringLiteral("(U+0002)")));
    CHECK_FALSE(loadError(two).contains(QStringLiteral("(U+0001)")));
    // Inside a member name.
    QByteArray key = good;
    key.replace("\"psk\": ", "\"ps\x1fk\": ");
    CHECK(loadError(key).contains(QStringLiteral("a control character (U+001F) inside a string")));
    // A repeated key and a control byte: the document is malformed JSON, nothing else is said.
    QByteArray both = good;
    both.replace("\"psk\": \"", "\"psk\": \"first-key-1234\", \"psk\": \"\t");
    CHECK(loadError(both).contains(QStringLiteral("not valid JSON")));
    CHECK_FALSE(loadError(both).contains(QStringLiteral("appears twice")));
}

TEST_CASE("appendJsonString: escapes, UTF-8, surrogate pairs kept together", "[io]")
{
    struct Row {
        QString in;
        QByteArray out;
    };
    const Row rows[] = {
        {QStringLiteral("links[0].psk"), "\"links[0].psk\""},
        {QStringLiteral("a\"b\\c"), "\"a\\\"b\\\\c\""},
        {QStringLiteral("tab\there\x01"), "\"tab\\u0009here\\u0001\""},
        {QStringLiteral("del\x7f!~ "), "\"del\x7f!~ \""}, // DEL and the printable ends need no escape in JSON
        {QStringLiteral("Grüße"), "\"Gr\xC3\xBC\xC3\x9F" "e\""},
        {QString::fromUcs4(U"x\U0001F600y"), "\"x\xF0\x9F\x98\x80y\""}, // one character, four bytes
        {QStringLiteral("end") + QChar(char16_t(0xD800)), "\"end?\""},  // half a pair is no character
    };
    for (const Row &r : rows) {
        QByteArray out = "[";
        tw::appendJsonString(out, r.in);
        CHECK(out == "[" + r.out);
    }
}

TEST_CASE("a member name twice at the top level is reported at (top level) even when it is empty", "[io]")
{
    QByteArray json = tw::serializeProject(twtest::sampleProject());
    json.insert(json.indexOf('{') + 1, "\"\": 1, \"\": 2, ");
    QList<tw::LoadProblem> problems;
    REQUIRE_FALSE(tw::parseProject(json, &problems).ok());
    const bool twice = std::any_of(problems.begin(), problems.end(), [](const tw::LoadProblem &p) {
        return p.path == QLatin1String(tw::kTopLevelPath) && p.message.startsWith(QStringLiteral("appears twice"));
    });
    CHECK(twice);
}

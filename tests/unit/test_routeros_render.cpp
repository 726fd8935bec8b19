// RouterOS rendering: exact lines, mirrored policies, one key on both sides, what the rollback and
// the troubleshooting sheet may not contain, and rsc-lint over a tree with every dialect.

#include "TestSupport.h"

#include "model/Address.h"
#include "model/Vocabulary.h"
#include "render/ProjectRenderer.h"
#include "render/routeros/RouterOsQuote.h"
#include "render/routeros/RouterOsTroubleshooting.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <optional>

using namespace tw;

namespace {

const QString kHostilePsk = QStringLiteral("a\"b\\$c;d?e{f}[g]");

Site site(const char *name, Platform p, const char *wan, QStringList subnets)
{
    return Site{QString::fromLatin1(name), p, QString::fromLatin1(wan), QStringLiteral("ether1"), subnets, true, true,
                std::nullopt};
}

SiteToSiteLink link(const char *name, Site a, Site b)
{
    SiteToSiteLink l;
    l.name = QString::fromLatin1(name);
    l.ike.encryption = {Encryption::Aes256Cbc};
    l.ike.integrity = {Integrity::Sha256};
    l.ike.dhGroups = {DhGroup::G14};
    l.esp.encryption = {Encryption::Aes256Cbc};
    l.esp.integrity = {Integrity::Sha256};
    l.esp.pfsGroup = DhGroup::G14;
    l.psk = QStringLiteral("Xq7vR2mLp9TzW4kN8bHc3JfY6sGd5aEu");
    l.a = std::move(a);
    l.b = std::move(b);
    return l;
}

L2tpServer server(const char *name, Platform p)
{
    L2tpServer s;
    if (p == Platform::RouterOs6Legacy) {
        // The peer before 6.43 takes one enc-algorithm and one dh-group (see the capability tests).
        IkeProposal ike;
        ike.encryption = {Encryption::Aes256Cbc};
        ike.integrity = {Integrity::Sha1};
        ike.dhGroups = {DhGroup::G14};
        s.ike = ike;
    }
    s.name = QString::fromLatin1(name);
    s.platform = p;
    s.publicAddress = QStringLiteral("vpn.example.com");
    s.wanInterface = QStringLiteral("ether1");
    s.localAddress = QStringLiteral("172.31.86.254");
    s.pool = QStringLiteral("172.31.86.1-172.31.86.14");
    s.dnsServers = {QStringLiteral("8.8.8.8"), QStringLiteral("1.1.1.1")};
    s.psk = QStringLiteral("Hv3kQ9zLw2RnT7bYc5XpJ8mFs4Dg6Ae1");
    s.users = {User{QStringLiteral("alice"), QStringLiteral("Zr8Kp2LmQ7vX4nBc9TyW")}};
    return s;
}

// hq (v7, two networks) <-> branch (v6, two networks).
Project twoSubnetProject(Platform a = Platform::RouterOs7, Platform b = Platform::RouterOs6)
{
    Project p;
    p.name = QStringLiteral("acme");
    p.links << link("hq-branch",
                    site("hq", a, "198.51.100.2", {QStringLiteral("192.168.88.0/24"), QStringLiteral("192.168.89.0/24")}),
                    site("branch", b, "203.0.113.3", {QStringLiteral("192.168.0.0/24"), QStringLiteral("10.10.0.0/16")}));
    return p;
}

QString dump(const QList<Finding> &fs)
{
    QString s;
    for (const Finding &f : fs)
        s += severityToken(f.severity) + QLatin1Char(' ') + f.path + QStringLiteral(": ") + f.message + QLatin1Char('\n');
    return s;
}

RenderOutput render(const Project &p)
{
    const RenderResult r = renderProject(p);
    INFO(dump(r.findings).toStdString());
    REQUIRE(r.output.has_value());
    return *r.output;
}

const RenderedFile &fileAt(const RenderOutput &out, const QString &path)
{
    for (const RenderedFile &f : out.files)
        if (f.path == path)
            return f;
    FAIL("no file " << path.toStdString());
    return out.files.front();
}

QStringList lines(const RenderedFile &f) { return QString::fromUtf8(f.bytes).split(QLatin1Char('\n')); }

QStringList linesStarting(const RenderedFile &f, const QString &prefix)
{
    QStringList out;
    for (const QString &l : lines(f))
        if (l.startsWith(prefix))
            out << l;
    return out;
}

// The arguments of one command line, values read back as RouterOS reads them (quotes and escapes).
std::map<QString, QByteArray> argsOf(const QString &line)
{
    std::map<QString, QByteArray> out;
    const QByteArray b = line.toUtf8();
    qsizetype i = 0;
    while (i < b.size()) {
        while (i < b.size() && b[i] == ' ')
            ++i;
        const qsizetype eq = b.indexOf('=', i);
        const qsizetype sp = b.indexOf(' ', i);
        if (eq < 0 || (sp >= 0 && sp < eq)) { // a menu word or a positional argument
            i = sp < 0 ? b.size() : sp;
            continue;
        }
        const QString name = QString::fromUtf8(b.mid(i, eq - i));
        i = eq + 1;
        QByteArray value;
        if (i < b.size() && b[i] == '"') {
            ++i;
            while (i < b.size() && b[i] != '"') {
                if (b[i] == '\\') {
                    const char e = b[i + 1];
                    static const std::map<char, char> simple{{'"', '"'}, {'\\', '\\'}, {'$', '$'}, {'?', '?'},
                                                             {'n', '\n'}, {'r', '\r'},  {'t', '\t'}, {'_', ' '}};
                    if (simple.count(e)) {
                        value += simple.at(e);
                        i += 2;
                    } else {
                        value += char(b.mid(i + 1, 2).toInt(nullptr, 16));
                        i += 3;
                    }
                } else {
                    value += b[i++];
                }
            }
            ++i;
        } else if (i < b.size() && b[i] == '[') {
            const qsizetype close = b.indexOf(']', i);
            value = b.mid(i, close + 1 - i);
            i = close + 1;
        } else {
            const qsizetype end = b.indexOf(' ', i);
            value = b.mid(i, (end < 0 ? b.size() : end) - i);
            i = end < 0 ? b.size() : end;
        }
        out[name] = value;
    }
    return out;
}

} // namespace

TEST_CASE("RouterOS v7 script: exact lines", "[routeros]")
{
    Project p = twoSubnetProject();
    p.links[0].psk = kHostilePsk;
    const RenderOutput out = render(p);
    const RenderedFile &hq = fileAt(out, QStringLiteral("hq-branch/hq.rsc"));
    const QStringList l = lines(hq);
    CHECK(l.contains(QStringLiteral(
        "/ip ipsec profile add name=tw-hq-branch enc-algorithm=aes-256 hash-algorithm=sha256 dh-group=modp2048 "
        "lifetime=1d nat-traversal=yes proposal-check=obey dpd-interval=2m dpd-maximum-failures=5")));
    CHECK(l.contains(QStringLiteral(
        "/ip ipsec proposal add name=tw-hq-branch auth-algorithms=sha256 enc-algorithms=aes-256-cbc lifetime=1h "
        "pfs-group=modp2048 comment=\"tunnelwright:hq-branch\"")));
    CHECK(l.contains(QStringLiteral(
        "/ip ipsec peer add name=tw-hq-branch address=203.0.113.3/32 local-address=198.51.100.2 exchange-mode=main "
        "profile=tw-hq-branch send-initial-contact=yes comment=\"tunnelwright:hq-branch\"")));
    CHECK(l.contains(QStringLiteral(
        "/ip ipsec identity add peer=tw-hq-branch auth-method=pre-shared-key secret=\"a\\\"b\\\\\\$c;d\\3Fe{f}[g]\" "
        "generate-policy=no comment=\"tunnelwright:hq-branch\"")));
    CHECK(l.contains(QStringLiteral(
        "/ip ipsec policy add peer=tw-hq-branch tunnel=yes src-address=192.168.88.0/24 dst-address=192.168.0.0/24 "
        "protocol=all action=encrypt level=unique ipsec-protocols=esp proposal=tw-hq-branch "
        "comment=\"tunnelwright:hq-branch\"")));
    CHECK(l.contains(QStringLiteral(
        ":if ([:len [/ip firewall filter find dynamic=no]] = 0) do={/ip firewall filter add chain=input action=accept "
        "protocol=udp dst-port=500,4500 src-address=203.0.113.3 in-interface=ether1 comment=\"tunnelwright:hq-branch\"} \\")));
    CHECK(l.contains(QStringLiteral(
        "    else={/ip firewall filter add chain=input action=accept protocol=udp dst-port=500,4500 "
        "src-address=203.0.113.3 in-interface=ether1 comment=\"tunnelwright:hq-branch\" "
        "place-before=[:pick [/ip firewall filter find dynamic=no] 0]}")));
    CHECK(linesStarting(hq, QStringLiteral(":if ([:len [/ip firewall nat find dynamic=no]] = 0) do={/ip firewall nat add "
                                           "chain=srcnat action=accept src-address=192.168.88.0/24 dst-address=192.168.0.0/24"))
              .size() == 1);
    // Header: facts and how to apply.
    CHECK(l.contains(QStringLiteral("# site: hq (a)")));
    CHECK(l.contains(QStringLiteral("# platform: routeros-7")));
    CHECK(l.contains(QStringLiteral("# peer: branch (b), 203.0.113.3, routeros-6")));
    CHECK(l.contains(QStringLiteral("#   /import file-name=hq.rsc verbose=yes")));
    // Every line is a comment, blank, a command with an absolute menu, or the two-line placement.
    for (const QString &line : l)
        CHECK((line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QStringLiteral("/ip ")) ||
               line.startsWith(QStringLiteral(":if ([:len [/ip firewall ")) || line.startsWith(QStringLiteral("    else={/ip firewall "))));
}

TEST_CASE("RouterOS policy level: require for one pair, unique for several", "[routeros]")
{
    Project p = twoSubnetProject();
    p.links[0].a.lanSubnets = {QStringLiteral("192.168.88.0/24")};
    p.links[0].b.lanSubnets = {QStringLiteral("192.168.0.0/24")};
    const QStringList one = linesStarting(fileAt(render(p), QStringLiteral("hq-branch/hq.rsc")), QStringLiteral("/ip ipsec policy add "));
    REQUIRE(one.size() == 1);
    CHECK(one[0].contains(QStringLiteral(" level=require ")));
    p.links[0].b.lanSubnets << QStringLiteral("10.10.0.0/16");
    for (const char *file : {"hq-branch/hq.rsc", "hq-branch/branch.rsc"}) {
        const QStringList two = linesStarting(fileAt(render(p), QString::fromLatin1(file)), QStringLiteral("/ip ipsec policy add "));
        REQUIRE(two.size() == 2);
        for (const QString &l : two)
            CHECK(l.contains(QStringLiteral(" level=unique ")));
    }
}

TEST_CASE("RouterOS policies mirror the peer's, pair by pair, with one key", "[routeros]")
{
    for (const auto &[pa, pb] : {std::pair{Platform::RouterOs7, Platform::RouterOs6},
                                 std::pair{Platform::RouterOs6Legacy, Platform::RouterOs7}}) {
        Project p = twoSubnetProject(pa, pb);
        p.links[0].psk = kHostilePsk;
        const RenderOutput out = render(p);
        const RenderedFile &a = fileAt(out, QStringLiteral("hq-branch/hq.rsc"));
        const RenderedFile &b = fileAt(out, QStringLiteral("hq-branch/branch.rsc"));
        const QStringList pa_ = linesStarting(a, QStringLiteral("/ip ipsec policy add "));
        const QStringList pb_ = linesStarting(b, QStringLiteral("/ip ipsec policy add "));
        REQUIRE(pa_.size() == 4);
        REQUIRE(pb_.size() == 4);
        for (int i = 0; i < 4; ++i) {
            const auto x = argsOf(pa_[i]);
            const auto y = argsOf(pb_[i]);
            CHECK(x.at(QStringLiteral("src-address")) == y.at(QStringLiteral("dst-address")));
            CHECK(x.at(QStringLiteral("dst-address")) == y.at(QStringLiteral("src-address")));
        }
        CHECK(argsOf(pa_[0]).at(QStringLiteral("src-address")) == "192.168.88.0/24");
        CHECK(argsOf(pa_[1]).at(QStringLiteral("dst-address")) == "10.10.0.0/16");
        CHECK(argsOf(pa_[3]).at(QStringLiteral("src-address")) == "192.168.89.0/24");

        // The key both routers read back is the project's key, byte for byte.
        QList<QByteArray> secrets;
        for (const RenderedFile *f : {&a, &b})
            for (const QString &line : lines(*f))
                if (line.startsWith(QStringLiteral("/ip ipsec identity add ")) || line.startsWith(QStringLiteral("/ip ipsec peer add ")))
                    if (const auto args = argsOf(line); args.count(QStringLiteral("secret")))
                        secrets << args.at(QStringLiteral("secret"));
        REQUIRE(secrets.size() == 2);
        CHECK(secrets[0] == kHostilePsk.toUtf8());
        CHECK(secrets[1] == kHostilePsk.toUtf8());
    }
}

TEST_CASE("RouterOS before 6.43: the peer holds key and phase 1, policies name SA ends", "[routeros]")
{
    const RenderOutput out = render(twoSubnetProject(Platform::RouterOs6Legacy, Platform::RouterOs6Legacy));
    const RenderedFile &hq = fileAt(out, QStringLiteral("hq-branch/hq.rsc"));
    CHECK(linesStarting(hq, QStringLiteral("/ip ipsec profile")).isEmpty());
    CHECK(linesStarting(hq, QStringLiteral("/ip ipsec identity")).isEmpty());
    const QStringList peers = linesStarting(hq, QStringLiteral("/ip ipsec peer add "));
    REQUIRE(peers.size() == 1);
    CHECK(peers[0] == QStringLiteral(
                          "/ip ipsec peer add address=203.0.113.3/32 local-address=198.51.100.2 exchange-mode=main "
                          "auth-method=pre-shared-key secret=Xq7vR2mLp9TzW4kN8bHc3JfY6sGd5aEu generate-policy=no "
                          "send-initial-contact=yes enc-algorithm=aes-256 hash-algorithm=sha256 dh-group=modp2048 lifetime=1d "
                          "nat-traversal=yes proposal-check=obey dpd-interval=2m dpd-maximum-failures=5 "
                          "comment=\"tunnelwright:hq-branch\""));
    CHECK(linesStarting(hq, QStringLiteral("/ip ipsec proposal add name=tw-hq-branch auth-algorithms=sha256 "
                                           "enc-algorithms=aes-256-cbc lifetime=1h pfs-group=modp2048"))
              .size() == 1);
    for (const QString &policy : linesStarting(hq, QStringLiteral("/ip ipsec policy add "))) {
        CHECK(policy.startsWith(QStringLiteral("/ip ipsec policy add sa-src-address=198.51.100.2 sa-dst-address=203.0.113.3 tunnel=yes ")));
        CHECK_FALSE(policy.contains(QStringLiteral(" peer=")));
    }
    const QStringList rollback = lines(fileAt(out, QStringLiteral("hq-branch/hq.rollback.rsc")));
    CHECK(rollback.contains(QStringLiteral("/ip ipsec peer remove [find comment=\"tunnelwright:hq-branch\"]")));
    CHECK_FALSE(rollback.join(QLatin1Char('\n')).contains(QStringLiteral("/ip ipsec profile")));
    const QString sheet = QString::fromUtf8(fileAt(out, QStringLiteral("hq-branch/hq.troubleshooting.txt")).bytes);
    CHECK(sheet.contains(QStringLiteral("/ip ipsec remote-peers print where remote-address=203.0.113.3")));
}

TEST_CASE("RouterOS rollback removes what the script added, dependents first", "[routeros]")
{
    const RenderOutput out = render(twoSubnetProject());
    const RenderedFile &rb = fileAt(out, QStringLiteral("hq-branch/hq.rollback.rsc"));
    QStringList commands;
    for (const QString &l : lines(rb))
        if (l.startsWith(QLatin1Char('/')))
            commands << l;
    CHECK(commands == QStringList{
                          QStringLiteral("/ip ipsec policy remove [find comment=\"tunnelwright:hq-branch\"]"),
                          QStringLiteral("/ip ipsec identity remove [find comment=\"tunnelwright:hq-branch\"]"),
                          QStringLiteral("/ip ipsec peer remove [find name=tw-hq-branch]"),
                          QStringLiteral("/ip ipsec profile remove [find name=tw-hq-branch]"),
                          QStringLiteral("/ip ipsec proposal remove [find name=tw-hq-branch]"),
                          QStringLiteral("/ip firewall filter remove [find comment=\"tunnelwright:hq-branch\"]"),
                          QStringLiteral("/ip firewall nat remove [find comment=\"tunnelwright:hq-branch\"]"),
                      });
}

TEST_CASE("RouterOS files: manifest attributes and secrets", "[routeros]")
{
    Project p = twoSubnetProject();
    p.links[0].psk = kHostilePsk;
    p.l2tpServers << server("office", Platform::RouterOs7);
    p.l2tpServers[0].users[0].password = QStringLiteral("p\"a\\ss$w?rd;{}");
    RenderOutput out = render(p);
    // Only the router files: client material of the server (office/clients/...) is not ours.
    out.files.erase(std::remove_if(out.files.begin(), out.files.end(),
                                   [](const RenderedFile &f) { return f.path.count(QLatin1Char('/')) != 1; }),
                    out.files.end());
    struct Expect {
        const char *path;
        FileKind kind;
        std::optional<Side> site;
        const char *object;
        bool secret;
    };
    const Expect expected[] = {
        {"hq-branch/hq.rsc", FileKind::RouterOsScript, Side::A, "links[0]", true},
        {"hq-branch/hq.rollback.rsc", FileKind::RouterOsRollback, Side::A, "links[0]", false},
        {"hq-branch/hq.troubleshooting.txt", FileKind::Troubleshooting, Side::A, "links[0]", false},
        {"hq-branch/branch.rsc", FileKind::RouterOsScript, Side::B, "links[0]", true},
        {"hq-branch/branch.rollback.rsc", FileKind::RouterOsRollback, Side::B, "links[0]", false},
        {"hq-branch/branch.troubleshooting.txt", FileKind::Troubleshooting, Side::B, "links[0]", false},
        {"office/office.rsc", FileKind::RouterOsScript, std::nullopt, "l2tp_servers[0]", true},
        {"office/office.rollback.rsc", FileKind::RouterOsRollback, std::nullopt, "l2tp_servers[0]", false},
        {"office/office.troubleshooting.txt", FileKind::Troubleshooting, std::nullopt, "l2tp_servers[0]", false},
    };
    REQUIRE(out.files.size() == qsizetype(std::size(expected)));
    const QList<QByteArray> secretForms{kHostilePsk.toUtf8(), routeros::RouterOsQuote::value(kHostilePsk).toUtf8(),
                                        p.l2tpServers[0].psk.toUtf8(),
                                        routeros::RouterOsQuote::value(p.l2tpServers[0].users[0].password).toUtf8()};
    for (int i = 0; i < int(std::size(expected)); ++i) {
        const RenderedFile &f = out.files[i];
        const Expect &e = expected[i];
        INFO(f.path.toStdString());
        CHECK(f.path == QLatin1String(e.path));
        CHECK(f.kind == e.kind);
        CHECK(f.site == e.site);
        CHECK(f.object == QLatin1String(e.object));
        CHECK(f.holdsSecret == e.secret);
        REQUIRE(f.platform.has_value());
        CHECK(*f.platform == (i >= 3 && i < 6 ? Platform::RouterOs6 : Platform::RouterOs7));
        CHECK(f.bytes.endsWith('\n'));
        CHECK_FALSE(f.bytes.contains('\r'));
        if (!e.secret)
            for (const QByteArray &s : secretForms)
                CHECK_FALSE(f.bytes.contains(s));
    }
    // Same project, same bytes.
    const RenderOutput again = render(p);
    const RenderOutput third = render(p);
    REQUIRE(again.files.size() == third.files.size());
    for (int i = 0; i < again.files.size(); ++i)
        CHECK(again.files[i].bytes == third.files[i].bytes);
    CHECK(again.manifest == third.manifest);
}

TEST_CASE("RouterOS firewall and NAT follow the site's switches", "[routeros]")
{
    SECTION("no firewall, no NAT bypass")
    {
        Project p = twoSubnetProject();
        p.links[0].a.firewall = false;
        p.links[0].a.natBypass = false;
        const RenderOutput out = render(p);
        const QString s = QString::fromUtf8(fileAt(out, QStringLiteral("hq-branch/hq.rsc")).bytes);
        CHECK_FALSE(s.contains(QStringLiteral("firewall filter add")));
        CHECK_FALSE(s.contains(QStringLiteral("firewall nat add")));
        const QString rb = QString::fromUtf8(fileAt(out, QStringLiteral("hq-branch/hq.rollback.rsc")).bytes);
        CHECK_FALSE(rb.contains(QStringLiteral("/ip firewall")));
    }
    SECTION("no NAT-T: UDP 500 only")
    {
        Project p = twoSubnetProject();
        p.links[0].natTraversal = false;
        const QString s = QString::fromUtf8(fileAt(render(p), QStringLiteral("hq-branch/hq.rsc")).bytes);
        CHECK(s.contains(QStringLiteral("protocol=udp dst-port=500 src-address=203.0.113.3")));
        CHECK(s.contains(QStringLiteral("nat-traversal=no")));
        CHECK_FALSE(s.contains(QStringLiteral("4500")));
    }
    SECTION("IKEv2 cannot switch NAT-T off: an error, not a profile that says no")
    {
        // RouterOS applies the profile's nat-traversal to IKEv1 only; IKEv2 detects NAT by itself.
        Project p = twoSubnetProject();
        p.links[0].natTraversal = false;
        p.links[0].ike.version = IkeVersion::V2;
        p.links[0].ike.mode.reset();
        const RenderResult r = renderProject(p);
        CHECK_FALSE(r.output.has_value());
        bool found = false;
        for (const Finding &f : r.findings)
            found |= f.severity == Severity::Error && f.path == QLatin1String("links[0].nat_traversal") &&
                     f.message.contains(QLatin1String("routeros-7 cannot turn NAT traversal off for IKEv2"));
        CHECK(found);
    }
    SECTION("forward accepts for each pair, both directions")
    {
        const QString s = QString::fromUtf8(fileAt(render(twoSubnetProject()), QStringLiteral("hq-branch/hq.rsc")).bytes);
        CHECK(s.count(QStringLiteral("do={/ip firewall filter add chain=forward action=accept ipsec-policy=in,ipsec")) == 4);
        CHECK(s.contains(QStringLiteral("ipsec-policy=in,ipsec src-address=10.10.0.0/16 dst-address=192.168.89.0/24")));
        CHECK(s.contains(QStringLiteral("ipsec-policy=out,ipsec src-address=192.168.89.0/24 dst-address=10.10.0.0/16")));
    }
    SECTION("IPv6: /ipv6 firewall, /128 peer, no NAT")
    {
        Project p;
        p.name = QStringLiteral("acme");
        p.links << link("v6", site("hq", Platform::RouterOs7, "2001:db8:ffff::2", {QStringLiteral("2001:db8:1::/64")}),
                        site("branch", Platform::RouterOs6, "2001:db8:eeee::3", {QStringLiteral("2001:db8:2::/64")}));
        const RenderOutput out = render(p);
        const QString s = QString::fromUtf8(fileAt(out, QStringLiteral("v6/hq.rsc")).bytes);
        CHECK(s.contains(QStringLiteral("address=2001:db8:eeee::3/128 local-address=2001:db8:ffff::2 ")));
        CHECK(s.contains(QStringLiteral("src-address=2001:db8:1::/64 dst-address=2001:db8:2::/64")));
        CHECK(s.contains(QStringLiteral("do={/ipv6 firewall filter add chain=input action=accept protocol=udp "
                                        "dst-port=500,4500 src-address=2001:db8:eeee::3/128")));
        CHECK_FALSE(s.contains(QStringLiteral("firewall nat")));
        CHECK(s.contains(QStringLiteral("# NAT bypass: none for IPv6")));
        const QString rb = QString::fromUtf8(fileAt(out, QStringLiteral("v6/hq.rollback.rsc")).bytes);
        CHECK(rb.contains(QStringLiteral("/ipv6 firewall filter remove [find comment=\"tunnelwright:v6\"]")));
        const QString sheet = QString::fromUtf8(fileAt(out, QStringLiteral("v6/hq.troubleshooting.txt")).bytes);
        CHECK(sheet.contains(QStringLiteral("/ping 2001:db8:2::1 src-address=2001:db8:1::1 count=5")));
    }
}

TEST_CASE("RouterOS proposals: GCM, IKEv2, lists", "[routeros]")
{
    Project p = twoSubnetProject(Platform::RouterOs7, Platform::RouterOs7);
    p.links[0].ike.version = IkeVersion::V2;
    p.links[0].ike.encryption = {Encryption::Aes256Cbc, Encryption::Aes128Cbc};
    p.links[0].ike.integrity = {Integrity::Sha384};
    p.links[0].ike.dhGroups = {DhGroup::G20, DhGroup::G14};
    p.links[0].ike.lifetimeS = 28800;
    p.links[0].esp.encryption = {Encryption::Aes256Gcm, Encryption::Aes128Gcm};
    p.links[0].esp.integrity = {};
    p.links[0].esp.pfsGroup = std::nullopt;
    p.links[0].esp.lifetimeS = 1800;
    const QString s = QString::fromUtf8(fileAt(render(p), QStringLiteral("hq-branch/hq.rsc")).bytes);
    CHECK(s.contains(QStringLiteral("/ip ipsec profile add name=tw-hq-branch enc-algorithm=aes-256,aes-128 "
                                    "hash-algorithm=sha384 dh-group=ecp384,modp2048 lifetime=8h ")));
    CHECK(s.contains(QStringLiteral("auth-algorithms=null enc-algorithms=aes-256-gcm,aes-128-gcm lifetime=30m pfs-group=none")));
    CHECK(s.contains(QStringLiteral("exchange-mode=ike2")));
}

TEST_CASE("RouterOS troubleshooting sheet fills in this link", "[routeros]")
{
    const RenderOutput out = render(twoSubnetProject());
    const QString sheet = QString::fromUtf8(fileAt(out, QStringLiteral("hq-branch/hq.troubleshooting.txt")).bytes);
    CHECK(sheet.contains(QStringLiteral("/ip ipsec active-peers print where remote-address=203.0.113.3")));
    CHECK(sheet.contains(QStringLiteral("/ip ipsec policy print detail where comment=\"tunnelwright:hq-branch\"")));
    CHECK(sheet.contains(QStringLiteral("/ip ipsec installed-sa print")));
    CHECK(sheet.contains(QStringLiteral("/ip ipsec statistics print")));
    CHECK(sheet.contains(QStringLiteral("/log print where topics~\"ipsec\"")));
    CHECK(sheet.contains(QStringLiteral("/ping 192.168.0.1 src-address=192.168.88.1 count=5")));
    CHECK(sheet.contains(QStringLiteral("/ping 10.10.0.1 src-address=192.168.89.1 count=5")));
    CHECK(sheet.contains(QStringLiteral("phase 1: aes-256 / sha256 / modp2048, lifetime 1d, exchange main")));
    CHECK(sheet.contains(QStringLiteral("here 192.168.89.0/24 -> 10.10.0.0/16   peer 10.10.0.0/16 -> 192.168.89.0/24")));
    for (const char *topic : {"Pre-shared key", "Proposals", "Firewall", "NAT", "FastTrack", "Phase-2 selectors"})
        CHECK(sheet.contains(QString::fromLatin1(topic)));
    CHECK_FALSE(sheet.contains(twoSubnetProject().links[0].psk));

}

TEST_CASE("RouterOS troubleshooting: behind NAT, IKEv2 to a Cisco keeps its identity", "[routeros]")
{
    // The Cisco picks its IKEv2 profile by the identity received; my-id=auto sends local-address,
    // which the NAT advice tells the user to change.
    const QString hint = QStringLiteral("/ip ipsec identity set [find comment=\"tunnelwright:%1\"] my-id=address:%2");
    struct Case {
        const char *example;
        IkeVersion version;
        bool expected;
    };
    const Case cases[] = {
        {"modern-ikev2", IkeVersion::V2, true},               // RouterOS - Cisco, IKEv2
        {"modern-ikev2", IkeVersion::V1, false},              // IOS finds an IKEv1 key by address
        {"fieldnotes-mikrotik-cisco", IkeVersion::V1, false},
        {"multi-subnet-mikrotik", IkeVersion::V2, false},     // RouterOS accepts any remote id (auto)
    };
    for (const Case &c : cases) {
        INFO(c.example << " IKEv" << (c.version == IkeVersion::V2 ? 2 : 1));
        Project p = twtest::loadExample(QString::fromLatin1(c.example));
        p.links[0].ike.version = c.version;
        p.links[0].ike.mode = std::nullopt;
        const RenderOutput out = render(p);
        for (const Side side : {Side::A, Side::B}) {
            const Site &site = p.links[0].site(side);
            if (site.platform == Platform::CiscoIos)
                continue;
            const QString sheet = QString::fromUtf8(
                fileAt(out, p.links[0].name + QLatin1Char('/') + site.name + QStringLiteral(".troubleshooting.txt")).bytes);
            CHECK(sheet.contains(hint.arg(p.links[0].name, site.wanAddress)) == c.expected);
        }
    }
}

TEST_CASE("RouterOS L2TP server: v7 / v6 lines", "[routeros]")
{
    for (Platform pl : {Platform::RouterOs7, Platform::RouterOs6}) {
        INFO(token(pl).toStdString());
        Project p;
        p.name = QStringLiteral("acme");
        p.l2tpServers << server("office", pl);
        const RenderOutput out = render(p);
        const RenderedFile &f = fileAt(out, QStringLiteral("office/office.rsc"));
        const QStringList l = lines(f);
        const QString c = pl == Platform::RouterOs7 ? QStringLiteral(" comment=\"tunnelwright:office\"") : QString();
        CHECK(l.contains(QStringLiteral("/ip pool add name=tw-office ranges=172.31.86.1-172.31.86.14") + c));
        CHECK(l.contains(QStringLiteral("/ppp profile add name=tw-office local-address=172.31.86.254 remote-address=tw-office "
                                        "dns-server=8.8.8.8,1.1.1.1 change-tcp-mss=yes use-encryption=required") + c));
        CHECK(l.contains(QStringLiteral("/ppp secret add name=alice password=Zr8Kp2LmQ7vX4nBc9TyW service=l2tp "
                                        "profile=tw-office comment=\"tunnelwright:office\"")));
        CHECK(l.contains(QStringLiteral("/ip ipsec profile set [find default=yes] enc-algorithm=aes-256,aes-128 "
                                        "hash-algorithm=sha1 dh-group=modp2048 lifetime=1d nat-traversal=yes "
                                        "proposal-check=obey dpd-interval=2m dpd-maximum-failures=5")));
        CHECK(l.contains(QStringLiteral("/ip ipsec proposal set [find default=yes] auth-algorithms=sha1,sha256 "
                                        "enc-algorithms=aes-256-cbc,aes-128-cbc lifetime=1h pfs-group=none")));
        CHECK(l.contains(QStringLiteral("/interface l2tp-server server set enabled=yes use-ipsec=required "
                                        "ipsec-secret=Hv3kQ9zLw2RnT7bYc5XpJ8mFs4Dg6Ae1 authentication=mschap2 "
                                        "default-profile=tw-office max-mtu=1460 max-mru=1460")));
        CHECK(linesStarting(f, QStringLiteral(":if ([:len [/ip firewall filter find dynamic=no]] = 0) do={/ip firewall filter "
                                              "add chain=input action=accept protocol=udp dst-port=1701 ipsec-policy=in,ipsec"))
                  .size() == 1);
        // The server comes last: everything it refers to exists by then.
        QStringList commands;
        for (const QString &line : l)
            if (line.startsWith(QLatin1Char('/')) || line.startsWith(QLatin1Char(':')))
                commands << line;
        CHECK(commands.last().startsWith(QStringLiteral("/interface l2tp-server server set enabled=yes")));

        const QStringList rb = lines(fileAt(out, QStringLiteral("office/office.rollback.rsc")));
        CHECK(rb.contains(QStringLiteral("/interface l2tp-server server set enabled=no use-ipsec=no ipsec-secret=\"\" "
                                         "default-profile=default-encryption")));
        CHECK(rb.contains(QStringLiteral("/ppp secret remove [find comment=\"tunnelwright:office\"]")));
        CHECK(rb.contains(QStringLiteral("/ppp profile remove [find name=tw-office]")));
        CHECK(rb.contains(QStringLiteral("/ip pool remove [find name=tw-office]")));
        CHECK(rb.contains(QStringLiteral("/ip firewall filter remove [find comment=\"tunnelwright:office\"]")));
        CHECK(rb.contains(QStringLiteral("/ip ipsec profile set [find default=yes] enc-algorithm=aes-128,3des hash-algorithm=sha1 "
                                         "dh-group=modp2048,modp1024 lifetime=1d nat-traversal=yes proposal-check=obey "
                                         "dpd-interval=2m dpd-maximum-failures=5")));
        CHECK(rb.contains(QStringLiteral("/ip ipsec proposal set [find default=yes] auth-algorithms=sha1 "
                                         "enc-algorithms=aes-256-cbc,aes-192-cbc,aes-128-cbc lifetime=30m pfs-group=modp1024")));
        CHECK(rb.join(QLatin1Char('\n')).contains(QStringLiteral("Factory values")));
    }
}

TEST_CASE("RouterOS L2TP server: a DNS server listed twice is handed out once", "[routeros]")
{
    Project p;
    p.name = QStringLiteral("acme");
    p.l2tpServers << server("office", Platform::RouterOs7);
    p.l2tpServers[0].dnsServers = {QStringLiteral("8.8.8.8"), QStringLiteral("1.1.1.1"), QStringLiteral("8.8.8.8")};
    const QString s = QString::fromUtf8(fileAt(render(p), QStringLiteral("office/office.rsc")).bytes);
    CHECK(s.contains(QStringLiteral(" dns-server=8.8.8.8,1.1.1.1 change-tcp-mss=yes ")));
}

TEST_CASE("RouterOS L2TP server: PPP encryption follows the methods; legacy uses a static peer", "[routeros]")
{
    Project p;
    p.name = QStringLiteral("acme");
    p.l2tpServers << server("office", Platform::RouterOs6Legacy);
    p.l2tpServers[0].authentication = {PppAuth::Mschap2, PppAuth::Chap};
    const RenderOutput out = render(p);
    const RenderedFile &f = fileAt(out, QStringLiteral("office/office.rsc"));
    const QString s = QString::fromUtf8(f.bytes);
    CHECK(s.contains(QStringLiteral("change-tcp-mss=yes use-encryption=no\n")));
    CHECK(s.contains(QStringLiteral(
        "/ip ipsec peer add address=0.0.0.0/0 exchange-mode=main-l2tp generate-policy=port-override "
        "auth-method=pre-shared-key secret=Hv3kQ9zLw2RnT7bYc5XpJ8mFs4Dg6Ae1 enc-algorithm=aes-256 "
        "hash-algorithm=sha1 dh-group=modp2048 lifetime=1d nat-traversal=yes proposal-check=obey dpd-interval=2m "
        "dpd-maximum-failures=5 comment=\"tunnelwright:office\"\n")));
    CHECK_FALSE(s.contains(QStringLiteral("/ip ipsec profile")));
    CHECK_FALSE(s.contains(QStringLiteral("use-ipsec=")));
    CHECK(s.contains(QStringLiteral("/interface l2tp-server server set enabled=yes authentication=mschap2,chap "
                                    "default-profile=tw-office max-mtu=1460 max-mru=1460\n")));
    CHECK(s.contains(QStringLiteral("action=drop protocol=udp dst-port=1701 ipsec-policy=in,none")));
    const QString rb = QString::fromUtf8(fileAt(out, QStringLiteral("office/office.rollback.rsc")).bytes);
    CHECK(rb.contains(QStringLiteral("/ip ipsec peer remove [find comment=\"tunnelwright:office\"]\n")));
    CHECK(rb.contains(QStringLiteral("/interface l2tp-server server set enabled=no default-profile=default-encryption\n")));
    CHECK_FALSE(rb.contains(p.l2tpServers[0].psk));
    const QString sheet = QString::fromUtf8(fileAt(out, QStringLiteral("office/office.troubleshooting.txt")).bytes);
    CHECK(sheet.contains(QStringLiteral("/ip ipsec remote-peers print")));
    CHECK(sheet.contains(QStringLiteral("/ppp active print where service=l2tp")));
    CHECK(sheet.contains(QStringLiteral("172.31.86.1-172.31.86.14")));
    // The two usual "connected, but nothing works" causes, with this server's pool and DNS servers.
    CHECK(sheet.contains(QStringLiteral("names do not resolve: clients are given 8.8.8.8, 1.1.1.1.\n")));
    CHECK(sheet.contains(QStringLiteral("must accept UDP and TCP port 53 from 172.31.86.1-172.31.86.14 ")));
    CHECK(sheet.contains(QStringLiteral("\n  172.31.86.1-172.31.86.14 to the LAN, and LAN hosts must reach them")));
    p.l2tpServers[0].dnsServers.clear();
    const QString noDns = QString::fromUtf8(fileAt(render(p), QStringLiteral("office/office.troubleshooting.txt")).bytes);
    CHECK(noDns.contains(QStringLiteral("the PPP profile hands out no DNS server, so clients\n  keep their own")));
}

TEST_CASE("RouterOS troubleshooting: the debug logging it adds is removed by its prefix alone", "[routeros]")
{
    // A removal by topic would also delete the router's own rules (a remote syslog for ipsec, say).
    Project p = twoSubnetProject();
    p.l2tpServers << server("office", Platform::RouterOs7);
    const RenderOutput out = render(p);
    int sheets = 0;
    for (const RenderedFile &f : out.files) {
        if (f.kind != FileKind::Troubleshooting || f.platform == Platform::CiscoIos)
            continue;
        ++sheets;
        INFO(f.path.toStdString());
        int adds = 0, removes = 0;
        for (const QString &line : QString::fromUtf8(f.bytes).split(QLatin1Char('\n'))) {
            const QString cmd = line.trimmed();
            if (cmd.startsWith(QStringLiteral("/system logging add "))) {
                ++adds;
                CHECK(cmd.endsWith(QStringLiteral(" prefix=tw-debug")));
            } else if (cmd.startsWith(QStringLiteral("/system logging remove "))) {
                ++removes;
                CHECK(cmd == QStringLiteral("/system logging remove [find prefix=tw-debug]"));
            }
        }
        CHECK(adds >= 1);
        CHECK(removes == 1);
    }
    CHECK(sheets == 3);
}

TEST_CASE("rsc-lint accepts every RouterOS file of a tree with all dialects", "[routeros]")
{
    const QString hostileInterface = QStringLiteral("ether1 \"wan\"; /system reboot; $x?{}[]#");
    Project p;
    p.name = QStringLiteral("acme");
    // IPv4, several networks, hostile key and interface, v7 <-> v6.
    p.links << twoSubnetProject().links[0];
    p.links[0].psk = kHostilePsk;
    p.links[0].a.wanInterface = hostileInterface;
    // IPv4 legacy <-> legacy, aggressive mode, 3DES/MD5 kept for old equipment.
    p.links << link("old", site("old-a", Platform::RouterOs6Legacy, "198.51.100.10", {QStringLiteral("10.1.0.0/16")}),
                    site("old-b", Platform::RouterOs6Legacy, "203.0.113.10", {QStringLiteral("10.2.0.0/16"),
                                                                            QStringLiteral("10.3.0.0/24")}));
    p.links[1].ike.mode = IkeMode::Aggressive;
    p.links[1].ike.encryption = {Encryption::TripleDes};
    p.links[1].ike.integrity = {Integrity::Md5};
    p.links[1].ike.dhGroups = {DhGroup::G2};
    p.links[1].esp.encryption = {Encryption::Aes128Cbc, Encryption::TripleDes};
    p.links[1].esp.integrity = {Integrity::Sha1, Integrity::Md5};
    p.links[1].esp.pfsGroup = std::nullopt;
    p.links[1].a.natBypass = false;
    // IPv6, IKEv2 with GCM in ESP, v7 <-> v6.
    p.links << link("six", site("six-a", Platform::RouterOs7, "2001:db8:ffff::2", {QStringLiteral("2001:db8:1::/64"),
                                                                                   QStringLiteral("2001:db8:3::/64")}),
                    site("six-b", Platform::RouterOs6, "2001:db8:eeee::3", {QStringLiteral("2001:db8:2::/64")}));
    p.links[2].ike.version = IkeVersion::V2;
    p.links[2].ike.dhGroups = {DhGroup::G19, DhGroup::G14};
    p.links[2].esp.encryption = {Encryption::Aes256Gcm};
    p.links[2].esp.integrity = {};
    p.links[2].psk = kHostilePsk + QStringLiteral("-more");
    // IPv6 before 6.43, several networks, hostile key.
    p.links << link("six-old", site("s-a", Platform::RouterOs6Legacy, "2001:db8:aaaa::2", {QStringLiteral("2001:db8:a1::/64"),
                                                                                         QStringLiteral("2001:db8:a2::/64")}),
                    site("s-b", Platform::RouterOs6Legacy, "2001:db8:bbbb::3", {QStringLiteral("2001:db8:b1::/64"),
                                                                               QStringLiteral("2001:db8:b2::/64")}));
    p.links[3].psk = kHostilePsk + QStringLiteral("-six");
    p.links[1].psk = kHostilePsk + QStringLiteral("-old");
    // An L2TP server on every dialect, with a hostile password and interface.
    for (const auto &[name, pl] : {std::pair{"srv7", Platform::RouterOs7}, std::pair{"srv6", Platform::RouterOs6},
                                   std::pair{"srvold", Platform::RouterOs6Legacy}}) {
        L2tpServer s = server(name, pl);
        s.wanInterface = hostileInterface;
        s.users << User{QStringLiteral("bob"), QString::fromUtf8("p\"\xc3\xa4ss\\w$rd?;{}[]#x")};
        s.authentication = {PppAuth::Mschap2, PppAuth::Chap};
        p.l2tpServers << s;
    }

    const RenderOutput out = render(p);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const RenderedFile &f : out.files) {
        const QString path = dir.filePath(f.path);
        REQUIRE(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(f.bytes);
    }
    const QString manifest = dir.filePath(QStringLiteral("manifest.json"));
    {
        QFile m(manifest);
        REQUIRE(m.open(QIODevice::WriteOnly));
        m.write(out.manifest);
    }

    const auto lint = twtest::runRscLint(manifest);
    if (!lint) {
        WARN("skipped: rsc-lint or python3 not found");
        return;
    }
    INFO(lint->output.toStdString());
    CHECK(lint->exitCode == 0);
    CHECK_FALSE(lint->output.contains(QStringLiteral("error")));

    // No value may have turned into a command: list every command the linter's parser sees.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString program = QStringLiteral(
        "import sys, json, os\n"
        "sys.path.insert(0, sys.argv[2])\n"
        "import rsc\n"
        "base = os.path.dirname(sys.argv[1])\n"
        "for e in json.load(open(sys.argv[1]))['files']:\n"
        "    if e['kind'].startswith('routeros'):\n"
        "        for path, verb, args, line in rsc.commands(open(os.path.join(base, e['path']), encoding='utf-8').read()):\n"
        "            print(path + ' ' + verb)\n");
    QProcess proc;
    proc.start(python, {QStringLiteral("-c"), program, manifest, twtest::sharedDir() + QStringLiteral("/tools")});
    REQUIRE(proc.waitForFinished(60000));
    REQUIRE(proc.exitCode() == 0);
    const QStringList seen = QString::fromUtf8(proc.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(seen.size() > 50);
    const QStringList allowed{QStringLiteral("/ip/ipsec/"), QStringLiteral("/ip/firewall/filter "),
                              QStringLiteral("/ip/firewall/nat "), QStringLiteral("/ipv6/firewall/filter "),
                              QStringLiteral("/ip/pool "), QStringLiteral("/ppp/profile "), QStringLiteral("/ppp/secret "),
                              QStringLiteral("/interface/l2tp-server/server ")};
    for (const QString &c : seen) {
        INFO(c.toStdString());
        CHECK(std::any_of(allowed.begin(), allowed.end(), [&](const QString &a) { return c.startsWith(a); }));
    }
}

// What the Cisco renderer writes, line by line: isakmp policies with `authentication pre-share`,
// the crypto ACL as the mirror of ctx.pairs, PFS, lifetimes, IKEv2 objects, NAT exemption, numbering
// by link position, rollback and troubleshooting without the key, and no hostile key ever written.

#include "TestSupport.h"

#include "render/ciscoios/CiscoIosRenderer.h"
#include "render/ProjectRenderer.h"
#include "validate/ProjectValidator.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace tw;

namespace {


SiteContext contextFor(const Project &p, int index, Side side) { return makeSiteContext(p, index, side); }

// The brief's IKEv1 example: AES-256 / SHA-1 / group 2, no PFS, 192.168.0.0/24 <-> 192.168.88.0/24,
// peer 10.0.0.2.
Project ikev1Project()
{
    Project p = twtest::sampleProject();
    SiteToSiteLink &l = p.links[0];
    l.ike.encryption = {Encryption::Aes256Cbc};
    l.ike.integrity = {Integrity::Sha1};
    l.ike.dhGroups = {DhGroup::G2};
    l.esp.encryption = {Encryption::Aes256Cbc};
    l.esp.integrity = {Integrity::Sha1};
    l.esp.pfsGroup.reset();
    l.a.wanAddress = QStringLiteral("10.0.0.2");
    return p;
}

// The same over IPv6: hq 2001:db8:ffff::2 (2001:db8:88::/64) <-> branch 2001:db8:ffff::3 (2001:db8:1::/64).
Project ipv6Ikev1Project()
{
    Project p = ikev1Project();
    SiteToSiteLink &l = p.links[0];
    l.a.wanAddress = QStringLiteral("2001:db8:ffff::2");
    l.b.wanAddress = QStringLiteral("2001:db8:ffff::3");
    l.a.lanSubnets = {QStringLiteral("2001:db8:88::/64")};
    l.b.lanSubnets = {QStringLiteral("2001:db8:1::/64")};
    return p;
}

Project ikev2Project()
{
    Project p = twtest::sampleProject();
    SiteToSiteLink &l = p.links[0];
    l.ike.version = IkeVersion::V2;
    l.ike.encryption = {Encryption::Aes256Gcm, Encryption::Aes256Cbc, Encryption::Aes128Gcm};
    l.ike.integrity = {Integrity::Sha384, Integrity::Sha256};
    l.ike.dhGroups = {DhGroup::G20, DhGroup::G14};
    l.ike.lifetimeS = 28800;
    l.esp.encryption = {Encryption::Aes256Gcm, Encryption::Aes256Cbc};
    l.esp.integrity = {Integrity::Sha256};
    l.esp.pfsGroup = DhGroup::G19;
    l.esp.lifetimeS = 1800;
    return p;
}

QList<RenderedFile> render(const Project &p, int index = 0, Side side = Side::B)
{
    return ciscoios::renderSite(contextFor(p, index, side));
}

QStringList linesOf(const RenderedFile &f) { return QString::fromUtf8(f.bytes).split(QLatin1Char('\n')); }

const RenderedFile &fileWith(const QList<RenderedFile> &files, FileKind kind)
{
    for (const RenderedFile &f : files)
        if (f.kind == kind)
            return f;
    FAIL("no file of that kind");
    return files.front();
}

// `expected` appear in this order as whole lines (other lines may sit between them).
void requireInOrder(const QStringList &lines, const QStringList &expected)
{
    qsizetype at = 0;
    for (const QString &e : expected) {
        const qsizetype found = lines.indexOf(e, at);
        INFO("missing or out of order: \"" << e.toStdString() << "\"\n" << lines.join(QLatin1Char('\n')).toStdString());
        REQUIRE(found >= 0);
        at = found + 1;
    }
}

} // namespace

TEST_CASE("a Cisco side renders config, rollback and troubleshooting", "[ciscoios]")
{
    const Project p = twtest::sampleProject();
    const auto files = render(p);
    REQUIRE(files.size() == 3);
    CHECK(files[0].path == QStringLiteral("hq-branch/branch.cfg"));
    CHECK(files[0].kind == FileKind::CiscoIosConfig);
    CHECK(files[0].holdsSecret);
    CHECK(files[1].path == QStringLiteral("hq-branch/branch.rollback.cfg"));
    CHECK(files[1].kind == FileKind::CiscoIosRollback);
    CHECK(files[2].path == QStringLiteral("hq-branch/branch.troubleshooting.txt"));
    CHECK(files[2].kind == FileKind::Troubleshooting);
    CHECK_FALSE(files[2].holdsSecret);
    for (const RenderedFile &f : files) {
        CHECK(f.platform == Platform::CiscoIos);
        CHECK(f.object == QStringLiteral("links[0]"));
        CHECK(f.site == Side::B);
        CHECK_FALSE(f.bytes.contains('\r'));
        CHECK(f.bytes.endsWith('\n'));
        CHECK(f.bytes.startsWith("! IPsec site-to-site, Cisco IOS side"));
    }
    const auto again = render(p); // byte-deterministic
    REQUIRE(again.size() == files.size());
    for (qsizetype i = 0; i < files.size(); ++i)
        CHECK(again[i].bytes == files[i].bytes);
}

TEST_CASE("IKEv1: isakmp policy with pre-share, key, transform set, map entry without PFS", "[ciscoios]")
{
    const Project p = ikev1Project();
    const auto files = render(p);
    const QString psk = p.links[0].psk;
    requireInOrder(linesOf(fileWith(files, FileKind::CiscoIosConfig)),
                   {
                       QStringLiteral("crypto isakmp policy 4010"),
                       QStringLiteral(" encryption aes 256"),
                       QStringLiteral(" hash sha"),
                       QStringLiteral(" authentication pre-share"),
                       QStringLiteral(" group 2"),
                       QStringLiteral(" lifetime 86400"),
                       QStringLiteral("crypto isakmp key %1 address 10.0.0.2 no-xauth").arg(psk),
                       QStringLiteral("crypto ipsec transform-set TW-hq-branch-1 esp-aes 256 esp-sha-hmac"),
                       QStringLiteral(" mode tunnel"),
                       QStringLiteral("ip access-list extended TW-hq-branch"),
                       QStringLiteral(" permit ip 192.168.0.0 0.0.0.255 192.168.88.0 0.0.0.255"),
                       QStringLiteral("crypto map TW-MAP 10 ipsec-isakmp"),
                       QStringLiteral(" description TW hq-branch to hq"),
                       QStringLiteral(" set peer 10.0.0.2"),
                       QStringLiteral(" set transform-set TW-hq-branch-1"),
                       QStringLiteral(" set security-association lifetime seconds 3600"),
                       QStringLiteral(" set security-association lifetime kilobytes 536870912"),
                       QStringLiteral(" match address TW-hq-branch"),
                       QStringLiteral("interface GigabitEthernet0/0"),
                       QStringLiteral(" ip nat outside"),
                       QStringLiteral(" crypto map TW-MAP"),
                   });
    for (const QString &line : linesOf(fileWith(files, FileKind::CiscoIosConfig))) {
        if (line.startsWith(QLatin1Char('!')))
            continue;
        CHECK_FALSE(line.contains(QStringLiteral("set pfs")));
        CHECK_FALSE(line.contains(QStringLiteral("ikev2")));
    }
}

TEST_CASE("one isakmp policy per combination, priorities in preference order", "[ciscoios]")
{
    Project p = ikev1Project();
    p.links[0].ike.encryption = {Encryption::Aes256Cbc, Encryption::Aes128Cbc};
    p.links[0].ike.integrity = {Integrity::Sha256};
    p.links[0].ike.dhGroups = {DhGroup::G14, DhGroup::G2};
    p.links[0].ike.lifetimeS = 28800;
    const auto lines = linesOf(fileWith(render(p), FileKind::CiscoIosConfig));
    QStringList expected;
    const char *combos[][2] = {{"aes 256", "14"}, {"aes 256", "2"}, {"aes", "14"}, {"aes", "2"}};
    int prio = 4010;
    for (const auto &c : combos)
        expected << QStringLiteral("crypto isakmp policy %1").arg(prio++) << QStringLiteral(" encryption %1").arg(QLatin1String(c[0]))
                 << QStringLiteral(" hash sha256") << QStringLiteral(" authentication pre-share")
                 << QStringLiteral(" group %1").arg(QLatin1String(c[1])) << QStringLiteral(" lifetime 28800");
    requireInOrder(lines, expected);
    CHECK(lines.count(QStringLiteral(" authentication pre-share")) == 4);
}

TEST_CASE("the crypto ACL mirrors ctx.pairs line by line, with wildcard masks", "[ciscoios]")
{
    Project p = twtest::sampleProject();
    p.links[0].a.lanSubnets = {QStringLiteral("192.168.88.0/24"), QStringLiteral("10.10.0.0/16")};
    p.links[0].b.lanSubnets = {QStringLiteral("192.168.0.0/24"), QStringLiteral("172.16.5.7/32")};
    const SiteContext ctx = contextFor(p, 0, Side::B);
    REQUIRE(ctx.pairs.size() == 4);
    const auto lines = linesOf(fileWith(ciscoios::renderSite(ctx), FileKind::CiscoIosConfig));
    const QStringList expected = {
        QStringLiteral("ip access-list extended TW-hq-branch"),
        QStringLiteral(" permit ip 192.168.0.0 0.0.0.255 192.168.88.0 0.0.0.255"),
        QStringLiteral(" permit ip host 172.16.5.7 192.168.88.0 0.0.0.255"),
        QStringLiteral(" permit ip 192.168.0.0 0.0.0.255 10.10.0.0 0.0.255.255"),
        QStringLiteral(" permit ip host 172.16.5.7 10.10.0.0 0.0.255.255"),
    };
    const qsizetype at = lines.indexOf(expected.front());
    REQUIRE(at >= 0);
    CHECK(lines.mid(at, expected.size()) == expected);
    // Line i is pair i seen from this side: local first.
    for (qsizetype i = 0; i < ctx.pairs.size(); ++i) {
        CHECK(lines[at + 1 + i].contains(ctx.local.subnets[ctx.pairs[i].localIndex].subnet.network.toString()));
        CHECK(lines[at + 1 + i].indexOf(ctx.local.subnets[ctx.pairs[i].localIndex].subnet.network.toString()) <
              lines[at + 1 + i].indexOf(ctx.remote.subnets[ctx.pairs[i].remoteIndex].subnet.network.toString()));
    }
    // NAT exemption: one permit per local subnet.
    requireInOrder(lines, {QStringLiteral("ip access-list extended TW-hq-branch-NAT"),
                           QStringLiteral(" permit ip 192.168.0.0 0.0.0.255 any"), QStringLiteral(" permit ip host 172.16.5.7 any")});
}

TEST_CASE("PFS, lifetimes and the NAT exemption of the sample", "[ciscoios]")
{
    Project p = twtest::sampleProject();
    p.links[0].esp.lifetimeS = 1800;
    p.links[0].ike.lifetimeS = 28800;
    const auto lines = linesOf(fileWith(render(p), FileKind::CiscoIosConfig));
    requireInOrder(lines, {
                              QStringLiteral(" lifetime 28800"),
                              QStringLiteral("crypto map TW-MAP 10 ipsec-isakmp"),
                              QStringLiteral(" set peer 198.51.100.2"),
                              QStringLiteral(" set transform-set TW-hq-branch-1"),
                              QStringLiteral(" set pfs group14"),
                              QStringLiteral(" set security-association lifetime seconds 1800"),
                              QStringLiteral(" match address TW-hq-branch"),
                              QStringLiteral("ip access-list extended TW-hq-branch-NAT"),
                              QStringLiteral(" permit ip 192.168.0.0 0.0.0.255 any"),
                              QStringLiteral("route-map TW-NAT deny 10"),
                              QStringLiteral(" match ip address TW-hq-branch"),
                              QStringLiteral("route-map TW-NAT permit 60010"),
                              QStringLiteral(" match ip address TW-hq-branch-NAT"),
                              QStringLiteral("ip nat inside source route-map TW-NAT interface GigabitEthernet0/0 overload"),
                              QStringLiteral("interface GigabitEthernet0/1"),
                              QStringLiteral(" ip nat inside"),
                              QStringLiteral("interface GigabitEthernet0/0"),
                              QStringLiteral(" ip nat outside"),
                              QStringLiteral(" crypto map TW-MAP"),
                          });
    // Firewall openings are comment lines for the WAN's inbound ACL.
    requireInOrder(lines, {QStringLiteral("!  permit udp host 198.51.100.2 host 203.0.113.3 eq 500"),
                           QStringLiteral("!  permit udp host 198.51.100.2 host 203.0.113.3 eq 4500"),
                           QStringLiteral("!  permit esp host 198.51.100.2 host 203.0.113.3")});
}

TEST_CASE("without nat_bypass and firewall nothing of NAT or filter is configured", "[ciscoios]")
{
    Project p = twtest::sampleProject();
    p.links[0].b.natBypass = false;
    p.links[0].b.firewall = false;
    p.links[0].b.lanInterface.reset();
    const QString cfg = QString::fromUtf8(fileWith(render(p), FileKind::CiscoIosConfig).bytes);
    for (const QString &line : cfg.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('!')))
            continue;
        CHECK_FALSE(line.contains(QStringLiteral("nat")));
        CHECK_FALSE(line.contains(QStringLiteral("permit udp")));
    }
}

TEST_CASE("IKEv2: proposals split GCM/CBC, policy, keyring, profile, map entry", "[ciscoios]")
{
    const Project p = ikev2Project();
    const auto files = render(p);
    const QString psk = p.links[0].psk;
    requireInOrder(linesOf(fileWith(files, FileKind::CiscoIosConfig)),
                   {
                       QStringLiteral("crypto ikev2 proposal TW-hq-branch-GCM"),
                       QStringLiteral(" encryption aes-gcm-256 aes-gcm-128"),
                       QStringLiteral(" prf sha384 sha256"),
                       QStringLiteral(" group 20 14"),
                       QStringLiteral("crypto ikev2 proposal TW-hq-branch"),
                       QStringLiteral(" encryption aes-cbc-256"),
                       QStringLiteral(" integrity sha384 sha256"),
                       QStringLiteral(" group 20 14"),
                       QStringLiteral("crypto ikev2 policy TW-hq-branch"),
                       QStringLiteral(" match address local 203.0.113.3"),
                       QStringLiteral(" proposal TW-hq-branch-GCM"),
                       QStringLiteral(" proposal TW-hq-branch"),
                       QStringLiteral("crypto ikev2 keyring TW-hq-branch"),
                       QStringLiteral(" peer hq"),
                       QStringLiteral("  address 198.51.100.2"),
                       QStringLiteral("  pre-shared-key ") + psk,
                       QStringLiteral("crypto ikev2 profile TW-hq-branch"),
                       QStringLiteral(" match identity remote address 198.51.100.2 255.255.255.255"),
                       QStringLiteral(" identity local address 203.0.113.3"),
                       QStringLiteral(" authentication remote pre-share"),
                       QStringLiteral(" authentication local pre-share"),
                       QStringLiteral(" keyring local TW-hq-branch"),
                       QStringLiteral(" lifetime 28800"),
                       QStringLiteral(" dpd 30 5 on-demand"),
                       QStringLiteral("crypto ipsec transform-set TW-hq-branch-1 esp-gcm 256"),
                       QStringLiteral("crypto ipsec transform-set TW-hq-branch-2 esp-aes 256 esp-sha256-hmac"),
                       QStringLiteral("crypto map TW-MAP 10 ipsec-isakmp"),
                       QStringLiteral(" set peer 198.51.100.2"),
                       QStringLiteral(" set transform-set TW-hq-branch-1 TW-hq-branch-2"),
                       QStringLiteral(" set pfs group19"),
                       QStringLiteral(" set security-association lifetime seconds 1800"),
                       QStringLiteral(" set ikev2-profile TW-hq-branch"),
                       QStringLiteral(" match address TW-hq-branch"),
                   });
    const QString cfg = QString::fromUtf8(fileWith(files, FileKind::CiscoIosConfig).bytes);
    CHECK_FALSE(cfg.contains(QStringLiteral("crypto isakmp")));
    // The GCM proposal has no integrity line, the CBC proposal no prf line.
    const auto lines = linesOf(fileWith(files, FileKind::CiscoIosConfig));
    const qsizetype gcm = lines.indexOf(QStringLiteral("crypto ikev2 proposal TW-hq-branch-GCM"));
    CHECK_FALSE(lines[gcm + 2].startsWith(QStringLiteral(" integrity")));
}

TEST_CASE("IKEv2 with CBC only has one proposal named after the link", "[ciscoios]")
{
    Project p = twtest::sampleProject();
    p.links[0].ike.version = IkeVersion::V2;
    const auto lines = linesOf(fileWith(render(p), FileKind::CiscoIosConfig));
    requireInOrder(lines, {QStringLiteral("crypto ikev2 proposal TW-hq-branch"), QStringLiteral(" encryption aes-cbc-256"),
                           QStringLiteral(" integrity sha256"), QStringLiteral(" group 14"),
                           QStringLiteral("crypto ikev2 policy TW-hq-branch"), QStringLiteral(" proposal TW-hq-branch")});
    CHECK(lines.filter(QStringLiteral("crypto ikev2 proposal")).size() == 1);
}

TEST_CASE("numbers and names follow the link's position", "[ciscoios]")
{
    Project p = twtest::sampleProject();
    SiteToSiteLink second = p.links[0];
    second.name = QStringLiteral("hq-shop");
    second.a.lanSubnets = {QStringLiteral("192.168.89.0/24")};
    second.ike.integrity = {Integrity::Sha256, Integrity::Sha1};
    p.links << second;
    const auto lines = linesOf(fileWith(render(p, 1), FileKind::CiscoIosConfig));
    requireInOrder(lines, {QStringLiteral("crypto isakmp policy 4020"), QStringLiteral(" hash sha256"),
                           QStringLiteral("crypto isakmp policy 4021"), QStringLiteral(" hash sha"),
                           QStringLiteral("crypto ipsec transform-set TW-hq-shop-1 esp-aes 256 esp-sha256-hmac"),
                           QStringLiteral("ip access-list extended TW-hq-shop"), QStringLiteral("crypto map TW-MAP 20 ipsec-isakmp"),
                           QStringLiteral("route-map TW-NAT deny 20"), QStringLiteral(" match ip address TW-hq-shop"),
                           QStringLiteral("route-map TW-NAT permit 60020"), QStringLiteral(" match ip address TW-hq-shop-NAT")});
}

TEST_CASE("numbers count only the links of the same router", "[ciscoios]")
{
    Project p = twtest::sampleProject();
    SiteToSiteLink other = p.links[0]; // a second Cisco router: its first link is entry 10 again
    other.name = QStringLiteral("hq-depot");
    other.b.name = QStringLiteral("depot");
    other.b.wanAddress = QStringLiteral("203.0.113.44");
    other.b.lanSubnets = {QStringLiteral("192.168.77.0/24")};
    p.links << other;
    const auto lines = linesOf(fileWith(render(p, 1), FileKind::CiscoIosConfig));
    requireInOrder(lines, {QStringLiteral("crypto isakmp policy 4010"), QStringLiteral("crypto map TW-MAP 10 ipsec-isakmp"),
                           QStringLiteral("route-map TW-NAT deny 10")});
}

TEST_CASE("a dual-stack Cisco router named alike on both links never gets one number twice", "[ciscoios]")
{
    // An IPv4 and an IPv6 link ending on one Cisco router: two WAN addresses, one site name. Before,
    // both were "crypto isakmp policy 4010": the second paste rewrote the first link's policy, and
    // either rollback deleted the other's.
    Project p = twtest::sampleProject();
    SiteToSiteLink v6 = ipv6Ikev1Project().links[0];
    v6.name = QStringLiteral("hq6-branch");
    v6.a.name = QStringLiteral("hq6");
    v6.b.name = QStringLiteral("BRANCH"); // the same router: site names compare ignoring case
    p.links << v6;
    for (const Finding &f : checkProject(p))
        REQUIRE(f.severity != Severity::Error);
    requireInOrder(linesOf(fileWith(render(p, 0), FileKind::CiscoIosConfig)),
                   {QStringLiteral("crypto isakmp policy 4010"), QStringLiteral("crypto map TW-MAP 10 ipsec-isakmp")});
    requireInOrder(linesOf(fileWith(render(p, 1), FileKind::CiscoIosConfig)),
                   {QStringLiteral("crypto isakmp policy 4020"), QStringLiteral("crypto map ipv6 TW-MAP6 20 ipsec-isakmp")});
    // Another name is another router: numbered on its own.
    p.links[1].b.name = QStringLiteral("depot");
    requireInOrder(linesOf(fileWith(render(p, 1), FileKind::CiscoIosConfig)),
                   {QStringLiteral("crypto isakmp policy 4010"), QStringLiteral("crypto map ipv6 TW-MAP6 10 ipsec-isakmp")});
}

TEST_CASE("one IPv6 router written two ways is one router: its links get their own numbers", "[ciscoios]")
{
    Project p = ipv6Ikev1Project();
    SiteToSiteLink other = p.links[0]; // the same Cisco router, its address in capitals and with a zero group
    other.name = QStringLiteral("hq-depot");
    other.a.wanAddress = QStringLiteral("2001:db8:ffff::4");
    other.a.lanSubnets = {QStringLiteral("2001:db8:99::/64")};
    other.b.wanAddress = QStringLiteral("2001:DB8:FFFF:0::3");
    p.links << other;
    for (const Finding &f : checkProject(p))
        REQUIRE(f.severity != Severity::Error);
    requireInOrder(linesOf(fileWith(render(p, 1), FileKind::CiscoIosConfig)),
                   {QStringLiteral("crypto isakmp policy 4020"), QStringLiteral("crypto map ipv6 TW-MAP6 20 ipsec-isakmp")});
    // Before: both links were entry 10, and pasting the second replaced the first one's tunnel.
    requireInOrder(linesOf(fileWith(renderChecked(p).files, FileKind::CiscoIosConfig)),
                   {QStringLiteral("crypto map ipv6 TW-MAP6 10 ipsec-isakmp")});
}

TEST_CASE("rollback removes in reverse order; the IKEv1 one holds the key, the IKEv2 one does not", "[ciscoios]")
{
    const Project v1 = ikev1Project();
    const auto files1 = render(v1);
    const RenderedFile &rb1 = fileWith(files1, FileKind::CiscoIosRollback);
    CHECK(rb1.holdsSecret);
    requireInOrder(linesOf(rb1), {
                                     QStringLiteral("no crypto map TW-MAP 10"),
                                     QStringLiteral("no route-map TW-NAT deny 10"),
                                     QStringLiteral("no ip access-list extended TW-hq-branch"),
                                     QStringLiteral("no crypto ipsec transform-set TW-hq-branch-1"),
                                     QStringLiteral("no crypto isakmp policy 4010"),
                                     QStringLiteral("no crypto isakmp key %1 address 10.0.0.2").arg(v1.links[0].psk),
                                     QStringLiteral("end"),
                                     QStringLiteral("clear crypto sa peer 10.0.0.2"),
                                 });
    // Shared objects stay: the NAT statement and the interface map are only mentioned in comments.
    for (const QString &line : linesOf(rb1)) {
        if (line.startsWith(QLatin1Char('!')))
            continue;
        CHECK_FALSE(line.contains(QStringLiteral("ip nat inside source")));
        CHECK_FALSE(line.contains(QStringLiteral("permit 60010")));
        CHECK(line != QStringLiteral(" no crypto map TW-MAP"));
    }

    const Project v2 = ikev2Project();
    const auto files2 = render(v2);
    const RenderedFile &rb2 = fileWith(files2, FileKind::CiscoIosRollback);
    CHECK_FALSE(rb2.holdsSecret);
    CHECK_FALSE(rb2.bytes.contains(v2.links[0].psk.toUtf8()));
    requireInOrder(linesOf(rb2), {QStringLiteral("no crypto map TW-MAP 10"), QStringLiteral("no ip access-list extended TW-hq-branch"),
                                  QStringLiteral("no crypto ipsec transform-set TW-hq-branch-1"),
                                  QStringLiteral("no crypto ipsec transform-set TW-hq-branch-2"),
                                  QStringLiteral("no crypto ikev2 profile TW-hq-branch"),
                                  QStringLiteral("no crypto ikev2 keyring TW-hq-branch"),
                                  QStringLiteral("no crypto ikev2 policy TW-hq-branch"),
                                  QStringLiteral("no crypto ikev2 proposal TW-hq-branch-GCM"),
                                  QStringLiteral("no crypto ikev2 proposal TW-hq-branch")});
}

TEST_CASE("the troubleshooting text names this peer and never the key", "[ciscoios]")
{
    for (const Project &p : {ikev1Project(), ikev2Project()}) {
        const auto files = render(p);
        const RenderedFile &ts = fileWith(files, FileKind::Troubleshooting);
        CHECK_FALSE(ts.bytes.contains(p.links[0].psk.toUtf8()));
        const auto lines = linesOf(ts);
        const QString peer = p.links[0].a.wanAddress;
        CHECK(lines.contains(QStringLiteral("    ping 192.168.88.1 source GigabitEthernet0/1")));
        CHECK(lines.contains(QStringLiteral("    show crypto ipsec sa peer ") + peer));
        CHECK(lines.contains(QStringLiteral("    show crypto session remote ") + peer));
        CHECK(lines.contains(QStringLiteral("    show crypto map")));
        CHECK(lines.contains(QStringLiteral("    undebug all")));
        // The debug condition this text sets is removed again (undebug all keeps it).
        const qsizetype condition = lines.indexOf(QStringLiteral("    debug crypto condition peer ipv4 ") + peer);
        const qsizetype removed = lines.indexOf(QStringLiteral("    no debug crypto condition peer ipv4 ") + peer);
        CHECK(condition >= 0);
        CHECK(removed > lines.indexOf(QStringLiteral("    undebug all")));
        CHECK(lines.contains(QStringLiteral("    monitor capture TW-CAP interface GigabitEthernet0/0 both")));
        CHECK(lines.contains(QStringLiteral("     permit esp host %1 host 203.0.113.3").arg(peer)));
        if (p.links[0].ike.version == IkeVersion::V2)
            CHECK(lines.contains(QStringLiteral("    show crypto ikev2 sa")));
        else
            CHECK(lines.contains(QStringLiteral("    show crypto isakmp sa")));
    }
}

TEST_CASE("IPv6 over IKEv1 uses the IPv6 crypto map forms and no NAT", "[ciscoios]")
{
    Project p = ipv6Ikev1Project();
    SiteToSiteLink &l = p.links[0];
    l.b.lanSubnets << QStringLiteral("2001:db8:2::7/128");
    const auto files = render(p);
    const auto lines = linesOf(fileWith(files, FileKind::CiscoIosConfig));
    requireInOrder(lines, {
                              QStringLiteral("crypto isakmp key %1 address ipv6 2001:db8:ffff::2/128").arg(l.psk),
                              QStringLiteral("ipv6 access-list TW-hq-branch"),
                              QStringLiteral(" permit ipv6 2001:db8:1::/64 2001:db8:88::/64"),
                              QStringLiteral(" permit ipv6 host 2001:db8:2::7 2001:db8:88::/64"),
                              QStringLiteral("crypto map ipv6 TW-MAP6 10 ipsec-isakmp"),
                              QStringLiteral(" set peer 2001:db8:ffff::2"),
                              QStringLiteral("interface GigabitEthernet0/0"),
                              QStringLiteral(" ipv6 crypto map TW-MAP6"),
                          });
    for (const QString &line : lines)
        if (!line.startsWith(QLatin1Char('!')))
            CHECK_FALSE(line.contains(QStringLiteral("nat")));
    requireInOrder(linesOf(fileWith(files, FileKind::CiscoIosRollback)),
                   {QStringLiteral("no crypto map ipv6 TW-MAP6 10"), QStringLiteral("no ipv6 access-list TW-hq-branch"),
                    QStringLiteral("no crypto isakmp key %1 address ipv6 2001:db8:ffff::2/128").arg(l.psk)});
    const auto ts = linesOf(fileWith(files, FileKind::Troubleshooting));
    CHECK(ts.contains(QStringLiteral("    ping ipv6 2001:db8:88::1 source GigabitEthernet0/1")));
    CHECK(ts.contains(QStringLiteral("    ipv6 access-list TW-CAP-hq-branch")));
    CHECK(ts.contains(QStringLiteral("    monitor capture point ipv6 cef TW-POINT GigabitEthernet0/0 both")));
}

TEST_CASE("no hostile key or interface name reaches a rendered line", "[ciscoios]")
{
    const QString hostile[] = {
        QStringLiteral("Xq7vR2mL p9TzW4kN8bHc"),
        QStringLiteral("Xq7vR2mL?p9TzW4kN8bHc"),
        QStringLiteral("Xq7vR2mL\"p9TzW4kN8bHc"),
        QStringLiteral("Xq7vR2mL'p9TzW4kN8bHc"),
        QStringLiteral("Xq7vR2mL\nno crypto map TW-MAP 10"),
        QStringLiteral("Xq7vR2mL\u00e9p9TzW4kN8bHc"),
        QStringLiteral("!q7vR2mLp9TzW4kN8bHc"),
    };
    for (const QString &key : hostile) {
        INFO(key.toStdString());
        Project p = twtest::sampleProject();
        p.links[0].psk = key;
        // `check` stops it ...
        const RenderResult r = renderProject(p);
        CHECK_FALSE(r.output.has_value());
        // ... and the renderer, called anyway, refuses to write a configuration.
        const auto files = render(p);
        REQUIRE(files.size() == 1);
        CHECK_FALSE(files[0].holdsSecret);
        CHECK(files[0].bytes.contains("NOT RENDERED"));
        for (const QString &line : QString::fromUtf8(files[0].bytes).split(QLatin1Char('\n')))
            CHECK((line.isEmpty() || line.startsWith(QLatin1Char('!'))));
        CHECK_FALSE(QString::fromUtf8(files[0].bytes).contains(key));
    }
    const std::function<void(Project &)> hostileNames[] = {
        [](Project &p) { p.links[0].b.wanInterface = QStringLiteral("Gi0/0\nno ip nat outside"); },
        [](Project &p) { p.links[0].b.lanInterface = QStringLiteral("Gi0/1 ip nat outside"); },
        [](Project &p) { p.links[0].name = QStringLiteral("hq-branch\n"); },
        [](Project &p) { p.links[0].a.name = QStringLiteral("hq\n"); },
    };
    for (const auto &change : hostileNames) {
        Project p = twtest::sampleProject();
        change(p);
        const auto files = render(p);
        REQUIRE(files.size() == 1);
        CHECK(files[0].bytes.contains("NOT RENDERED"));
        for (const QString &line : QString::fromUtf8(files[0].bytes).split(QLatin1Char('\n')))
            CHECK((line.isEmpty() || line.startsWith(QLatin1Char('!'))));
    }
}

TEST_CASE("side b of a Cisco-Cisco link re-checks the link-wide values itself", "[ciscoios]")
{
    Project p = twtest::sampleProject();
    p.links[0].a.platform = Platform::CiscoIos;
    p.links[0].a.wanInterface = QStringLiteral("GigabitEthernet0/0");
    p.links[0].a.lanInterface = QStringLiteral("GigabitEthernet0/1");
    p.links[0].esp.pfsGroup = DhGroup::G21;
    for (Side side : {Side::A, Side::B}) {
        const auto files = render(p, 0, side);
        REQUIRE(files.size() == 1);
        CHECK(files[0].bytes.contains("links[0].esp.pfs_group"));
        CHECK_FALSE(files[0].bytes.contains("UNEXPRESSIBLE"));
    }
}

// Every rule of `check`, one row each: a change to a valid project and the finding it must cause.

#include "TestSupport.h"

#include "validate/KeyStrength.h"
#include "validate/ProjectValidator.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <functional>

using namespace tw;

namespace {

struct Rule {
    const char *name;
    std::function<void(Project &)> change;
    Severity severity;
    const char *path;
    const char *fragment; // part of the message
};

L2tpServer sampleServer()
{
    L2tpServer s;
    s.name = QStringLiteral("office");
    s.platform = Platform::RouterOs7;
    s.publicAddress = QStringLiteral("vpn.example.com");
    s.wanInterface = QStringLiteral("ether1");
    s.localAddress = QStringLiteral("172.31.86.254");
    s.pool = QStringLiteral("172.31.86.1-172.31.86.14");
    s.dnsServers = {QStringLiteral("8.8.8.8")};
    s.psk = QStringLiteral("Hv3kQ9zLw2RnT7bYc5XpJ8mFs4Dg6Ae1");
    s.users = {User{QStringLiteral("alice"), QStringLiteral("Zr8Kp2LmQ7vX4nBc9TyW")}};
    return s;
}

Project withServer()
{
    Project p = twtest::sampleProject();
    p.l2tpServers << sampleServer();
    return p;
}

SiteToSiteLink &link0(Project &p) { return p.links[0]; }

// A copy of link 0 from another MikroTik (own address and network) to the same Cisco router.
SiteToSiteLink secondLinkToTheCisco(const Project &p, const QString &name)
{
    SiteToSiteLink second = p.links[0];
    second.name = name;
    second.a.wanAddress = QStringLiteral("198.51.100.77");
    second.a.lanSubnets = {QStringLiteral("192.168.5.0/24")};
    return second;
}

// The sample project with n copies of its link, named l0, l1, ...; vary(link, i) makes each its own.
Project manyLinks(int n, const std::function<void(SiteToSiteLink &, int)> &vary)
{
    Project p = twtest::sampleProject();
    const SiteToSiteLink base = p.links[0];
    p.links.clear();
    for (int i = 0; i < n; ++i) {
        SiteToSiteLink l = base;
        l.name = QStringLiteral("l%1").arg(i);
        vary(l, i);
        p.links << l;
    }
    return p;
}

const Finding *findAt(const QList<Finding> &fs, const QString &path, Severity sev, const QString &fragment)
{
    for (const Finding &f : fs)
        if (f.path == path && f.severity == sev && f.message.contains(fragment))
            return &f;
    return nullptr;
}

QString dump(const QList<Finding> &fs)
{
    QString s;
    for (const Finding &f : fs)
        s += severityToken(f.severity) + QLatin1Char(' ') + f.path + QStringLiteral(": ") + f.message + QLatin1Char('\n');
    return s;
}

} // namespace

TEST_CASE("the sample projects have no errors", "[validate]")
{
    const auto fs = checkProject(withServer());
    INFO(dump(fs).toStdString());
    CHECK(std::none_of(fs.begin(), fs.end(), [](const Finding &f) { return f.severity == Severity::Error; }));
}

TEST_CASE("lifetimes at the edges of the range both vendors accept raise nothing", "[validate]")
{
    for (const int seconds : {120, 86400}) {
        INFO(seconds << " s");
        Project p = withServer();
        link0(p).ike.lifetimeS = seconds;
        link0(p).esp.lifetimeS = seconds;
        const auto fs = checkProject(p);
        INFO(dump(fs).toStdString());
        CHECK(findAt(fs, QStringLiteral("links[0].ike.lifetime_s"), Severity::Error, QString()) == nullptr);
        CHECK(findAt(fs, QStringLiteral("links[0].esp.lifetime_s"), Severity::Error, QString()) == nullptr);
    }
}

TEST_CASE("each validation rule reports its finding", "[validate]")
{
    const Rule rules[] = {
        {"project name syntax", [](Project &p) { p.name = QStringLiteral("my project"); }, Severity::Error, "name",
         "not a valid project name"},
        {"link name syntax", [](Project &p) { link0(p).name = QStringLiteral("9lives"); }, Severity::Error, "links[0].name",
         "start with a letter"},
        {"address syntax", [](Project &p) { link0(p).a.wanAddress = QStringLiteral("198.51.100.256"); }, Severity::Error,
         "links[0].a.wan_address", "not an IPv4 address"},
        {"leading zeros", [](Project &p) { link0(p).a.wanAddress = QStringLiteral("198.51.100.02"); }, Severity::Error,
         "links[0].a.wan_address", "without leading zeros"},
        {"CIDR without prefix", [](Project &p) { link0(p).a.lanSubnets = {QStringLiteral("192.168.88.0")}; },
         Severity::Error, "links[0].a.lan_subnets[0]", "192.168.88.0/32"},
        {"host bits set suggests the network", [](Project &p) { link0(p).a.lanSubnets = {QStringLiteral("192.168.88.1/24")}; },
         Severity::Error, "links[0].a.lan_subnets[0]", "the network is 192.168.88.0/24"},
        {"bad prefix length", [](Project &p) { link0(p).a.lanSubnets = {QStringLiteral("192.168.88.0/33")}; },
         Severity::Error, "links[0].a.lan_subnets[0]", "0 to 32"},
        {"no protected network", [](Project &p) { link0(p).b.lanSubnets.clear(); }, Severity::Error,
         "links[0].b.lan_subnets", "at least one"},
        {"duplicate subnet within a site",
         [](Project &p) { link0(p).a.lanSubnets << QStringLiteral("192.168.88.0/24"); }, Severity::Error,
         "links[0].a.lan_subnets[1]", "listed twice"},
        {"overlap within a site", [](Project &p) { link0(p).a.lanSubnets << QStringLiteral("192.168.0.0/16"); },
         Severity::Error, "links[0].a.lan_subnets[1]", "overlaps lan_subnets[0]"},
        {"overlap across sites", [](Project &p) { link0(p).b.lanSubnets = {QStringLiteral("192.168.88.128/25")}; },
         Severity::Error, "links[0].b.lan_subnets[0]", "overlaps a.lan_subnets[0]"},
        {"WAN inside a protected network", [](Project &p) { link0(p).b.lanSubnets = {QStringLiteral("198.51.100.0/24")}; },
         Severity::Error, "links[0].b.lan_subnets[0]", "contains a.wan_address"},
        {"own WAN inside a protected network", [](Project &p) { link0(p).a.lanSubnets = {QStringLiteral("198.51.100.0/24")}; },
         Severity::Error, "links[0].a.lan_subnets[0]", "contains a.wan_address"},
        {"peer's WAN inside a protected network",
         [](Project &p) { link0(p).a.lanSubnets = {QStringLiteral("203.0.113.0/24")}; }, Severity::Error,
         "links[0].a.lan_subnets[0]", "contains b.wan_address"},
        {"broadcast WAN address", [](Project &p) { link0(p).b.wanAddress = QStringLiteral("255.255.255.255"); },
         Severity::Error, "links[0].b.wan_address", "255.255.255.255"},
        {"equal WAN addresses", [](Project &p) { link0(p).b.wanAddress = link0(p).a.wanAddress; }, Severity::Error,
         "links[0].b.wan_address", "same as a.wan_address"},
        {"mixed WAN families", [](Project &p) { link0(p).b.wanAddress = QStringLiteral("2001:db8::3"); }, Severity::Error,
         "links[0].b.wan_address", "one address family"},
        {"subnet family differs from WAN", [](Project &p) { link0(p).b.lanSubnets = {QStringLiteral("2001:db8:1::/64")}; },
         Severity::Error, "links[0].b.lan_subnets[0]", "carries one address family"},
        {"same site names", [](Project &p) { link0(p).b.name = QStringLiteral("HQ"); }, Severity::Error, "links[0].b.name",
         "both sites are called"},
        {"empty interface", [](Project &p) { link0(p).a.wanInterface.clear(); }, Severity::Error,
         "links[0].a.wan_interface", "is empty"},
        {"private WAN is only info", [](Project &p) { link0(p).a.wanAddress = QStringLiteral("10.0.0.2"); }, Severity::Info,
         "links[0].a.wan_address", "private address"},
        {"PSK too short", [](Project &p) { link0(p).psk = QStringLiteral("short"); }, Severity::Error, "links[0].psk",
         "8 to 128"},
        {"PSK with a space", [](Project &p) { link0(p).psk = QStringLiteral("correct horse battery staple"); },
         Severity::Error, "links[0].psk", "contains a space"},
        {"PSK with DEL", [](Project &p) { link0(p).psk = QStringLiteral("Xk4vQ9mLp2Rw7Tn3\x7fYc8Hd5Jf1Gs6"); },
         Severity::Error, "links[0].psk", "outside printable ASCII (position 17)"},
        {"PSK non-ASCII", [](Project &p) { link0(p).psk = QStringLiteral("Pässwörd-Längér-123"); }, Severity::Error,
         "links[0].psk", "outside printable ASCII"},
        {"weak PSK", [](Project &p) { link0(p).psk = QStringLiteral("password1"); }, Severity::Warning, "links[0].psk",
         "under 80"},
        {"no IKE encryption", [](Project &p) { link0(p).ike.encryption.clear(); }, Severity::Error,
         "links[0].ike.encryption", "at least one"},
        {"no DH group", [](Project &p) { link0(p).ike.dhGroups.clear(); }, Severity::Error, "links[0].ike.dh_groups",
         "at least one"},
        {"duplicate algorithm", [](Project &p) { link0(p).esp.encryption << Encryption::Aes256Cbc; }, Severity::Error,
         "links[0].esp.encryption[1]", "listed twice"},
        {"IKE lifetime too long", [](Project &p) { link0(p).ike.lifetimeS = 90000; }, Severity::Error,
         "links[0].ike.lifetime_s", "120..86400"},
        {"ESP lifetime too short", [](Project &p) { link0(p).esp.lifetimeS = 60; }, Severity::Error,
         "links[0].esp.lifetime_s", "120..86400"},
        {"IKE lifetime one second short", [](Project &p) { link0(p).ike.lifetimeS = 119; }, Severity::Error,
         "links[0].ike.lifetime_s", "119 s is outside 120..86400"},
        {"ESP lifetime one second long", [](Project &p) { link0(p).esp.lifetimeS = 86401; }, Severity::Error,
         "links[0].esp.lifetime_s", "86401 s is outside 120..86400"},
        {"weak encryption", [](Project &p) { link0(p).esp.encryption = {Encryption::TripleDes}; }, Severity::Warning,
         "links[0].esp.encryption[0]", "3DES is weak"},
        {"weak hash", [](Project &p) { link0(p).ike.integrity = {Integrity::Md5}; }, Severity::Warning,
         "links[0].ike.integrity[0]", "MD5 is weak"},
        {"weak group", [](Project &p) { link0(p).ike.dhGroups = {DhGroup::G2}; }, Severity::Warning,
         "links[0].ike.dh_groups[0]", "group 2 (MODP 1024) is weak"},
        {"weak PFS group", [](Project &p) { link0(p).esp.pfsGroup = DhGroup::G5; }, Severity::Warning,
         "links[0].esp.pfs_group", "weak"},
        {"a PFS group IOS XE 17.11 refuses, Cisco end", [](Project &p) { link0(p).esp.pfsGroup = DhGroup::G5; },
         Severity::Warning, "links[0].esp.pfs_group", "group 5 (MODP 1536): IOS XE 17.11 and later refuse it"},
        {"an ESP hash IOS XE 17.11 refuses, Cisco end", [](Project &p) { link0(p).esp.integrity = {Integrity::Sha256, Integrity::Md5}; },
         Severity::Warning, "links[0].esp.integrity[1]", "MD5: IOS XE 17.11 and later refuse it"},
        {"an IKE cipher IOS XE 17.11 refuses, Cisco end", [](Project &p) { link0(p).ike.encryption = {Encryption::TripleDes}; },
         Severity::Warning, "links[0].ike.encryption[0]", "3DES: IOS XE 17.11 and later refuse it"},
        {"no PFS is info", [](Project &p) { link0(p).esp.pfsGroup.reset(); }, Severity::Info, "links[0].esp.pfs_group",
         "no perfect forward secrecy"},
        {"GCM with IKEv1", [](Project &p) { link0(p).ike.encryption = {Encryption::Aes256Gcm}; }, Severity::Error,
         "links[0].ike.encryption[0]", "needs IKEv2"},
        {"GCM with integrity", [](Project &p) { link0(p).esp.encryption = {Encryption::Aes256Gcm}; }, Severity::Error,
         "links[0].esp.integrity", "must be []"},
        {"CBC without integrity", [](Project &p) { link0(p).esp.integrity.clear(); }, Severity::Error,
         "links[0].esp.integrity", "lists no integrity"},
        {"mode with IKEv2",
         [](Project &p) {
             link0(p).ike.version = IkeVersion::V2;
             link0(p).ike.mode = IkeMode::Main;
         },
         Severity::Error, "links[0].ike.mode", "IKEv1 only"},
        {"aggressive mode", [](Project &p) { link0(p).ike.mode = IkeMode::Aggressive; }, Severity::Warning,
         "links[0].ike.mode", "offline"},
        {"duplicate link names",
         [](Project &p) {
             p.links << p.links[0];
             p.links[1].name = QStringLiteral("HQ-Branch");
         },
         Severity::Error, "links[1].name", "already used by links[0]"},
        {"one router, two WAN interfaces",
         [](Project &p) {
             SiteToSiteLink second = p.links[0];
             second.name = QStringLiteral("hq-branch2");
             second.b.wanAddress = QStringLiteral("203.0.113.9");
             second.b.lanSubnets = {QStringLiteral("192.168.5.0/24")};
             second.a.wanInterface = QStringLiteral("ether2");
             p.links << second;
         },
         Severity::Error, "links[1].a.wan_interface", "puts the same router's WAN address 198.51.100.2 on \"ether1\""},
        {"one IPv6 router written two ways, two WAN interfaces",
         [](Project &p) {
             link0(p).a.wanAddress = QStringLiteral("2001:db8::2");
             link0(p).b.wanAddress = QStringLiteral("2001:db8::3");
             link0(p).a.lanSubnets = {QStringLiteral("2001:db8:88::/64")};
             link0(p).b.lanSubnets = {QStringLiteral("2001:db8:1::/64")};
             SiteToSiteLink second = p.links[0];
             second.name = QStringLiteral("hq-branch2");
             second.a.wanAddress = QStringLiteral("2001:DB8:0::2");
             second.a.wanInterface = QStringLiteral("ether2");
             second.b.wanAddress = QStringLiteral("2001:db8::9");
             second.b.lanSubnets = {QStringLiteral("2001:db8:5::/64")};
             p.links << second;
         },
         Severity::Error, "links[1].a.wan_interface", "puts the same router's WAN address 2001:DB8:0::2 on \"ether1\""},
        {"two links between the same two routers",
         [](Project &p) {
             SiteToSiteLink second = p.links[0];
             second.name = QStringLiteral("hq-branch2");
             std::swap(second.a, second.b); // the other way round is the same pair
             std::swap(second.a.name, second.b.name);
             second.a.lanSubnets = {QStringLiteral("192.168.5.0/24")};
             second.b.lanSubnets = {QStringLiteral("192.168.6.0/24")};
             p.links << second;
         },
         Severity::Error, "links[1]", "connects the same two routers as links[0]"},
        {"IKEv2 links of one Cisco address offering different proposals",
         [](Project &p) {
             IkeProposal &ike = link0(p).ike;
             ike.version = IkeVersion::V2;
             ike.mode.reset();
             ike.encryption = {Encryption::Aes256Cbc};
             ike.integrity = {Integrity::Sha256};
             ike.dhGroups = {DhGroup::G14};
             SiteToSiteLink second = secondLinkToTheCisco(p, QStringLiteral("hq2-branch"));
             second.ike.dhGroups = {DhGroup::G19};
             p.links << second;
         },
         Severity::Error, "links[1].ike", "differs from links[0].ike in encryption, integrity or DH groups"},
        {"a Cisco link without NAT bypass inside the networks another link of the router translates",
         [](Project &p) {
             SiteToSiteLink second = secondLinkToTheCisco(p, QStringLiteral("hq2-branch"));
             second.b.lanSubnets = {QStringLiteral("192.168.0.128/25")}; // inside link 0's 192.168.0.0/24
             second.b.natBypass = false;
             p.links << second;
         },
         Severity::Error, "links[1].b.nat_bypass",
         "is false, but links[0].b on the same Cisco router at 203.0.113.3 has nat_bypass: its route-map TW-NAT "
         "translates 192.168.0.128/25"},
        {"a link named like another's object on one Cisco router",
         [](Project &p) {
             // link 0's NAT access list is TW-hq-branch-NAT
             p.links << secondLinkToTheCisco(p, QStringLiteral("hq-branch-NAT"));
         },
         Severity::Error, "links[1].name",
         "an object named \"access-list TW-hq-branch-NAT\", which links[0] already uses"},
        {"a link named like another's capture access list on one Cisco router",
         [](Project &p) {
             // link 0's troubleshooting creates TW-CAP-hq-branch
             p.links << secondLinkToTheCisco(p, QStringLiteral("CAP-hq-branch"));
         },
         Severity::Error, "links[1].name", "an object named \"access-list TW-CAP-hq-branch\", which links[0] already uses"},
        {"server named like a link", [](Project &p) { p.l2tpServers[0].name = QStringLiteral("hq-branch"); },
         Severity::Error, "l2tp_servers[0].name", "already used by links[0]"},
        {"a site named like the other's files", [](Project &p) { link0(p).b.name = QStringLiteral("HQ.rollback"); },
         Severity::Error, "links[0].b.name", "one site's name is the other's followed by a dot"},
        {"more network pairs on a link than a router should carry",
         [](Project &p) {
             link0(p).a.lanSubnets.clear();
             link0(p).b.lanSubnets.clear();
             for (int i = 0; i < 33; ++i)
                 link0(p).a.lanSubnets << QStringLiteral("10.1.%1.0/24").arg(i);
             for (int i = 0; i < 32; ++i)
                 link0(p).b.lanSubnets << QStringLiteral("10.2.%1.0/24").arg(i);
         },
         Severity::Error, "links[0].b.lan_subnets", "makes 1056 pairs of protected networks with a.lan_subnets (33 x 32)"},
        {"a link-local WAN address", [](Project &p) { link0(p).b.wanAddress = QStringLiteral("fe80::1"); }, Severity::Error,
         "links[0].b.wan_address", "fe80::1 is a link-local address"},
        {"a link-local IPv4 DNS server", [](Project &p) { p.l2tpServers[0].dnsServers = {QStringLiteral("169.254.1.1")}; },
         Severity::Error, "l2tp_servers[0].dns_servers[0]", "169.254.1.1 is a link-local address"},
        {"a DNS server twice", [](Project &p) { p.l2tpServers[0].dnsServers = {QStringLiteral("8.8.8.8"), QStringLiteral("8.8.8.8")}; },
         Severity::Warning, "l2tp_servers[0].dns_servers[1]", "8.8.8.8 is listed twice"},
        {"three DNS servers",
         [](Project &p) {
             p.l2tpServers[0].dnsServers = {QStringLiteral("8.8.8.8"), QStringLiteral("8.8.8.8"), QStringLiteral("1.1.1.1"),
                                            QStringLiteral("9.9.9.9")};
         },
         Severity::Error, "l2tp_servers[0].dns_servers[3]", "is one DNS server too many: PPP hands clients two at most"},
        {"four DNS servers",
         [](Project &p) {
             p.l2tpServers[0].dnsServers = {QStringLiteral("8.8.8.8"), QStringLiteral("1.1.1.1"), QStringLiteral("9.9.9.9"),
                                            QStringLiteral("8.8.4.4")};
         },
         Severity::Error, "l2tp_servers[0].dns_servers[3]", "is one DNS server too many"},
        {"a DNS server inside the client pool",
         [](Project &p) { p.l2tpServers[0].dnsServers = {QStringLiteral("172.31.86.5")}; }, Severity::Warning,
         "l2tp_servers[0].dns_servers[0]", "172.31.86.5 lies inside the client pool 172.31.86.1-172.31.86.14"},
        {"a link named manifest.json", [](Project &p) { link0(p).name = QStringLiteral("Manifest.json"); },
         Severity::Error, "links[0].name", "is the name of the render's list of files"},
        {"a server named manifest.json", [](Project &p) { p.l2tpServers[0].name = QStringLiteral("manifest.json"); },
         Severity::Error, "l2tp_servers[0].name", "is the name of the render's list of files"},
        {"pool order", [](Project &p) { p.l2tpServers[0].pool = QStringLiteral("172.31.86.14-172.31.86.1"); },
         Severity::Error, "l2tp_servers[0].pool", "runs backwards; write 172.31.86.1-172.31.86.14"},
        {"pool family", [](Project &p) { p.l2tpServers[0].pool = QStringLiteral("172.31.86.1-2001:db8::1"); },
         Severity::Error, "l2tp_servers[0].pool", "mixes IPv4 and IPv6"},
        {"pool contains local address", [](Project &p) { p.l2tpServers[0].localAddress = QStringLiteral("172.31.86.5"); },
         Severity::Error, "l2tp_servers[0].pool", "contains local_address"},
        {"pool smaller than user list",
         [](Project &p) {
             p.l2tpServers[0].pool = QStringLiteral("172.31.86.1-172.31.86.1");
             p.l2tpServers[0].users << User{QStringLiteral("bob"), QStringLiteral("Qw8Er7Ty6Ui5Op4As3Df")};
         },
         Severity::Warning, "l2tp_servers[0].pool", "has 1 addresses for 2 users"},
        {"duplicate user names",
         [](Project &p) { p.l2tpServers[0].users << User{QStringLiteral("Alice"), QStringLiteral("Qw8Er7Ty6Ui5Op4As3Df")}; },
         Severity::Error, "l2tp_servers[0].users[1].name", "already users[0]"},
        {"empty password", [](Project &p) { p.l2tpServers[0].users[0].password.clear(); }, Severity::Error,
         "l2tp_servers[0].users[0].password", "is empty"},
        {"password with newline", [](Project &p) { p.l2tpServers[0].users[0].password = QStringLiteral("abc\ndefghijk"); },
         Severity::Error, "l2tp_servers[0].users[0].password", "control character"},
        {"password with a non-character", [](Project &p) { p.l2tpServers[0].users[0].password = QStringLiteral("abc\uFFFFdefghijk"); },
         Severity::Error, "l2tp_servers[0].users[0].password", "not text (half of a surrogate pair, or a non-character"},
        {"password with half a surrogate pair",
         [](Project &p) { p.l2tpServers[0].users[0].password = QStringLiteral("abcdefghijk") + QChar(char16_t(0xD800)); },
         Severity::Error, "l2tp_servers[0].users[0].password", "not text"},
        {"interface with a non-character", [](Project &p) { link0(p).a.wanInterface = QStringLiteral("ether1\uFDD0"); },
         Severity::Error, "links[0].a.wan_interface", "not text"},
        {"RouterOS interface starting with !", [](Project &p) { link0(p).a.wanInterface = QStringLiteral("!ether1"); },
         Severity::Error, "links[0].a.wan_interface", "would match every interface but ether1"},
        {"RouterOS interface starting with *", [](Project &p) { link0(p).a.wanInterface = QStringLiteral("*1"); },
         Severity::Error, "links[0].a.wan_interface", "internal item number"},
        {"RouterOS interface with a leading space", [](Project &p) { link0(p).a.wanInterface = QStringLiteral(" ether1"); },
         Severity::Error, "links[0].a.wan_interface", "begins or ends with a space"},
        {"RouterOS interface ending in a no-break space", [](Project &p) { link0(p).a.wanInterface = QStringLiteral("ether1\u00A0"); },
         Severity::Error, "links[0].a.wan_interface", "begins or ends with a space"},
        {"L2TP server interface starting with !", [](Project &p) { p.l2tpServers[0].wanInterface = QStringLiteral("!ether1"); },
         Severity::Error, "l2tp_servers[0].wan_interface", "read as \"not\""},
        {"password with a no-break space", [](Project &p) { p.l2tpServers[0].users[0].password = QStringLiteral("Zr8Kp2\u00A0LmQ7vX4"); },
         Severity::Warning, "l2tp_servers[0].users[0].password", "contains U+00A0, a space that prints like a plain one"},
        {"password outside ASCII", [](Project &p) { p.l2tpServers[0].users[0].password = QStringLiteral("Zr8Kp2\u00E9LmQ7vX4"); },
         Severity::Warning, "l2tp_servers[0].users[0].password", "outside ASCII (position 7)"},
        {"password ending in a space", [](Project &p) { p.l2tpServers[0].users[0].password = QStringLiteral("Zr8Kp2LmQ7vX4 "); },
         Severity::Warning, "l2tp_servers[0].users[0].password", "starts or ends with a space, or has two in a row"},
        {"password with two spaces in a row", [](Project &p) { p.l2tpServers[0].users[0].password = QStringLiteral("Zr8Kp2  LmQ7vX4"); },
         Severity::Warning, "l2tp_servers[0].users[0].password", "starts or ends with a space, or has two in a row"},
        {"bad public address", [](Project &p) { p.l2tpServers[0].publicAddress = QStringLiteral("vpn example"); },
         Severity::Error, "l2tp_servers[0].public_address", "neither an IP address nor a DNS name"},
        {"public address in hex", [](Project &p) { p.l2tpServers[0].publicAddress = QStringLiteral("0x7f000001"); },
         Severity::Error, "l2tp_servers[0].public_address", "reads as an IP address in a short or hexadecimal form"},
        {"public address in short form", [](Project &p) { p.l2tpServers[0].publicAddress = QStringLiteral("10.1"); },
         Severity::Error, "l2tp_servers[0].public_address", "reads as an IP address in a short or hexadecimal form"},
        {"public address with an octet over 255", [](Project &p) { p.l2tpServers[0].publicAddress = QStringLiteral("203.0.113.256"); },
         Severity::Error, "l2tp_servers[0].public_address", "each of the four numbers must be 0-255"},
        {"public address with five numbers", [](Project &p) { p.l2tpServers[0].publicAddress = QStringLiteral("1.2.3.4.5"); },
         Severity::Error, "l2tp_servers[0].public_address", "neither an IP address nor a DNS name"},
        {"public address nobody can dial", [](Project &p) { p.l2tpServers[0].publicAddress = QStringLiteral("0.0.0.0"); },
         Severity::Error, "l2tp_servers[0].public_address", "is no address clients can dial"},
        {"public address multicast", [](Project &p) { p.l2tpServers[0].publicAddress = QStringLiteral("224.0.0.1"); },
         Severity::Error, "l2tp_servers[0].public_address", "is no address clients can dial"},
        {"public address link-local", [](Project &p) { p.l2tpServers[0].publicAddress = QStringLiteral("fe80::1"); },
         Severity::Error, "l2tp_servers[0].public_address", "is no address clients can dial"},
        {"bad DNS server", [](Project &p) { p.l2tpServers[0].dnsServers = {QStringLiteral("8.8.8")}; }, Severity::Error,
         "l2tp_servers[0].dns_servers[0]", "not an IPv4 address"},
        {"MTU out of range", [](Project &p) { p.l2tpServers[0].mtu = 9000; }, Severity::Error, "l2tp_servers[0].mtu",
         "576..1500"},
        {"IKEv2 on an L2TP server",
         [](Project &p) {
             IkeProposal ike;
             ike.version = IkeVersion::V2;
             ike.encryption = {Encryption::Aes256Cbc};
             ike.integrity = {Integrity::Sha1};
             ike.dhGroups = {DhGroup::G14};
             p.l2tpServers[0].ike = ike;
         },
         Severity::Error, "l2tp_servers[0].ike.version", "IKEv1 only"},
        {"iPhone needs MS-CHAP v2", [](Project &p) { p.l2tpServers[0].authentication = {PppAuth::Chap}; }, Severity::Error,
         "l2tp_servers[0].authentication", "iPhone"},
        {"PAP warning", [](Project &p) { p.l2tpServers[0].authentication << PppAuth::Pap; }, Severity::Warning,
         "l2tp_servers[0].authentication[1]", "in the clear"},
        {"L2TP server on Cisco", [](Project &p) { p.l2tpServers[0].platform = Platform::CiscoIos; }, Severity::Error,
         "l2tp_servers[0].platform", "cannot host this L2TP/IPsec server"},
        {"no users is a warning", [](Project &p) { p.l2tpServers[0].users.clear(); }, Severity::Warning,
         "l2tp_servers[0].users", "no user"},
    };
    for (const Rule &r : rules) {
        DYNAMIC_SECTION(r.name)
        {
            Project p = withServer();
            r.change(p);
            const auto fs = checkProject(p);
            INFO(dump(fs).toStdString());
            CHECK(findAt(fs, QString::fromLatin1(r.path), r.severity, QString::fromUtf8(r.fragment)) != nullptr);
        }
    }
}

TEST_CASE("findings about keys never contain the key", "[validate]")
{
    for (const QString &key : {QStringLiteral("0xdeadbeefcafe"), QStringLiteral("abc def ghi"), QStringLiteral("weakweak"),
                               QStringLiteral("Ünicode-key-1234"), QStringLiteral("a?b\"c!d'e")}) {
        Project p = withServer();
        link0(p).psk = key;
        p.l2tpServers[0].psk = key;
        for (const Finding &f : checkProject(p))
            CHECK_FALSE(f.message.contains(key));
    }
}

TEST_CASE("key strength estimate", "[validate]")
{
    CHECK(estimateStrengthBits(QStringLiteral("aaaaaaaaaaaaaaaa")) < 30);
    CHECK(estimateStrengthBits(QStringLiteral("abcdefghijklmnop")) < 30);
    CHECK(estimateStrengthBits(QStringLiteral("password1")) < kWeakKeyBits);
    CHECK(estimateStrengthBits(QStringLiteral("Xq7vR2mLp9TzW4kN8bHc3JfY6sGd5aEu")) > 150);
}

TEST_CASE("a name clash on a Cisco router counts only objects that exist", "[validate]")
{
    // "hq-branch-NAT" would be link 0's NAT access list, but link 0's Cisco end has no NAT bypass.
    Project p = twtest::sampleProject();
    link0(p).b.natBypass = false;
    SiteToSiteLink second = secondLinkToTheCisco(p, QStringLiteral("hq-branch-NAT"));
    p.links << second;
    for (const Finding &f : checkProject(p))
        CHECK_FALSE(f.message.contains(QStringLiteral("already uses")));
    // With NAT bypass on the second link's own end only, its NAT list is TW-hq-branch-NAT-NAT: no clash either.
    p.links[1].b.natBypass = true;
    for (const Finding &f : checkProject(p))
        CHECK_FALSE(f.message.contains(QStringLiteral("already uses")));
    // Link 0 with NAT bypass: the clash is back.
    link0(p).b.natBypass = true;
    const QList<Finding> findings = checkProject(p);
    CHECK(std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
        return f.path == QStringLiteral("links[1].name") && f.message.contains(QStringLiteral("already uses"));
    }));
}

TEST_CASE("links without NAT bypass on a Cisco router are fine outside the translated networks", "[validate]")
{
    Project p = twtest::sampleProject();
    SiteToSiteLink second = secondLinkToTheCisco(p, QStringLiteral("hq2-branch"));
    second.b.lanSubnets = {QStringLiteral("192.168.1.0/24")}; // not in link 0's 192.168.0.0/24
    second.b.natBypass = false;
    p.links << second;
    const auto natFinding = [](const Finding &f) { return f.path.endsWith(QStringLiteral("nat_bypass")); };
    QList<Finding> findings = checkProject(p);
    CHECK_FALSE(std::any_of(findings.begin(), findings.end(), natFinding));
    // Another Cisco router (own address, own name) with the same network is another NAT: no finding either.
    p.links[1].b.lanSubnets = {QStringLiteral("192.168.0.0/24")};
    p.links[1].b.wanAddress = QStringLiteral("203.0.113.30");
    p.links[1].b.name = QStringLiteral("depot");
    findings = checkProject(p);
    CHECK_FALSE(std::any_of(findings.begin(), findings.end(), natFinding));
    // The same router again: now the finding is there.
    p.links[1].b.wanAddress = QStringLiteral("203.0.113.3");
    findings = checkProject(p);
    CHECK(std::any_of(findings.begin(), findings.end(), natFinding));
}

TEST_CASE("only a Cisco end hears about what IOS XE 17.11 refuses", "[validate]")
{
    Project p = twtest::sampleProject();
    link0(p).ike.dhGroups = {DhGroup::G2};
    link0(p).esp.integrity = {Integrity::Sha1}; // weak, but not refused by IOS XE
    const auto refused = [](const Finding &f) { return f.message.contains(QStringLiteral("IOS XE 17.11")); };
    QList<Finding> findings = checkProject(p);
    CHECK(std::count_if(findings.begin(), findings.end(), refused) == 1);
    link0(p).b.platform = Platform::RouterOs7;
    link0(p).b.lanInterface.reset();
    findings = checkProject(p);
    CHECK(std::none_of(findings.begin(), findings.end(), refused));
}

TEST_CASE("a project carries at most so many network pairs in all", "[validate]")
{
    // 98 links of 32 x 32 networks: each within the per-link bound, 100,352 pairs together.
    Project p = manyLinks(98, [](SiteToSiteLink &l, int i) {
        l.a.wanAddress = QStringLiteral("198.18.0.%1").arg(i + 1);
        l.b.wanAddress = QStringLiteral("198.19.0.%1").arg(i + 1);
        l.a.lanSubnets.clear();
        l.b.lanSubnets.clear();
        for (int j = 0; j < 32; ++j) {
            l.a.lanSubnets << QStringLiteral("10.%1.%2.0/24").arg(i).arg(j);
            l.b.lanSubnets << QStringLiteral("10.%1.%2.0/24").arg(i).arg(j + 128);
        }
    });
    QList<Finding> fs = checkProject(p);
    CHECK(findAt(fs, QStringLiteral("links"), Severity::Error, QStringLiteral("make 100352 pairs of protected networks in all")));
    CHECK_FALSE(std::any_of(fs.begin(), fs.end(), [](const Finding &f) { return f.message.contains(QStringLiteral("per link")); }));
    p.links.removeLast();
    fs = checkProject(p);
    CHECK_FALSE(findAt(fs, QStringLiteral("links"), Severity::Error, QStringLiteral("pairs of protected networks in all")));
}

TEST_CASE("a Cisco router carries at most as many links as it can number", "[validate]")
{
    // Every link ends on the same Cisco router (same WAN address).
    const Project p = manyLinks(554, [](SiteToSiteLink &l, int i) {
        l.a.wanAddress = QStringLiteral("198.18.%1.%2").arg(i / 200).arg(i % 200 + 1);
        l.a.lanSubnets = {QStringLiteral("10.%1.%2.0/24").arg(i / 200).arg(i % 200)};
    });
    const auto fs = checkProject(p);
    CHECK(findAt(fs, QStringLiteral("links[553].b.wan_address"), Severity::Error, QStringLiteral("more than 553 links")));
    CHECK_FALSE(findAt(fs, QStringLiteral("links[552].b.wan_address"), Severity::Error, QStringLiteral("more than")));
}

TEST_CASE("many Cisco spokes sharing a site name are several routers, numbered by address", "[validate]")
{
    // 600 Cisco routers all called "branch", each on its own address: joined by the name they would
    // carry more links than one router can be numbered for, so they are not joined, and check passes.
    const Project p = manyLinks(600, [](SiteToSiteLink &l, int i) {
        l.b.wanAddress = QStringLiteral("203.0.%1.%2").arg(i / 200).arg(i % 200 + 1);
        l.b.lanSubnets = {QStringLiteral("10.%1.%2.0/24").arg(i / 200).arg(i % 200)};
    });
    const auto fs = checkProject(p);
    CHECK_FALSE(std::any_of(fs.begin(), fs.end(), [](const Finding &f) { return f.severity == Severity::Error; }));
}

TEST_CASE("NAT exemption of one Cisco router on two uplinks is a warning", "[validate]")
{
    // The Cisco site "branch" on a second address and another interface: by its name the same
    // router, whose one TW-NAT route-map cannot serve two NAT statements.
    Project p = twtest::sampleProject();
    SiteToSiteLink second = secondLinkToTheCisco(p, QStringLiteral("hq2-branch"));
    second.b.wanAddress = QStringLiteral("192.0.2.10");
    second.b.wanInterface = QStringLiteral("GigabitEthernet0/2");
    second.b.lanSubnets = {QStringLiteral("192.168.1.0/24")};
    p.links << second;
    const QString path = QStringLiteral("links[1].b.wan_interface");
    CHECK(findAt(checkProject(p), path, Severity::Warning, QStringLiteral("the same Cisco router by its site name \"branch\"")));
    // The same interface, written short: one NAT statement.
    p.links[1].b.wanInterface = QStringLiteral("Gi0/0");
    CHECK_FALSE(findAt(checkProject(p), path, Severity::Warning, QStringLiteral("route-map")));
    // Another name is another router; without NAT bypass there is no NAT statement.
    p.links[1].b.wanInterface = QStringLiteral("GigabitEthernet0/2");
    p.links[1].b.name = QStringLiteral("depot");
    CHECK_FALSE(findAt(checkProject(p), path, Severity::Warning, QStringLiteral("route-map")));
    p.links[1].b.name = QStringLiteral("branch");
    p.links[1].b.natBypass = false;
    CHECK_FALSE(findAt(checkProject(p), path, Severity::Warning, QStringLiteral("route-map")));
}

TEST_CASE("two links of one router must not protect the same traffic", "[validate]")
{
    // A hub (the Cisco end, 192.168.0.0/24 behind it) with a second link whose remote network lies
    // inside the first link's: packets to it would match the first link's crypto map entry.
    Project p = twtest::sampleProject();
    SiteToSiteLink second = secondLinkToTheCisco(p, QStringLiteral("hq2-branch"));
    p.links[0].a.lanSubnets = {QStringLiteral("192.168.88.0/24"), QStringLiteral("10.5.0.0/16")};
    second.a.lanSubnets = {QStringLiteral("10.5.1.0/24")};
    p.links << second;
    const auto fs = checkProject(p);
    const Finding *f = findAt(fs, QStringLiteral("links[1]"), Severity::Error, QStringLiteral("protects traffic that links[0]"));
    REQUIRE(f);
    CHECK(f->message.contains(QStringLiteral("on the router at 203.0.113.3")));
    CHECK_FALSE(findAt(fs, QStringLiteral("links[0]"), Severity::Error, QStringLiteral("protects traffic")));

    // Disjoint local networks on the hub: the selectors differ, nothing to report.
    p.links[1].b.lanSubnets = {QStringLiteral("192.168.1.0/24")};
    CHECK_FALSE(findAt(checkProject(p), QStringLiteral("links[1]"), Severity::Error, QStringLiteral("protects traffic")));
    p.links[1].b.lanSubnets = p.links[0].b.lanSubnets;
    // Disjoint remote networks: nothing either.
    p.links[1].a.lanSubnets = {QStringLiteral("10.6.0.0/24")};
    CHECK_FALSE(findAt(checkProject(p), QStringLiteral("links[1]"), Severity::Error, QStringLiteral("protects traffic")));
    // The same networks again, ending on two different Cisco routers: each router has one tunnel for them.
    p.links[1].a.lanSubnets = {QStringLiteral("10.5.0.0/16")};
    p.links[1].b.wanAddress = QStringLiteral("203.0.113.44");
    p.links[1].b.name = QStringLiteral("depot");
    CHECK_FALSE(findAt(checkProject(p), QStringLiteral("links[1]"), Severity::Error, QStringLiteral("protects traffic")));

    // A RouterOS hub with the same network behind two spokes: two policies with one selector.
    Project r = twtest::sampleProject();
    r.links[0].b.platform = Platform::RouterOs7;
    r.links[0].b.wanInterface = QStringLiteral("ether1");
    r.links[0].b.lanInterface.reset();
    SiteToSiteLink spoke = r.links[0];
    spoke.name = QStringLiteral("hub-spoke2");
    spoke.b.wanAddress = QStringLiteral("203.0.113.9");
    spoke.b.name = QStringLiteral("spoke2");
    r.links << spoke;
    CHECK(findAt(checkProject(r), QStringLiteral("links[1]"), Severity::Error,
                 QStringLiteral("protects traffic that links[0] protects too on the router at 198.51.100.2")));
}

TEST_CASE("a non-ASCII password is a warning only where MS-CHAPv2 hashes it", "[validation]")
{
    Project p = withServer();
    p.l2tpServers[0].users[0].password = QStringLiteral("Zr8Kp2\u00E9LmQ7vX4");
    const auto warned = [](const Project &project) {
        const QList<Finding> findings = checkProject(project);
        return std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
            return f.path == QLatin1String("l2tp_servers[0].users[0].password") && f.message.contains(QStringLiteral("outside ASCII"));
        });
    };
    CHECK(warned(p));
    p.l2tpServers[0].authentication = {PppAuth::Chap};
    CHECK_FALSE(warned(p));
}


// Every cisco-ios capability rule, one row each: a change to the sample project (RouterOS 7 hq <->
// Cisco branch) and the finding it must cause. Findings name cisco-ios and never carry the key.

#include "TestSupport.h"

#include "render/ciscoios/CiscoIosRenderer.h"
#include "validate/ProjectValidator.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace tw;

namespace {

SiteToSiteLink &link0(Project &p) { return p.links[0]; }
Site &branch(Project &p) { return p.links[0].b; }

QString dump(const QList<Finding> &fs)
{
    QString s;
    for (const Finding &f : fs)
        s += severityToken(f.severity) + QLatin1Char(' ') + f.path + QStringLiteral(": ") + f.message + QLatin1Char('\n');
    return s;
}

QList<Finding> ciscoFindings(const Project &p)
{
    Findings out;
    for (qsizetype i = 0; i < p.links.size(); ++i)
        for (Side s : {Side::A, Side::B})
            if (p.links[i].site(s).platform == Platform::CiscoIos)
                ciscoios::checkSite(p.links[i], s, QStringLiteral("links[%1]").arg(i), out);
    return out.list();
}

int countAt(const QList<Finding> &fs, const QString &path, Severity sev)
{
    return int(std::count_if(fs.begin(), fs.end(), [&](const Finding &f) { return f.path == path && f.severity == sev; }));
}

} // namespace

TEST_CASE("the sample project's Cisco side has nothing to report", "[ciscoios]")
{
    const auto fs = ciscoFindings(twtest::sampleProject());
    INFO(dump(fs).toStdString());
    CHECK(fs.isEmpty());
}

TEST_CASE("each cisco-ios capability rule reports its finding", "[ciscoios]")
{
    struct Rule {
        const char *name;
        std::function<void(Project &)> change;
        Severity severity;
        const char *path;
        const char *fragment;
    };
    const Rule rules[] = {
        {"psk with ?", [](Project &p) { link0(p).psk = QStringLiteral("Xq7vR2mLp9Tz?W4kN8bHc3JfY6sGd5aEu"); },
         Severity::Error, "links[0].psk", "'?' (position 13)"},
        {"psk with double quote", [](Project &p) { link0(p).psk = QStringLiteral("Xq7vR2mLp9Tz\"W4kN8bHc3JfY6sGd5aEu"); },
         Severity::Error, "links[0].psk", "quotation mark"},
        {"psk with single quote", [](Project &p) { link0(p).psk = QStringLiteral("Xq7vR2mLp9Tz'W4kN8bHc3JfY6sGd5aEu"); },
         Severity::Error, "links[0].psk", "quotation mark"},
        {"psk with leading !", [](Project &p) { link0(p).psk = QStringLiteral("!q7vR2mLp9TzW4kN8bHc3JfY6sGd5aEu"); },
         Severity::Error, "links[0].psk", "starts with '!'"},
        {"nat_bypass without lan_interface", [](Project &p) { branch(p).lanInterface.reset(); }, Severity::Error,
         "links[0].b.lan_interface", "ip nat inside"},
        {"lan_interface equal to wan_interface",
         [](Project &p) { branch(p).lanInterface = QStringLiteral("gigabitethernet0/0"); }, Severity::Error,
         "links[0].b.lan_interface", "two different interfaces"},
        {"lan_interface an abbreviation of wan_interface", [](Project &p) { branch(p).lanInterface = QStringLiteral("Gi0/0"); },
         Severity::Error, "links[0].b.lan_interface",
         "\"Gi0/0\" names the same interface as wan_interface \"GigabitEthernet0/0\""},
        {"wan_interface with a space", [](Project &p) { branch(p).wanInterface = QStringLiteral("GigabitEthernet 0/0"); },
         Severity::Error, "links[0].b.wan_interface", "not a cisco-ios interface name"},
        {"lan_interface RouterOS style", [](Project &p) { branch(p).lanInterface = QStringLiteral("bridge-lan"); },
         Severity::Error, "links[0].b.lan_interface", "not a cisco-ios interface name"},
        {"IKEv1 group 21", [](Project &p) { link0(p).ike.dhGroups = {DhGroup::G21}; }, Severity::Error,
         "links[0].ike.dh_groups[0]", "`crypto isakmp policy`"},
        {"IKEv2 group 5",
         [](Project &p) {
             link0(p).ike.version = IkeVersion::V2;
             link0(p).ike.dhGroups = {DhGroup::G14, DhGroup::G5};
         },
         Severity::Error, "links[0].ike.dh_groups[1]", "IKEv2 proposal"},
        {"IKEv2 group 21",
         [](Project &p) {
             link0(p).ike.version = IkeVersion::V2;
             link0(p).ike.dhGroups = {DhGroup::G21};
         },
         Severity::Error, "links[0].ike.dh_groups[0]", "IOS 15.x stops at group 20"},
        {"PFS group 21", [](Project &p) { link0(p).esp.pfsGroup = DhGroup::G21; }, Severity::Error, "links[0].esp.pfs_group",
         "`set pfs`"},
        {"more than 6 transform sets",
         [](Project &p) {
             link0(p).esp.encryption = {Encryption::Aes256Cbc, Encryption::Aes192Cbc, Encryption::Aes128Cbc,
                                        Encryption::TripleDes};
             link0(p).esp.integrity = {Integrity::Sha256, Integrity::Sha1};
         },
         Severity::Error, "links[0].esp", "makes 8 transform sets"},
        {"more than 10 isakmp policies",
         [](Project &p) {
             link0(p).ike.encryption = {Encryption::Aes256Cbc, Encryption::Aes192Cbc, Encryption::Aes128Cbc};
             link0(p).ike.integrity = {Integrity::Sha256, Integrity::Sha1};
             link0(p).ike.dhGroups = {DhGroup::G14, DhGroup::G19};
         },
         Severity::Error, "links[0].ike", "makes 12 isakmp policies"},
        {"aggressive mode", [](Project &p) { link0(p).ike.mode = IkeMode::Aggressive; }, Severity::Error, "links[0].ike.mode",
         "set aggressive-mode password"},
        {"IKEv2 over IPv6",
         [](Project &p) {
             link0(p).ike.version = IkeVersion::V2;
             link0(p).a.wanAddress = QStringLiteral("2001:db8::2");
             branch(p).wanAddress = QStringLiteral("2001:db8::3");
             link0(p).a.lanSubnets = {QStringLiteral("2001:db8:88::/64")};
             branch(p).lanSubnets = {QStringLiteral("2001:db8:1::/64")};
         },
         Severity::Error, "links[0].ike.version", "not supported by Tunnelwright yet"},
        {"NAT traversal off", [](Project &p) { link0(p).natTraversal = false; }, Severity::Error, "links[0].nat_traversal",
         "cannot turn NAT traversal off for one peer"},
    };
    for (const Rule &r : rules) {
        Project p = twtest::sampleProject();
        r.change(p);
        const auto fs = ciscoFindings(p);
        INFO(r.name);
        INFO(dump(fs).toStdString());
        const auto hit = std::find_if(fs.begin(), fs.end(), [&](const Finding &f) {
            return f.path == QLatin1String(r.path) && f.severity == r.severity && f.message.contains(QLatin1String(r.fragment));
        });
        REQUIRE(hit != fs.end());
        CHECK(hit->message.contains(QStringLiteral("cisco-ios")));
        CHECK_FALSE(hit->message.contains(link0(p).psk));
        // Reached through `check` as well, next to the generic findings.
        const auto all = checkProject(p);
        CHECK(std::any_of(all.begin(), all.end(), [&](const Finding &f) { return f == *hit; }));
    }
}

TEST_CASE("an IPv6 IKEv1 link on cisco-ios is accepted and needs no LAN interface", "[ciscoios]")
{
    Project p = twtest::sampleProject();
    link0(p).ike.version = IkeVersion::V1;
    link0(p).a.wanAddress = QStringLiteral("2001:db8::2");
    branch(p).wanAddress = QStringLiteral("2001:db8::3");
    link0(p).a.lanSubnets = {QStringLiteral("2001:db8:88::/64")};
    branch(p).lanSubnets = {QStringLiteral("2001:db8:1::/64")};
    branch(p).lanInterface.reset();
    const auto fs = ciscoFindings(p);
    INFO(dump(fs).toStdString());
    CHECK(fs.isEmpty());
}

TEST_CASE("link-wide findings appear once when both ends are Cisco", "[ciscoios]")
{
    Project p = twtest::sampleProject();
    link0(p).a.platform = Platform::CiscoIos;
    link0(p).a.wanInterface = QStringLiteral("GigabitEthernet0/0");
    link0(p).a.lanInterface = QStringLiteral("GigabitEthernet0/1");
    link0(p).psk = QStringLiteral("Xq7vR2mLp9Tz?W4kN8bHc3JfY6sGd5aEu");
    link0(p).esp.pfsGroup = DhGroup::G21;
    link0(p).a.lanInterface.reset(); // a per-site finding: must name side a only
    const auto fs = ciscoFindings(p);
    INFO(dump(fs).toStdString());
    CHECK(countAt(fs, QStringLiteral("links[0].psk"), Severity::Error) == 1);
    CHECK(countAt(fs, QStringLiteral("links[0].esp.pfs_group"), Severity::Error) == 1);
    CHECK(countAt(fs, QStringLiteral("links[0].a.lan_interface"), Severity::Error) == 1);
    CHECK(countAt(fs, QStringLiteral("links[0].b.lan_interface"), Severity::Error) == 0);
}

TEST_CASE("every problem is reported at once", "[ciscoios]")
{
    Project p = twtest::sampleProject();
    link0(p).psk = QStringLiteral("!q7vR2mLp9TzW4kN8bHc3JfY6sGd5aEu");
    link0(p).ike.dhGroups = {DhGroup::G21};
    link0(p).esp.pfsGroup = DhGroup::G21;
    branch(p).wanInterface = QStringLiteral("Gi0/0 ");
    branch(p).lanInterface.reset();
    const auto fs = ciscoFindings(p);
    INFO(dump(fs).toStdString());
    CHECK(fs.size() == 5);
}

TEST_CASE("interface names the generic check refuses are not reported twice", "[ciscoios]")
{
    Project p = twtest::sampleProject();
    branch(p).wanInterface = QStringLiteral("Gi0/0\nno ip nat outside");
    const auto fs = checkProject(p);
    INFO(dump(fs).toStdString());
    CHECK(countAt(fs, QStringLiteral("links[0].b.wan_interface"), Severity::Error) == 1);
}


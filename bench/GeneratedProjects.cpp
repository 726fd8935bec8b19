#include "GeneratedProjects.h"

namespace twbench {
namespace {

QString v4(int a, int b, int c, int d) { return QStringLiteral("%1.%2.%3.%4").arg(a).arg(b).arg(c).arg(d); }

} // namespace

tw::Project manyLinks(int links)
{
    using namespace tw;
    Project p;
    p.name = QStringLiteral("bench");
    for (int i = 0; i < links; ++i) {
        SiteToSiteLink l;
        l.name = QStringLiteral("link%1").arg(i);
        l.ike.version = i % 3 == 0 ? IkeVersion::V2 : IkeVersion::V1;
        l.ike.encryption = {Encryption::Aes256Cbc, Encryption::Aes128Cbc};
        l.ike.integrity = {Integrity::Sha256};
        l.ike.dhGroups = {DhGroup::G14};
        l.esp.encryption = {Encryption::Aes256Cbc};
        l.esp.integrity = {Integrity::Sha256};
        l.esp.pfsGroup = DhGroup::G14;
        l.psk = QStringLiteral("Bn4Vx8Qz2Lk7Wm3Rt9Yp5Hc6Jd1Fg0Sa%1").arg(i);
        const int hi = i / 250, lo = i % 250;
        l.a = Site{QStringLiteral("hq"), Platform::RouterOs7, v4(198, 18, hi, lo + 1), QStringLiteral("ether1"),
                   {v4(10, hi, lo, 0) + QStringLiteral("/25"), v4(10, hi, lo, 128) + QStringLiteral("/25")}, true, true,
                   std::nullopt};
        const bool cisco = i % 2 == 0;
        l.b = Site{QStringLiteral("branch"), cisco ? Platform::CiscoIos : Platform::RouterOs6, v4(198, 19, hi, lo + 1),
                   cisco ? QStringLiteral("GigabitEthernet0/0") : QStringLiteral("ether1"),
                   {v4(172, 16 + hi, lo, 0) + QStringLiteral("/25"), v4(172, 16 + hi, lo, 128) + QStringLiteral("/25")},
                   true, true, cisco ? std::optional(QStringLiteral("GigabitEthernet0/1")) : std::nullopt};
        p.links << l;
    }
    return p;
}

tw::Project manyUsers(int users)
{
    using namespace tw;
    Project p;
    p.name = QStringLiteral("bench");
    L2tpServer s;
    s.name = QStringLiteral("office");
    s.publicAddress = QStringLiteral("vpn.example.com");
    s.wanInterface = QStringLiteral("ether1");
    s.localAddress = QStringLiteral("10.200.0.1");
    s.pool = QStringLiteral("10.201.0.1-10.201.255.254");
    s.dnsServers = {QStringLiteral("9.9.9.9")};
    s.psk = QStringLiteral("Hv3kQ9zLw2RnT7bYc5XpJ8mFs4Dg6Ae1");
    for (int i = 0; i < users; ++i)
        s.users << User{QStringLiteral("user%1").arg(i), QStringLiteral("Pw%1xQz8Lk2Vb7Nm4Rt").arg(i)};
    p.l2tpServers << s;
    return p;
}

} // namespace twbench

#include "render/ciscoios/CiscoIosTroubleshooting.h"

#include "render/FileHeader.h"
#include "render/TextBuilder.h"
#include "render/ciscoios/CiscoIosConfig.h"

namespace tw::ciscoios {
namespace {

class Text final {
public:
    void line(const QString &l = QString()) { m_out << l << u'\n'; }
    void cmd(const QString &c) { m_out << "    " << c << u'\n'; }
    void note(const QString &n) { m_out << "      " << n << u'\n'; }
    void raw(const QString &s) { m_out << s; }
    QByteArray bytes() { return m_out.take().toUtf8(); }

private:
    TextBuilder m_out{8192}; // a sheet is a few kB: no growing step by step
};

QString pingCommand(const CiscoIosPlan &p)
{
    const QString source = p.lanInterface ? *p.lanInterface : QStringLiteral("INTERFACE");
    return (p.ipv6 ? QStringLiteral("ping ipv6 %1 source %2") : QStringLiteral("ping %1 source %2")).arg(p.pingTarget, source);
}

void bringUp(const CiscoIosPlan &p, Text &t)
{
    t.line(QStringLiteral("1. Bring the tunnel up"));
    t.line(QStringLiteral("  A crypto map builds the tunnel when traffic matches access list %1. Send some from the router:")
               .arg(p.aclName));
    t.cmd(pingCommand(p));
    if (!p.lanInterface)
        t.note(QStringLiteral("(INTERFACE: the interface whose address lies in %1)").arg(p.localSubnets.join(QStringLiteral(", "))));
    t.note(QStringLiteral("Any host in %1 that answers ping will do; the first replies may be lost while the tunnel is built.")
               .arg(p.remoteSubnets.join(QStringLiteral(", "))));
    t.line();
}

void healthy(const CiscoIosPlan &p, Text &t)
{
    t.line(QStringLiteral("2. Is it up? What healthy output looks like"));
    if (p.ikev2) {
        t.cmd(QStringLiteral("show crypto ikev2 sa"));
        t.note(QStringLiteral("A line with remote %1/500 (/4500 behind NAT) and status READY: IKE is up.").arg(p.peerWan));
    } else {
        t.cmd(QStringLiteral("show crypto isakmp sa"));
        t.note(QStringLiteral("dst %1, src %2, state QM_IDLE, status ACTIVE: phase 1 is up.").arg(p.peerWan, p.localWan));
        t.note(QStringLiteral("MM_NO_STATE, MM_KEY_EXCH or AG_* that never turns into QM_IDLE: phase 1 fails (see 3)."));
    }
    if (p.ipv6) {
        t.cmd(QStringLiteral("show crypto ipsec sa"));
        t.note(QStringLiteral("In the entry for peer %1:").arg(p.peerWan));
    } else {
        t.cmd(QStringLiteral("show crypto ipsec sa peer ") + p.peerWan);
    }
    t.note(QStringLiteral("\"#pkts encaps\" and \"#pkts decaps\" both non-zero and growing while traffic flows;"));
    t.note(QStringLiteral("\"current outbound spi\" other than 0x0 (0x0 means phase 2 never completed)."));
    t.cmd(p.ipv6 ? QStringLiteral("show crypto session") : QStringLiteral("show crypto session remote ") + p.peerWan);
    t.note(QStringLiteral("\"Session status: UP-ACTIVE\" for %1.").arg(p.peerWan));
    t.cmd(QStringLiteral("show crypto map"));
    t.note(QStringLiteral("Entry %1 %2: peer %3, access list %4, transform sets %5%6, interface %7.")
               .arg(p.mapName)
               .arg(p.mapSequence)
               .arg(p.peerWan, p.aclName, p.transformSetList(),
                    p.pfs ? QStringLiteral(", PFS (Y/N): Y, DH group: ") + *p.pfs : QStringLiteral(", PFS (Y/N): N"),
                    p.wanInterface));
    t.cmd(p.ikev2 ? QStringLiteral("show crypto ikev2 proposal") : QStringLiteral("show crypto isakmp policy"));
    t.cmd(QStringLiteral("show crypto ipsec transform-set"));
    t.line();
}

void firstChecks(const CiscoIosPlan &p, Text &t)
{
    const QString remote = p.remoteSubnets.join(QStringLiteral(", "));
    const QString local = p.localSubnets.join(QStringLiteral(", "));
    t.line(QStringLiteral("3. First things to check"));
    t.line(QStringLiteral("  - Can the routers reach each other? `ping %1` from here. UDP 500%2 and ESP must pass every")
               .arg(p.peerWan, p.mayUseUdp4500 ? QStringLiteral(", UDP 4500") : QString()));
    t.line(QStringLiteral("    filter in between, including the inbound access list of %1 (see the Firewall block of %2.cfg).")
               .arg(p.wanInterface, CiscoIosConfig::fileBase(p)));
    t.line(QStringLiteral("  - Phase 1 never completes: the pre-shared key or the phase-1 algorithms differ. Re-render both"));
    t.line(QStringLiteral("    sides from one project instead of retyping a key by hand."));
    t.line(QStringLiteral("  - \"no proposal chosen\" in the debug: algorithms, PFS or lifetimes differ. PFS must match on both"));
    t.line(QStringLiteral("    sides: this link uses %1.").arg(p.pfs ? QStringLiteral("PFS ") + *p.pfs : QStringLiteral("no PFS")));
    t.line(QStringLiteral("  - encaps grows, decaps stays 0: packets leave encrypted but none come back. Check %1's NAT bypass,")
               .arg(p.peerName));
    t.line(QStringLiteral("    its firewall and its route back to %1.").arg(local));
    t.line(QStringLiteral("  - encaps stays 0: the traffic never reaches the crypto map. The route to %1 must leave via %2,")
               .arg(remote, p.wanInterface));
    if (p.ipv6)
        t.line(QStringLiteral("    and the access list %1 must match it.").arg(p.aclName));
    else
        t.line(QStringLiteral("    and NAT must not translate it first: `show ip nat translations` must list no tunnel traffic."));
    t.line(QStringLiteral("  - Another entry of %1 with a lower sequence number and an overlapping access list wins: `show crypto map`.")
               .arg(p.mapName));
    if (!p.ipv6)
        t.line(QStringLiteral("  - After any change: `clear crypto sa peer %1`; new SAs are built by the next packet.").arg(p.peerWan));
    t.line();
}

void debugging(const CiscoIosPlan &p, Text &t)
{
    t.line(QStringLiteral("4. Debug (output can be heavy: limit it to this peer, stop it right after)"));
    t.cmd(QStringLiteral("terminal monitor"));
    if (!p.ipv6)
        t.cmd(QStringLiteral("debug crypto condition peer ipv4 ") + p.peerWan);
    t.cmd(p.ikev2 ? QStringLiteral("debug crypto ikev2") : QStringLiteral("debug crypto isakmp"));
    t.cmd(QStringLiteral("debug crypto ipsec"));
    t.cmd(pingCommand(p));
    t.cmd(QStringLiteral("undebug all"));
    // undebug all keeps the condition: a later debug by someone else would show only this peer.
    if (!p.ipv6)
        t.cmd(QStringLiteral("no debug crypto condition peer ipv4 ") + p.peerWan);
    t.cmd(QStringLiteral("terminal no monitor"));
    t.line();
}

void capture(const CiscoIosPlan &p, Text &t)
{
    const QString acl = captureAclName(p.linkName);
    const QString file = QStringLiteral("tw-") + p.linkName + QStringLiteral(".pcap");
    const QString peer = QStringLiteral("host ") + p.peerWan, own = QStringLiteral("host ") + p.localWan;
    t.line(QStringLiteral("5. Packet capture (Embedded Packet Capture), on %1").arg(p.wanInterface));
    t.line(QStringLiteral("  An access list matching only the packets between the two routers (IKE, NAT-T, ESP):"));
    t.cmd(QStringLiteral("configure terminal"));
    t.cmd(p.ipv6 ? QStringLiteral("ipv6 access-list ") + acl : QStringLiteral("ip access-list extended ") + acl);
    t.cmd(QStringLiteral(" permit udp %1 %2").arg(peer, own));
    t.cmd(QStringLiteral(" permit udp %1 %2").arg(own, peer));
    t.cmd(QStringLiteral(" permit esp %1 %2").arg(peer, own));
    t.cmd(QStringLiteral(" permit esp %1 %2").arg(own, peer));
    t.cmd(QStringLiteral("end"));
    t.line(QStringLiteral("  IOS-XE (16.x and later):"));
    t.cmd(QStringLiteral("monitor capture TW-CAP interface %1 both").arg(p.wanInterface));
    t.cmd(QStringLiteral("monitor capture TW-CAP access-list ") + acl);
    t.cmd(QStringLiteral("monitor capture TW-CAP buffer size 10"));
    t.cmd(QStringLiteral("monitor capture TW-CAP start"));
    t.cmd(pingCommand(p));
    t.cmd(QStringLiteral("monitor capture TW-CAP stop"));
    t.cmd(QStringLiteral("show monitor capture TW-CAP buffer brief"));
    t.cmd(QStringLiteral("monitor capture TW-CAP export flash:") + file);
    t.cmd(QStringLiteral("no monitor capture TW-CAP"));
    t.line(QStringLiteral("  IOS 15.x:"));
    const QString point = QStringLiteral("monitor capture point %1 cef TW-POINT %2 both")
                              .arg(p.ipv6 ? QStringLiteral("ipv6") : QStringLiteral("ip"), p.wanInterface);
    t.cmd(QStringLiteral("monitor capture buffer TW-BUF size 2048 max-size 1518 linear"));
    t.cmd(QStringLiteral("monitor capture buffer TW-BUF filter access-list ") + acl);
    t.cmd(point);
    t.cmd(QStringLiteral("monitor capture point associate TW-POINT TW-BUF"));
    t.cmd(QStringLiteral("monitor capture point start TW-POINT"));
    t.cmd(pingCommand(p));
    t.cmd(QStringLiteral("monitor capture point stop TW-POINT"));
    t.cmd(QStringLiteral("show monitor capture buffer TW-BUF dump"));
    t.cmd(QStringLiteral("monitor capture buffer TW-BUF export tftp://SERVER/") + file);
    t.cmd(QStringLiteral("no ") + point);
    t.cmd(QStringLiteral("no monitor capture buffer TW-BUF"));
    t.line(QStringLiteral("  Then remove the access list:"));
    t.cmd(QStringLiteral("configure terminal"));
    t.cmd(p.ipv6 ? QStringLiteral("no ipv6 access-list ") + acl : QStringLiteral("no ip access-list extended ") + acl);
    t.cmd(QStringLiteral("end"));
    t.line(QStringLiteral("  Reading it: UDP 500 (then UDP 4500 once a NAT is detected) is IKE; ESP (IP protocol 50), or ESP"));
    t.line(QStringLiteral("  inside UDP 4500, is tunnel traffic. Healthy: one ESP packet each way per ping. Only outgoing ESP:"));
    t.line(QStringLiteral("  the peer drops or never answers (see 3). No ESP at all: the ping never matched %1.").arg(p.aclName));
    if (!p.ipv6)
        t.line(QStringLiteral("  Aside, on an ASA: capture TW interface outside match ip host %1 host %2").arg(p.peerWan, p.localWan));
}

} // namespace

QByteArray CiscoIosTroubleshooting::render(const CiscoIosPlan &p)
{
    Text t;
    FileHeader h;
    h.title = QStringLiteral("IPsec site-to-site, Cisco IOS side: troubleshooting");
    h.facts = CiscoIosConfig::headerFacts(p);
    h.instructions = {QStringLiteral("Commands for exec mode (after `enable`) unless a step enters `configure terminal`."),
                      QStringLiteral("This file holds no key; the configuration is %1.cfg.").arg(CiscoIosConfig::fileBase(p))};
    t.raw(renderHeader(h, QStringLiteral("! ")));
    bringUp(p, t);
    healthy(p, t);
    firstChecks(p, t);
    debugging(p, t);
    capture(p, t);
    return t.bytes();
}

} // namespace tw::ciscoios

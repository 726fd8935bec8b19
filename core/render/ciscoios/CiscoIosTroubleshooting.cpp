#include "render/ciscoios/CiscoIosTroubleshooting.h"

#include "render/FileHeader.h"
#include "render/ciscoios/CiscoIosConfig.h"
#include "render/ciscoios/CiscoIosText.h"

namespace tw::ciscoios {
namespace {

using Args = std::initializer_list<QStringView>;

void pingCommand(const CiscoIosPlan &p, CiscoIosText &t)
{
    t.lines(p.ipv6 ? FillPattern("    ping ipv6 %1 source %2\n") : FillPattern("    ping %1 source %2\n"),
            {p.pingTarget, p.lanInterface ? QStringView(*p.lanInterface) : u"INTERFACE"});
}

void bringUp(const CiscoIosPlan &p, CiscoIosText &t)
{
    t.lines("1. Bring the tunnel up\n"
            "  A crypto map builds the tunnel when traffic matches access list %1. Send some from the router:\n",
            {p.aclName});
    pingCommand(p, t);
    if (!p.lanInterface)
        t.lines("      (INTERFACE: the interface whose address lies in %1)\n", {p.localSubnets});
    t.lines("      Any host in %1 that answers ping will do; the first replies may be lost while the tunnel is built.\n"
            "\n",
            {p.remoteSubnets});
}

void healthy(const CiscoIosPlan &p, CiscoIosText &t)
{
    t.lines("2. Is it up? What healthy output looks like\n");
    if (p.ikev2) {
        t.lines("    show crypto ikev2 sa\n"
                "      A line with remote %1/500 (/4500 behind NAT) and status READY: IKE is up.\n",
                {p.peerWan});
    } else {
        t.lines("    show crypto isakmp sa\n"
                "      dst %1, src %2, state QM_IDLE, status ACTIVE: phase 1 is up.\n"
                "      MM_NO_STATE, MM_KEY_EXCH or AG_* that never turns into QM_IDLE: phase 1 fails (see 3).\n",
                {p.peerWan, p.localWan});
    }
    if (p.ipv6) {
        t.lines("    show crypto ipsec sa\n"
                "      In the entry for peer %1:\n",
                {p.peerWan});
    } else {
        t.lines("    show crypto ipsec sa peer %1\n", {p.peerWan});
    }
    t.lines("      \"#pkts encaps\" and \"#pkts decaps\" both non-zero and growing while traffic flows;\n"
            "      \"current outbound spi\" other than 0x0 (0x0 means phase 2 never completed).\n");
    if (p.ipv6)
        t.lines("    show crypto session\n");
    else
        t.lines("    show crypto session remote %1\n", {p.peerWan});
    const QString pfs = p.pfs ? QStringLiteral("Y, DH group: ") + *p.pfs : QStringLiteral("N");
    t.lines("      \"Session status: UP-ACTIVE\" for %1.\n"
            "    show crypto map\n"
            "      Entry %2 %3: peer %1, access list %4, transform sets %5, PFS (Y/N): %6, interface %7.\n"
            "    %8\n"
            "    show crypto ipsec transform-set\n"
            "\n",
            {p.peerWan, p.mapName, NumberText(p.mapSequence), p.aclName, p.transformSetNames, pfs, p.wanInterface,
             p.ikev2 ? u"show crypto ikev2 proposal" : u"show crypto isakmp policy"});
}

void firstChecks(const CiscoIosPlan &p, CiscoIosText &t)
{
    t.lines("3. First things to check\n"
            "  - Can the routers reach each other? `ping %1` from here. UDP 500%2 and ESP must pass every\n"
            "    filter in between, including the inbound access list of %3 (see the Firewall block of %4.cfg).\n"
            "  - Phase 1 never completes: the pre-shared key or the phase-1 algorithms differ. Re-render both\n"
            "    sides from one project instead of retyping a key by hand.\n"
            "  - \"no proposal chosen\" in the debug: algorithms, PFS or lifetimes differ. PFS must match on both\n",
            {p.peerWan, p.mayUseUdp4500 ? u", UDP 4500" : u"", p.wanInterface, p.fileBase});
    if (p.pfs)
        t.lines("    sides: this link uses PFS %1.\n", {*p.pfs});
    else
        t.lines("    sides: this link uses no PFS.\n");
    t.lines("  - encaps grows, decaps stays 0: packets leave encrypted but none come back. Check %1's NAT bypass,\n"
            "    its firewall and its route back to %2.\n"
            "  - encaps stays 0: the traffic never reaches the crypto map. The route to %3 must leave via %4,\n",
            {p.peerName, p.localSubnets, p.remoteSubnets, p.wanInterface});
    if (p.ipv6)
        t.lines("    and the access list %1 must match it.\n", {p.aclName});
    else
        t.lines("    and NAT must not translate it first: `show ip nat translations` must list no tunnel traffic.\n");
    t.lines("  - Another entry of %1 with a lower sequence number and an overlapping access list wins: `show crypto map`.\n",
            {p.mapName});
    if (!p.ipv6)
        t.lines("  - After any change: `clear crypto sa peer %1`; new SAs are built by the next packet.\n", {p.peerWan});
    t.lines("\n");
}

void debugging(const CiscoIosPlan &p, CiscoIosText &t)
{
    t.lines("4. Debug (output can be heavy: limit it to this peer, stop it right after)\n"
            "    terminal monitor\n");
    if (!p.ipv6)
        t.lines("    debug crypto condition peer ipv4 %1\n", {p.peerWan});
    t.lines("    %1\n"
            "    debug crypto ipsec\n",
            {p.ikev2 ? u"debug crypto ikev2" : u"debug crypto isakmp"});
    pingCommand(p, t);
    t.lines("    undebug all\n");
    // undebug all keeps the condition: a later debug by someone else would show only this peer.
    if (!p.ipv6)
        t.lines("    no debug crypto condition peer ipv4 %1\n", {p.peerWan});
    t.lines("    terminal no monitor\n"
            "\n");
}

void capture(const CiscoIosPlan &p, CiscoIosText &t)
{
    const JoinedText acl = captureAclName(p.linkName);
    const QStringView family = p.ipv6 ? u"ipv6" : u"ip";
    t.lines("5. Packet capture (Embedded Packet Capture), on %1\n"
            "  An access list matching only the packets between the two routers (IKE, NAT-T, ESP):\n"
            "    configure terminal\n"
            "    %2 %3\n"
            "     permit udp host %4 host %5\n"
            "     permit udp host %5 host %4\n",
            {p.wanInterface, p.aclKeyword(), acl, p.peerWan, p.localWan});
    t.lines("     permit esp host %1 host %2\n"
            "     permit esp host %2 host %1\n"
            "    end\n"
            "  IOS-XE (16.x and later):\n"
            "    monitor capture TW-CAP interface %3 both\n"
            "    monitor capture TW-CAP access-list %4\n"
            "    monitor capture TW-CAP buffer size 10\n"
            "    monitor capture TW-CAP start\n",
            {p.peerWan, p.localWan, p.wanInterface, acl});
    pingCommand(p, t);
    t.lines("    monitor capture TW-CAP stop\n"
            "    show monitor capture TW-CAP buffer brief\n"
            "    monitor capture TW-CAP export flash:tw-%1.pcap\n"
            "    no monitor capture TW-CAP\n"
            "  IOS 15.x:\n"
            "    monitor capture buffer TW-BUF size 2048 max-size 1518 linear\n"
            "    monitor capture buffer TW-BUF filter access-list %2\n"
            "    monitor capture point %3 cef TW-POINT %4 both\n"
            "    monitor capture point associate TW-POINT TW-BUF\n"
            "    monitor capture point start TW-POINT\n",
            {p.linkName, acl, family, p.wanInterface});
    pingCommand(p, t);
    t.lines("    monitor capture point stop TW-POINT\n"
            "    show monitor capture buffer TW-BUF dump\n"
            "    monitor capture buffer TW-BUF export tftp://SERVER/tw-%1.pcap\n"
            "    no monitor capture point %2 cef TW-POINT %3 both\n"
            "    no monitor capture buffer TW-BUF\n"
            "  Then remove the access list:\n"
            "    configure terminal\n"
            "    no %4 %5\n"
            "    end\n"
            "  Reading it: UDP 500 (then UDP 4500 once a NAT is detected) is IKE; ESP (IP protocol 50), or ESP\n"
            "  inside UDP 4500, is tunnel traffic. Healthy: one ESP packet each way per ping. Only outgoing ESP:\n"
            "  the peer drops or never answers (see 3). No ESP at all: the ping never matched %6.\n",
            {p.linkName, family, p.wanInterface, p.aclKeyword(), acl, p.aclName});
    if (!p.ipv6)
        t.lines("  Aside, on an ASA: capture TW interface outside match ip host %1 host %2\n", {p.peerWan, p.localWan});
}

} // namespace

QByteArray CiscoIosTroubleshooting::render(const CiscoIosPlan &p)
{
    CiscoIosText t;
    FileHeader h = t.header("IPsec site-to-site, Cisco IOS side: troubleshooting");
    h.facts(p.headerFacts);
    h.instructions("! Commands for exec mode (after `enable`) unless a step enters `configure terminal`.\n"
                   "! This file holds no key; the configuration is %1.cfg.\n",
                   {p.fileBase});
    h.end();
    bringUp(p, t);
    healthy(p, t);
    firstChecks(p, t);
    debugging(p, t);
    capture(p, t);
    return t.bytes();
}

} // namespace tw::ciscoios

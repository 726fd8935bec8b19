#include "render/ciscoios/CiscoIosTroubleshooting.h"

#include "render/FileHeader.h"
#include "render/TextBuilder.h"
#include "render/ciscoios/CiscoIosConfig.h"

namespace tw::ciscoios {
namespace {

using Args = std::initializer_list<QStringView>;

// Lines of the sheet: headings and prose (line), commands to type (cmd) and what they show
// (note). With arguments, a line is a TextBuilder::fill pattern; without, it is written as it is.
class Text final {
public:
    void line(std::string_view l = {}) { m_out << l << '\n'; }
    void line(FillPattern pattern, Args args) { m_out.fill(pattern, args) << '\n'; }
    void cmd(std::string_view c) { m_out << "    " << c << '\n'; }
    void cmd(FillPattern pattern, Args args) { m_out << "    "; m_out.fill(pattern, args) << '\n'; }
    void note(std::string_view n) { m_out << "      " << n << '\n'; }
    void note(FillPattern pattern, Args args) { m_out << "      "; m_out.fill(pattern, args) << '\n'; }
    // Starts the sheet with its header ("! " comments), which the caller completes and ends.
    FileHeader header(FillPattern title) { return FileHeader(m_out, "! ", title); }
    QByteArray bytes() { return m_out.take(); }

private:
    TextBuilder m_out{8192}; // a sheet is a few kB: no growing step by step
};

void pingCommand(const CiscoIosPlan &p, Text &t)
{
    t.cmd(p.ipv6 ? FillPattern("ping ipv6 %1 source %2") : FillPattern("ping %1 source %2"),
          {p.pingTarget, p.lanInterface ? QStringView(*p.lanInterface) : u"INTERFACE"});
}

void bringUp(const CiscoIosPlan &p, Text &t)
{
    t.line("1. Bring the tunnel up");
    t.line("  A crypto map builds the tunnel when traffic matches access list %1. Send some from the router:", {p.aclName});
    pingCommand(p, t);
    if (!p.lanInterface)
        t.note("(INTERFACE: the interface whose address lies in %1)", {p.localSubnets});
    t.note("Any host in %1 that answers ping will do; the first replies may be lost while the tunnel is built.",
           {p.remoteSubnets});
    t.line();
}

void healthy(const CiscoIosPlan &p, Text &t)
{
    t.line("2. Is it up? What healthy output looks like");
    if (p.ikev2) {
        t.cmd("show crypto ikev2 sa");
        t.note("A line with remote %1/500 (/4500 behind NAT) and status READY: IKE is up.", {p.peerWan});
    } else {
        t.cmd("show crypto isakmp sa");
        t.note("dst %1, src %2, state QM_IDLE, status ACTIVE: phase 1 is up.", {p.peerWan, p.localWan});
        t.note("MM_NO_STATE, MM_KEY_EXCH or AG_* that never turns into QM_IDLE: phase 1 fails (see 3).");
    }
    if (p.ipv6) {
        t.cmd("show crypto ipsec sa");
        t.note("In the entry for peer %1:", {p.peerWan});
    } else {
        t.cmd("show crypto ipsec sa peer %1", {p.peerWan});
    }
    t.note("\"#pkts encaps\" and \"#pkts decaps\" both non-zero and growing while traffic flows;");
    t.note("\"current outbound spi\" other than 0x0 (0x0 means phase 2 never completed).");
    if (p.ipv6)
        t.cmd("show crypto session");
    else
        t.cmd("show crypto session remote %1", {p.peerWan});
    t.note("\"Session status: UP-ACTIVE\" for %1.", {p.peerWan});
    t.cmd("show crypto map");
    const QString pfs = p.pfs ? QStringLiteral("Y, DH group: ") + *p.pfs : QStringLiteral("N");
    t.note("Entry %1 %2: peer %3, access list %4, transform sets %5, PFS (Y/N): %6, interface %7.",
           {p.mapName, NumberText(p.mapSequence), p.peerWan, p.aclName, p.transformSetList(), pfs, p.wanInterface});
    t.cmd(p.ikev2 ? "show crypto ikev2 proposal" : "show crypto isakmp policy");
    t.cmd("show crypto ipsec transform-set");
    t.line();
}

void firstChecks(const CiscoIosPlan &p, Text &t)
{
    t.line("3. First things to check");
    t.line("  - Can the routers reach each other? `ping %1` from here. UDP 500%2 and ESP must pass every",
           {p.peerWan, p.mayUseUdp4500 ? u", UDP 4500" : u""});
    t.line("    filter in between, including the inbound access list of %1 (see the Firewall block of %2.cfg).",
           {p.wanInterface, CiscoIosConfig::fileBase(p)});
    t.line("  - Phase 1 never completes: the pre-shared key or the phase-1 algorithms differ. Re-render both");
    t.line("    sides from one project instead of retyping a key by hand.");
    t.line("  - \"no proposal chosen\" in the debug: algorithms, PFS or lifetimes differ. PFS must match on both");
    if (p.pfs)
        t.line("    sides: this link uses PFS %1.", {*p.pfs});
    else
        t.line("    sides: this link uses no PFS.");
    t.line("  - encaps grows, decaps stays 0: packets leave encrypted but none come back. Check %1's NAT bypass,",
           {p.peerName});
    t.line("    its firewall and its route back to %1.", {p.localSubnets});
    t.line("  - encaps stays 0: the traffic never reaches the crypto map. The route to %1 must leave via %2,",
           {p.remoteSubnets, p.wanInterface});
    if (p.ipv6)
        t.line("    and the access list %1 must match it.", {p.aclName});
    else
        t.line("    and NAT must not translate it first: `show ip nat translations` must list no tunnel traffic.");
    t.line("  - Another entry of %1 with a lower sequence number and an overlapping access list wins: `show crypto map`.",
           {p.mapName});
    if (!p.ipv6)
        t.line("  - After any change: `clear crypto sa peer %1`; new SAs are built by the next packet.", {p.peerWan});
    t.line();
}

void debugging(const CiscoIosPlan &p, Text &t)
{
    t.line("4. Debug (output can be heavy: limit it to this peer, stop it right after)");
    t.cmd("terminal monitor");
    if (!p.ipv6)
        t.cmd("debug crypto condition peer ipv4 %1", {p.peerWan});
    t.cmd(p.ikev2 ? "debug crypto ikev2" : "debug crypto isakmp");
    t.cmd("debug crypto ipsec");
    pingCommand(p, t);
    t.cmd("undebug all");
    // undebug all keeps the condition: a later debug by someone else would show only this peer.
    if (!p.ipv6)
        t.cmd("no debug crypto condition peer ipv4 %1", {p.peerWan});
    t.cmd("terminal no monitor");
    t.line();
}

void capture(const CiscoIosPlan &p, Text &t)
{
    const QString acl = captureAclName(p.linkName);
    t.line("5. Packet capture (Embedded Packet Capture), on %1", {p.wanInterface});
    t.line("  An access list matching only the packets between the two routers (IKE, NAT-T, ESP):");
    t.cmd("configure terminal");
    t.cmd("%1 %2", {p.aclKeyword(), acl});
    t.cmd(" permit udp host %1 host %2", {p.peerWan, p.localWan});
    t.cmd(" permit udp host %1 host %2", {p.localWan, p.peerWan});
    t.cmd(" permit esp host %1 host %2", {p.peerWan, p.localWan});
    t.cmd(" permit esp host %1 host %2", {p.localWan, p.peerWan});
    t.cmd("end");
    t.line("  IOS-XE (16.x and later):");
    t.cmd("monitor capture TW-CAP interface %1 both", {p.wanInterface});
    t.cmd("monitor capture TW-CAP access-list %1", {acl});
    t.cmd("monitor capture TW-CAP buffer size 10");
    t.cmd("monitor capture TW-CAP start");
    pingCommand(p, t);
    t.cmd("monitor capture TW-CAP stop");
    t.cmd("show monitor capture TW-CAP buffer brief");
    t.cmd("monitor capture TW-CAP export flash:tw-%1.pcap", {p.linkName});
    t.cmd("no monitor capture TW-CAP");
    t.line("  IOS 15.x:");
    const QStringView family = p.ipv6 ? u"ipv6" : u"ip";
    t.cmd("monitor capture buffer TW-BUF size 2048 max-size 1518 linear");
    t.cmd("monitor capture buffer TW-BUF filter access-list %1", {acl});
    t.cmd("monitor capture point %1 cef TW-POINT %2 both", {family, p.wanInterface});
    t.cmd("monitor capture point associate TW-POINT TW-BUF");
    t.cmd("monitor capture point start TW-POINT");
    pingCommand(p, t);
    t.cmd("monitor capture point stop TW-POINT");
    t.cmd("show monitor capture buffer TW-BUF dump");
    t.cmd("monitor capture buffer TW-BUF export tftp://SERVER/tw-%1.pcap", {p.linkName});
    t.cmd("no monitor capture point %1 cef TW-POINT %2 both", {family, p.wanInterface});
    t.cmd("no monitor capture buffer TW-BUF");
    t.line("  Then remove the access list:");
    t.cmd("configure terminal");
    t.cmd("no %1 %2", {p.aclKeyword(), acl});
    t.cmd("end");
    t.line("  Reading it: UDP 500 (then UDP 4500 once a NAT is detected) is IKE; ESP (IP protocol 50), or ESP");
    t.line("  inside UDP 4500, is tunnel traffic. Healthy: one ESP packet each way per ping. Only outgoing ESP:");
    t.line("  the peer drops or never answers (see 3). No ESP at all: the ping never matched %1.", {p.aclName});
    if (!p.ipv6)
        t.line("  Aside, on an ASA: capture TW interface outside match ip host %1 host %2", {p.peerWan, p.localWan});
}

} // namespace

QByteArray CiscoIosTroubleshooting::render(const CiscoIosPlan &p)
{
    Text t;
    FileHeader h = t.header("IPsec site-to-site, Cisco IOS side: troubleshooting");
    h.facts(p.headerFacts);
    h.instruction("Commands for exec mode (after `enable`) unless a step enters `configure terminal`.");
    h.instruction("This file holds no key; the configuration is %1.cfg.", {CiscoIosConfig::fileBase(p)});
    h.end();
    bringUp(p, t);
    healthy(p, t);
    firstChecks(p, t);
    debugging(p, t);
    capture(p, t);
    return t.bytes();
}

} // namespace tw::ciscoios

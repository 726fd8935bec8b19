#include "render/ciscoios/CiscoIosTroubleshooting.h"

#include "render/FileHeader.h"
#include "render/TextBuilder.h"
#include "render/ciscoios/CiscoIosConfig.h"

namespace tw::ciscoios {
namespace {

using namespace Qt::StringLiterals; // u"..."_s: a QString whose length is known when compiled
using Args = std::initializer_list<QStringView>;

// Lines of the sheet: headings and prose (line), commands to type (cmd) and what they show
// (note). With arguments, a line is a TextBuilder::fill pattern; without, it is written as it is.
class Text final {
public:
    void line(QStringView l = {}) { m_out << l << u'\n'; }
    void line(QStringView pattern, Args args) { m_out.fill(pattern, args) << u'\n'; }
    void cmd(QStringView c) { m_out << "    " << c << u'\n'; }
    void cmd(QStringView pattern, Args args) { m_out << "    "; m_out.fill(pattern, args) << u'\n'; }
    void note(QStringView n) { m_out << "      " << n << u'\n'; }
    void note(QStringView pattern, Args args) { m_out << "      "; m_out.fill(pattern, args) << u'\n'; }
    void raw(const QString &s) { m_out << s; }
    QByteArray bytes() { return m_out.take().toUtf8(); }

private:
    TextBuilder m_out{8192}; // a sheet is a few kB: no growing step by step
};

void pingCommand(const CiscoIosPlan &p, Text &t)
{
    t.cmd(p.ipv6 ? u"ping ipv6 %1 source %2" : u"ping %1 source %2",
          {p.pingTarget, p.lanInterface ? QStringView(*p.lanInterface) : u"INTERFACE"});
}

void bringUp(const CiscoIosPlan &p, Text &t)
{
    t.line(u"1. Bring the tunnel up"_s);
    t.line(u"  A crypto map builds the tunnel when traffic matches access list %1. Send some from the router:"_s, {p.aclName});
    pingCommand(p, t);
    if (!p.lanInterface)
        t.note(u"(INTERFACE: the interface whose address lies in %1)"_s, {p.localSubnets});
    t.note(u"Any host in %1 that answers ping will do; the first replies may be lost while the tunnel is built."_s,
           {p.remoteSubnets});
    t.line();
}

void healthy(const CiscoIosPlan &p, Text &t)
{
    t.line(u"2. Is it up? What healthy output looks like"_s);
    if (p.ikev2) {
        t.cmd(u"show crypto ikev2 sa"_s);
        t.note(u"A line with remote %1/500 (/4500 behind NAT) and status READY: IKE is up."_s, {p.peerWan});
    } else {
        t.cmd(u"show crypto isakmp sa"_s);
        t.note(u"dst %1, src %2, state QM_IDLE, status ACTIVE: phase 1 is up."_s, {p.peerWan, p.localWan});
        t.note(u"MM_NO_STATE, MM_KEY_EXCH or AG_* that never turns into QM_IDLE: phase 1 fails (see 3)."_s);
    }
    if (p.ipv6) {
        t.cmd(u"show crypto ipsec sa"_s);
        t.note(u"In the entry for peer %1:"_s, {p.peerWan});
    } else {
        t.cmd(u"show crypto ipsec sa peer %1"_s, {p.peerWan});
    }
    t.note(u"\"#pkts encaps\" and \"#pkts decaps\" both non-zero and growing while traffic flows;"_s);
    t.note(u"\"current outbound spi\" other than 0x0 (0x0 means phase 2 never completed)."_s);
    if (p.ipv6)
        t.cmd(u"show crypto session"_s);
    else
        t.cmd(u"show crypto session remote %1"_s, {p.peerWan});
    t.note(u"\"Session status: UP-ACTIVE\" for %1."_s, {p.peerWan});
    t.cmd(u"show crypto map"_s);
    const QString pfs = p.pfs ? QStringLiteral("Y, DH group: ") + *p.pfs : QStringLiteral("N");
    t.note(u"Entry %1 %2: peer %3, access list %4, transform sets %5, PFS (Y/N): %6, interface %7."_s,
           {p.mapName, NumberText(p.mapSequence), p.peerWan, p.aclName, p.transformSetList(), pfs, p.wanInterface});
    t.cmd(p.ikev2 ? u"show crypto ikev2 proposal" : u"show crypto isakmp policy");
    t.cmd(u"show crypto ipsec transform-set"_s);
    t.line();
}

void firstChecks(const CiscoIosPlan &p, Text &t)
{
    t.line(u"3. First things to check"_s);
    t.line(u"  - Can the routers reach each other? `ping %1` from here. UDP 500%2 and ESP must pass every"_s,
           {p.peerWan, p.mayUseUdp4500 ? u", UDP 4500" : u""});
    t.line(u"    filter in between, including the inbound access list of %1 (see the Firewall block of %2.cfg)."_s,
           {p.wanInterface, CiscoIosConfig::fileBase(p)});
    t.line(u"  - Phase 1 never completes: the pre-shared key or the phase-1 algorithms differ. Re-render both"_s);
    t.line(u"    sides from one project instead of retyping a key by hand."_s);
    t.line(u"  - \"no proposal chosen\" in the debug: algorithms, PFS or lifetimes differ. PFS must match on both"_s);
    if (p.pfs)
        t.line(u"    sides: this link uses PFS %1."_s, {*p.pfs});
    else
        t.line(u"    sides: this link uses no PFS."_s);
    t.line(u"  - encaps grows, decaps stays 0: packets leave encrypted but none come back. Check %1's NAT bypass,"_s,
           {p.peerName});
    t.line(u"    its firewall and its route back to %1."_s, {p.localSubnets});
    t.line(u"  - encaps stays 0: the traffic never reaches the crypto map. The route to %1 must leave via %2,"_s,
           {p.remoteSubnets, p.wanInterface});
    if (p.ipv6)
        t.line(u"    and the access list %1 must match it."_s, {p.aclName});
    else
        t.line(u"    and NAT must not translate it first: `show ip nat translations` must list no tunnel traffic."_s);
    t.line(u"  - Another entry of %1 with a lower sequence number and an overlapping access list wins: `show crypto map`."_s,
           {p.mapName});
    if (!p.ipv6)
        t.line(u"  - After any change: `clear crypto sa peer %1`; new SAs are built by the next packet."_s, {p.peerWan});
    t.line();
}

void debugging(const CiscoIosPlan &p, Text &t)
{
    t.line(u"4. Debug (output can be heavy: limit it to this peer, stop it right after)"_s);
    t.cmd(u"terminal monitor"_s);
    if (!p.ipv6)
        t.cmd(u"debug crypto condition peer ipv4 %1"_s, {p.peerWan});
    t.cmd(p.ikev2 ? u"debug crypto ikev2" : u"debug crypto isakmp");
    t.cmd(u"debug crypto ipsec"_s);
    pingCommand(p, t);
    t.cmd(u"undebug all"_s);
    // undebug all keeps the condition: a later debug by someone else would show only this peer.
    if (!p.ipv6)
        t.cmd(u"no debug crypto condition peer ipv4 %1"_s, {p.peerWan});
    t.cmd(u"terminal no monitor"_s);
    t.line();
}

void capture(const CiscoIosPlan &p, Text &t)
{
    const QString acl = captureAclName(p.linkName);
    t.line(u"5. Packet capture (Embedded Packet Capture), on %1"_s, {p.wanInterface});
    t.line(u"  An access list matching only the packets between the two routers (IKE, NAT-T, ESP):"_s);
    t.cmd(u"configure terminal"_s);
    t.cmd(u"%1 %2"_s, {p.aclKeyword(), acl});
    t.cmd(u" permit udp host %1 host %2"_s, {p.peerWan, p.localWan});
    t.cmd(u" permit udp host %1 host %2"_s, {p.localWan, p.peerWan});
    t.cmd(u" permit esp host %1 host %2"_s, {p.peerWan, p.localWan});
    t.cmd(u" permit esp host %1 host %2"_s, {p.localWan, p.peerWan});
    t.cmd(u"end"_s);
    t.line(u"  IOS-XE (16.x and later):"_s);
    t.cmd(u"monitor capture TW-CAP interface %1 both"_s, {p.wanInterface});
    t.cmd(u"monitor capture TW-CAP access-list %1"_s, {acl});
    t.cmd(u"monitor capture TW-CAP buffer size 10"_s);
    t.cmd(u"monitor capture TW-CAP start"_s);
    pingCommand(p, t);
    t.cmd(u"monitor capture TW-CAP stop"_s);
    t.cmd(u"show monitor capture TW-CAP buffer brief"_s);
    t.cmd(u"monitor capture TW-CAP export flash:tw-%1.pcap"_s, {p.linkName});
    t.cmd(u"no monitor capture TW-CAP"_s);
    t.line(u"  IOS 15.x:"_s);
    const QStringView family = p.ipv6 ? u"ipv6" : u"ip";
    t.cmd(u"monitor capture buffer TW-BUF size 2048 max-size 1518 linear"_s);
    t.cmd(u"monitor capture buffer TW-BUF filter access-list %1"_s, {acl});
    t.cmd(u"monitor capture point %1 cef TW-POINT %2 both"_s, {family, p.wanInterface});
    t.cmd(u"monitor capture point associate TW-POINT TW-BUF"_s);
    t.cmd(u"monitor capture point start TW-POINT"_s);
    pingCommand(p, t);
    t.cmd(u"monitor capture point stop TW-POINT"_s);
    t.cmd(u"show monitor capture buffer TW-BUF dump"_s);
    t.cmd(u"monitor capture buffer TW-BUF export tftp://SERVER/tw-%1.pcap"_s, {p.linkName});
    t.cmd(u"no monitor capture point %1 cef TW-POINT %2 both"_s, {family, p.wanInterface});
    t.cmd(u"no monitor capture buffer TW-BUF"_s);
    t.line(u"  Then remove the access list:"_s);
    t.cmd(u"configure terminal"_s);
    t.cmd(u"no %1 %2"_s, {p.aclKeyword(), acl});
    t.cmd(u"end"_s);
    t.line(u"  Reading it: UDP 500 (then UDP 4500 once a NAT is detected) is IKE; ESP (IP protocol 50), or ESP"_s);
    t.line(u"  inside UDP 4500, is tunnel traffic. Healthy: one ESP packet each way per ping. Only outgoing ESP:"_s);
    t.line(u"  the peer drops or never answers (see 3). No ESP at all: the ping never matched %1."_s, {p.aclName});
    if (!p.ipv6)
        t.line(u"  Aside, on an ASA: capture TW interface outside match ip host %1 host %2"_s, {p.peerWan, p.localWan});
}

} // namespace

QByteArray CiscoIosTroubleshooting::render(const CiscoIosPlan &p)
{
    Text t;
    FileHeader h;
    h.title = QStringLiteral("IPsec site-to-site, Cisco IOS side: troubleshooting");
    h.facts = p.headerFacts;
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

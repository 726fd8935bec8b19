#include "render/ciscoios/CiscoIosConfig.h"

#include "render/FileHeader.h"
#include "render/TextBuilder.h"

#include <algorithm>

namespace tw::ciscoios {
namespace {

using Args = std::initializer_list<QStringView>;

// Config text, one line at a time. Sub-mode lines carry their leading space in the caller, as
// `show running-config` prints them. A line with arguments is a TextBuilder::fill pattern; a
// line without is written as it is.
class Text final {
public:
    void line(std::string_view l) { m_out << l << '\n'; }
    void line(FillPattern pattern, Args args) { m_out.fill(pattern, args) << '\n'; }
    void comment(std::string_view c) { m_out << "! " << c << '\n'; }
    void comment(FillPattern pattern, Args args)
    {
        m_out << "! ";
        m_out.fill(pattern, args) << '\n';
    }
    void separator() { m_out << "!\n"; }
    // Starts the text with its header ("! " comments), which the caller completes and ends.
    FileHeader header(FillPattern title) { return FileHeader(m_out, "! ", title); }
    QByteArray bytes() { return m_out.take(); }

private:
    TextBuilder m_out{8192}; // a config is a few kB: no growing step by step
};

// `crypto isakmp key` / `no crypto isakmp key`: IPv6 peers take `address ipv6 X/128` (public IOS 15
// lab configs with `crypto map ipv6`). no-xauth only exists on the IPv4 form as far as verified.
void isakmpKeyLine(const CiscoIosPlan &p, bool remove, Text &t)
{
    const Args args{p.psk, p.peerWan};
    if (p.ipv6)
        t.line(remove ? FillPattern("no crypto isakmp key %1 address ipv6 %2/128")
                      : FillPattern("crypto isakmp key %1 address ipv6 %2/128"),
               args);
    else
        t.line(remove ? FillPattern("no crypto isakmp key %1 address %2")
                      : FillPattern("crypto isakmp key %1 address %2 no-xauth"),
               args);
}


// " ipv6" in IPv6 crypto map lines ("crypto map ipv6 TW-MAP6 10"), nothing in IPv4 ones: the
// patterns put it right after "crypto map", without a space of their own.
QStringView ipv6Infix(const CiscoIosPlan &p) { return p.ipv6 ? QStringView(u" ipv6") : QStringView(); }

void isakmpSection(const CiscoIosPlan &p, Text &t)
{
    t.comment("--- Phase 1, IKEv1: one isakmp policy per encryption x hash x group, in preference order.");
    t.comment("`authentication pre-share` is written on purpose: without it a policy uses the IOS default, rsa-sig.");
    const int first = p.isakmpPolicies.front().priority, last = p.isakmpPolicies.back().priority;
    const QStringView replace = u" this link's alone: if `show crypto isakmp policy` already lists a policy there,";
    if (first == last)
        t.comment("Priority %1 is%2", {NumberText(first), replace});
    else
        t.comment("Priorities %1-%2 are%3", {NumberText(first), NumberText(last), replace});
    t.comment("the lines below would replace it; decide first what to keep.");
    const NumberText lifetime(p.ikeLifetimeS);
    for (const IsakmpPolicy &pol : p.isakmpPolicies) {
        t.line("crypto isakmp policy %1", {NumberText(pol.priority)});
        t.line(" encryption %1", {pol.encryption});
        t.line(" hash %1", {pol.hash});
        t.line(" authentication pre-share");
        t.line(" group %1", {pol.group});
        t.line(" lifetime %1", {lifetime});
    }
    t.separator();
    t.comment("The pre-shared key for %1.%2",
              {p.peerName, p.ipv6 ? QStringView()
                                  : u" no-xauth keeps remote-access XAUTH, if this router runs it, away from this peer."});
    isakmpKeyLine(p, false, t);
    t.separator();
}

void ikev2Section(const CiscoIosPlan &p, Text &t)
{
    t.comment("--- Phase 1, IKEv2.");
    if (std::any_of(p.ikev2Proposals.begin(), p.ikev2Proposals.end(), [](const Ikev2Proposal &pr) { return !pr.prf.isEmpty(); }))
        t.comment("IOS keeps GCM and CBC ciphers in separate proposals: GCM takes `prf`, CBC `integrity`.");
    for (const Ikev2Proposal &pr : p.ikev2Proposals) {
        t.line("crypto ikev2 proposal %1", {pr.name});
        t.line(" encryption %1", {pr.encryption.join(QLatin1Char(' '))});
        if (!pr.integrity.isEmpty())
            t.line(" integrity %1", {pr.integrity.join(QLatin1Char(' '))});
        if (!pr.prf.isEmpty())
            t.line(" prf %1", {pr.prf.join(QLatin1Char(' '))});
        t.line(" group %1", {pr.groups.join(QLatin1Char(' '))});
    }
    t.separator();
    t.comment("`match address local` limits this policy to this router's WAN address. %1 must be an", {p.localWan});
    t.comment("address of %1 (behind NAT: put the interface's own address on that line).", {p.wanInterface});
    t.comment("Check first: if `show crypto ikev2 policy` lists only the default policy and this router has");
    t.comment("other IKEv2 tunnels, give them a policy of their own before pasting: once a policy is");
    t.comment("configured, IOS may stop using the default one for addresses no policy matches.");
    t.comment("IOS chooses IKEv2 proposals by local address, not by peer: every IKEv2 tunnel on this address,");
    t.comment("also one not made by Tunnelwright, is offered these proposals; give them all the same settings.");
    t.line("crypto ikev2 policy %1", {p.ikev2Name});
    t.line(" match address local %1", {p.localWan});
    for (const Ikev2Proposal &pr : p.ikev2Proposals)
        t.line(" proposal %1", {pr.name});
    t.separator();
    t.comment("The pre-shared key for %1.", {p.peerName});
    t.line("crypto ikev2 keyring %1", {p.ikev2Name});
    t.line(" peer %1", {p.peerName});
    t.line("  address %1", {p.peerWan});
    t.line("  pre-shared-key %1", {p.psk});
    t.separator();
    t.comment("IKEv2 lifetimes are not negotiated: each side rekeys on its own timer.");
    t.line("crypto ikev2 profile %1", {p.ikev2Name});
    t.line(" match identity remote address %1 255.255.255.255", {p.peerWan});
    t.line(" identity local address %1", {p.localWan});
    t.line(" authentication remote pre-share");
    t.line(" authentication local pre-share");
    t.line(" keyring local %1", {p.ikev2Name});
    t.line(" lifetime %1", {NumberText(p.ikeLifetimeS)});
    t.line(" dpd %1 %2 on-demand", {NumberText(kDpdIntervalS), NumberText(kDpdRetryS)});
    t.separator();
}

void phase2Section(const CiscoIosPlan &p, Text &t)
{
    t.comment("--- Phase 2: transform sets in preference order (GCM carries its own integrity).");
    for (const TransformSet &ts : p.transformSets) {
        t.line("crypto ipsec transform-set %1 %2", {ts.name, ts.transforms});
        t.line(" mode tunnel");
    }
    t.separator();
    t.comment("--- Traffic to protect: one line per pair of networks, the mirror image of %1's IPsec policies.",
              {p.peerName});
    t.line("%1 %2", {p.aclKeyword(), p.aclName});
    for (const QString &l : p.aclLines)
        t.line(" %1", {l});
    t.separator();
}

void mapSection(const CiscoIosPlan &p, Text &t)
{
    const NumberText sequence(p.mapSequence);
    t.comment("--- The tunnel: entry %1 of %2, the crypto map all Tunnelwright links of this router share.",
              {sequence, p.mapName});
    if (!p.pfs)
        t.comment("No PFS (pfs_group is null): `set pfs` is left out; %1's side is written without PFS too.", {p.peerName});
    t.comment("The volume lifetime is set to its largest value: %1 has none, so rekeying goes by time.", {p.peerName});
    t.line("crypto map%1 %2 %3 ipsec-isakmp", {ipv6Infix(p), p.mapName, sequence});
    t.line(" description TW %1 to %2", {p.linkName, p.peerName});
    t.line(" set peer %1", {p.peerWan});
    t.line(" set transform-set %1", {p.transformSetList()});
    if (p.pfs)
        t.line(" set pfs %1", {*p.pfs});
    t.line(" set security-association lifetime seconds %1", {NumberText(p.espLifetimeS)});
    t.line(" set security-association lifetime kilobytes %1", {NumberText(kSaLifetimeKilobytes)});
    if (p.ikev2)
        t.line(" set ikev2-profile %1", {p.ikev2Name});
    t.line(" match address %1", {p.aclName});
    t.separator();
}

void natSection(const CiscoIosPlan &p, Text &t)
{
    if (p.ipv6) {
        t.comment("--- NAT exemption: none needed, `ip nat` does not translate IPv6.");
        t.separator();
        return;
    }
    if (!p.natBypass) {
        t.comment("--- NAT exemption not written (nat_bypass is false): no NAT rule of this router may translate");
        t.comment("traffic from %1 to %2, or it leaves unencrypted.", {p.localSubnets, p.remoteSubnets});
        t.separator();
        return;
    }
    t.comment("--- NAT exemption. IOS translates inside->outside before it looks at the crypto map, so tunnel");
    t.comment("traffic must skip PAT. Route-map %1 is shared: deny entries (one per link) first, then permit", {kNatRouteMap});
    t.comment("entries from %1 on that translate everything else.", {NumberText(kNatPermitBase)});
    t.comment("An existing `ip nat inside source list ... interface %1 overload` must be removed", {p.wanInterface});
    t.comment("(the %1 statement below replaces it for %2),", {kNatRouteMap, p.localSubnets});
    t.comment("or its access list must deny the tunnel pairs first. Do that before pasting: while");
    t.comment("translations are in use, `no ip nat inside source ...` asks to confirm (`clear ip nat");
    t.comment("translation *` ends them, a short break for every NATed connection). A static translation");
    t.comment("(`ip nat inside source static ...`) of a host in these networks still rewrites its tunnel");
    t.comment("traffic: give that statement a route-map that denies the tunnel pairs.");
    t.line("%1 %2", {p.aclKeyword(), p.natAclName});
    for (const QString &l : p.natAclLines)
        t.line(" %1", {l});
    t.separator();
    t.line("route-map %1 deny %2", {kNatRouteMap, NumberText(p.natDenySequence)});
    t.line(" match ip address %1", {p.aclName});
    t.line("route-map %1 permit %2", {kNatRouteMap, NumberText(p.natPermitSequence)});
    t.line(" match ip address %1", {p.natAclName});
    t.separator();
    t.line("ip nat inside source route-map %1 interface %2 overload", {kNatRouteMap, p.wanInterface});
    t.separator();
    t.line("interface %1", {*p.lanInterface});
    t.line(" ip nat inside");
    t.separator();
}

void firewallSection(const CiscoIosPlan &p, Text &t)
{
    if (!p.firewall) {
        t.comment("--- Firewall: not written (firewall is false).");
        t.separator();
        return;
    }
    // The inbound filter's name and its deny entries are unknown here, and lines appended to an
    // access list land after its final deny: so the lines are given for the user to insert.
    t.comment("--- Firewall. If %1 filters inbound traffic", {p.wanInterface});
    t.comment("(`show%1 interface %2 | include access list`),", {p.ipv6 ? u" ipv6" : u" ip", p.wanInterface});
    t.comment("insert these lines into that access list above its deny entries (with a zone-based firewall:");
    t.comment("allow the same from the outside zone to the self zone):");
    t.comment(" permit udp host %1 host %2 eq 500", {p.peerWan, p.localWan});
    if (p.mayUseUdp4500)
        t.comment(" permit udp host %1 host %2 eq 4500", {p.peerWan, p.localWan});
    t.comment(" permit esp host %1 host %2", {p.peerWan, p.localWan});
    t.separator();
}

void interfaceSection(const CiscoIosPlan &p, Text &t)
{
    t.comment("--- Apply. An interface carries one crypto map: if %1 already has another one", {p.wanInterface});
    t.comment("(show running-config interface %1), add the entry above to that map", {p.wanInterface});
    t.comment("instead of %1.", {p.mapName});
    t.comment("Traffic to %1 must be routed out of %2 (a default route there does it).",
              {p.remoteSubnets, p.wanInterface});
    t.line("interface %1", {p.wanInterface});
    if (p.natBypass)
        t.line(" ip nat outside");
    t.line("%1 crypto map %2", {ipv6Infix(p), p.mapName});
}

} // namespace

QString CiscoIosConfig::fileBase(const CiscoIosPlan &plan) { return plan.linkName + QLatin1Char('/') + plan.siteName; }

QByteArray CiscoIosConfig::config(const CiscoIosPlan &p)
{
    Text t;
    const QString base = fileBase(p);
    FileHeader h = t.header("IPsec site-to-site, Cisco IOS side");
    h.facts(p.headerFacts);
    h.instruction("This file holds the pre-shared key: keep it like a password.");
    h.instruction("Apply: `configure terminal`, paste everything below, then `end` and `write memory`.");
    h.instruction("Check: %1.troubleshooting.txt. Undo: %1.rollback.cfg.", {base});
    h.instruction("To change an applied link, paste the old rollback first, then the new file.");
    h.instruction("Keep all links of one router in one project: crypto map entries and isakmp priorities are");
    h.instruction("numbered by the link's position among this router's links (link %1 here: entry %2).",
                  {NumberText(p.routerOrdinal + 1), NumberText(p.mapSequence)});
    h.instruction("Removing or moving a link renumbers the later links of this router: paste their old");
    h.instruction("rollbacks before, and their new files after, the change.");
    h.end();
    if (p.ikev2)
        ikev2Section(p, t);
    else
        isakmpSection(p, t);
    phase2Section(p, t);
    mapSection(p, t);
    natSection(p, t);
    firewallSection(p, t);
    interfaceSection(p, t);
    return t.bytes();
}

QByteArray CiscoIosConfig::rollback(const CiscoIosPlan &p)
{
    Text t;
    const QString base = fileBase(p);
    FileHeader h = t.header("IPsec site-to-site, Cisco IOS side: rollback");
    h.facts(p.headerFacts);
    h.instruction("Removes what %1.cfg added. Paste into `configure terminal`; the last lines leave", {base});
    h.instruction("configuration mode and clear this peer's security associations. Then `write memory`.");
    if (rollbackHoldsKey(p)) {
        h.instruction("This file holds the pre-shared key: IOS removes `crypto isakmp key` only when given");
        h.instruction("the key again. Keep it like a password; if the key was changed on the router since,");
        h.instruction("put the current one in that line.");
    }
    h.end();

    // Dependents before what they reference: map entry, NAT entry, ACL, transform sets, IKE.
    t.comment("--- The tunnel entry. %1 itself stays on %2: other links may use it.", {p.mapName, p.wanInterface});
    t.line("no crypto map%1 %2 %3", {ipv6Infix(p), p.mapName, NumberText(p.mapSequence)});
    t.separator();
    if (p.natBypass) {
        t.comment("--- NAT exemption: only this link's deny entry goes. The permit entry stays so that");
        t.comment("%1 keeps its Internet access through %2.", {p.localSubnets, kNatRouteMap});
        t.line("no route-map %1 deny %2", {kNatRouteMap, NumberText(p.natDenySequence)});
        t.separator();
    }
    t.line("no %1 %2", {p.aclKeyword(), p.aclName});
    t.separator();
    for (const TransformSet &ts : p.transformSets)
        t.line("no crypto ipsec transform-set %1", {ts.name});
    t.separator();
    if (p.ikev2) {
        t.line("no crypto ikev2 profile %1", {p.ikev2Name});
        t.line("no crypto ikev2 keyring %1", {p.ikev2Name});
        t.line("no crypto ikev2 policy %1", {p.ikev2Name});
        for (const Ikev2Proposal &pr : p.ikev2Proposals)
            t.line("no crypto ikev2 proposal %1", {pr.name});
    } else {
        for (const IsakmpPolicy &pol : p.isakmpPolicies)
            t.line("no crypto isakmp policy %1", {NumberText(pol.priority)});
        isakmpKeyLine(p, true, t);
    }
    t.separator();

    t.comment("--- Shared objects stay. Remove them only when no Tunnelwright link is left on this router");
    if (p.natBypass)
        t.comment("(and your own NAT rule is back):");
    else
        t.comment("(nothing else uses %1):", {p.mapName});
    if (p.natBypass) {
        t.comment(" no ip nat inside source route-map %1 interface %2 overload", {kNatRouteMap, p.wanInterface});
        t.comment(" no route-map %1", {kNatRouteMap});
        t.comment(" no %1 %2", {p.aclKeyword(), p.natAclName});
        t.comment(" interface %1", {*p.lanInterface});
        t.comment("  no ip nat inside");
    }
    t.comment(" interface %1", {p.wanInterface});
    if (p.natBypass)
        t.comment("  no ip nat outside");
    t.comment("  no%1 crypto map %2", {ipv6Infix(p), p.mapName});
    t.separator();
    t.line("end");
    if (p.ipv6)
        t.comment("The SAs with %1 end with their lifetime; `show crypto session` lists what is left.", {p.peerWan});
    else
        t.line("clear crypto sa peer %1", {p.peerWan});
    return t.bytes();
}

} // namespace tw::ciscoios

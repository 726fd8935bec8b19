#include "render/ciscoios/CiscoIosConfig.h"

#include "render/FileHeader.h"
#include "render/ciscoios/CiscoIosText.h"

#include <algorithm>

namespace tw::ciscoios {
namespace {

using Args = std::initializer_list<QStringView>;

// `crypto isakmp key` / `no crypto isakmp key`: IPv6 peers take `address ipv6 X/128` (public IOS 15
// lab configs with `crypto map ipv6`). no-xauth only exists on the IPv4 form as far as verified.
void isakmpKeyLine(const CiscoIosPlan &p, bool remove, CiscoIosText &t)
{
    const Args args{p.psk, p.peerWan};
    if (p.ipv6)
        t.lines(remove ? FillPattern("no crypto isakmp key %1 address ipv6 %2/128\n")
                       : FillPattern("crypto isakmp key %1 address ipv6 %2/128\n"),
                args);
    else
        t.lines(remove ? FillPattern("no crypto isakmp key %1 address %2\n")
                       : FillPattern("crypto isakmp key %1 address %2 no-xauth\n"),
                args);
}

// " ipv6" in IPv6 crypto map lines ("crypto map ipv6 TW-MAP6 10"), nothing in IPv4 ones: the
// patterns put it right after "crypto map", without a space of their own.
QStringView ipv6Infix(const CiscoIosPlan &p) { return p.ipv6 ? QStringView(u" ipv6") : QStringView(); }

void isakmpSection(const CiscoIosPlan &p, CiscoIosText &t)
{
    t.lines("! --- Phase 1, IKEv1: one isakmp policy per encryption x hash x group, in preference order.\n"
            "! `authentication pre-share` is written on purpose: without it a policy uses the IOS default, rsa-sig.\n");
    const int first = p.isakmpPolicies.front().priority, last = p.isakmpPolicies.back().priority;
    const QStringView replace = u" this link's alone: if `show crypto isakmp policy` already lists a policy there,";
    if (first == last)
        t.lines("! Priority %1 is%2\n", {NumberText(first), replace});
    else
        t.lines("! Priorities %1-%2 are%3\n", {NumberText(first), NumberText(last), replace});
    t.lines("! the lines below would replace it; decide first what to keep.\n");
    const NumberText lifetime(p.ikeLifetimeS);
    for (const IsakmpPolicy &pol : p.isakmpPolicies) {
        t.lines("crypto isakmp policy %1\n"
                " encryption %2\n"
                " hash %3\n"
                " authentication pre-share\n"
                " group %4\n"
                " lifetime %5\n",
                {NumberText(pol.priority), pol.encryption, pol.hash, pol.group, lifetime});
    }
    t.lines("!\n"
            "! The pre-shared key for %1.%2\n",
            {p.peerName,
             p.ipv6 ? QStringView() : u" no-xauth keeps remote-access XAUTH, if this router runs it, away from this peer."});
    isakmpKeyLine(p, false, t);
    t.lines("!\n");
}

void ikev2Section(const CiscoIosPlan &p, CiscoIosText &t)
{
    t.lines("! --- Phase 1, IKEv2.\n");
    if (std::any_of(p.ikev2Proposals.begin(), p.ikev2Proposals.end(), [](const Ikev2Proposal &pr) { return !pr.prf.isEmpty(); }))
        t.lines("! IOS keeps GCM and CBC ciphers in separate proposals: GCM takes `prf`, CBC `integrity`.\n");
    for (const Ikev2Proposal &pr : p.ikev2Proposals) {
        t.lines("crypto ikev2 proposal %1\n"
                " encryption %2\n",
                {pr.name, pr.encryption.join(QLatin1Char(' '))});
        if (!pr.integrity.isEmpty())
            t.lines(" integrity %1\n", {pr.integrity.join(QLatin1Char(' '))});
        if (!pr.prf.isEmpty())
            t.lines(" prf %1\n", {pr.prf.join(QLatin1Char(' '))});
        t.lines(" group %1\n", {pr.groups.join(QLatin1Char(' '))});
    }
    t.lines("!\n"
            "! `match address local` limits this policy to this router's WAN address. %1 must be an\n"
            "! address of %2 (behind NAT: put the interface's own address on that line).\n"
            "! Check first: if `show crypto ikev2 policy` lists only the default policy and this router has\n"
            "! other IKEv2 tunnels, give them a policy of their own before pasting: once a policy is\n"
            "! configured, IOS may stop using the default one for addresses no policy matches.\n"
            "! IOS chooses IKEv2 proposals by local address, not by peer: every IKEv2 tunnel on this address,\n"
            "! also one not made by Tunnelwright, is offered these proposals; give them all the same settings.\n"
            "crypto ikev2 policy %3\n"
            " match address local %1\n",
            {p.localWan, p.wanInterface, p.ikev2Name});
    for (const Ikev2Proposal &pr : p.ikev2Proposals)
        t.lines(" proposal %1\n", {pr.name});
    t.lines("!\n"
            "! The pre-shared key for %1.\n"
            "crypto ikev2 keyring %2\n"
            " peer %1\n"
            "  address %3\n"
            "  pre-shared-key %4\n"
            "!\n"
            "! IKEv2 lifetimes are not negotiated: each side rekeys on its own timer.\n"
            "crypto ikev2 profile %2\n"
            " match identity remote address %3 255.255.255.255\n"
            " identity local address %5\n"
            " authentication remote pre-share\n"
            " authentication local pre-share\n"
            " keyring local %2\n",
            {p.peerName, p.ikev2Name, p.peerWan, p.psk, p.localWan});
    t.lines(" lifetime %1\n"
            " dpd %2 %3 on-demand\n"
            "!\n",
            {NumberText(p.ikeLifetimeS), NumberText(kDpdIntervalS), NumberText(kDpdRetryS)});
}

void phase2Section(const CiscoIosPlan &p, CiscoIosText &t)
{
    t.lines("! --- Phase 2: transform sets in preference order (GCM carries its own integrity).\n");
    for (const TransformSet &ts : p.transformSets) {
        t.lines("crypto ipsec transform-set %1 %2\n"
                " mode tunnel\n",
                {ts.name, ts.transforms});
    }
    t.lines("!\n"
            "! --- Traffic to protect: one line per pair of networks, the mirror image of %1's IPsec policies.\n"
            "%2 %3\n",
            {p.peerName, p.aclKeyword(), p.aclName});
    for (const SubnetPair &pair : p.pairs)
        t.lines(" permit %1 %2 %3\n", {p.aclProtocol(), p.localAcl[pair.localIndex], p.remoteAcl[pair.remoteIndex]});
    t.lines("!\n");
}

void mapSection(const CiscoIosPlan &p, CiscoIosText &t)
{
    const NumberText sequence(p.mapSequence);
    t.lines("! --- The tunnel: entry %1 of %2, the crypto map all Tunnelwright links of this router share.\n",
            {sequence, p.mapName});
    if (!p.pfs)
        t.lines("! No PFS (pfs_group is null): `set pfs` is left out; %1's side is written without PFS too.\n",
                {p.peerName});
    t.lines("! The volume lifetime is set to its largest value: %1 has none, so rekeying goes by time.\n"
            "crypto map%2 %3 %4 ipsec-isakmp\n"
            " description TW %5 to %1\n"
            " set peer %6\n"
            " set transform-set %7\n",
            {p.peerName, ipv6Infix(p), p.mapName, sequence, p.linkName, p.peerWan, p.transformSetNames});
    if (p.pfs)
        t.lines(" set pfs %1\n", {*p.pfs});
    t.lines(" set security-association lifetime seconds %1\n"
            " set security-association lifetime kilobytes %2\n",
            {NumberText(p.espLifetimeS), NumberText(kSaLifetimeKilobytes)});
    if (p.ikev2)
        t.lines(" set ikev2-profile %1\n", {p.ikev2Name});
    t.lines(" match address %1\n"
            "!\n",
            {p.aclName});
}

void natSection(const CiscoIosPlan &p, CiscoIosText &t)
{
    if (p.ipv6) {
        t.lines("! --- NAT exemption: none needed, `ip nat` does not translate IPv6.\n"
                "!\n");
        return;
    }
    if (!p.natBypass) {
        t.lines("! --- NAT exemption not written (nat_bypass is false): no NAT rule of this router may translate\n"
                "! traffic from %1 to %2, or it leaves unencrypted.\n"
                "!\n",
                {p.localSubnets, p.remoteSubnets});
        return;
    }
    t.lines("! --- NAT exemption. IOS translates inside->outside before it looks at the crypto map, so tunnel\n"
            "! traffic must skip PAT. Route-map %1 is shared: deny entries (one per link) first, then permit\n"
            "! entries from %2 on that translate everything else.\n"
            "! An existing `ip nat inside source list ... interface %3 overload` must be removed\n"
            "! (the %1 statement below replaces it for %4),\n"
            "! or its access list must deny the tunnel pairs first. Do that before pasting: while\n"
            "! translations are in use, `no ip nat inside source ...` asks to confirm (`clear ip nat\n"
            "! translation *` ends them, a short break for every NATed connection). A static translation\n"
            "! (`ip nat inside source static ...`) of a host in these networks still rewrites its tunnel\n"
            "! traffic: give that statement a route-map that denies the tunnel pairs.\n"
            "%5 %6\n",
            {kNatRouteMap, NumberText(kNatPermitBase), p.wanInterface, p.localSubnets, p.aclKeyword(), p.natAclName});
    for (const JoinedText &acl : p.localAcl)
        t.lines(" permit ip %1 any\n", {acl});
    t.lines("!\n"
            "route-map %1 deny %2\n"
            " match ip address %3\n"
            "route-map %1 permit %4\n"
            " match ip address %5\n"
            "!\n"
            "ip nat inside source route-map %1 interface %6 overload\n"
            "!\n"
            "interface %7\n"
            " ip nat inside\n"
            "!\n",
            {kNatRouteMap, NumberText(p.natDenySequence), p.aclName, NumberText(p.natPermitSequence), p.natAclName,
             p.wanInterface, *p.lanInterface});
}

void firewallSection(const CiscoIosPlan &p, CiscoIosText &t)
{
    if (!p.firewall) {
        t.lines("! --- Firewall: not written (firewall is false).\n"
                "!\n");
        return;
    }
    // The inbound filter's name and its deny entries are unknown here, and lines appended to an
    // access list land after its final deny: so the lines are given for the user to insert.
    t.lines("! --- Firewall. If %1 filters inbound traffic\n"
            "! (`show%2 interface %1 | include access list`),\n"
            "! insert these lines into that access list above its deny entries (with a zone-based firewall:\n"
            "! allow the same from the outside zone to the self zone):\n"
            "!  permit udp host %3 host %4 eq 500\n",
            {p.wanInterface, p.ipv6 ? u" ipv6" : u" ip", p.peerWan, p.localWan});
    if (p.mayUseUdp4500)
        t.lines("!  permit udp host %1 host %2 eq 4500\n", {p.peerWan, p.localWan});
    t.lines("!  permit esp host %1 host %2\n"
            "!\n",
            {p.peerWan, p.localWan});
}

void interfaceSection(const CiscoIosPlan &p, CiscoIosText &t)
{
    t.lines("! --- Apply. An interface carries one crypto map: if %1 already has another one\n"
            "! (show running-config interface %1), add the entry above to that map\n"
            "! instead of %2.\n"
            "! Traffic to %3 must be routed out of %1 (a default route there does it).\n"
            "interface %1\n",
            {p.wanInterface, p.mapName, p.remoteSubnets});
    if (p.natBypass)
        t.lines(" ip nat outside\n");
    t.lines("%1 crypto map %2\n", {ipv6Infix(p), p.mapName});
}

} // namespace

QByteArray CiscoIosConfig::config(const CiscoIosPlan &p)
{
    CiscoIosText t;
    const QStringView base = p.fileBase;
    FileHeader h = t.header("IPsec site-to-site, Cisco IOS side");
    h.facts(p.headerFacts);
    h.instructions("! This file holds the pre-shared key: keep it like a password.\n"
                   "! Apply: `configure terminal`, paste everything below, then `end` and `write memory`.\n"
                   "! Check: %1.troubleshooting.txt. Undo: %1.rollback.cfg.\n"
                   "! To change an applied link, paste the old rollback first, then the new file.\n"
                   "! Keep all links of one router in one project: crypto map entries and isakmp priorities are\n"
                   "! numbered by the link's position among this router's links (link %2 here: entry %3).\n"
                   "! Removing or moving a link renumbers the later links of this router: paste their old\n"
                   "! rollbacks before, and their new files after, the change.\n",
                   {base, NumberText(p.routerOrdinal + 1), NumberText(p.mapSequence)});
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
    CiscoIosText t;
    const QStringView base = p.fileBase;
    FileHeader h = t.header("IPsec site-to-site, Cisco IOS side: rollback");
    h.facts(p.headerFacts);
    h.instructions("! Removes what %1.cfg added. Paste into `configure terminal`; the last lines leave\n"
                   "! configuration mode and clear this peer's security associations. Then `write memory`.\n",
                   {base});
    if (rollbackHoldsKey(p)) {
        h.instructions("! This file holds the pre-shared key: IOS removes `crypto isakmp key` only when given\n"
                       "! the key again. Keep it like a password; if the key was changed on the router since,\n"
                       "! put the current one in that line.\n");
    }
    h.end();

    // Dependents before what they reference: map entry, NAT entry, ACL, transform sets, IKE.
    t.lines("! --- The tunnel entry. %1 itself stays on %2: other links may use it.\n"
            "no crypto map%3 %1 %4\n"
            "!\n",
            {p.mapName, p.wanInterface, ipv6Infix(p), NumberText(p.mapSequence)});
    if (p.natBypass) {
        t.lines("! --- NAT exemption: only this link's deny entry goes. The permit entry stays so that\n"
                "! %1 keeps its Internet access through %2.\n"
                "no route-map %2 deny %3\n"
                "!\n",
                {p.localSubnets, kNatRouteMap, NumberText(p.natDenySequence)});
    }
    t.lines("no %1 %2\n"
            "!\n",
            {p.aclKeyword(), p.aclName});
    for (const TransformSet &ts : p.transformSets)
        t.lines("no crypto ipsec transform-set %1\n", {ts.name});
    t.lines("!\n");
    if (p.ikev2) {
        t.lines("no crypto ikev2 profile %1\n"
                "no crypto ikev2 keyring %1\n"
                "no crypto ikev2 policy %1\n",
                {p.ikev2Name});
        for (const Ikev2Proposal &pr : p.ikev2Proposals)
            t.lines("no crypto ikev2 proposal %1\n", {pr.name});
    } else {
        for (const IsakmpPolicy &pol : p.isakmpPolicies)
            t.lines("no crypto isakmp policy %1\n", {NumberText(pol.priority)});
        isakmpKeyLine(p, true, t);
    }
    t.lines("!\n");

    t.lines("! --- Shared objects stay. Remove them only when no Tunnelwright link is left on this router\n");
    if (p.natBypass)
        t.lines("! (and your own NAT rule is back):\n");
    else
        t.lines("! (nothing else uses %1):\n", {p.mapName});
    if (p.natBypass) {
        t.lines("!  no ip nat inside source route-map %1 interface %2 overload\n"
                "!  no route-map %1\n"
                "!  no %3 %4\n"
                "!  interface %5\n"
                "!   no ip nat inside\n",
                {kNatRouteMap, p.wanInterface, p.aclKeyword(), p.natAclName, *p.lanInterface});
    }
    t.lines("!  interface %1\n", {p.wanInterface});
    if (p.natBypass)
        t.lines("!   no ip nat outside\n");
    t.lines("!   no%1 crypto map %2\n"
            "!\n"
            "end\n",
            {ipv6Infix(p), p.mapName});
    if (p.ipv6)
        t.lines("! The SAs with %1 end with their lifetime; `show crypto session` lists what is left.\n", {p.peerWan});
    else
        t.lines("clear crypto sa peer %1\n", {p.peerWan});
    return t.bytes();
}

} // namespace tw::ciscoios

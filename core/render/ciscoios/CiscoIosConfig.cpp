#include "render/ciscoios/CiscoIosConfig.h"

#include "render/FileHeader.h"
#include "render/TextBuilder.h"

#include <algorithm>

namespace tw::ciscoios {
namespace {

const QString kMarker = QStringLiteral("! ");

using namespace Qt::StringLiterals; // u"..."_s: a QString whose length is known when compiled
using Args = std::initializer_list<QStringView>;

// Config text, one line at a time. Sub-mode lines carry their leading space in the caller, as
// `show running-config` prints them. A line with arguments is a TextBuilder::fill pattern; a
// line without is written as it is.
class Text final {
public:
    void line(QStringView l) { m_out << l << u'\n'; }
    void line(QStringView pattern, Args args) { m_out.fill(pattern, args) << u'\n'; }
    void comment(QStringView c) { m_out << kMarker << c << u'\n'; }
    void comment(QStringView pattern, Args args)
    {
        m_out << kMarker;
        m_out.fill(pattern, args) << u'\n';
    }
    void separator() { m_out << "!\n"; }
    void raw(const QString &s) { m_out << s; }
    QByteArray bytes() { return m_out.take().toUtf8(); }

private:
    TextBuilder m_out{8192}; // a config is a few kB: no growing step by step
};

// `crypto isakmp key` / `no crypto isakmp key`: IPv6 peers take `address ipv6 X/128` (public IOS 15
// lab configs with `crypto map ipv6`). no-xauth only exists on the IPv4 form as far as verified.
void isakmpKeyLine(const CiscoIosPlan &p, bool remove, Text &t)
{
    if (p.ipv6)
        t.line(remove ? u"no crypto isakmp key %1 address ipv6 %2/128" : u"crypto isakmp key %1 address ipv6 %2/128",
               {p.psk, p.peerWan});
    else
        t.line(remove ? u"no crypto isakmp key %1 address %2" : u"crypto isakmp key %1 address %2 no-xauth",
               {p.psk, p.peerWan});
}


// " ipv6" in IPv6 crypto map lines ("crypto map ipv6 TW-MAP6 10"), nothing in IPv4 ones: the
// patterns put it right after "crypto map", without a space of their own.
QStringView ipv6Infix(const CiscoIosPlan &p) { return p.ipv6 ? QStringView(u" ipv6") : QStringView(); }

void isakmpSection(const CiscoIosPlan &p, Text &t)
{
    t.comment(u"--- Phase 1, IKEv1: one isakmp policy per encryption x hash x group, in preference order."_s);
    t.comment(u"`authentication pre-share` is written on purpose: without it a policy uses the IOS default, rsa-sig."_s);
    const int first = p.isakmpPolicies.front().priority, last = p.isakmpPolicies.back().priority;
    const QStringView replace = u" this link's alone: if `show crypto isakmp policy` already lists a policy there,";
    if (first == last)
        t.comment(u"Priority %1 is%2"_s, {NumberText(first), replace});
    else
        t.comment(u"Priorities %1-%2 are%3"_s, {NumberText(first), NumberText(last), replace});
    t.comment(u"the lines below would replace it; decide first what to keep."_s);
    const NumberText lifetime(p.ikeLifetimeS);
    for (const IsakmpPolicy &pol : p.isakmpPolicies) {
        t.line(u"crypto isakmp policy %1"_s, {NumberText(pol.priority)});
        t.line(u" encryption %1"_s, {pol.encryption});
        t.line(u" hash %1"_s, {pol.hash});
        t.line(u" authentication pre-share"_s);
        t.line(u" group %1"_s, {pol.group});
        t.line(u" lifetime %1"_s, {lifetime});
    }
    t.separator();
    t.comment(u"The pre-shared key for %1.%2"_s,
              {p.peerName, p.ipv6 ? QStringView()
                                  : u" no-xauth keeps remote-access XAUTH, if this router runs it, away from this peer."});
    isakmpKeyLine(p, false, t);
    t.separator();
}

void ikev2Section(const CiscoIosPlan &p, Text &t)
{
    t.comment(u"--- Phase 1, IKEv2."_s);
    if (std::any_of(p.ikev2Proposals.begin(), p.ikev2Proposals.end(), [](const Ikev2Proposal &pr) { return !pr.prf.isEmpty(); }))
        t.comment(u"IOS keeps GCM and CBC ciphers in separate proposals: GCM takes `prf`, CBC `integrity`."_s);
    for (const Ikev2Proposal &pr : p.ikev2Proposals) {
        t.line(u"crypto ikev2 proposal %1"_s, {pr.name});
        t.line(u" encryption %1"_s, {pr.encryption.join(QLatin1Char(' '))});
        if (!pr.integrity.isEmpty())
            t.line(u" integrity %1"_s, {pr.integrity.join(QLatin1Char(' '))});
        if (!pr.prf.isEmpty())
            t.line(u" prf %1"_s, {pr.prf.join(QLatin1Char(' '))});
        t.line(u" group %1"_s, {pr.groups.join(QLatin1Char(' '))});
    }
    t.separator();
    t.comment(u"`match address local` limits this policy to this router's WAN address. %1 must be an"_s, {p.localWan});
    t.comment(u"address of %1 (behind NAT: put the interface's own address on that line)."_s, {p.wanInterface});
    t.comment(u"Check first: if `show crypto ikev2 policy` lists only the default policy and this router has"_s);
    t.comment(u"other IKEv2 tunnels, give them a policy of their own before pasting: once a policy is"_s);
    t.comment(u"configured, IOS may stop using the default one for addresses no policy matches."_s);
    t.comment(u"IOS chooses IKEv2 proposals by local address, not by peer: every IKEv2 tunnel on this address,"_s);
    t.comment(u"also one not made by Tunnelwright, is offered these proposals; give them all the same settings."_s);
    t.line(u"crypto ikev2 policy %1"_s, {p.ikev2Name});
    t.line(u" match address local %1"_s, {p.localWan});
    for (const Ikev2Proposal &pr : p.ikev2Proposals)
        t.line(u" proposal %1"_s, {pr.name});
    t.separator();
    t.comment(u"The pre-shared key for %1."_s, {p.peerName});
    t.line(u"crypto ikev2 keyring %1"_s, {p.ikev2Name});
    t.line(u" peer %1"_s, {p.peerName});
    t.line(u"  address %1"_s, {p.peerWan});
    t.line(u"  pre-shared-key %1"_s, {p.psk});
    t.separator();
    t.comment(u"IKEv2 lifetimes are not negotiated: each side rekeys on its own timer."_s);
    t.line(u"crypto ikev2 profile %1"_s, {p.ikev2Name});
    t.line(u" match identity remote address %1 255.255.255.255"_s, {p.peerWan});
    t.line(u" identity local address %1"_s, {p.localWan});
    t.line(u" authentication remote pre-share"_s);
    t.line(u" authentication local pre-share"_s);
    t.line(u" keyring local %1"_s, {p.ikev2Name});
    t.line(u" lifetime %1"_s, {NumberText(p.ikeLifetimeS)});
    t.line(u" dpd %1 %2 on-demand"_s, {NumberText(kDpdIntervalS), NumberText(kDpdRetryS)});
    t.separator();
}

void phase2Section(const CiscoIosPlan &p, Text &t)
{
    t.comment(u"--- Phase 2: transform sets in preference order (GCM carries its own integrity)."_s);
    for (const TransformSet &ts : p.transformSets) {
        t.line(u"crypto ipsec transform-set %1 %2"_s, {ts.name, ts.transforms});
        t.line(u" mode tunnel"_s);
    }
    t.separator();
    t.comment(u"--- Traffic to protect: one line per pair of networks, the mirror image of %1's IPsec policies."_s,
              {p.peerName});
    t.line(u"%1 %2"_s, {p.aclKeyword(), p.aclName});
    for (const QString &l : p.aclLines)
        t.line(u" %1"_s, {l});
    t.separator();
}

void mapSection(const CiscoIosPlan &p, Text &t)
{
    const NumberText sequence(p.mapSequence);
    t.comment(u"--- The tunnel: entry %1 of %2, the crypto map all Tunnelwright links of this router share."_s,
              {sequence, p.mapName});
    if (!p.pfs)
        t.comment(u"No PFS (pfs_group is null): `set pfs` is left out; %1's side is written without PFS too."_s, {p.peerName});
    t.comment(u"The volume lifetime is set to its largest value: %1 has none, so rekeying goes by time."_s, {p.peerName});
    t.line(u"crypto map%1 %2 %3 ipsec-isakmp"_s, {ipv6Infix(p), p.mapName, sequence});
    t.line(u" description TW %1 to %2"_s, {p.linkName, p.peerName});
    t.line(u" set peer %1"_s, {p.peerWan});
    t.line(u" set transform-set %1"_s, {p.transformSetList()});
    if (p.pfs)
        t.line(u" set pfs %1"_s, {*p.pfs});
    t.line(u" set security-association lifetime seconds %1"_s, {NumberText(p.espLifetimeS)});
    t.line(u" set security-association lifetime kilobytes %1"_s, {NumberText(kSaLifetimeKilobytes)});
    if (p.ikev2)
        t.line(u" set ikev2-profile %1"_s, {p.ikev2Name});
    t.line(u" match address %1"_s, {p.aclName});
    t.separator();
}

void natSection(const CiscoIosPlan &p, Text &t)
{
    if (p.ipv6) {
        t.comment(u"--- NAT exemption: none needed, `ip nat` does not translate IPv6."_s);
        t.separator();
        return;
    }
    if (!p.natBypass) {
        t.comment(u"--- NAT exemption not written (nat_bypass is false): no NAT rule of this router may translate"_s);
        t.comment(u"traffic from %1 to %2, or it leaves unencrypted."_s, {p.localSubnets, p.remoteSubnets});
        t.separator();
        return;
    }
    t.comment(u"--- NAT exemption. IOS translates inside->outside before it looks at the crypto map, so tunnel"_s);
    t.comment(u"traffic must skip PAT. Route-map %1 is shared: deny entries (one per link) first, then permit"_s, {kNatRouteMap});
    t.comment(u"entries from %1 on that translate everything else."_s, {NumberText(kNatPermitBase)});
    t.comment(u"An existing `ip nat inside source list ... interface %1 overload` must be removed"_s, {p.wanInterface});
    t.comment(u"(the %1 statement below replaces it for %2),"_s, {kNatRouteMap, p.localSubnets});
    t.comment(u"or its access list must deny the tunnel pairs first. Do that before pasting: while"_s);
    t.comment(u"translations are in use, `no ip nat inside source ...` asks to confirm (`clear ip nat"_s);
    t.comment(u"translation *` ends them, a short break for every NATed connection). A static translation"_s);
    t.comment(u"(`ip nat inside source static ...`) of a host in these networks still rewrites its tunnel"_s);
    t.comment(u"traffic: give that statement a route-map that denies the tunnel pairs."_s);
    t.line(u"%1 %2"_s, {p.aclKeyword(), p.natAclName});
    for (const QString &l : p.natAclLines)
        t.line(u" %1"_s, {l});
    t.separator();
    t.line(u"route-map %1 deny %2"_s, {kNatRouteMap, NumberText(p.natDenySequence)});
    t.line(u" match ip address %1"_s, {p.aclName});
    t.line(u"route-map %1 permit %2"_s, {kNatRouteMap, NumberText(p.natPermitSequence)});
    t.line(u" match ip address %1"_s, {p.natAclName});
    t.separator();
    t.line(u"ip nat inside source route-map %1 interface %2 overload"_s, {kNatRouteMap, p.wanInterface});
    t.separator();
    t.line(u"interface %1"_s, {*p.lanInterface});
    t.line(u" ip nat inside"_s);
    t.separator();
}

void firewallSection(const CiscoIosPlan &p, Text &t)
{
    if (!p.firewall) {
        t.comment(u"--- Firewall: not written (firewall is false)."_s);
        t.separator();
        return;
    }
    // The inbound filter's name and its deny entries are unknown here, and lines appended to an
    // access list land after its final deny: so the lines are given for the user to insert.
    t.comment(u"--- Firewall. If %1 filters inbound traffic"_s, {p.wanInterface});
    t.comment(u"(`show%1 interface %2 | include access list`),"_s, {p.ipv6 ? u" ipv6" : u" ip", p.wanInterface});
    t.comment(u"insert these lines into that access list above its deny entries (with a zone-based firewall:"_s);
    t.comment(u"allow the same from the outside zone to the self zone):"_s);
    t.comment(u" permit udp host %1 host %2 eq 500"_s, {p.peerWan, p.localWan});
    if (p.mayUseUdp4500)
        t.comment(u" permit udp host %1 host %2 eq 4500"_s, {p.peerWan, p.localWan});
    t.comment(u" permit esp host %1 host %2"_s, {p.peerWan, p.localWan});
    t.separator();
}

void interfaceSection(const CiscoIosPlan &p, Text &t)
{
    t.comment(u"--- Apply. An interface carries one crypto map: if %1 already has another one"_s, {p.wanInterface});
    t.comment(u"(show running-config interface %1), add the entry above to that map"_s, {p.wanInterface});
    t.comment(u"instead of %1."_s, {p.mapName});
    t.comment(u"Traffic to %1 must be routed out of %2 (a default route there does it)."_s,
              {p.remoteSubnets, p.wanInterface});
    t.line(u"interface %1"_s, {p.wanInterface});
    if (p.natBypass)
        t.line(u" ip nat outside"_s);
    t.line(u"%1 crypto map %2"_s, {ipv6Infix(p), p.mapName});
}

} // namespace

QString CiscoIosConfig::fileBase(const CiscoIosPlan &plan) { return plan.linkName + QLatin1Char('/') + plan.siteName; }

QByteArray CiscoIosConfig::config(const CiscoIosPlan &p)
{
    Text t;
    const QString base = fileBase(p);
    FileHeader h;
    h.title = QStringLiteral("IPsec site-to-site, Cisco IOS side");
    h.facts = p.headerFacts;
    h.instructions = {
        QStringLiteral("This file holds the pre-shared key: keep it like a password."),
        QStringLiteral("Apply: `configure terminal`, paste everything below, then `end` and `write memory`."),
        QStringLiteral("Check: %1.troubleshooting.txt. Undo: %1.rollback.cfg.").arg(base),
        QStringLiteral("To change an applied link, paste the old rollback first, then the new file."),
        QStringLiteral("Keep all links of one router in one project: crypto map entries and isakmp priorities are"),
        QStringLiteral("numbered by the link's position among this router's links (link %1 here: entry %2).")
            .arg(p.routerOrdinal + 1)
            .arg(p.mapSequence),
        QStringLiteral("Removing or moving a link renumbers the later links of this router: paste their old"),
        QStringLiteral("rollbacks before, and their new files after, the change."),
    };
    t.raw(renderHeader(h, kMarker));
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
    FileHeader h;
    h.title = QStringLiteral("IPsec site-to-site, Cisco IOS side: rollback");
    h.facts = p.headerFacts;
    h.instructions << QStringLiteral("Removes what %1.cfg added. Paste into `configure terminal`; the last lines leave").arg(base)
                   << QStringLiteral("configuration mode and clear this peer's security associations. Then `write memory`.");
    if (rollbackHoldsKey(p))
        h.instructions << QStringLiteral("This file holds the pre-shared key: IOS removes `crypto isakmp key` only when given")
                       << QStringLiteral("the key again. Keep it like a password; if the key was changed on the router since,")
                       << QStringLiteral("put the current one in that line.");
    t.raw(renderHeader(h, kMarker));

    // Dependents before what they reference: map entry, NAT entry, ACL, transform sets, IKE.
    t.comment(u"--- The tunnel entry. %1 itself stays on %2: other links may use it."_s, {p.mapName, p.wanInterface});
    t.line(u"no crypto map%1 %2 %3"_s, {ipv6Infix(p), p.mapName, NumberText(p.mapSequence)});
    t.separator();
    if (p.natBypass) {
        t.comment(u"--- NAT exemption: only this link's deny entry goes. The permit entry stays so that"_s);
        t.comment(u"%1 keeps its Internet access through %2."_s, {p.localSubnets, kNatRouteMap});
        t.line(u"no route-map %1 deny %2"_s, {kNatRouteMap, NumberText(p.natDenySequence)});
        t.separator();
    }
    t.line(u"no %1 %2"_s, {p.aclKeyword(), p.aclName});
    t.separator();
    for (const TransformSet &ts : p.transformSets)
        t.line(u"no crypto ipsec transform-set %1"_s, {ts.name});
    t.separator();
    if (p.ikev2) {
        t.line(u"no crypto ikev2 profile %1"_s, {p.ikev2Name});
        t.line(u"no crypto ikev2 keyring %1"_s, {p.ikev2Name});
        t.line(u"no crypto ikev2 policy %1"_s, {p.ikev2Name});
        for (const Ikev2Proposal &pr : p.ikev2Proposals)
            t.line(u"no crypto ikev2 proposal %1"_s, {pr.name});
    } else {
        for (const IsakmpPolicy &pol : p.isakmpPolicies)
            t.line(u"no crypto isakmp policy %1"_s, {NumberText(pol.priority)});
        isakmpKeyLine(p, true, t);
    }
    t.separator();

    t.comment(u"--- Shared objects stay. Remove them only when no Tunnelwright link is left on this router"_s);
    if (p.natBypass)
        t.comment(u"(and your own NAT rule is back):"_s);
    else
        t.comment(u"(nothing else uses %1):"_s, {p.mapName});
    if (p.natBypass) {
        t.comment(u" no ip nat inside source route-map %1 interface %2 overload"_s, {kNatRouteMap, p.wanInterface});
        t.comment(u" no route-map %1"_s, {kNatRouteMap});
        t.comment(u" no %1 %2"_s, {p.aclKeyword(), p.natAclName});
        t.comment(u" interface %1"_s, {*p.lanInterface});
        t.comment(u"  no ip nat inside"_s);
    }
    t.comment(u" interface %1"_s, {p.wanInterface});
    if (p.natBypass)
        t.comment(u"  no ip nat outside"_s);
    t.comment(u"  no%1 crypto map %2"_s, {ipv6Infix(p), p.mapName});
    t.separator();
    t.line(u"end"_s);
    if (p.ipv6)
        t.comment(u"The SAs with %1 end with their lifetime; `show crypto session` lists what is left."_s, {p.peerWan});
    else
        t.line(u"clear crypto sa peer %1"_s, {p.peerWan});
    return t.bytes();
}

} // namespace tw::ciscoios

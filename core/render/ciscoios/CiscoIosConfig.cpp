#include "render/ciscoios/CiscoIosConfig.h"

#include "render/FileHeader.h"
#include "render/TextBuilder.h"

#include <algorithm>

namespace tw::ciscoios {
namespace {

const QString kMarker = QStringLiteral("! ");

// Config text, one line at a time. Sub-mode lines carry their leading space in the caller, as
// `show running-config` prints them.
class Text final {
public:
    void line(const QString &l) { m_out << l << u'\n'; }
    void comment(const QString &c) { m_out << kMarker << c << u'\n'; }
    void separator() { m_out << "!\n"; }
    void raw(const QString &s) { m_out << s; }
    QByteArray bytes() { return m_out.take().toUtf8(); }

private:
    TextBuilder m_out{8192}; // a config is a few kB: no growing step by step
};

// `host X` is the single-address form in IPv4 and IPv6 access lists alike.
QString host(const QString &address) { return QStringLiteral("host ") + address; }

// `crypto isakmp key` / `no crypto isakmp key`: IPv6 peers take `address ipv6 X/128` (public IOS 15
// lab configs with `crypto map ipv6`).
QString isakmpKeyLine(const CiscoIosPlan &p, bool remove)
{
    const QString target = p.ipv6 ? QStringLiteral("address ipv6 %1/128").arg(p.peerWan)
                                  : QStringLiteral("address %1").arg(p.peerWan);
    if (remove)
        return QStringLiteral("no crypto isakmp key %1 %2").arg(p.psk, target);
    // no-xauth only exists on the IPv4 form as far as verified.
    return QStringLiteral("crypto isakmp key %1 %2%3").arg(p.psk, target, p.ipv6 ? QString() : QStringLiteral(" no-xauth"));
}

QString aclHeader(const CiscoIosPlan &p, const QString &name)
{
    return p.ipv6 ? QStringLiteral("ipv6 access-list ") + name : QStringLiteral("ip access-list extended ") + name;
}

QString mapEntryHeader(const CiscoIosPlan &p)
{
    return p.ipv6 ? QStringLiteral("crypto map ipv6 %1 %2 ipsec-isakmp").arg(p.mapName).arg(p.mapSequence)
                  : QStringLiteral("crypto map %1 %2 ipsec-isakmp").arg(p.mapName).arg(p.mapSequence);
}

QString interfaceMapLine(const CiscoIosPlan &p)
{
    return p.ipv6 ? QStringLiteral(" ipv6 crypto map ") + p.mapName : QStringLiteral(" crypto map ") + p.mapName;
}

void isakmpSection(const CiscoIosPlan &p, Text &t)
{
    t.comment(QStringLiteral("--- Phase 1, IKEv1: one isakmp policy per encryption x hash x group, in preference order."));
    t.comment(QStringLiteral("`authentication pre-share` is written on purpose: without it a policy uses the IOS default, rsa-sig."));
    const int first = p.isakmpPolicies.front().priority, last = p.isakmpPolicies.back().priority;
    t.comment((first == last ? QStringLiteral("Priority %1 is").arg(first) : QStringLiteral("Priorities %1-%2 are").arg(first).arg(last)) +
              QStringLiteral(" this link's alone: if `show crypto isakmp policy` already lists a policy there,"));
    t.comment(QStringLiteral("the lines below would replace it; decide first what to keep."));
    for (const IsakmpPolicy &pol : p.isakmpPolicies) {
        t.line(QStringLiteral("crypto isakmp policy %1").arg(pol.priority));
        t.line(QStringLiteral(" encryption ") + pol.encryption);
        t.line(QStringLiteral(" hash ") + pol.hash);
        t.line(QStringLiteral(" authentication pre-share"));
        t.line(QStringLiteral(" group ") + pol.group);
        t.line(QStringLiteral(" lifetime %1").arg(p.ikeLifetimeS));
    }
    t.separator();
    t.comment(QStringLiteral("The pre-shared key for %1.%2")
                  .arg(p.peerName, p.ipv6 ? QString()
                                          : QStringLiteral(" no-xauth keeps remote-access XAUTH, if this router runs it, "
                                                           "away from this peer.")));
    t.line(isakmpKeyLine(p, false));
    t.separator();
}

void ikev2Section(const CiscoIosPlan &p, Text &t)
{
    t.comment(QStringLiteral("--- Phase 1, IKEv2."));
    if (std::any_of(p.ikev2Proposals.begin(), p.ikev2Proposals.end(), [](const Ikev2Proposal &pr) { return !pr.prf.isEmpty(); }))
        t.comment(QStringLiteral("IOS keeps GCM and CBC ciphers in separate proposals: GCM takes `prf`, CBC `integrity`."));
    for (const Ikev2Proposal &pr : p.ikev2Proposals) {
        t.line(QStringLiteral("crypto ikev2 proposal ") + pr.name);
        t.line(QStringLiteral(" encryption ") + pr.encryption.join(QLatin1Char(' ')));
        if (!pr.integrity.isEmpty())
            t.line(QStringLiteral(" integrity ") + pr.integrity.join(QLatin1Char(' ')));
        if (!pr.prf.isEmpty())
            t.line(QStringLiteral(" prf ") + pr.prf.join(QLatin1Char(' ')));
        t.line(QStringLiteral(" group ") + pr.groups.join(QLatin1Char(' ')));
    }
    t.separator();
    t.comment(QStringLiteral("`match address local` limits this policy to this router's WAN address. %1 must be an").arg(p.localWan));
    t.comment(QStringLiteral("address of %1 (behind NAT: put the interface's own address on that line).").arg(p.wanInterface));
    t.comment(QStringLiteral("Check first: if `show crypto ikev2 policy` lists only the default policy and this router has"));
    t.comment(QStringLiteral("other IKEv2 tunnels, give them a policy of their own before pasting: once a policy is"));
    t.comment(QStringLiteral("configured, IOS may stop using the default one for addresses no policy matches."));
    t.comment(QStringLiteral("IOS chooses IKEv2 proposals by local address, not by peer: every IKEv2 tunnel on this address,"));
    t.comment(QStringLiteral("also one not made by Tunnelwright, is offered these proposals; give them all the same settings."));
    t.line(QStringLiteral("crypto ikev2 policy ") + p.ikev2Name);
    t.line(QStringLiteral(" match address local ") + p.localWan);
    for (const Ikev2Proposal &pr : p.ikev2Proposals)
        t.line(QStringLiteral(" proposal ") + pr.name);
    t.separator();
    t.comment(QStringLiteral("The pre-shared key for %1.").arg(p.peerName));
    t.line(QStringLiteral("crypto ikev2 keyring ") + p.ikev2Name);
    t.line(QStringLiteral(" peer ") + p.peerName);
    t.line(QStringLiteral("  address ") + p.peerWan);
    t.line(QStringLiteral("  pre-shared-key ") + p.psk);
    t.separator();
    t.comment(QStringLiteral("IKEv2 lifetimes are not negotiated: each side rekeys on its own timer."));
    t.line(QStringLiteral("crypto ikev2 profile ") + p.ikev2Name);
    t.line(QStringLiteral(" match identity remote address %1 255.255.255.255").arg(p.peerWan));
    t.line(QStringLiteral(" identity local address ") + p.localWan);
    t.line(QStringLiteral(" authentication remote pre-share"));
    t.line(QStringLiteral(" authentication local pre-share"));
    t.line(QStringLiteral(" keyring local ") + p.ikev2Name);
    t.line(QStringLiteral(" lifetime %1").arg(p.ikeLifetimeS));
    t.line(QStringLiteral(" dpd %1 %2 on-demand").arg(kDpdIntervalS).arg(kDpdRetryS));
    t.separator();
}

void phase2Section(const CiscoIosPlan &p, Text &t)
{
    t.comment(QStringLiteral("--- Phase 2: transform sets in preference order (GCM carries its own integrity)."));
    for (const TransformSet &ts : p.transformSets) {
        t.line(QStringLiteral("crypto ipsec transform-set %1 %2").arg(ts.name, ts.transforms));
        t.line(QStringLiteral(" mode tunnel"));
    }
    t.separator();
    t.comment(QStringLiteral("--- Traffic to protect: one line per pair of networks, the mirror image of %1's IPsec policies.")
                  .arg(p.peerName));
    t.line(aclHeader(p, p.aclName));
    for (const QString &l : p.aclLines)
        t.line(QLatin1Char(' ') + l);
    t.separator();
}

void mapSection(const CiscoIosPlan &p, Text &t)
{
    t.comment(QStringLiteral("--- The tunnel: entry %1 of %2, the crypto map all Tunnelwright links of this router share.")
                  .arg(p.mapSequence)
                  .arg(p.mapName));
    if (!p.pfs)
        t.comment(QStringLiteral("No PFS (pfs_group is null): `set pfs` is left out; %1's side is written without PFS too.")
                      .arg(p.peerName));
    t.comment(QStringLiteral("The volume lifetime is set to its largest value: %1 has none, so rekeying goes by time.")
                  .arg(p.peerName));
    t.line(mapEntryHeader(p));
    t.line(QStringLiteral(" description TW %1 to %2").arg(p.linkName, p.peerName));
    t.line(QStringLiteral(" set peer ") + p.peerWan);
    t.line(QStringLiteral(" set transform-set ") + p.transformSetList());
    if (p.pfs)
        t.line(QStringLiteral(" set pfs ") + *p.pfs);
    t.line(QStringLiteral(" set security-association lifetime seconds %1").arg(p.espLifetimeS));
    t.line(QStringLiteral(" set security-association lifetime kilobytes %1").arg(kSaLifetimeKilobytes));
    if (p.ikev2)
        t.line(QStringLiteral(" set ikev2-profile ") + p.ikev2Name);
    t.line(QStringLiteral(" match address ") + p.aclName);
    t.separator();
}

void natSection(const CiscoIosPlan &p, Text &t)
{
    if (p.ipv6) {
        t.comment(QStringLiteral("--- NAT exemption: none needed, `ip nat` does not translate IPv6."));
        t.separator();
        return;
    }
    if (!p.natBypass) {
        t.comment(QStringLiteral("--- NAT exemption not written (nat_bypass is false): no NAT rule of this router may translate"));
        t.comment(QStringLiteral("traffic from %1 to %2, or it leaves unencrypted.")
                      .arg(p.localSubnets.join(QStringLiteral(", ")), p.remoteSubnets.join(QStringLiteral(", "))));
        t.separator();
        return;
    }
    t.comment(QStringLiteral("--- NAT exemption. IOS translates inside->outside before it looks at the crypto map, so tunnel"));
    t.comment(QStringLiteral("traffic must skip PAT. Route-map %1 is shared: deny entries (one per link) first, then permit").arg(kNatRouteMap));
    t.comment(QStringLiteral("entries from %1 on that translate everything else.").arg(kNatPermitBase));
    t.comment(QStringLiteral("An existing `ip nat inside source list ... interface %1 overload` must be removed")
                  .arg(p.wanInterface));
    t.comment(QStringLiteral("(the %1 statement below replaces it for %2),").arg(kNatRouteMap, p.localSubnets.join(QStringLiteral(", "))));
    t.comment(QStringLiteral("or its access list must deny the tunnel pairs first. Do that before pasting: while"));
    t.comment(QStringLiteral("translations are in use, `no ip nat inside source ...` asks to confirm (`clear ip nat"));
    t.comment(QStringLiteral("translation *` ends them, a short break for every NATed connection). A static translation"));
    t.comment(QStringLiteral("(`ip nat inside source static ...`) of a host in these networks still rewrites its tunnel"));
    t.comment(QStringLiteral("traffic: give that statement a route-map that denies the tunnel pairs."));
    t.line(aclHeader(p, p.natAclName));
    for (const QString &l : p.natAclLines)
        t.line(QLatin1Char(' ') + l);
    t.separator();
    t.line(QStringLiteral("route-map %1 deny %2").arg(kNatRouteMap).arg(p.natDenySequence));
    t.line(QStringLiteral(" match ip address ") + p.aclName);
    t.line(QStringLiteral("route-map %1 permit %2").arg(kNatRouteMap).arg(p.natPermitSequence));
    t.line(QStringLiteral(" match ip address ") + p.natAclName);
    t.separator();
    t.line(QStringLiteral("ip nat inside source route-map %1 interface %2 overload").arg(kNatRouteMap, p.wanInterface));
    t.separator();
    t.line(QStringLiteral("interface ") + *p.lanInterface);
    t.line(QStringLiteral(" ip nat inside"));
    t.separator();
}

QStringList firewallLines(const CiscoIosPlan &p)
{
    const QString from = host(p.peerWan), to = host(p.localWan);
    QStringList l;
    l << QStringLiteral("permit udp %1 %2 eq 500").arg(from, to);
    if (p.mayUseUdp4500)
        l << QStringLiteral("permit udp %1 %2 eq 4500").arg(from, to);
    l << QStringLiteral("permit esp %1 %2").arg(from, to);
    return l;
}

void firewallSection(const CiscoIosPlan &p, Text &t)
{
    if (!p.firewall) {
        t.comment(QStringLiteral("--- Firewall: not written (firewall is false)."));
        t.separator();
        return;
    }
    // The inbound filter's name and its deny entries are unknown here, and lines appended to an
    // access list land after its final deny: so the lines are given for the user to insert.
    t.comment(QStringLiteral("--- Firewall. If %1 filters inbound traffic").arg(p.wanInterface));
    t.comment(QStringLiteral("(`%1`),")
                  .arg(p.ipv6 ? QStringLiteral("show ipv6 interface %1 | include access list").arg(p.wanInterface)
                              : QStringLiteral("show ip interface %1 | include access list").arg(p.wanInterface)));
    t.comment(QStringLiteral("insert these lines into that access list above its deny entries (with a zone-based firewall:"));
    t.comment(QStringLiteral("allow the same from the outside zone to the self zone):"));
    for (const QString &l : firewallLines(p))
        t.comment(QLatin1Char(' ') + l);
    t.separator();
}

void interfaceSection(const CiscoIosPlan &p, Text &t)
{
    t.comment(QStringLiteral("--- Apply. An interface carries one crypto map: if %1 already has another one").arg(p.wanInterface));
    t.comment(QStringLiteral("(show running-config interface %1), add the entry above to that map").arg(p.wanInterface));
    t.comment(QStringLiteral("instead of %1.").arg(p.mapName));
    t.comment(QStringLiteral("Traffic to %1 must be routed out of %2 (a default route there does it).")
                  .arg(p.remoteSubnets.join(QStringLiteral(", ")), p.wanInterface));
    t.line(QStringLiteral("interface ") + p.wanInterface);
    if (p.natBypass)
        t.line(QStringLiteral(" ip nat outside"));
    t.line(interfaceMapLine(p));
}

QString aclRemoveLine(const CiscoIosPlan &p, const QString &name)
{
    return QStringLiteral("no ") + aclHeader(p, name);
}

} // namespace

QString CiscoIosConfig::fileBase(const CiscoIosPlan &plan) { return plan.linkName + QLatin1Char('/') + plan.siteName; }

QStringList CiscoIosConfig::headerFacts(const CiscoIosPlan &p)
{
    return {QStringLiteral("project: ") + p.projectName,
            QStringLiteral("link: %1 (%2)").arg(p.linkName, p.objectPath),
            QStringLiteral("site: %1 (%2), platform cisco-ios").arg(p.siteName, p.sideLetter),
            QStringLiteral("peer: %1 (%2), %3, platform %4").arg(p.peerName, p.peerSideLetter, p.peerWan, p.peerPlatform),
            QStringLiteral("IKE version %1, %2").arg(p.ikev2 ? 2 : 1).arg(p.ipv6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4"))};
}

QByteArray CiscoIosConfig::config(const CiscoIosPlan &p)
{
    Text t;
    const QString base = fileBase(p);
    FileHeader h;
    h.title = QStringLiteral("IPsec site-to-site, Cisco IOS side");
    h.facts = headerFacts(p);
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
    h.facts = headerFacts(p);
    h.instructions << QStringLiteral("Removes what %1.cfg added. Paste into `configure terminal`; the last lines leave").arg(base)
                   << QStringLiteral("configuration mode and clear this peer's security associations. Then `write memory`.");
    if (rollbackHoldsKey(p))
        h.instructions << QStringLiteral("This file holds the pre-shared key: IOS removes `crypto isakmp key` only when given")
                       << QStringLiteral("the key again. Keep it like a password; if the key was changed on the router since,")
                       << QStringLiteral("put the current one in that line.");
    t.raw(renderHeader(h, kMarker));

    // Dependents before what they reference: map entry, NAT entry, ACL, transform sets, IKE.
    t.comment(QStringLiteral("--- The tunnel entry. %1 itself stays on %2: other links may use it.").arg(p.mapName, p.wanInterface));
    t.line(p.ipv6 ? QStringLiteral("no crypto map ipv6 %1 %2").arg(p.mapName).arg(p.mapSequence)
                  : QStringLiteral("no crypto map %1 %2").arg(p.mapName).arg(p.mapSequence));
    t.separator();
    if (p.natBypass) {
        t.comment(QStringLiteral("--- NAT exemption: only this link's deny entry goes. The permit entry stays so that"));
        t.comment(QStringLiteral("%1 keeps its Internet access through %2.").arg(p.localSubnets.join(QStringLiteral(", ")), kNatRouteMap));
        t.line(QStringLiteral("no route-map %1 deny %2").arg(kNatRouteMap).arg(p.natDenySequence));
        t.separator();
    }
    t.line(aclRemoveLine(p, p.aclName));
    t.separator();
    for (const TransformSet &ts : p.transformSets)
        t.line(QStringLiteral("no crypto ipsec transform-set ") + ts.name);
    t.separator();
    if (p.ikev2) {
        t.line(QStringLiteral("no crypto ikev2 profile ") + p.ikev2Name);
        t.line(QStringLiteral("no crypto ikev2 keyring ") + p.ikev2Name);
        t.line(QStringLiteral("no crypto ikev2 policy ") + p.ikev2Name);
        for (const Ikev2Proposal &pr : p.ikev2Proposals)
            t.line(QStringLiteral("no crypto ikev2 proposal ") + pr.name);
    } else {
        for (const IsakmpPolicy &pol : p.isakmpPolicies)
            t.line(QStringLiteral("no crypto isakmp policy %1").arg(pol.priority));
        t.line(isakmpKeyLine(p, true));
    }
    t.separator();

    t.comment(QStringLiteral("--- Shared objects stay. Remove them only when no Tunnelwright link is left on this router"));
    t.comment(p.natBypass ? QStringLiteral("(and your own NAT rule is back):") : QStringLiteral("(nothing else uses %1):").arg(p.mapName));
    if (p.natBypass) {
        t.comment(QStringLiteral(" no ip nat inside source route-map %1 interface %2 overload").arg(kNatRouteMap, p.wanInterface));
        t.comment(QStringLiteral(" no route-map %1").arg(kNatRouteMap));
        t.comment(QLatin1Char(' ') + aclRemoveLine(p, p.natAclName));
        t.comment(QStringLiteral(" interface ") + *p.lanInterface);
        t.comment(QStringLiteral("  no ip nat inside"));
    }
    t.comment(QStringLiteral(" interface ") + p.wanInterface);
    if (p.natBypass)
        t.comment(QStringLiteral("  no ip nat outside"));
    t.comment(QStringLiteral("  no") + interfaceMapLine(p));
    t.separator();
    t.line(QStringLiteral("end"));
    if (p.ipv6)
        t.comment(QStringLiteral("The SAs with %1 end with their lifetime; `show crypto session` lists what is left.").arg(p.peerWan));
    else
        t.line(QStringLiteral("clear crypto sa peer ") + p.peerWan);
    return t.bytes();
}

} // namespace tw::ciscoios

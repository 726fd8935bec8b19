#include "render/ciscoios/CiscoIosPlan.h"

#include "model/Vocabulary.h"
#include "render/ciscoios/CiscoIosDialect.h"

#include <algorithm>

namespace tw::ciscoios {
namespace {

// checkSite has already refused every value without a token; this only keeps an impossible gap
// visible instead of writing an empty token.
QString tokenOr(const std::optional<QString> &t) { return t.value_or(QStringLiteral("UNEXPRESSIBLE")); }

QList<Ikev2Proposal> proposalsFor(const IkeProposal &ike, QStringView base)
{
    Ikev2Proposal cbc, gcm;
    bool gcmFirst = false;
    for (Encryption e : ike.encryption) {
        if (isAead(e)) {
            gcmFirst = gcmFirst || cbc.encryption.isEmpty();
            gcm.encryption << tokenOr(CiscoIosDialect::ikev2Encryption(e));
        } else {
            cbc.encryption << tokenOr(CiscoIosDialect::ikev2Encryption(e));
        }
    }
    QStringList hashes, groups;
    for (Integrity i : ike.integrity)
        hashes << tokenOr(CiscoIosDialect::ikev2Integrity(i));
    for (DhGroup g : ike.dhGroups)
        groups << tokenOr(CiscoIosDialect::ikev2Group(g));
    cbc.integrity = hashes;
    cbc.groups = groups;
    gcm.prf = hashes; // with GCM the integrity list chooses the PRF
    gcm.groups = groups;

    const bool both = !cbc.encryption.isEmpty() && !gcm.encryption.isEmpty();
    cbc.name = base.toString();
    gcm.name = both ? QString(base + QStringLiteral("-GCM")) : cbc.name;
    QList<Ikev2Proposal> out;
    // Proposals follow the first appearance of their kind in the encryption list.
    if (gcmFirst && !gcm.encryption.isEmpty())
        out << gcm;
    if (!cbc.encryption.isEmpty())
        out << cbc;
    if (!gcmFirst && !gcm.encryption.isEmpty())
        out << gcm;
    return out;
}

// Transform sets: encryption outer, integrity inner, so the preference order survives.
QList<TransformSet> transformSetsFor(const EspProposal &esp, QStringView base)
{
    QList<TransformSet> sets;
    sets.reserve(esp.encryption.size() * std::max(qsizetype(1), esp.integrity.size()));
    const auto add = [&](std::initializer_list<QStringView> transforms) {
        const NumberText number(sets.size() + 1);
        sets.append(TransformSet{JoinedText{base, u"-", number}, JoinedText(transforms)});
    };
    for (Encryption e : esp.encryption) {
        const QString enc = tokenOr(CiscoIosDialect::espEncryption(e));
        if (isAead(e)) {
            add({enc});
            continue;
        }
        for (Integrity i : esp.integrity) {
            const QString integrity = tokenOr(CiscoIosDialect::espIntegrity(i));
            add({enc, u" ", integrity});
        }
    }
    return sets;
}

void addAclAddresses(const QList<ResolvedSubnet> &subnets, QVarLengthArray<JoinedText, 4> &out)
{
    out.reserve(subnets.size());
    for (const ResolvedSubnet &s : subnets)
        out.append(CiscoIosDialect::aclAddress(s.subnet));
}

// The texts of `items` (textOf(item)) joined by `separator`, in place: subnet lists
// ("192.168.1.0/24, 192.168.2.0/24") and transform-set names.
template <typename Item, typename TextOf>
JoinedText joined(const QList<Item> &items, QStringView separator, TextOf textOf)
{
    JoinedText out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out.append(separator);
        out.append(textOf(items[i]));
    }
    return out;
}

JoinedText listed(const QList<ResolvedSubnet> &subnets)
{
    return joined(subnets, u", ", [](const ResolvedSubnet &s) { return QStringView(s.text); });
}

JoinedText baseName(const SiteToSiteLink &link) { return {u"TW-", link.name}; }
JoinedText natAclNameOf(QStringView base) { return {base, u"-NAT"}; }

} // namespace

JoinedText captureAclName(QStringView linkName) { return {u"TW-CAP-", linkName}; }

QStringList routerWideNames(const SiteToSiteLink &link, Side side)
{
    const JoinedText baseText = baseName(link);
    const QString base = QStringView(baseText).toString();
    QStringList names{QStringLiteral("access-list ") + base,
                      QStringLiteral("access-list ") + QStringView(captureAclName(link.name))};
    // As build() decides: an IPv4 end with NAT bypass has the NAT access list (an unparsable address
    // counts as IPv4 here; check reports it anyway).
    const Site &site = link.site(side);
    const auto wan = parseAddress(site.wanAddress);
    if (site.natBypass && (!wan || familyOf(*wan) == Family::V4))
        names << QStringLiteral("access-list ") + QStringView(natAclNameOf(base));
    for (const TransformSet &t : transformSetsFor(link.esp, base))
        names << QStringLiteral("transform-set ") + QStringView(t.name);
    if (link.ike.version == IkeVersion::V2) {
        names << QStringLiteral("ikev2 policy ") + base << QStringLiteral("ikev2 keyring ") + base
              << QStringLiteral("ikev2 profile ") + base;
        for (const Ikev2Proposal &proposal : proposalsFor(link.ike, base))
            names << QStringLiteral("ikev2 proposal ") + proposal.name;
    }
    return names;
}

CiscoIosPlan CiscoIosPlan::build(const SiteContext &ctx)
{
    const SiteToSiteLink &link = *ctx.link;
    const Site &local = *ctx.local.site;
    const Site &peer = *ctx.remote.site;
    const JoinedText baseText = baseName(link);
    const QStringView base = baseText;

    CiscoIosPlan p;
    p.projectName = ctx.project ? ctx.project->name : QString();
    p.linkName = link.name;
    p.objectPath = ctx.objectPath;
    p.routerOrdinal = ctx.routerOrdinal;
    p.siteName = local.name;
    p.fileBase = {link.name, u"/", local.name};
    p.sideLetter = ctx.side == Side::A ? QStringLiteral("a") : QStringLiteral("b");
    p.peerName = peer.name;
    p.peerSideLetter = ctx.side == Side::A ? QStringLiteral("b") : QStringLiteral("a");
    p.peerPlatform = token(peer.platform);
    p.localWan = ctx.local.wanText;
    p.peerWan = ctx.remote.wanText;
    p.ipv6 = ctx.family() == Family::V6;
    p.ikev2 = link.ike.version == IkeVersion::V2;
    p.wanInterface = local.wanInterface;
    p.lanInterface = local.lanInterface;

    p.ikeLifetimeS = link.ike.lifetimeS;
    p.psk = link.psk;
    if (p.ikev2) {
        p.ikev2Name = baseText;
        p.ikev2Proposals = proposalsFor(link.ike, base);
    } else {
        int k = 0;
        for (Encryption e : link.ike.encryption)
            for (Integrity i : link.ike.integrity)
                for (DhGroup g : link.ike.dhGroups)
                    p.isakmpPolicies << IsakmpPolicy{isakmpPriorityOf(ctx.routerOrdinal, k++),
                                                     tokenOr(CiscoIosDialect::isakmpEncryption(e)),
                                                     tokenOr(CiscoIosDialect::isakmpHash(i)),
                                                     tokenOr(CiscoIosDialect::isakmpGroup(g))};
    }

    p.transformSets = transformSetsFor(link.esp, base);
    p.transformSetNames = joined(p.transformSets, u" ", [](const TransformSet &t) { return QStringView(t.name); });
    if (link.esp.pfsGroup)
        p.pfs = tokenOr(CiscoIosDialect::pfsGroup(*link.esp.pfsGroup));
    p.espLifetimeS = link.esp.lifetimeS;
    p.mapName = p.ipv6 ? kMapName6 : kMapName;
    p.mapSequence = mapSequenceOf(ctx.routerOrdinal);
    p.aclName = baseText;
    addAclAddresses(ctx.local.subnets, p.localAcl);
    addAclAddresses(ctx.remote.subnets, p.remoteAcl);
    p.pairs = ctx.pairs;

    p.natBypass = local.natBypass && !p.ipv6;
    p.natAclName = natAclNameOf(base);
    p.natDenySequence = p.mapSequence;
    p.natPermitSequence = kNatPermitBase + p.mapSequence;

    p.firewall = local.firewall;
    p.mayUseUdp4500 = link.mayUseUdp4500();
    p.localSubnets = listed(ctx.local.subnets);
    p.remoteSubnets = listed(ctx.remote.subnets);
    if (!ctx.remote.subnets.isEmpty())
        p.pingTarget = ctx.remote.subnets.front().firstHost;
    p.headerFacts.lines("! project: %1\n"
                        "! link: %2 (%3)\n"
                        "! site: %4 (%5), platform cisco-ios\n"
                        "! peer: %6 (%7), %8, platform %9\n",
                        {p.projectName, p.linkName, p.objectPath, p.siteName, p.sideLetter, p.peerName,
                         p.peerSideLetter, p.peerWan, p.peerPlatform});
    p.headerFacts.lines("! IKE version %1, %2\n", {p.ikev2 ? u"2" : u"1", p.ipv6 ? u"IPv6" : u"IPv4"});
    return p;
}

} // namespace tw::ciscoios

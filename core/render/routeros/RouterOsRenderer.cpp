#include "render/routeros/RouterOsRenderer.h"

#include "model/Address.h"
#include "model/Vocabulary.h"
#include "render/FileHeader.h"
#include "render/routeros/RouterOsCapabilities.h"
#include "render/routeros/RouterOsDialect.h"
#include "render/routeros/RouterOsNames.h"
#include "render/routeros/RouterOsProposalArguments.h"
#include "render/routeros/RouterOsQuote.h"
#include "render/routeros/RouterOsScriptWriter.h"
#include "render/routeros/RouterOsTroubleshooting.h"

#include <QStringList>
#include <QVarLengthArray>

// Site-to-site IPsec for one RouterOS side of a link. 6.43+ and v7 write profile, proposal, peer,
// identity and policies (reference/routeros-notes.md section 1); before 6.43 the peer carries the
// key and phase 1, and policies name their SA ends with sa-src-address/sa-dst-address.

namespace tw::routeros {
namespace {

QStringView sideLetter(Side s) { return s == Side::A ? QStringView(u"a") : QStringView(u"b"); }

// The site's address as a host prefix: 192.0.2.1/32.
JoinedText hostPrefix(const ResolvedSite &s)
{
    return {s.wanText, familyOf(s.wan) == Family::V4 ? QStringView(u"/32") : QStringView(u"/128")};
}

const RouterOsRuleTable &filterTable(Family f) { return f == Family::V4 ? kIpFilterTable : kIpv6FilterTable; }

// The names a side's files use. The file names come from the site's name (hq: hq.rsc and
// hq.rollback.rsc, which the headers name), the rest from the link's.
struct SiteNames {
    explicit SiteNames(const SiteContext &ctx)
        : object(RouterOsNames::object(ctx.link->name)), tag(RouterOsNames::comment(ctx.link->name)), quotedTag(tag)
    {
    }
    JoinedText object;             // tw-hq-branch
    JoinedText tag;                // tunnelwright:hq-branch
    RouterOsQuotedValue quotedTag; // "tunnelwright:hq-branch", quoted once for the sheet
};

// The values this side's script and rollback write, each quoted once: most stand in several
// commands.
struct ScriptValues {
    using Id = RouterOsValueSet::Id;
    ScriptValues(const SiteContext &ctx, const RouterOsDialect &d, const SiteNames &n,
                 const RouterOsProposalValues &proposal)
        : object(set.text(n.object)), tag(set.text(n.tag)), byName(set.findBy("name", n.object)),
          byTag(set.findBy("comment", n.tag)), proposal(set, proposal)
    {
        const IkeProposal &ike = ctx.link->ike;
        exchangeMode = set.word(d.exchangeMode(ike.version, ike.effectiveMode()).value_or(QString()));
        peerPrefix = set.word(hostPrefix(ctx.remote));
        peerAddress = set.word(ctx.remote.wanText);
        ownAddress = set.word(ctx.local.wanText);
        psk = set.text(ctx.link->psk);
        wanInterface = set.text(ctx.local.site->wanInterface);
        for (const ResolvedSubnet &subnet : ctx.local.subnets)
            localSubnets.append(set.word(subnet.text));
        for (const ResolvedSubnet &subnet : ctx.remote.subnets)
            remoteSubnets.append(set.word(subnet.text));
    }
    ScriptValues(const ScriptValues &) = delete; // `proposal` refers to this object's set
    ScriptValues &operator=(const ScriptValues &) = delete;
    RouterOsValueSet set;
    Id object, tag;
    Id byName, byTag; // [find name=tw-...], [find comment="tunnelwright:..."]
    RouterOsProposalArguments proposal;
    Id exchangeMode;
    Id peerPrefix;  // the peer's address as a host prefix: 192.0.2.1/32
    Id peerAddress; // and alone
    Id ownAddress;
    Id psk, wanInterface;
    QVarLengthArray<Id, 4> localSubnets, remoteSubnets; // the sites' subnets' texts
    // A pair's subnets, as RouterOsSlots.
    RouterOsValueSet::View local(const SubnetPair &p) const { return set[localSubnets[p.localIndex]]; }
    RouterOsValueSet::View remote(const SubnetPair &p) const { return set[remoteSubnets[p.remoteIndex]]; }
};

// Every header of this side lists them.
HeaderFacts siteFacts(const SiteContext &ctx)
{
    const Site &local = *ctx.local.site;
    const Site &remote = *ctx.remote.site;
    const Side peerSide = ctx.side == Side::A ? Side::B : Side::A;
    HeaderFacts f("# ");
    f.lines("# project: %1\n"
            "# link: %2\n"
            "# site: %3 (%4)\n"
            "# platform: %5\n"
            "# peer: %6 (%7), %8, %9\n",
            {ctx.project->name, ctx.link->name, local.name, sideLetter(ctx.side), token(local.platform), remote.name,
             sideLetter(peerSide), ctx.remote.wanText, token(remote.platform)});
    return f;
}

// ---- the script -----------------------------------------------------------------------------

void writeIpsec(RouterOsScriptWriter &w, const SiteContext &ctx, const RouterOsDialect &d, const ScriptValues &v)
{
    const RouterOsKeyword natT = ctx.link->natTraversal ? RouterOsKeyword("yes") : RouterOsKeyword("no");
    const RouterOsValueSet &set = v.set;
    const auto writeProposal = [&] {
        w.startCommand("/ip ipsec proposal add name=%1", {set[v.object]});
        v.proposal.addPhase2(w);
        if (d.proposalTakesComment())
            w.addArguments(" comment=%1", {set[v.tag]});
        w.endCommand();
    };

    if (d.hasProfiles()) {
        w.comment("# Phase 1 (IKE). A profile has no comment: the rollback finds it by its name.\n");
        w.startCommand("/ip ipsec profile add name=%1", {set[v.object]});
        v.proposal.addPhase1(w, natT);
        w.endCommand();
        w.comment("\n# Phase 2 (ESP). pfs-group must be the same on both routers (none = no PFS).\n");
        writeProposal();
        w.comment("\n# The peer: its address, our own address, the IKE exchange and the phase-1 profile.\n");
        w.command("/ip ipsec peer add name=%1 address=%2 local-address=%3 exchange-mode=%4 profile=%1"
                  " send-initial-contact=yes comment=%5",
                  {set[v.object], set[v.peerPrefix], set[v.ownAddress], set[v.exchangeMode], set[v.tag]});
        w.comment("\n# Authentication: the pre-shared key, identical on both routers. No generated policies:\n"
                  "# the policies below are the whole agreement.\n");
        if (RouterOsTroubleshooting::hasIdentityAdvice(ctx)) {
            w.comment("# The Cisco finds this router by the identity it sends (my-id=auto: local-address). Behind\n"
                      "# NAT, with local-address changed, see the troubleshooting file (Firewall and addresses).\n");
        }
        w.command("/ip ipsec identity add peer=%1 auth-method=pre-shared-key secret=%2 generate-policy=no comment=%3",
                  {set[v.object], set[v.psk], set[v.tag]});
    } else {
        w.comment("# Phase 2 (ESP). pfs-group must be the same on both routers (none = no PFS).\n");
        writeProposal();
        w.comment("\n# The peer. Before 6.43 it also holds the pre-shared key (identical on both routers)\n"
                  "# and every phase-1 (IKE) setting. It has no name: the rollback finds it by its comment.\n");
        w.startCommand("/ip ipsec peer add address=%1 local-address=%2 exchange-mode=%3 auth-method=pre-shared-key"
                       " secret=%4 generate-policy=no send-initial-contact=yes",
                       {set[v.peerPrefix], set[v.ownAddress], set[v.exchangeMode], set[v.psk]});
        v.proposal.addPhase1(w, natT);
        w.addArguments(" comment=%1", {set[v.tag]});
        w.endCommand();
    }
    w.comment("\n# One policy per pair of protected networks, in the order the peer lists them (mirrored).\n");
    // With level=require the kernel lets policies towards one peer share an SA, while the peer
    // negotiates one per pair and drops traffic that arrives on another pair's SA; level=unique
    // gives every policy its own SAs (RouterOS manual: "a unique SA that is only used with this
    // particular policy"). A single pair needs no such care.
    const bool severalPairs = ctx.pairs.size() > 1;
    if (severalPairs)
        w.comment("# level=unique: each pair gets its own SAs, as the peer negotiates them.\n");
    const RouterOsKeyword level = severalPairs ? RouterOsKeyword("unique") : RouterOsKeyword("require");
    for (const SubnetPair &pair : ctx.pairs) {
        if (d.hasProfiles())
            w.startCommand("/ip ipsec policy add peer=%1", {set[v.object]});
        else
            w.startCommand("/ip ipsec policy add sa-src-address=%1 sa-dst-address=%2",
                           {set[v.ownAddress], set[v.peerAddress]});
        w.addArguments(" tunnel=yes src-address=%1 dst-address=%2 protocol=all action=encrypt level=%3"
                       " ipsec-protocols=esp proposal=%4 comment=%5",
                       {v.local(pair), v.remote(pair), level, set[v.object], set[v.tag]});
        w.endCommand();
    }
}

void writeFirewall(RouterOsScriptWriter &w, const SiteContext &ctx, const ScriptValues &v)
{
    const Site &site = *ctx.local.site;
    const Family family = ctx.family();
    const RouterOsRuleTable &filter = filterTable(family);
    const RouterOsValueSet &set = v.set;
    const RouterOsValueSet::View peer = set[family == Family::V4 ? v.peerAddress : v.peerPrefix];

    const bool natT = ctx.link->mayUseUdp4500();
    if (site.firewall) {
        w.blank();
        if (natT)
            w.comment("# Firewall, input: let IKE (UDP 500), NAT-T (UDP 4500) and ESP from the peer reach this router.\n");
        else
            w.comment("# Firewall, input: let IKE (UDP 500) and ESP from the peer reach this router.\n");
        w.comment("# Each rule goes above the first rule of the table (above any drop), or is the first rule\n"
                  "# of an empty one.\n");
        w.addAtTop(filter, " chain=input action=accept protocol=udp dst-port=%1 src-address=%2 in-interface=%3 comment=%4",
                   {natT ? RouterOsKeyword("500,4500") : RouterOsKeyword("500"), peer, set[v.wanInterface], set[v.tag]});
        w.addAtTop(filter, " chain=input action=accept protocol=ipsec-esp src-address=%1 in-interface=%2 comment=%3",
                   {peer, set[v.wanInterface], set[v.tag]});
        w.comment("\n# Firewall, forward: accept what comes out of and goes into the tunnel, above any FastTrack\n"
                  "# rule: FastTrack skips the IPsec policies, so fast-tracked packets would leave unencrypted.\n");
        for (const SubnetPair &pair : ctx.pairs) {
            w.addAtTop(filter, " chain=forward action=accept ipsec-policy=in,ipsec src-address=%1 dst-address=%2 comment=%3",
                       {v.remote(pair), v.local(pair), set[v.tag]});
            w.addAtTop(filter, " chain=forward action=accept ipsec-policy=out,ipsec src-address=%1 dst-address=%2 comment=%3",
                       {v.local(pair), v.remote(pair), set[v.tag]});
        }
    }
    if (!site.natBypass)
        return;
    w.blank();
    if (family == Family::V6) {
        w.comment("# NAT bypass: none for IPv6. These networks are routed without source NAT; if this router\n"
                  "# masquerades IPv6, add a srcnat accept for each pair above that rule yourself.\n");
        return;
    }
    w.comment("# NAT bypass: masquerade would rewrite the source before the policies see it. Accept these\n"
              "# pairs in srcnat above every other rule (connections tried earlier keep their NAT: see the\n"
              "# troubleshooting file).\n");
    for (const SubnetPair &pair : ctx.pairs)
        w.addAtTop(kIpNatTable, " chain=srcnat action=accept src-address=%1 dst-address=%2 comment=%3",
                   {v.local(pair), v.remote(pair), set[v.tag]});
}

QByteArray siteScript(const SiteContext &ctx, const RouterOsDialect &d, const HeaderFacts &facts, const ScriptValues &v)
{
    const QString &site = ctx.local.site->name;
    RouterOsScriptWriter w;
    FileHeader h = w.header("IPsec site-to-site, RouterOS side");
    h.facts(facts);
    h.instructions("# Apply: upload this file to the router (Files, or scp), then run\n"
                   "#   /import file-name=%1.rsc verbose=yes\n"
                   "# Undo: upload %1.rollback.rsc and run /import file-name=%1.rollback.rsc verbose=yes\n"
                   "# Apply once: to change the tunnel, run the rollback, then import the new file.\n"
                   "# This file holds the pre-shared key: afterwards remove it with /file remove %1.rsc\n",
                   {site});
    h.end();
    writeIpsec(w, ctx, d, v);
    writeFirewall(w, ctx, v);
    return w.take();
}

QByteArray siteRollback(const SiteContext &ctx, const RouterOsDialect &d, const HeaderFacts &facts, const ScriptValues &v)
{
    const Site &site = *ctx.local.site;
    RouterOsScriptWriter w;
    FileHeader h = w.header("IPsec site-to-site rollback, RouterOS side");
    h.facts(facts);
    h.instructions("# Removes exactly what %1.rsc added (found by name tw-... or comment tunnelwright:...).\n"
                   "# Run: /import file-name=%1.rollback.rsc verbose=yes\n",
                   {site.name});
    h.end();
    const RouterOsValueSet::View byTag = v.set[v.byTag], byName = v.set[v.byName];
    w.comment("# Dependents first: policies, then what they use.\n");
    w.command("/ip ipsec policy remove %1", {byTag});
    if (d.hasProfiles()) {
        w.command("/ip ipsec identity remove %1", {byTag});
        w.command("/ip ipsec peer remove %1", {byName});
        w.command("/ip ipsec profile remove %1", {byName});
    } else {
        w.command("/ip ipsec peer remove %1", {byTag});
    }
    w.command("/ip ipsec proposal remove %1", {byName});
    if (site.firewall) {
        w.comment("\n# Firewall rules of this link.\n");
        if (ctx.family() == Family::V4)
            w.command("/ip firewall filter remove %1", {byTag});
        else
            w.command("/ipv6 firewall filter remove %1", {byTag});
    }
    if (site.natBypass && ctx.family() == Family::V4) {
        w.comment("\n# NAT bypass rules of this link.\n");
        w.command("/ip firewall nat remove %1", {byTag});
    }
    w.comment("\n# Security associations negotiated earlier end with their lifetime; to end them at once run\n"
              "# /ip ipsec installed-sa flush (this re-keys every other tunnel of the router too).\n");
    return w.take();
}

QByteArray siteTroubleshooting(const SiteContext &ctx, const RouterOsDialect &d, const SiteNames &n,
                               const HeaderFacts &facts, const RouterOsProposalValues &values)
{
    TextBuilder out(8192); // a sheet is a few kB: no growing step by step
    FileHeader h(out, "# ", "IPsec site-to-site troubleshooting, RouterOS side");
    h.facts(facts);
    h.instructions("# Type these commands in a terminal of the router (WinBox: New Terminal, or SSH).\n");
    h.end();
    RouterOsTroubleshooting::site(out, ctx, d, values, n.quotedTag);
    return out.take();
}

RenderedFile file(const SiteContext &ctx, const QString &path, FileKind kind, bool secret, QByteArray text)
{
    RenderedFile f;
    f.path = path;
    f.kind = kind;
    f.platform = ctx.local.site->platform;
    f.object = ctx.objectPath;
    f.site = ctx.side;
    f.holdsSecret = secret;
    f.bytes = std::move(text);
    return f;
}

} // namespace

void checkSite(const SiteToSiteLink &link, Side side, const QString &linkPath, Findings &out)
{
    const Site &site = link.site(side);
    const std::optional<RouterOsDialect> d = RouterOsDialect::of(site.platform);
    if (!d)
        return; // not a RouterOS side: the registry never calls us for one
    const QString sitePath = childPath(linkPath, sideLetter(side).toString());

    if (!d->exchangeMode(link.ike.version, link.ike.effectiveMode()))
        out.error(childPath(sitePath, QStringLiteral("platform")),
                  Findings::tr("%1 cannot use IKE version 2: RouterOS has IKEv2 from 6.38 on, and this platform stands "
                                 "for every version before 6.43. Upgrade the router to 6.43 or later and choose "
                                 "routeros-6, or set ike.version to 1")
                      .arg(d->platformToken()));
    if (site.firewall) // the only place a site script names the interface
        RouterOsCapabilities::checkInterface(*d, site.wanInterface, childPath(sitePath, QStringLiteral("wan_interface")), out);
    if (site.lanInterface)
        out.info(childPath(sitePath, QStringLiteral("lan_interface")),
                 Findings::tr("is used on Cisco IOS only (ip nat inside); %1 does not need it and ignores it")
                     .arg(d->platformToken()));

    // Link-wide values: when both ends speak the same dialect, side a has said it already.
    const Side other = side == Side::A ? Side::B : Side::A;
    if (side == Side::B && link.site(other).platform == site.platform)
        return;
    RouterOsCapabilities::checkIke(*d, link.ike, linkPath, out);
    RouterOsCapabilities::checkEsp(*d, link.esp, linkPath, out);
    RouterOsCapabilities::checkPsk(*d, link.psk, childPath(linkPath, QStringLiteral("psk")), out);
    if (!link.natTraversal && link.ike.version == IkeVersion::V2)
        out.error(childPath(linkPath, QStringLiteral("nat_traversal")),
                  Findings::tr("%1 cannot turn NAT traversal off for IKEv2: the profile's nat-traversal applies to "
                                 "IKEv1 only, and IKEv2 detects NAT by itself; set nat_traversal to true, or use IKE "
                                 "version 1")
                      .arg(d->platformToken()));
}

QList<RenderedFile> renderSite(const SiteContext &ctx)
{
    const std::optional<RouterOsDialect> d = RouterOsDialect::of(ctx.local.site->platform);
    if (!d)
        return {};
    const SiteNames n(ctx);
    const HeaderFacts facts = siteFacts(ctx);
    const QString &link = ctx.link->name, &site = ctx.local.site->name; // the files go to link/site.*
    const RouterOsProposalValues values = d->proposalValues(ctx.link->ike, ctx.link->esp); // script and sheet
    const ScriptValues scriptValues(ctx, *d, n, values);
    return {file(ctx, link + u'/' + site + u".rsc", FileKind::RouterOsScript, true,
                 siteScript(ctx, *d, facts, scriptValues)),
            file(ctx, link + u'/' + site + u".rollback.rsc", FileKind::RouterOsRollback, false,
                 siteRollback(ctx, *d, facts, scriptValues)),
            file(ctx, link + u'/' + site + u".troubleshooting.txt", FileKind::Troubleshooting, false,
                 siteTroubleshooting(ctx, *d, n, facts, values))};
}

} // namespace tw::routeros

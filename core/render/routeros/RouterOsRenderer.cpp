#include "render/routeros/RouterOsRenderer.h"

#include "model/Address.h"
#include "model/Vocabulary.h"
#include "render/FileHeader.h"
#include "render/routeros/RouterOsCapabilities.h"
#include "render/routeros/RouterOsDialect.h"
#include "render/routeros/RouterOsNames.h"
#include "render/routeros/RouterOsQuote.h"
#include "render/routeros/RouterOsScriptWriter.h"
#include "render/routeros/RouterOsTroubleshooting.h"

#include <QStringList>

// Site-to-site IPsec for one RouterOS side of a link. 6.43+ and v7 write profile, proposal, peer,
// identity and policies (reference/routeros-notes.md section 1); before 6.43 the peer carries the
// key and phase 1, and policies name their SA ends with sa-src-address/sa-dst-address.

namespace tw::routeros {
namespace {

QStringView sideLetter(Side s) { return s == Side::A ? QStringView(u"a") : QStringView(u"b"); }

QString hostPrefix(const ResolvedSite &s)
{
    return s.wanText + (familyOf(s.wan) == Family::V4 ? QStringLiteral("/32") : QStringLiteral("/128"));
}

const RouterOsRuleTable &filterTable(Family f) { return f == Family::V4 ? kIpFilterTable : kIpv6FilterTable; }

// The names a side's files use. The file names come from the site's name (hq: hq.rsc and
// hq.rollback.rsc, which the headers name), the rest from the link's.
struct SiteNames {
    QString object;                // tw-hq-branch
    QString tag;                   // tunnelwright:hq-branch
    RouterOsQuotedValue quotedTag; // "tunnelwright:hq-branch", quoted once for all the commands

    RouterOsArg comment() const { return RouterOsArg::quoted("comment", quotedTag); }
};

SiteNames namesOf(const SiteContext &ctx)
{
    QString tag = RouterOsNames::comment(ctx.link->name);
    const RouterOsQuotedValue quoted(tag);
    return {RouterOsNames::object(ctx.link->name), std::move(tag), quoted};
}

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

void writeIpsec(RouterOsScriptWriter &w, const SiteContext &ctx, const RouterOsDialect &d, const SiteNames &n,
                const RouterOsProposalValues &v)
{
    const SiteToSiteLink &link = *ctx.link;
    const IkeProposal &ike = link.ike;
    const QString mode = d.exchangeMode(ike.version, ike.effectiveMode()).value_or(QString());
    const RouterOsKeyword natT = link.natTraversal ? RouterOsKeyword("yes") : RouterOsKeyword("no");
    const QString peerAddress = hostPrefix(ctx.remote);
    const QString ownAddress = ctx.local.wanText;

    const auto addPhase1 = [&](RouterOsArgList &args) {
        // Every value written out: the defaults differ between versions and from the manual's tables.
        args << RouterOsArg::word("enc-algorithm", v.ikeEncryption)
             << RouterOsArg::word("hash-algorithm", v.ikeHash)
             << RouterOsArg::word("dh-group", v.ikeDhGroups)
             << RouterOsArg::word("lifetime", v.ikeLifetime)
             << RouterOsArg::keyword("nat-traversal", natT)
             // DPD also makes phase 1 re-key when its lifetime ends (IPsec manual).
             << RouterOsArg::keywords("proposal-check=obey dpd-interval=2m dpd-maximum-failures=5");
    };
    RouterOsArgList proposal{RouterOsArg::text("name", n.object),
                             RouterOsArg::word("auth-algorithms", v.espAuth),
                             RouterOsArg::word("enc-algorithms", v.espEncryption),
                             RouterOsArg::word("lifetime", v.espLifetime),
                             RouterOsArg::word("pfs-group", v.pfsGroup)};
    if (d.proposalTakesComment())
        proposal << n.comment();

    if (d.hasProfiles()) {
        w.comment("# Phase 1 (IKE). A profile has no comment: the rollback finds it by its name.\n");
        RouterOsArgList profile{RouterOsArg::text("name", n.object)};
        addPhase1(profile);
        w.command("/ip ipsec profile add", profile);
        w.comment("\n# Phase 2 (ESP). pfs-group must be the same on both routers (none = no PFS).\n");
        w.command("/ip ipsec proposal add", proposal);
        w.comment("\n# The peer: its address, our own address, the IKE exchange and the phase-1 profile.\n");
        w.command("/ip ipsec peer add", {RouterOsArg::text("name", n.object),
                                         RouterOsArg::word("address", peerAddress),
                                         RouterOsArg::word("local-address", ownAddress),
                                         RouterOsArg::word("exchange-mode", mode),
                                         RouterOsArg::text("profile", n.object),
                                         RouterOsArg::keyword("send-initial-contact", "yes"),
                                         n.comment()});
        w.comment("\n# Authentication: the pre-shared key, identical on both routers. No generated policies:\n"
                  "# the policies below are the whole agreement.\n");
        if (RouterOsTroubleshooting::hasIdentityAdvice(ctx)) {
            w.comment("# The Cisco finds this router by the identity it sends (my-id=auto: local-address). Behind\n"
                      "# NAT, with local-address changed, see the troubleshooting file (Firewall and addresses).\n");
        }
        w.command("/ip ipsec identity add", {RouterOsArg::text("peer", n.object),
                                             RouterOsArg::keyword("auth-method", "pre-shared-key"),
                                             RouterOsArg::text("secret", link.psk),
                                             RouterOsArg::keyword("generate-policy", "no"),
                                             n.comment()});
    } else {
        w.comment("# Phase 2 (ESP). pfs-group must be the same on both routers (none = no PFS).\n");
        w.command("/ip ipsec proposal add", proposal);
        w.comment("\n# The peer. Before 6.43 it also holds the pre-shared key (identical on both routers)\n"
                  "# and every phase-1 (IKE) setting. It has no name: the rollback finds it by its comment.\n");
        RouterOsArgList peer{RouterOsArg::word("address", peerAddress),
                             RouterOsArg::word("local-address", ownAddress),
                             RouterOsArg::word("exchange-mode", mode),
                             RouterOsArg::keyword("auth-method", "pre-shared-key"),
                             RouterOsArg::text("secret", link.psk),
                             RouterOsArg::keywords("generate-policy=no send-initial-contact=yes")};
        addPhase1(peer);
        peer << n.comment();
        w.command("/ip ipsec peer add", peer);
    }
    w.comment("\n# One policy per pair of protected networks, in the order the peer lists them (mirrored).\n");
    // With level=require the kernel lets policies towards one peer share an SA, while the peer
    // negotiates one per pair and drops traffic that arrives on another pair's SA; level=unique
    // gives every policy its own SAs (RouterOS manual: "a unique SA that is only used with this
    // particular policy"). A single pair needs no such care.
    const bool severalPairs = ctx.pairs.size() > 1;
    if (severalPairs)
        w.comment("# level=unique: each pair gets its own SAs, as the peer negotiates them.\n");
    for (const SubnetPair &pair : ctx.pairs) {
        RouterOsArgList args;
        if (d.hasProfiles())
            args << RouterOsArg::text("peer", n.object);
        else
            args << RouterOsArg::word("sa-src-address", ownAddress)
                 << RouterOsArg::word("sa-dst-address", ctx.remote.wanText);
        args << RouterOsArg::keyword("tunnel", "yes")
             << RouterOsArg::word("src-address", pair.localText)
             << RouterOsArg::word("dst-address", pair.remoteText)
             << RouterOsArg::keywords(severalPairs
                                          ? RouterOsKeywordRun("protocol=all action=encrypt level=unique ipsec-protocols=esp")
                                          : RouterOsKeywordRun("protocol=all action=encrypt level=require ipsec-protocols=esp"))
             << RouterOsArg::text("proposal", n.object)
             << n.comment();
        w.command("/ip ipsec policy add", args);
    }
}

void writeFirewall(RouterOsScriptWriter &w, const SiteContext &ctx, const SiteNames &n)
{
    const Site &site = *ctx.local.site;
    const Family family = ctx.family();
    const RouterOsRuleTable &filter = filterTable(family);
    const QString peer = family == Family::V4 ? ctx.remote.wanText : hostPrefix(ctx.remote);

    const bool natT = ctx.link->mayUseUdp4500();
    if (site.firewall) {
        w.blank();
        if (natT)
            w.comment("# Firewall, input: let IKE (UDP 500), NAT-T (UDP 4500) and ESP from the peer reach this router.\n");
        else
            w.comment("# Firewall, input: let IKE (UDP 500) and ESP from the peer reach this router.\n");
        w.comment("# Each rule goes above the first rule of the table (above any drop), or is the first rule\n"
                  "# of an empty one.\n");
        w.addAtTop(filter, {RouterOsArg::keywords("chain=input action=accept protocol=udp"),
                            RouterOsArg::keyword("dst-port", natT ? RouterOsKeyword("500,4500") : RouterOsKeyword("500")),
                            RouterOsArg::word("src-address", peer),
                            RouterOsArg::text("in-interface", site.wanInterface), n.comment()});
        w.addAtTop(filter, {RouterOsArg::keywords("chain=input action=accept protocol=ipsec-esp"),
                            RouterOsArg::word("src-address", peer),
                            RouterOsArg::text("in-interface", site.wanInterface), n.comment()});
        w.comment("\n# Firewall, forward: accept what comes out of and goes into the tunnel, above any FastTrack\n"
                  "# rule: FastTrack skips the IPsec policies, so fast-tracked packets would leave unencrypted.\n");
        for (const SubnetPair &pair : ctx.pairs) {
            w.addAtTop(filter, {RouterOsArg::keywords("chain=forward action=accept ipsec-policy=in,ipsec"),
                                RouterOsArg::word("src-address", pair.remoteText),
                                RouterOsArg::word("dst-address", pair.localText), n.comment()});
            w.addAtTop(filter, {RouterOsArg::keywords("chain=forward action=accept ipsec-policy=out,ipsec"),
                                RouterOsArg::word("src-address", pair.localText),
                                RouterOsArg::word("dst-address", pair.remoteText), n.comment()});
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
        w.addAtTop(kIpNatTable,
                   {RouterOsArg::keywords("chain=srcnat action=accept"),
                    RouterOsArg::word("src-address", pair.localText),
                    RouterOsArg::word("dst-address", pair.remoteText), n.comment()});
}

QByteArray siteScript(const SiteContext &ctx, const RouterOsDialect &d, const SiteNames &n, const HeaderFacts &facts,
                      const RouterOsProposalValues &values)
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
    writeIpsec(w, ctx, d, n, values);
    writeFirewall(w, ctx, n);
    return w.take();
}

QByteArray siteRollback(const SiteContext &ctx, const RouterOsDialect &d, const SiteNames &n, const HeaderFacts &facts)
{
    const Site &site = *ctx.local.site;
    RouterOsScriptWriter w;
    FileHeader h = w.header("IPsec site-to-site rollback, RouterOS side");
    h.facts(facts);
    h.instructions("# Removes exactly what %1.rsc added (found by name tw-... or comment tunnelwright:...).\n"
                   "# Run: /import file-name=%1.rollback.rsc verbose=yes\n",
                   {site.name});
    h.end();
    const RouterOsRollbackFinds finds(n.tag, n.object); // most commands below remove by one of them
    const RouterOsArg byTag = finds.byTag(), byName = finds.byName();
    w.comment("# Dependents first: policies, then what they use.\n");
    w.command("/ip ipsec policy remove", {byTag});
    if (d.hasProfiles()) {
        w.command("/ip ipsec identity remove", {byTag});
        w.command("/ip ipsec peer remove", {byName});
        w.command("/ip ipsec profile remove", {byName});
    } else {
        w.command("/ip ipsec peer remove", {byTag});
    }
    w.command("/ip ipsec proposal remove", {byName});
    if (site.firewall) {
        w.comment("\n# Firewall rules of this link.\n");
        w.command(ctx.family() == Family::V4 ? "/ip firewall filter remove" : "/ipv6 firewall filter remove",
                  {byTag});
    }
    if (site.natBypass && ctx.family() == Family::V4) {
        w.comment("\n# NAT bypass rules of this link.\n");
        w.command("/ip firewall nat remove", {byTag});
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
    const SiteNames n = namesOf(ctx);
    const HeaderFacts facts = siteFacts(ctx);
    const QString &link = ctx.link->name, &site = ctx.local.site->name; // the files go to link/site.*
    const RouterOsProposalValues values = d->proposalValues(ctx.link->ike, ctx.link->esp); // script and sheet
    return {file(ctx, link + u'/' + site + u".rsc", FileKind::RouterOsScript, true,
                 siteScript(ctx, *d, n, facts, values)),
            file(ctx, link + u'/' + site + u".rollback.rsc", FileKind::RouterOsRollback, false,
                 siteRollback(ctx, *d, n, facts)),
            file(ctx, link + u'/' + site + u".troubleshooting.txt", FileKind::Troubleshooting, false,
                 siteTroubleshooting(ctx, *d, n, facts, values))};
}

} // namespace tw::routeros

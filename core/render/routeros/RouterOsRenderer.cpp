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

const QString kComment = QStringLiteral("# ");

QString sideLetter(Side s) { return s == Side::A ? QStringLiteral("a") : QStringLiteral("b"); }

QString hostPrefix(const ResolvedSite &s)
{
    return s.wanText + (familyOf(s.wan) == Family::V4 ? QStringLiteral("/32") : QStringLiteral("/128"));
}

QString firewallMenu(Family f)
{
    return f == Family::V4 ? QStringLiteral("/ip firewall filter") : QStringLiteral("/ipv6 firewall filter");
}

struct SiteNames {
    QString link;     // hq-branch
    QString object;   // tw-hq-branch
    QString tag;      // tunnelwright:hq-branch
    QString script;   // hq.rsc
    QString rollback; // hq.rollback.rsc
    QString dir;      // hq-branch/
};

SiteNames namesOf(const SiteContext &ctx)
{
    const QString site = ctx.local.site->name;
    return {ctx.link->name,
            RouterOsNames::object(ctx.link->name),
            RouterOsNames::comment(ctx.link->name),
            site + QStringLiteral(".rsc"),
            site + QStringLiteral(".rollback.rsc"),
            ctx.link->name + QLatin1Char('/')};
}

QStringList siteFacts(const SiteContext &ctx)
{
    const Site &local = *ctx.local.site;
    const Site &remote = *ctx.remote.site;
    const Side peerSide = ctx.side == Side::A ? Side::B : Side::A;
    return {QStringLiteral("project: ") + ctx.project->name,
            QStringLiteral("link: ") + ctx.link->name,
            QStringLiteral("site: ") + local.name + QStringLiteral(" (") + sideLetter(ctx.side) + QLatin1Char(')'),
            QStringLiteral("platform: ") + token(local.platform),
            QStringLiteral("peer: ") + remote.name + QStringLiteral(" (") + sideLetter(peerSide) + QStringLiteral("), ") +
                ctx.remote.wanText + QStringLiteral(", ") + token(remote.platform)};
}

// ---- the script -----------------------------------------------------------------------------

void writeIpsec(RouterOsScriptWriter &w, const SiteContext &ctx, const RouterOsDialect &d, const SiteNames &n)
{
    const SiteToSiteLink &link = *ctx.link;
    const IkeProposal &ike = link.ike;
    const EspProposal &esp = link.esp;
    const QString ikeEnc = d.ikeEncryptionList(ike);
    const QString ikeHash = d.ikeHashOf(ike);
    const QString ikeDh = d.ikeDhGroupList(ike);
    const QString mode = d.exchangeMode(ike.version, ike.effectiveMode()).value_or(QString());
    const QString natT = link.natTraversal ? QStringLiteral("yes") : QStringLiteral("no");
    const QString espAuth = d.espAuthList(esp);
    const QString espEnc = d.espEncryptionList(esp);
    const QString pfs = d.pfsGroupOf(esp);
    const QString peerAddress = hostPrefix(ctx.remote);
    const QString ownAddress = ctx.local.wanText;

    const QString ikeLifetime = RouterOsDialect::duration(ike.lifetimeS);
    const auto addPhase1 = [&](RouterOsArgList &args) {
        // Every value written out: the defaults differ between versions and from the manual's tables.
        args << RouterOsArg::word(QStringLiteral("enc-algorithm"), ikeEnc)
             << RouterOsArg::word(QStringLiteral("hash-algorithm"), ikeHash)
             << RouterOsArg::word(QStringLiteral("dh-group"), ikeDh)
             << RouterOsArg::word(QStringLiteral("lifetime"), ikeLifetime)
             << RouterOsArg::word(QStringLiteral("nat-traversal"), natT)
             << RouterOsArg::word(QStringLiteral("proposal-check"), QStringLiteral("obey"))
             // DPD also makes phase 1 re-key when its lifetime ends (IPsec manual).
             << RouterOsArg::word(QStringLiteral("dpd-interval"), QStringLiteral("2m"))
             << RouterOsArg::word(QStringLiteral("dpd-maximum-failures"), QStringLiteral("5"));
    };
    RouterOsArgList proposal{RouterOsArg::text(QStringLiteral("name"), n.object),
                             RouterOsArg::word(QStringLiteral("auth-algorithms"), espAuth),
                             RouterOsArg::word(QStringLiteral("enc-algorithms"), espEnc),
                             RouterOsArg::word(QStringLiteral("lifetime"), RouterOsDialect::duration(esp.lifetimeS)),
                             RouterOsArg::word(QStringLiteral("pfs-group"), pfs)};
    if (d.proposalTakesComment())
        proposal << RouterOsArg::text(QStringLiteral("comment"), n.tag);

    if (d.hasProfiles()) {
        w.comment(QStringLiteral("Phase 1 (IKE). A profile has no comment: the rollback finds it by its name."));
        RouterOsArgList profile{RouterOsArg::text(QStringLiteral("name"), n.object)};
        addPhase1(profile);
        w.command(QStringLiteral("/ip ipsec profile"), QStringLiteral("add"), profile);
        w.blank();
        w.comment(QStringLiteral("Phase 2 (ESP). pfs-group must be the same on both routers (none = no PFS)."));
        w.command(QStringLiteral("/ip ipsec proposal"), QStringLiteral("add"), proposal);
        w.blank();
        w.comment(QStringLiteral("The peer: its address, our own address, the IKE exchange and the phase-1 profile."));
        w.command(QStringLiteral("/ip ipsec peer"), QStringLiteral("add"),
                  {RouterOsArg::text(QStringLiteral("name"), n.object),
                   RouterOsArg::word(QStringLiteral("address"), peerAddress),
                   RouterOsArg::word(QStringLiteral("local-address"), ownAddress),
                   RouterOsArg::word(QStringLiteral("exchange-mode"), mode),
                   RouterOsArg::text(QStringLiteral("profile"), n.object),
                   RouterOsArg::word(QStringLiteral("send-initial-contact"), QStringLiteral("yes")),
                   RouterOsArg::text(QStringLiteral("comment"), n.tag)});
        w.blank();
        w.comment(QStringLiteral("Authentication: the pre-shared key, identical on both routers. No generated policies:"));
        w.comment(QStringLiteral("the policies below are the whole agreement."));
        if (RouterOsTroubleshooting::hasIdentityAdvice(ctx)) {
            w.comment(QStringLiteral("The Cisco finds this router by the identity it sends (my-id=auto: local-address). Behind"));
            w.comment(QStringLiteral("NAT, with local-address changed, see the troubleshooting file (Firewall and addresses)."));
        }
        w.command(QStringLiteral("/ip ipsec identity"), QStringLiteral("add"),
                  {RouterOsArg::text(QStringLiteral("peer"), n.object),
                   RouterOsArg::word(QStringLiteral("auth-method"), QStringLiteral("pre-shared-key")),
                   RouterOsArg::text(QStringLiteral("secret"), link.psk),
                   RouterOsArg::word(QStringLiteral("generate-policy"), QStringLiteral("no")),
                   RouterOsArg::text(QStringLiteral("comment"), n.tag)});
    } else {
        w.comment(QStringLiteral("Phase 2 (ESP). pfs-group must be the same on both routers (none = no PFS)."));
        w.command(QStringLiteral("/ip ipsec proposal"), QStringLiteral("add"), proposal);
        w.blank();
        w.comment(QStringLiteral("The peer. Before 6.43 it also holds the pre-shared key (identical on both routers)"));
        w.comment(QStringLiteral("and every phase-1 (IKE) setting. It has no name: the rollback finds it by its comment."));
        RouterOsArgList peer{RouterOsArg::word(QStringLiteral("address"), peerAddress),
                             RouterOsArg::word(QStringLiteral("local-address"), ownAddress),
                             RouterOsArg::word(QStringLiteral("exchange-mode"), mode),
                             RouterOsArg::word(QStringLiteral("auth-method"), QStringLiteral("pre-shared-key")),
                             RouterOsArg::text(QStringLiteral("secret"), link.psk),
                             RouterOsArg::word(QStringLiteral("generate-policy"), QStringLiteral("no")),
                             RouterOsArg::word(QStringLiteral("send-initial-contact"), QStringLiteral("yes"))};
        addPhase1(peer);
        peer << RouterOsArg::text(QStringLiteral("comment"), n.tag);
        w.command(QStringLiteral("/ip ipsec peer"), QStringLiteral("add"), peer);
    }
    w.blank();
    w.comment(QStringLiteral("One policy per pair of protected networks, in the order the peer lists them (mirrored)."));
    // With level=require the kernel lets policies towards one peer share an SA, while the peer
    // negotiates one per pair and drops traffic that arrives on another pair's SA; level=unique
    // gives every policy its own SAs (RouterOS manual: "a unique SA that is only used with this
    // particular policy"). A single pair needs no such care.
    const bool severalPairs = ctx.pairs.size() > 1;
    if (severalPairs)
        w.comment(QStringLiteral("level=unique: each pair gets its own SAs, as the peer negotiates them."));
    for (const SubnetPair &pair : ctx.pairs) {
        RouterOsArgList args;
        if (d.hasProfiles())
            args << RouterOsArg::text(QStringLiteral("peer"), n.object);
        else
            args << RouterOsArg::word(QStringLiteral("sa-src-address"), ownAddress)
                 << RouterOsArg::word(QStringLiteral("sa-dst-address"), ctx.remote.wanText);
        args << RouterOsArg::word(QStringLiteral("tunnel"), QStringLiteral("yes"))
             << RouterOsArg::word(QStringLiteral("src-address"), pair.localText)
             << RouterOsArg::word(QStringLiteral("dst-address"), pair.remoteText)
             << RouterOsArg::word(QStringLiteral("protocol"), QStringLiteral("all"))
             << RouterOsArg::word(QStringLiteral("action"), QStringLiteral("encrypt"))
             << RouterOsArg::word(QStringLiteral("level"), severalPairs ? QStringLiteral("unique") : QStringLiteral("require"))
             << RouterOsArg::word(QStringLiteral("ipsec-protocols"), QStringLiteral("esp"))
             << RouterOsArg::text(QStringLiteral("proposal"), n.object)
             << RouterOsArg::text(QStringLiteral("comment"), n.tag);
        w.command(QStringLiteral("/ip ipsec policy"), QStringLiteral("add"), args);
    }
}

void writeFirewall(RouterOsScriptWriter &w, const SiteContext &ctx, const SiteNames &n)
{
    const Site &site = *ctx.local.site;
    const Family family = ctx.family();
    const QString filter = firewallMenu(family);
    const QString peer = family == Family::V4 ? ctx.remote.wanText : hostPrefix(ctx.remote);
    const auto comment = [&] { return RouterOsArg::text(QStringLiteral("comment"), n.tag); };

    const bool natT = ctx.link->mayUseUdp4500();
    if (site.firewall) {
        w.blank();
        w.comment(QStringLiteral("Firewall, input: let IKE (UDP 500)%1 and ESP from the peer reach this router.")
                      .arg(natT ? QStringLiteral(", NAT-T (UDP 4500)") : QString()));
        w.comment(QStringLiteral("Each rule goes above the first rule of the table (above any drop), or is the first rule"));
        w.comment(QStringLiteral("of an empty one."));
        w.addAtTop(filter, {RouterOsArg::word(QStringLiteral("chain"), QStringLiteral("input")),
                            RouterOsArg::word(QStringLiteral("action"), QStringLiteral("accept")),
                            RouterOsArg::word(QStringLiteral("protocol"), QStringLiteral("udp")),
                            RouterOsArg::word(QStringLiteral("dst-port"), natT ? QStringLiteral("500,4500")
                                                                                                 : QStringLiteral("500")),
                            RouterOsArg::word(QStringLiteral("src-address"), peer),
                            RouterOsArg::text(QStringLiteral("in-interface"), site.wanInterface), comment()});
        w.addAtTop(filter, {RouterOsArg::word(QStringLiteral("chain"), QStringLiteral("input")),
                            RouterOsArg::word(QStringLiteral("action"), QStringLiteral("accept")),
                            RouterOsArg::word(QStringLiteral("protocol"), QStringLiteral("ipsec-esp")),
                            RouterOsArg::word(QStringLiteral("src-address"), peer),
                            RouterOsArg::text(QStringLiteral("in-interface"), site.wanInterface), comment()});
        w.blank();
        w.comment(QStringLiteral("Firewall, forward: accept what comes out of and goes into the tunnel, above any FastTrack"));
        w.comment(QStringLiteral("rule: FastTrack skips the IPsec policies, so fast-tracked packets would leave unencrypted."));
        for (const SubnetPair &pair : ctx.pairs) {
            w.addAtTop(filter, {RouterOsArg::word(QStringLiteral("chain"), QStringLiteral("forward")),
                                RouterOsArg::word(QStringLiteral("action"), QStringLiteral("accept")),
                                RouterOsArg::word(QStringLiteral("ipsec-policy"), QStringLiteral("in,ipsec")),
                                RouterOsArg::word(QStringLiteral("src-address"), pair.remoteText),
                                RouterOsArg::word(QStringLiteral("dst-address"), pair.localText), comment()});
            w.addAtTop(filter, {RouterOsArg::word(QStringLiteral("chain"), QStringLiteral("forward")),
                                RouterOsArg::word(QStringLiteral("action"), QStringLiteral("accept")),
                                RouterOsArg::word(QStringLiteral("ipsec-policy"), QStringLiteral("out,ipsec")),
                                RouterOsArg::word(QStringLiteral("src-address"), pair.localText),
                                RouterOsArg::word(QStringLiteral("dst-address"), pair.remoteText), comment()});
        }
    }
    if (!site.natBypass)
        return;
    w.blank();
    if (family == Family::V6) {
        w.comment(QStringLiteral("NAT bypass: none for IPv6. These networks are routed without source NAT; if this router"));
        w.comment(QStringLiteral("masquerades IPv6, add a srcnat accept for each pair above that rule yourself."));
        return;
    }
    w.comment(QStringLiteral("NAT bypass: masquerade would rewrite the source before the policies see it. Accept these"));
    w.comment(QStringLiteral("pairs in srcnat above every other rule (connections tried earlier keep their NAT: see the"));
    w.comment(QStringLiteral("troubleshooting file)."));
    for (const SubnetPair &pair : ctx.pairs)
        w.addAtTop(QStringLiteral("/ip firewall nat"),
                   {RouterOsArg::word(QStringLiteral("chain"), QStringLiteral("srcnat")),
                    RouterOsArg::word(QStringLiteral("action"), QStringLiteral("accept")),
                    RouterOsArg::word(QStringLiteral("src-address"), pair.localText),
                    RouterOsArg::word(QStringLiteral("dst-address"), pair.remoteText), comment()});
}

QString siteScript(const SiteContext &ctx, const RouterOsDialect &d, const SiteNames &n, const QStringList &facts)
{
    FileHeader h;
    h.title = QStringLiteral("IPsec site-to-site, RouterOS side");
    h.facts = facts;
    h.instructions = {QStringLiteral("Apply: upload this file to the router (Files, or scp), then run"),
                      QStringLiteral("  /import file-name=") + n.script + QStringLiteral(" verbose=yes"),
                      QStringLiteral("Undo: upload ") + n.rollback + QStringLiteral(" and run /import file-name=") +
                          n.rollback + QStringLiteral(" verbose=yes"),
                      QStringLiteral("Apply once: to change the tunnel, run the rollback, then import the new file."),
                      QStringLiteral("This file holds the pre-shared key: afterwards remove it with /file remove ") + n.script};
    RouterOsScriptWriter w(renderHeader(h, kComment));
    writeIpsec(w, ctx, d, n);
    writeFirewall(w, ctx, n);
    return w.take();
}

QString siteRollback(const SiteContext &ctx, const RouterOsDialect &d, const SiteNames &n, const QStringList &facts)
{
    FileHeader h;
    h.title = QStringLiteral("IPsec site-to-site rollback, RouterOS side");
    h.facts = facts;
    h.instructions = {QStringLiteral("Removes exactly what ") + n.script +
                          QStringLiteral(" added (found by name tw-... or comment tunnelwright:...)."),
                      QStringLiteral("Run: /import file-name=") + n.rollback + QStringLiteral(" verbose=yes")};
    RouterOsScriptWriter w(renderHeader(h, kComment));
    const auto byTag = [&] { return RouterOsArg::expr(QString(), RouterOsScriptWriter::findBy(QStringLiteral("comment"), n.tag)); };
    const auto byName = [&] { return RouterOsArg::expr(QString(), RouterOsScriptWriter::findBy(QStringLiteral("name"), n.object)); };
    w.comment(QStringLiteral("Dependents first: policies, then what they use."));
    w.command(QStringLiteral("/ip ipsec policy"), QStringLiteral("remove"), {byTag()});
    if (d.hasProfiles()) {
        w.command(QStringLiteral("/ip ipsec identity"), QStringLiteral("remove"), {byTag()});
        w.command(QStringLiteral("/ip ipsec peer"), QStringLiteral("remove"), {byName()});
        w.command(QStringLiteral("/ip ipsec profile"), QStringLiteral("remove"), {byName()});
    } else {
        w.command(QStringLiteral("/ip ipsec peer"), QStringLiteral("remove"), {byTag()});
    }
    w.command(QStringLiteral("/ip ipsec proposal"), QStringLiteral("remove"), {byName()});
    const Site &site = *ctx.local.site;
    if (site.firewall) {
        w.blank();
        w.comment(QStringLiteral("Firewall rules of this link."));
        w.command(firewallMenu(ctx.family()), QStringLiteral("remove"), {byTag()});
    }
    if (site.natBypass && ctx.family() == Family::V4) {
        w.blank();
        w.comment(QStringLiteral("NAT bypass rules of this link."));
        w.command(QStringLiteral("/ip firewall nat"), QStringLiteral("remove"), {byTag()});
    }
    w.blank();
    w.comment(QStringLiteral("Security associations negotiated earlier end with their lifetime; to end them at once run"));
    w.comment(QStringLiteral("/ip ipsec installed-sa flush (this re-keys every other tunnel of the router too)."));
    return w.take();
}

QString siteTroubleshooting(const SiteContext &ctx, const RouterOsDialect &d, const QStringList &facts)
{
    FileHeader h;
    h.title = QStringLiteral("IPsec site-to-site troubleshooting, RouterOS side");
    h.facts = facts;
    h.instructions = {QStringLiteral("Type these commands in a terminal of the router (WinBox: New Terminal, or SSH).")};
    return renderHeader(h, kComment) + RouterOsTroubleshooting::site(ctx, d);
}

RenderedFile file(const SiteContext &ctx, const QString &path, FileKind kind, bool secret, const QString &text)
{
    RenderedFile f;
    f.path = path;
    f.kind = kind;
    f.platform = ctx.local.site->platform;
    f.object = ctx.objectPath;
    f.site = ctx.side;
    f.holdsSecret = secret;
    f.bytes = text.toUtf8();
    return f;
}

} // namespace

void checkSite(const SiteToSiteLink &link, Side side, const QString &linkPath, Findings &out)
{
    const Site &site = link.site(side);
    const std::optional<RouterOsDialect> d = RouterOsDialect::of(site.platform);
    if (!d)
        return; // not a RouterOS side: the registry never calls us for one
    const QString sitePath = childPath(linkPath, sideLetter(side));

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
    const QStringList facts = siteFacts(ctx); // every header of this side lists them
    const QString base = n.dir + ctx.local.site->name;
    return {file(ctx, base + QStringLiteral(".rsc"), FileKind::RouterOsScript, true, siteScript(ctx, *d, n, facts)),
            file(ctx, base + QStringLiteral(".rollback.rsc"), FileKind::RouterOsRollback, false,
                 siteRollback(ctx, *d, n, facts)),
            file(ctx, base + QStringLiteral(".troubleshooting.txt"), FileKind::Troubleshooting, false,
                 siteTroubleshooting(ctx, *d, facts))};
}

} // namespace tw::routeros

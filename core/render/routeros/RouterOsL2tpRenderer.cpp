#include "render/routeros/RouterOsRenderer.h"

#include "model/Address.h"
#include "model/L2tpPresets.h"
#include "model/Vocabulary.h"
#include "render/FileHeader.h"
#include "render/routeros/RouterOsCapabilities.h"
#include "render/routeros/RouterOsDialect.h"
#include "render/routeros/RouterOsNames.h"
#include "render/routeros/RouterOsScriptWriter.h"
#include "render/routeros/RouterOsTroubleshooting.h"

#include <QStringList>

#include <algorithm>

// An L2TP/IPsec server for road-warrior clients. 6.43+ and v7: `use-ipsec=required` makes the server
// add a dynamic IPsec peer (main-l2tp, generated policies) that negotiates with the `default`
// profile and proposal, so those two are set to the effective proposals (routeros-notes s. 6).
// Before 6.43 there is no profile menu and `required` may not exist: a static peer for any address
// in main-l2tp mode carries the key and phase 1 instead (the v6 L2TP manual's "static IPsec server
// setup"), and the firewall drops L2TP that did not come through IPsec.

namespace tw::routeros {
namespace {

const QString kComment = QStringLiteral("# ");

struct ServerNames {
    QString object;   // tw-office
    QString tag;      // tunnelwright:office
    QString script;   // office.rsc
    QString rollback; // office.rollback.rsc
};

ServerNames namesOf(const L2tpContext &ctx)
{
    const QString s = ctx.server->name;
    return {RouterOsNames::object(s), RouterOsNames::comment(s), s + QStringLiteral(".rsc"),
            s + QStringLiteral(".rollback.rsc")};
}

QStringList serverFacts(const L2tpContext &ctx)
{
    const L2tpServer &s = *ctx.server;
    return {QStringLiteral("project: ") + ctx.project->name, QStringLiteral("L2TP server: ") + s.name,
            QStringLiteral("platform: ") + token(s.platform),
            QStringLiteral("clients dial: ") + s.publicAddress,
            QStringLiteral("client pool: ") + ctx.pool.toString() + QStringLiteral(", server tunnel address: ") +
                addressText(ctx.localAddress),
            QStringLiteral("users: %1").arg(s.users.size())};
}

// Phase-1 arguments, every value explicit (the defaults differ between versions).
QList<RouterOsArg> phase1(const RouterOsDialect &d, const IkeProposal &ike)
{
    return {RouterOsArg::word(QStringLiteral("enc-algorithm"), d.ikeEncryptionList(ike)),
            RouterOsArg::word(QStringLiteral("hash-algorithm"), d.ikeHashOf(ike)),
            RouterOsArg::word(QStringLiteral("dh-group"), d.ikeDhGroupList(ike)),
            RouterOsArg::word(QStringLiteral("lifetime"), RouterOsDialect::duration(ike.lifetimeS)),
            // Clients sit behind NAT more often than not.
            RouterOsArg::word(QStringLiteral("nat-traversal"), QStringLiteral("yes")),
            RouterOsArg::word(QStringLiteral("proposal-check"), QStringLiteral("obey")),
            RouterOsArg::word(QStringLiteral("dpd-interval"), QStringLiteral("2m")),
            RouterOsArg::word(QStringLiteral("dpd-maximum-failures"), QStringLiteral("5"))};
}

QList<RouterOsArg> phase2(const RouterOsDialect &d, const EspProposal &esp)
{
    return {RouterOsArg::word(QStringLiteral("auth-algorithms"), d.espAuthList(esp)),
            RouterOsArg::word(QStringLiteral("enc-algorithms"), d.espEncryptionList(esp)),
            RouterOsArg::word(QStringLiteral("lifetime"), RouterOsDialect::duration(esp.lifetimeS)),
            RouterOsArg::word(QStringLiteral("pfs-group"), d.pfsGroupOf(esp))};
}

RouterOsArg findDefault() { return RouterOsArg::expr(QString(), QStringLiteral("[find default=yes]")); }

QString serverScript(const L2tpContext &ctx, const RouterOsDialect &d, const ServerNames &n)
{
    const L2tpServer &s = *ctx.server;
    FileHeader h;
    h.title = QStringLiteral("L2TP/IPsec server, RouterOS");
    h.facts = serverFacts(ctx);
    h.instructions = {QStringLiteral("Apply: upload this file to the router (Files, or scp), then run"),
                      QStringLiteral("  /import file-name=") + n.script + QStringLiteral(" verbose=yes"),
                      QStringLiteral("Undo: upload ") + n.rollback + QStringLiteral(" and run /import file-name=") +
                          n.rollback + QStringLiteral(" verbose=yes"),
                      QStringLiteral("Apply once: to change the server, run the rollback, then import the new file."),
                      QStringLiteral("This file holds the pre-shared key and the passwords: afterwards remove it with "
                                     "/file remove ") +
                          n.script};

    RouterOsScriptWriter w(renderHeader(h, kComment));
    const RouterOsArg tag = RouterOsArg::text(QStringLiteral("comment"), n.tag);
    const bool commentPoolAndProfile = d.poolAndPppProfileTakeComment();

    w.comment(QStringLiteral("Addresses handed to the clients."));
    QList<RouterOsArg> pool{RouterOsArg::text(QStringLiteral("name"), n.object),
                            RouterOsArg::word(QStringLiteral("ranges"), addressText(ctx.pool.first) + QLatin1Char('-') +
                                                                            addressText(ctx.pool.last))};
    if (commentPoolAndProfile)
        pool << tag;
    w.command(QStringLiteral("/ip pool"), QStringLiteral("add"), pool);

    w.blank();
    w.comment(QStringLiteral("PPP profile of the sessions: local-address is the server's own tunnel address, remote-address"));
    w.comment(pppEncryptionRequired(s)
                  ? QStringLiteral("the pool. MS-CHAP v2 only, so PPP encryption (MPPE) is required as the clients expect.")
                  : QStringLiteral("the pool. CHAP/PAP allowed: MPPE needs MS-CHAP keys, so PPP encryption stays off "
                                   "(IPsec encrypts)."));
    QList<RouterOsArg> profile{RouterOsArg::text(QStringLiteral("name"), n.object),
                               RouterOsArg::word(QStringLiteral("local-address"), addressText(ctx.localAddress)),
                               RouterOsArg::text(QStringLiteral("remote-address"), n.object)};
    if (!ctx.dnsServers.isEmpty())
        profile << RouterOsArg::word(QStringLiteral("dns-server"), addressTexts(ctx.dnsServers).join(QLatin1Char(',')));
    profile << RouterOsArg::word(QStringLiteral("change-tcp-mss"), QStringLiteral("yes"))
            << RouterOsArg::word(QStringLiteral("use-encryption"),
                                 pppEncryptionRequired(s) ? QStringLiteral("required") : QStringLiteral("no"));
    if (commentPoolAndProfile)
        profile << tag;
    w.command(QStringLiteral("/ppp profile"), QStringLiteral("add"), profile);

    if (!s.users.isEmpty()) {
        w.blank();
        w.comment(QStringLiteral("One PPP secret per user, for L2TP only."));
        for (const User &u : s.users)
            w.command(QStringLiteral("/ppp secret"), QStringLiteral("add"),
                      {RouterOsArg::text(QStringLiteral("name"), u.name),
                       RouterOsArg::text(QStringLiteral("password"), u.password),
                       RouterOsArg::word(QStringLiteral("service"), QStringLiteral("l2tp")),
                       RouterOsArg::text(QStringLiteral("profile"), n.object), tag});
    }

    w.blank();
    // The defaults are shared with whatever else the router runs: say so before changing them.
    const auto warnShared = [&] {
        w.comment(QStringLiteral("Tunnels of your own that use the default %1 change too: look first with")
                      .arg(d.hasProfiles() ? QStringLiteral("profile or proposal") : QStringLiteral("proposal")));
        if (d.hasProfiles())
            w.comment(QStringLiteral("/ip ipsec peer print where profile=default"));
        w.comment(QStringLiteral("/ip ipsec policy print where proposal=default (the default policy template is always listed)"));
    };
    if (d.hasProfiles()) {
        w.comment(QStringLiteral("IPsec: the server's dynamic peer negotiates with the default profile (phase 1) and the"));
        w.comment(QStringLiteral("default proposal (phase 2); the clients' offers must match them. The rollback puts the"));
        w.comment(QStringLiteral("factory values back."));
        warnShared();
        w.command(QStringLiteral("/ip ipsec profile"), QStringLiteral("set"), QList<RouterOsArg>{findDefault()} + phase1(d, ctx.ike));
    } else {
        w.comment(QStringLiteral("IPsec before 6.43: one static peer answers every client (address 0.0.0.0/0, main-l2tp) with"));
        w.comment(QStringLiteral("the pre-shared key and phase 1, and generates the transport policies from the default"));
        w.comment(QStringLiteral("policy template. If use-ipsec was ever set to yes on this server, set it to no first: the"));
        w.comment(QStringLiteral("dynamic peer it creates would compete with this one."));
        w.command(QStringLiteral("/ip ipsec peer"), QStringLiteral("add"),
                  QList<RouterOsArg>{RouterOsArg::word(QStringLiteral("address"), QStringLiteral("0.0.0.0/0")),
                                     RouterOsArg::word(QStringLiteral("exchange-mode"), QStringLiteral("main-l2tp")),
                                     RouterOsArg::word(QStringLiteral("generate-policy"), QStringLiteral("port-override")),
                                     RouterOsArg::word(QStringLiteral("auth-method"), QStringLiteral("pre-shared-key")),
                                     RouterOsArg::text(QStringLiteral("secret"), s.psk)} +
                      phase1(d, ctx.ike) + QList<RouterOsArg>{tag});
        w.comment(QStringLiteral("Phase 2: the generated policies use the default proposal. The rollback puts the factory"));
        w.comment(QStringLiteral("values back."));
        warnShared();
    }
    w.command(QStringLiteral("/ip ipsec proposal"), QStringLiteral("set"), QList<RouterOsArg>{findDefault()} + phase2(d, ctx.esp));

    w.blank();
    w.comment(QStringLiteral("Firewall, input: IKE, NAT-T and ESP from any address on the WAN (the clients' addresses are"));
    w.comment(QStringLiteral("not known), and L2TP only when it arrived through IPsec. Each rule goes above the first rule"));
    w.comment(QStringLiteral("of the table (above any drop), or is the first rule of an empty one."));
    const QString filter = QStringLiteral("/ip firewall filter");
    const auto input = [&](const QString &action) {
        return QList<RouterOsArg>{RouterOsArg::word(QStringLiteral("chain"), QStringLiteral("input")),
                                  RouterOsArg::word(QStringLiteral("action"), action)};
    };
    w.addAtTop(filter, input(QStringLiteral("accept")) +
                           QList<RouterOsArg>{RouterOsArg::word(QStringLiteral("protocol"), QStringLiteral("udp")),
                                              RouterOsArg::word(QStringLiteral("dst-port"), QStringLiteral("500,4500")),
                                              RouterOsArg::text(QStringLiteral("in-interface"), s.wanInterface), tag});
    w.addAtTop(filter, input(QStringLiteral("accept")) +
                           QList<RouterOsArg>{RouterOsArg::word(QStringLiteral("protocol"), QStringLiteral("ipsec-esp")),
                                              RouterOsArg::text(QStringLiteral("in-interface"), s.wanInterface), tag});
    w.addAtTop(filter, input(QStringLiteral("accept")) +
                           QList<RouterOsArg>{RouterOsArg::word(QStringLiteral("protocol"), QStringLiteral("udp")),
                                              RouterOsArg::word(QStringLiteral("dst-port"), QStringLiteral("1701")),
                                              RouterOsArg::word(QStringLiteral("ipsec-policy"), QStringLiteral("in,ipsec")),
                                              tag});
    if (!d.hasProfiles()) {
        w.comment(QStringLiteral("This server cannot require IPsec itself, so it would also answer plain L2TP: drop that here."));
        w.addAtTop(filter, input(QStringLiteral("drop")) +
                               QList<RouterOsArg>{RouterOsArg::word(QStringLiteral("protocol"), QStringLiteral("udp")),
                                                  RouterOsArg::word(QStringLiteral("dst-port"), QStringLiteral("1701")),
                                                  RouterOsArg::word(QStringLiteral("ipsec-policy"), QStringLiteral("in,none")),
                                                  tag});
    }

    w.blank();
    QStringList auth;
    for (PppAuth a : s.authentication)
        auth << d.pppAuth(a);
    QList<RouterOsArg> server{RouterOsArg::word(QStringLiteral("enabled"), QStringLiteral("yes"))};
    if (d.hasProfiles()) {
        w.comment(QStringLiteral("The server (a singleton, so set, not add): IPsec required, with the pre-shared key."));
        server << RouterOsArg::word(QStringLiteral("use-ipsec"), QStringLiteral("required"))
               << RouterOsArg::text(QStringLiteral("ipsec-secret"), s.psk);
    } else {
        w.comment(QStringLiteral("The server (a singleton, so set, not add). IPsec comes from the static peer above."));
    }
    server << RouterOsArg::word(QStringLiteral("authentication"), auth.join(QLatin1Char(',')))
           << RouterOsArg::text(QStringLiteral("default-profile"), n.object)
           << RouterOsArg::word(QStringLiteral("max-mtu"), QString::number(s.mtu))
           << RouterOsArg::word(QStringLiteral("max-mru"), QString::number(s.mtu));
    w.command(QStringLiteral("/interface l2tp-server server"), QStringLiteral("set"), server);
    return w.take();
}

QString serverRollback(const L2tpContext &ctx, const RouterOsDialect &d, const ServerNames &n)
{
    FileHeader h;
    h.title = QStringLiteral("L2TP/IPsec server rollback, RouterOS");
    h.facts = serverFacts(ctx);
    h.instructions = {QStringLiteral("Removes what ") + n.script + QStringLiteral(" added, switches the server off and puts the"),
                      QStringLiteral("factory values back into the default IPsec settings it changed."),
                      QStringLiteral("Run: /import file-name=") + n.rollback + QStringLiteral(" verbose=yes")};
    RouterOsScriptWriter w(renderHeader(h, kComment));
    const auto byTag = [&] { return RouterOsArg::expr(QString(), RouterOsScriptWriter::findBy(QStringLiteral("comment"), n.tag)); };
    const auto byName = [&] { return RouterOsArg::expr(QString(), RouterOsScriptWriter::findBy(QStringLiteral("name"), n.object)); };

    w.comment(QStringLiteral("The server is a singleton: switch it off and give it back the factory PPP profile (so that"));
    w.comment(QStringLiteral("tw-... can be removed); never remove it. Its authentication, max-mtu and max-mru keep the"));
    w.comment(QStringLiteral("values the script gave them (what they were before is not known here): check them before"));
    w.comment(QStringLiteral("you switch the server on for anything else."));
    QList<RouterOsArg> server{RouterOsArg::word(QStringLiteral("enabled"), QStringLiteral("no"))};
    if (d.hasProfiles())
        server << RouterOsArg::word(QStringLiteral("use-ipsec"), QStringLiteral("no"))
               << RouterOsArg::text(QStringLiteral("ipsec-secret"), QString());
    server << RouterOsArg::text(QStringLiteral("default-profile"), QStringLiteral("default-encryption"));
    w.command(QStringLiteral("/interface l2tp-server server"), QStringLiteral("set"), server);
    w.blank();
    w.comment(QStringLiteral("Users, then the profile that uses the pool, then the pool."));
    w.command(QStringLiteral("/ppp secret"), QStringLiteral("remove"), {byTag()});
    w.command(QStringLiteral("/ppp profile"), QStringLiteral("remove"), {byName()});
    w.command(QStringLiteral("/ip pool"), QStringLiteral("remove"), {byName()});
    if (!d.hasProfiles()) {
        w.blank();
        w.comment(QStringLiteral("The static peer for the clients."));
        w.command(QStringLiteral("/ip ipsec peer"), QStringLiteral("remove"), {byTag()});
    }
    w.blank();
    w.comment(QStringLiteral("Firewall rules of this server."));
    w.command(QStringLiteral("/ip firewall filter"), QStringLiteral("remove"), {byTag()});
    w.blank();
    // Factory values from `export verbose` of RouterOS 7.19 (reference/routeros-notes.md section 2).
    w.comment(QStringLiteral("Factory values of the default IPsec profile and proposal as RouterOS 7 ships them. Some"));
    w.comment(QStringLiteral("RouterOS 6 releases shipped others, and a value changed before the import is not known"));
    w.comment(QStringLiteral("here: compare with an export taken before, if you have one."));
    if (d.hasProfiles())
        w.command(QStringLiteral("/ip ipsec profile"), QStringLiteral("set"),
                  {findDefault(), RouterOsArg::word(QStringLiteral("enc-algorithm"), QStringLiteral("aes-128,3des")),
                   RouterOsArg::word(QStringLiteral("hash-algorithm"), QStringLiteral("sha1")),
                   RouterOsArg::word(QStringLiteral("dh-group"), QStringLiteral("modp2048,modp1024")),
                   RouterOsArg::word(QStringLiteral("lifetime"), QStringLiteral("1d")),
                   RouterOsArg::word(QStringLiteral("nat-traversal"), QStringLiteral("yes")),
                   RouterOsArg::word(QStringLiteral("proposal-check"), QStringLiteral("obey")),
                   RouterOsArg::word(QStringLiteral("dpd-interval"), QStringLiteral("2m")),
                   RouterOsArg::word(QStringLiteral("dpd-maximum-failures"), QStringLiteral("5"))});
    w.command(QStringLiteral("/ip ipsec proposal"), QStringLiteral("set"),
              {findDefault(), RouterOsArg::word(QStringLiteral("auth-algorithms"), QStringLiteral("sha1")),
               RouterOsArg::word(QStringLiteral("enc-algorithms"), QStringLiteral("aes-256-cbc,aes-192-cbc,aes-128-cbc")),
               RouterOsArg::word(QStringLiteral("lifetime"), QStringLiteral("30m")),
               RouterOsArg::word(QStringLiteral("pfs-group"), QStringLiteral("modp1024"))});
    return w.take();
}

QString serverTroubleshooting(const L2tpContext &ctx, const RouterOsDialect &d)
{
    FileHeader h;
    h.title = QStringLiteral("L2TP/IPsec server troubleshooting, RouterOS");
    h.facts = serverFacts(ctx);
    h.instructions = {QStringLiteral("Type these commands in a terminal of the router (WinBox: New Terminal, or SSH).")};
    return renderHeader(h, kComment) + RouterOsTroubleshooting::l2tp(ctx, d);
}

RenderedFile file(const L2tpContext &ctx, const QString &path, FileKind kind, bool secret, const QString &text)
{
    RenderedFile f;
    f.path = path;
    f.kind = kind;
    f.platform = ctx.server->platform;
    f.object = ctx.objectPath;
    f.holdsSecret = secret;
    f.bytes = text.toUtf8();
    return f;
}

} // namespace

void checkL2tp(const L2tpServer &server, const IkeProposal &ike, const EspProposal &esp, const QString &serverPath,
               Findings &out)
{
    const std::optional<RouterOsDialect> d = RouterOsDialect::of(server.platform);
    if (!d)
        return;
    const QString platform = d->platformToken();
    RouterOsCapabilities::checkInterface(*d, server.wanInterface, childPath(serverPath, QStringLiteral("wan_interface")), out);
    // The openings this script makes are IPv4 (/ip firewall filter; before 6.43 also the peer 0.0.0.0/0),
    // so clients dialling an IPv6 address would never reach the server.
    if (const auto a = parseAddress(server.publicAddress); a && familyOf(*a) == Family::V6)
        out.error(childPath(serverPath, QStringLiteral("public_address")),
                  Findings::tr("is IPv6, but the %1 server this renders takes L2TP/IPsec clients over IPv4 only (its "
                               "firewall openings and IPsec peer are IPv4); give the router's public IPv4 address, or a "
                               "DNS name with an A record")
                      .arg(platform));
    // PPP addresses on RouterOS are IPv4: /ip pool, and the profile's local-address / dns-server.
    if (const auto a = parseAddress(server.localAddress); a && familyOf(*a) == Family::V6)
        out.error(childPath(serverPath, QStringLiteral("local_address")),
                  Findings::tr("is IPv6, but on %1 the PPP profile's local-address is IPv4; use an IPv4 address outside "
                                 "the LAN, e.g. 172.31.86.254")
                      .arg(platform));
    if (const auto r = parseRange(server.pool); r && r->family() == Family::V6)
        out.error(childPath(serverPath, QStringLiteral("pool")),
                  Findings::tr("is IPv6, but %1 hands out client addresses from /ip pool, which is IPv4 only; use an "
                                 "IPv4 range such as 172.31.86.1-172.31.86.14")
                      .arg(platform));
    for (qsizetype i = 0; i < server.dnsServers.size(); ++i)
        if (const auto a = parseAddress(server.dnsServers[i]); a && familyOf(*a) == Family::V6)
            out.error(childPath(serverPath, QStringLiteral("dns_servers"), i),
                      Findings::tr("is IPv6, but the %1 PPP profile's dns-server takes IPv4 addresses only").arg(platform));

    RouterOsCapabilities::checkIke(*d, ike, serverPath, out);
    RouterOsCapabilities::checkEsp(*d, esp, serverPath, out);
    RouterOsCapabilities::checkPsk(*d, server.psk, childPath(serverPath, QStringLiteral("psk")), out);

    // MS-CHAPv2 clients hash the password's UTF-16; the router keeps the UTF-8 bytes the script gives
    // it, and widening them byte by byte (as pppd does) hashes something else outside ASCII.
    if (!server.authentication.contains(PppAuth::Mschap2))
        return;
    for (qsizetype i = 0; i < server.users.size(); ++i) {
        const QString &password = server.users[i].password;
        const auto nonAscii = std::find_if(password.begin(), password.end(), [](QChar c) { return c.unicode() >= 0x80; });
        if (nonAscii != password.end())
            out.warning(childPath(childPath(serverPath, QStringLiteral("users"), i), QStringLiteral("password")),
                        Findings::tr("contains a character outside ASCII (position %1): clients hash an MS-CHAPv2 "
                                       "password as UTF-16, %2 stores it as UTF-8 bytes, and the two need not match, "
                                       "so the login may fail; use ASCII letters, digits and punctuation")
                            .arg(nonAscii - password.begin() + 1)
                            .arg(platform));
    }
}

QList<RenderedFile> renderL2tp(const L2tpContext &ctx)
{
    const std::optional<RouterOsDialect> d = RouterOsDialect::of(ctx.server->platform);
    if (!d)
        return {};
    const ServerNames n = namesOf(ctx);
    const QString base = ctx.server->name + QLatin1Char('/') + ctx.server->name;
    return {file(ctx, base + QStringLiteral(".rsc"), FileKind::RouterOsScript, true, serverScript(ctx, *d, n)),
            file(ctx, base + QStringLiteral(".rollback.rsc"), FileKind::RouterOsRollback, false, serverRollback(ctx, *d, n)),
            file(ctx, base + QStringLiteral(".troubleshooting.txt"), FileKind::Troubleshooting, false,
                 serverTroubleshooting(ctx, *d))};
}

} // namespace tw::routeros

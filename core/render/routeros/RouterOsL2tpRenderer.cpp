#include "render/routeros/RouterOsRenderer.h"

#include "model/Address.h"
#include "model/L2tpPresets.h"
#include "model/Vocabulary.h"
#include "render/FileHeader.h"
#include "render/routeros/RouterOsCapabilities.h"
#include "render/routeros/RouterOsDialect.h"
#include "render/routeros/RouterOsNames.h"
#include "render/routeros/RouterOsProposalArguments.h"
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

struct ServerNames {
    explicit ServerNames(const L2tpContext &ctx)
        : object(RouterOsNames::object(ctx.server->name)), tag(RouterOsNames::comment(ctx.server->name)),
          script(ctx.server->name + QStringLiteral(".rsc")), rollback(ctx.server->name + QStringLiteral(".rollback.rsc")),
          quotedTag(tag)
    {
    }
    JoinedText object;             // tw-office
    JoinedText tag;                // tunnelwright:office
    QString script;                // office.rsc
    QString rollback;              // office.rollback.rsc
    RouterOsQuotedValue quotedTag; // "tunnelwright:office", quoted once for the sheet
};

// Every header of this server lists them.
HeaderFacts serverFacts(const L2tpContext &ctx)
{
    const L2tpServer &s = *ctx.server;
    HeaderFacts f("# ");
    f.lines("# project: %1\n"
            "# L2TP server: %2\n"
            "# platform: %3\n"
            "# clients dial: %4\n"
            "# client pool: %5, server tunnel address: %6\n"
            "# users: %7\n",
            {ctx.project->name, s.name, token(s.platform), s.publicAddress, ctx.pool.toString(),
             addressText(ctx.localAddress), NumberText(s.users.size())});
    return f;
}

QByteArray serverScript(const L2tpContext &ctx, const RouterOsDialect &d, const ServerNames &n,
                        const HeaderFacts &facts, const RouterOsProposalValues &values)
{
    const L2tpServer &s = *ctx.server;
    RouterOsScriptWriter w;
    FileHeader h = w.header("L2TP/IPsec server, RouterOS");
    h.facts(facts);
    h.instructions("# Apply: upload this file to the router (Files, or scp), then run\n"
                   "#   /import file-name=%1 verbose=yes\n"
                   "# Undo: upload %2 and run /import file-name=%2 verbose=yes\n"
                   "# Apply once: to change the server, run the rollback, then import the new file.\n"
                   "# This file holds the pre-shared key and the passwords: afterwards remove it with /file remove %1\n",
                   {n.script, n.rollback});
    h.end();
    // The values the commands write, each quoted once (the users' at their command).
    RouterOsValueSet set;
    using Id = RouterOsValueSet::Id;
    const Id object = set.text(n.object), tag = set.text(n.tag), findDefault = set.findBy("default", u"yes");
    const Id ranges = set.word(ctx.pool.toString());
    const Id localAddress = set.word(addressText(ctx.localAddress));
    const Id dnsServers = set.word(addressTexts(ctx.dnsServers).join(QLatin1Char(',')));
    const Id psk = set.text(s.psk), wanInterface = set.text(s.wanInterface);
    const Id authentication = set.word(d.pppAuthList(s.authentication)), mtu = set.word(QString::number(s.mtu));
    const RouterOsProposalArguments proposal(set, values);
    const bool commentPoolAndProfile = d.poolAndPppProfileTakeComment();

    w.comment("# Addresses handed to the clients.\n");
    w.startCommand("/ip pool add name=%1 ranges=%2", {set[object], set[ranges]});
    if (commentPoolAndProfile)
        w.addArguments(" comment=%1", {set[tag]});
    w.endCommand();

    w.comment("\n# PPP profile of the sessions: local-address is the server's own tunnel address, remote-address\n");
    if (pppEncryptionRequired(s))
        w.comment("# the pool. MS-CHAP v2 only, so PPP encryption (MPPE) is required as the clients expect.\n");
    else
        w.comment("# the pool. CHAP/PAP allowed: MPPE needs MS-CHAP keys, so PPP encryption stays off (IPsec encrypts).\n");
    w.startCommand("/ppp profile add name=%1 local-address=%2 remote-address=%1", {set[object], set[localAddress]});
    if (!ctx.dnsServers.isEmpty())
        w.addArguments(" dns-server=%1", {set[dnsServers]});
    w.addArguments(" change-tcp-mss=yes use-encryption=%1",
                   {pppEncryptionRequired(s) ? RouterOsKeyword("required") : RouterOsKeyword("no")});
    if (commentPoolAndProfile)
        w.addArguments(" comment=%1", {set[tag]});
    w.endCommand();

    if (!s.users.isEmpty()) {
        w.comment("\n# One PPP secret per user, for L2TP only.\n");
        RouterOsValueSet user(256); // one user's name and password at a time
        for (const User &u : s.users) {
            user.clear();
            const Id name = user.text(u.name), password = user.text(u.password);
            w.command("/ppp secret add name=%1 password=%2 service=l2tp profile=%3 comment=%4",
                      {user[name], user[password], set[object], set[tag]});
        }
    }

    w.blank();
    // The defaults are shared with whatever else the router runs: say so before changing them.
    const auto warnShared = [&] {
        if (d.hasProfiles()) {
            w.comment("# Tunnels of your own that use the default profile or proposal change too: look first with\n"
                      "# /ip ipsec peer print where profile=default\n");
        } else {
            w.comment("# Tunnels of your own that use the default proposal change too: look first with\n");
        }
        w.comment("# /ip ipsec policy print where proposal=default (the default policy template is always listed)\n");
    };
    // Clients sit behind NAT more often than not: NAT traversal on.
    if (d.hasProfiles()) {
        w.comment("# IPsec: the server's dynamic peer negotiates with the default profile (phase 1) and the\n"
                  "# default proposal (phase 2); the clients' offers must match them. The rollback puts the\n"
                  "# factory values back.\n");
        warnShared();
        w.startCommand("/ip ipsec profile set %1", {set[findDefault]});
        proposal.addPhase1(w, "yes");
        w.endCommand();
    } else {
        w.comment("# IPsec before 6.43: one static peer answers every client (address 0.0.0.0/0, main-l2tp) with\n"
                  "# the pre-shared key and phase 1, and generates the transport policies from the default\n"
                  "# policy template. If use-ipsec was ever set to yes on this server, set it to no first: the\n"
                  "# dynamic peer it creates would compete with this one.\n");
        w.startCommand("/ip ipsec peer add address=0.0.0.0/0 exchange-mode=main-l2tp generate-policy=port-override"
                       " auth-method=pre-shared-key secret=%1",
                       {set[psk]});
        proposal.addPhase1(w, "yes");
        w.addArguments(" comment=%1", {set[tag]});
        w.endCommand();
        w.comment("# Phase 2: the generated policies use the default proposal. The rollback puts the factory\n"
                  "# values back.\n");
        warnShared();
    }
    w.startCommand("/ip ipsec proposal set %1", {set[findDefault]});
    proposal.addPhase2(w);
    w.endCommand();

    w.comment("\n# Firewall, input: IKE, NAT-T and ESP from any address on the WAN (the clients' addresses are\n"
              "# not known), and L2TP only when it arrived through IPsec. Each rule goes above the first rule\n"
              "# of the table (above any drop), or is the first rule of an empty one.\n");
    const RouterOsRuleTable &filter = kIpFilterTable;
    w.addAtTop(filter, " chain=input action=accept protocol=udp dst-port=500,4500 in-interface=%1 comment=%2",
               {set[wanInterface], set[tag]});
    w.addAtTop(filter, " chain=input action=accept protocol=ipsec-esp in-interface=%1 comment=%2",
               {set[wanInterface], set[tag]});
    w.addAtTop(filter, " chain=input action=accept protocol=udp dst-port=1701 ipsec-policy=in,ipsec comment=%1",
               {set[tag]});
    if (!d.hasProfiles()) {
        w.comment("# This server cannot require IPsec itself, so it would also answer plain L2TP: drop that here.\n");
        w.addAtTop(filter, " chain=input action=drop protocol=udp dst-port=1701 ipsec-policy=in,none comment=%1",
                   {set[tag]});
    }

    w.blank();
    if (d.hasProfiles()) {
        w.comment("# The server (a singleton, so set, not add): IPsec required, with the pre-shared key.\n");
        w.startCommand("/interface l2tp-server server set enabled=yes use-ipsec=required ipsec-secret=%1", {set[psk]});
    } else {
        w.comment("# The server (a singleton, so set, not add). IPsec comes from the static peer above.\n");
        w.startCommand("/interface l2tp-server server set enabled=yes", {});
    }
    w.addArguments(" authentication=%1 default-profile=%2 max-mtu=%3 max-mru=%3",
                   {set[authentication], set[object], set[mtu]});
    w.endCommand();
    return w.take();
}

QByteArray serverRollback(const RouterOsDialect &d, const ServerNames &n, const HeaderFacts &facts)
{
    RouterOsScriptWriter w;
    FileHeader h = w.header("L2TP/IPsec server rollback, RouterOS");
    h.facts(facts);
    h.instructions("# Removes what %1 added, switches the server off and puts the\n"
                   "# factory values back into the default IPsec settings it changed.\n"
                   "# Run: /import file-name=%2 verbose=yes\n",
                   {n.script, n.rollback});
    h.end();
    RouterOsValueSet set(256); // what the commands below remove or change by
    const RouterOsValueSet::Id tagId = set.findBy("comment", n.tag), nameId = set.findBy("name", n.object),
                               defaultId = set.findBy("default", u"yes");
    const RouterOsValueSet::View byTag = set[tagId], byName = set[nameId], findDefault = set[defaultId];

    w.comment("# The server is a singleton: switch it off and give it back the factory PPP profile (so that\n"
              "# tw-... can be removed); never remove it. Its authentication, max-mtu and max-mru keep the\n"
              "# values the script gave them (what they were before is not known here): check them before\n"
              "# you switch the server on for anything else.\n");
    if (d.hasProfiles())
        w.command("/interface l2tp-server server set enabled=no use-ipsec=no ipsec-secret=\"\""
                  " default-profile=default-encryption",
                  {});
    else
        w.command("/interface l2tp-server server set enabled=no default-profile=default-encryption", {});
    w.comment("\n# Users, then the profile that uses the pool, then the pool.\n");
    w.command("/ppp secret remove %1", {byTag});
    w.command("/ppp profile remove %1", {byName});
    w.command("/ip pool remove %1", {byName});
    if (!d.hasProfiles()) {
        w.comment("\n# The static peer for the clients.\n");
        w.command("/ip ipsec peer remove %1", {byTag});
    }
    w.comment("\n# Firewall rules of this server.\n");
    w.command("/ip firewall filter remove %1", {byTag});
    w.blank();
    // Factory values from `export verbose` of RouterOS 7.19 (reference/routeros-notes.md section 2).
    w.comment("# Factory values of the default IPsec profile and proposal as RouterOS 7 ships them. Some\n"
              "# RouterOS 6 releases shipped others, and a value changed before the import is not known\n"
              "# here: compare with an export taken before, if you have one.\n");
    if (d.hasProfiles())
        w.command("/ip ipsec profile set %1 enc-algorithm=aes-128,3des hash-algorithm=sha1 dh-group=modp2048,modp1024"
                  " lifetime=1d nat-traversal=yes proposal-check=obey dpd-interval=2m dpd-maximum-failures=5",
                  {findDefault});
    w.command("/ip ipsec proposal set %1 auth-algorithms=sha1 enc-algorithms=aes-256-cbc,aes-192-cbc,aes-128-cbc"
              " lifetime=30m pfs-group=modp1024",
              {findDefault});
    return w.take();
}

QByteArray serverTroubleshooting(const L2tpContext &ctx, const RouterOsDialect &d, const ServerNames &n,
                                 const HeaderFacts &facts, const RouterOsProposalValues &values)
{
    TextBuilder out(8192); // a sheet is a few kB: no growing step by step
    FileHeader h(out, "# ", "L2TP/IPsec server troubleshooting, RouterOS");
    h.facts(facts);
    h.instructions("# Type these commands in a terminal of the router (WinBox: New Terminal, or SSH).\n");
    h.end();
    RouterOsTroubleshooting::l2tp(out, ctx, d, values, n.quotedTag);
    return out.take();
}

RenderedFile file(const L2tpContext &ctx, const QString &path, FileKind kind, bool secret, QByteArray text)
{
    RenderedFile f;
    f.path = path;
    f.kind = kind;
    f.platform = ctx.server->platform;
    f.object = ctx.objectPath;
    f.holdsSecret = secret;
    f.bytes = std::move(text);
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
    const ServerNames n(ctx);
    const HeaderFacts facts = serverFacts(ctx);
    const QString base = ctx.server->name + QLatin1Char('/') + ctx.server->name;
    const RouterOsProposalValues values = d->proposalValues(ctx.ike, ctx.esp); // script and sheet
    return {file(ctx, base + QStringLiteral(".rsc"), FileKind::RouterOsScript, true,
                 serverScript(ctx, *d, n, facts, values)),
            file(ctx, base + QStringLiteral(".rollback.rsc"), FileKind::RouterOsRollback, false,
                 serverRollback(*d, n, facts)),
            file(ctx, base + QStringLiteral(".troubleshooting.txt"), FileKind::Troubleshooting, false,
                 serverTroubleshooting(ctx, *d, n, facts, values))};
}

} // namespace tw::routeros

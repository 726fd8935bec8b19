#include "render/routeros/RouterOsTroubleshooting.h"

#include "model/Address.h"
#include "model/L2tpPresets.h"
#include "model/Vocabulary.h"
#include "render/TextBuilder.h"
#include "render/routeros/RouterOsNames.h"

#include <QStringList>

#include <optional>

namespace tw::routeros {
namespace {

using Args = std::initializer_list<QStringView>;

// A sheet's text after its header, written as whole lines, each with its indent and its line
// break as the file shows it: commands a person types indented by four spaces, prose by two,
// items starting with "- ". A block of lines is one TextBuilder::fill pattern: one piece to write,
// not three a line.
class Sheet final {
public:
    explicit Sheet(TextBuilder &out) : m_text(out) {}
    void lines(const FillPattern &pattern, Args args = {}) { m_text.fill(pattern, args); }

private:
    TextBuilder &m_text;
};

// Debug logging for the test, one rule per topic list, marked by a prefix so that removing it
// afterwards leaves the router's own logging rules (a remote syslog for ipsec, say) alone.
void debugLogging(Sheet &s, Args topics)
{
    s.lines("  More detail while testing, removed again afterwards (by its prefix, so that logging rules\n"
            "  of your own stay):\n");
    for (QStringView t : topics)
        s.lines("    /system logging add topics=%1 prefix=tw-debug\n", {t});
    s.lines("    /system logging remove [find prefix=tw-debug]\n");
}

// The proposals this router expects, as it shows them ("aes-256 / sha256 / modp2048, lifetime 1d"),
// with the peer's exchange mode; an L2TP server (no exchange mode given) answers in main mode.
void expectedProposals(Sheet &s, const RouterOsProposalValues &v, const std::optional<QString> &exchangeMode)
{
    if (exchangeMode)
        s.lines("    phase 1: %1 / %2 / %3, lifetime %4, exchange %5\n",
                {v.ikeEncryption, v.ikeHash, v.ikeDhGroups, v.ikeLifetime, *exchangeMode});
    else
        s.lines("    phase 1: %1 / %2 / %3, lifetime %4, main mode\n",
                {v.ikeEncryption, v.ikeHash, v.ikeDhGroups, v.ikeLifetime});
    s.lines("    phase 2: %1 / %2, PFS %3, lifetime %4\n", {v.espEncryption, v.espAuth, v.pfsGroup, v.espLifetime});
}

} // namespace

bool RouterOsTroubleshooting::hasIdentityAdvice(const SiteContext &ctx)
{
    return ctx.link->ike.version == IkeVersion::V2 && ctx.remote.site->platform == Platform::CiscoIos;
}

void RouterOsTroubleshooting::site(TextBuilder &out, const SiteContext &ctx, const RouterOsDialect &d,
                                   const RouterOsProposalValues &values, const RouterOsQuotedValue &quotedTag)
{
    const SiteToSiteLink &link = *ctx.link;
    const Site &local = *ctx.local.site;
    const QString &tag = quotedTag.text();
    const QString &peer = ctx.remote.wanText;
    const QString &own = ctx.local.wanText;
    const QStringView firewall = ctx.family() == Family::V4 ? u"/ip firewall" : u"/ipv6 firewall";
    const qsizetype n = ctx.pairs.size();
    Sheet s(out);

    s.lines("1. Phase 1 (IKE): is the peer up?\n"
            "    %1 print where remote-address=%2\n"
            "  Healthy: one entry, state \"established\", its uptime growing. No entry at all: nothing arrives\n"
            "  from the peer (see \"Firewall and addresses\" below). Another state: see \"Pre-shared key\" and\n"
            "  \"Proposals\" below.\n",
            {d.activePeersMenu(), peer});

    s.lines("\n2. Phase 2 (ESP): are the policies up?\n"
            "    /ip ipsec policy print detail where comment=%1\n"
            "  Healthy: %2 %3, each with ph2-state=established and without the I (invalid) flag:\n",
            {tag, NumberText(n), n == 1 ? u"policy" : u"policies"});
    for (const SubnetPair &p : ctx.pairs)
        s.lines("    %1 -> %2\n", {ctx.localText(p), ctx.remoteText(p)});
    s.lines("    /ip ipsec installed-sa print\n"
            "  Healthy: two SAs per policy between %1 and %2 (one each way), whose\n"
            "  byte counters grow while traffic flows.\n",
            {own, peer});

    s.lines("\n3. Does traffic pass?\n");
    for (const SubnetPair &p : ctx.pairs)
        s.lines("    /ping %1 src-address=%2 count=5\n", {ctx.remoteFirstHost(p), ctx.localFirstHost(p)});
    s.lines("  src-address must be this router's own address in the local network (the first host is assumed\n"
            "  here) and the target a host that answers on the other side. Healthy: replies; the first one or\n"
            "  two may be lost while the SAs come up. A ping from the router without src-address leaves from\n"
            "  its WAN address, matches no policy and is not a test of the tunnel.\n");

    s.lines("\n4. Counters and log\n"
            "    /ip ipsec statistics print\n"
            "  Healthy: the error counters stay at 0, or at least do not grow while you test.\n"
            "    /log print where topics~\"ipsec\"\n");
    debugLogging(s, {u"ipsec,!packet"});

    s.lines("\nWhen it is not healthy, check first\n"
            "- Pre-shared key: a log line such as \"parsing packet failed, possible cause: wrong password\"\n"
            "  means the keys differ. Both routers' files come from one project with one key: import both\n"
            "  again if either was edited by hand. (This sheet never shows the key.)\n"
            "- Proposals: \"no suitable proposal found\" or a phase-2 negotiation failure means the routers\n"
            "  offer different algorithms. This router expects\n");
    expectedProposals(s, values, d.exchangeMode(link.ike.version, link.ike.effectiveMode()).value_or(QString()));
    s.lines("  and the peer's file must say the same.\n"
            "- Firewall and addresses: no active peer usually means that UDP 500%1 or ESP\n"
            "  from %2 do not arrive.\n",
            {link.mayUseUdp4500() ? u"/4500" : u"", peer});
    if (local.firewall)
        s.lines("    %1 filter print where comment=%2\n"
                "  These accept rules must stand above every drop rule of the input chain.\n",
                {firewall, tag});
    else
        s.lines("  The script left the firewall alone (firewall: false): accept those from %1 yourself.\n", {peer});
    s.lines("  local-address %1 must be an address of this router; behind NAT\n"
            "  use its own (private) address there and keep NAT traversal on.\n",
            {own});
    if (hasIdentityAdvice(ctx)) {
        // my-id=auto sends local-address, and the Cisco picks its IKEv2 profile by the identity
        // received (match identity remote address <this router's wan_address>).
        s.lines("  With local-address changed, the identity this router sends changes too, and the Cisco no\n"
                "  longer finds its IKEv2 profile for it; keep the identity the address the Cisco knows:\n"
                "    /ip ipsec identity set [find comment=%1] my-id=address:%2\n"
                "  (Or leave my-id as it is and let the Cisco's IKEv2 profile of this link also match the\n"
                "  private address: match identity remote address PRIVATE-ADDRESS 255.255.255.255.)\n",
                {tag, own});
    }
    if (ctx.family() == Family::V4) {
        s.lines("- NAT: policies established but no replies usually means masquerade still rewrites the traffic.\n");
        if (local.natBypass)
            s.lines("    /ip firewall nat print where comment=%1\n"
                    "  These srcnat accept rules must stand above the masquerade rule. Connections tried before\n"
                    "  they existed keep their NAT: remove them (IP > Firewall > Connections) or reboot.\n",
                    {tag});
        else
            s.lines("  The script added no NAT bypass (nat_bypass: false): make sure no srcnat rule matches\n"
                    "  traffic between the protected networks.\n");
    }
    s.lines("- FastTrack: fast-tracked packets skip the IPsec policies.\n"
            "    %1 filter print where chain=forward\n",
            {firewall});
    if (local.firewall)
        s.lines("  This link's ipsec-policy accept rules must stand above any fasttrack-connection rule.\n");
    else
        s.lines("  Accept ipsec-policy=in,ipsec and out,ipsec above any fasttrack-connection rule.\n");
    s.lines("- Phase-2 selectors: the peer must list the mirror image of each pair, in the same order:\n");
    for (const SubnetPair &p : ctx.pairs)
        s.lines("    here %1 -> %2   peer %2 -> %1\n", {ctx.localText(p), ctx.remoteText(p)});
    s.lines("  A mismatch shows as phase 1 established without phase 2 (IKEv2: \"TS unacceptable\").\n");
}

void RouterOsTroubleshooting::l2tp(TextBuilder &out, const L2tpContext &ctx, const RouterOsDialect &d,
                                   const RouterOsProposalValues &values, const RouterOsQuotedValue &quotedTag)
{
    const L2tpServer &server = *ctx.server;
    const QString &tag = quotedTag.text();
    const QString auth = d.pppAuthList(server.authentication);
    const QString pool = ctx.pool.toString();
    Sheet s(out);

    s.lines("1. The server\n"
            "    /interface l2tp-server server print\n"
            "  Healthy: enabled: yes, %1default-profile: %2, authentication: %3.\n",
            {d.hasProfiles() ? u"use-ipsec: required, " : u"", RouterOsNames::object(server.name), auth});

    s.lines("\n2. While a client connects\n"
            "    %1 print\n"
            "  Healthy: an entry for the client's public address in state \"established\".\n"
            "    /ip ipsec installed-sa print\n"
            "  Healthy: two SAs (one each way) for that address.\n"
            "    /ppp active print where service=l2tp\n"
            "  Healthy: one line per connected user, with an address from %2.\n",
            {d.activePeersMenu(), pool});

    s.lines("\n3. Log\n"
            "    /log print where topics~\"ipsec|l2tp|ppp\"\n");
    debugLogging(s, {u"ipsec,!packet", u"l2tp"});

    s.lines("\nWhen it is not healthy, check first\n"
            "- IPsec does not come up (Windows error 789, no active peer): the pre-shared key differs, or the\n"
            "  client offers nothing this server accepts. The server expects\n");
    expectedProposals(s, values, std::nullopt);
    if (d.hasProfiles()) {
        s.lines("  (the default profile and proposal). A static peer with address 0.0.0.0/0 competes with the\n"
                "  server's dynamic peer:\n"
                "    /ip ipsec peer print\n");
    } else {
        s.lines("  (the static peer and the default proposal):\n"
                "    /ip ipsec peer print where comment=%1\n",
                {tag});
    }
    s.lines("- Nothing arrives (Windows error 809): UDP 500/4500 or ESP are blocked on the way, or the client\n"
            "  or this server is behind NAT and Windows lacks the registry value\n"
            "  HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent AssumeUDPEncapsulationContextOnSendRule=2\n"
            "  (DWORD, then restart Windows). The accept rules must stand above every drop rule:\n"
            "    /ip firewall filter print where comment=%1\n"
            "- IPsec established but no PPP session: L2TP (UDP 1701) must arrive through IPsec; check the\n"
            "  rule with ipsec-policy=in,ipsec above, and the l2tp log topic.\n"
            "- Authentication fails (Windows error 691): user name or password, or a method the client and the\n"
            "  server do not share (server: %2):\n"
            "    /ppp secret print where comment=%1\n",
            {tag, auth});
    if (pppEncryptionRequired(server))
        s.lines("- PPP encryption is required (MS-CHAP v2 only): clients must allow MPPE (Windows: \"Require\n"
                "  encryption\"); errors 741/742 mean one side refuses it.\n");
    const QStringList dns = addressTexts(ctx.dnsServers);
    if (dns.isEmpty())
        s.lines("- Connected, but names do not resolve: the PPP profile hands out no DNS server, so clients\n"
                "  keep their own, which may not answer through the tunnel.\n");
    else
        s.lines("- Connected, but names do not resolve: clients are given %1.\n", {dns.join(QStringLiteral(", "))});
    s.lines("  Where this router answers DNS itself, it needs allow-remote-requests=yes, and the input chain\n"
            "  must accept UDP and TCP port 53 from %1 (the default firewall drops input\n"
            "  from interfaces outside the LAN list):\n"
            "    /ip dns print\n"
            "    /ip firewall filter print where chain=input\n"
            "- Connected, but the LAN does not answer: the forward chain must pass the clients' addresses\n"
            "  %1 to the LAN, and LAN hosts must reach them through this router.\n"
            "  When the pool lies inside a LAN subnet, the LAN interface (or bridge) needs arp=proxy-arp, so\n"
            "  that this router answers for those addresses.\n",
            {pool});
}

} // namespace tw::routeros

#include "render/routeros/RouterOsTroubleshooting.h"

#include "model/Address.h"
#include "model/L2tpPresets.h"
#include "model/Vocabulary.h"
#include "render/routeros/RouterOsNames.h"
#include "render/TextBuilder.h"
#include "render/routeros/RouterOsQuote.h"

#include <QStringList>

namespace tw::routeros {
namespace {

using namespace Qt::StringLiterals; // u"..."_s: a QString whose length is known when compiled
using Args = std::initializer_list<QStringView>;

// Appends lines; `cmd` lines are indented commands a person types, the rest is prose. A line is a
// TextBuilder::fill pattern when it has arguments, and written as it is when it has none.
class Sheet final {
public:
    void heading(QStringView pattern, Args args = {})
    {
        if (!m_text.isEmpty())
            m_text << u'\n';
        append(QLatin1String(""), pattern, args);
    }
    void cmd(QStringView pattern, Args args = {}) { append(QLatin1String("    "), pattern, args); }
    void say(QStringView pattern, Args args = {}) { append(QLatin1String("  "), pattern, args); }
    void item(QStringView pattern, Args args = {}) { append(QLatin1String("- "), pattern, args); }
    void more(QStringView pattern, Args args = {}) { append(QLatin1String("  "), pattern, args); }
    QString take() { return m_text.take(); }

private:
    void append(QLatin1String indent, QStringView pattern, Args args)
    {
        m_text << indent;
        m_text.fill(pattern, args) << u'\n';
    }
    TextBuilder m_text{8192}; // a sheet is a few kB: no growing step by step
};

QString q(const QString &s) { return RouterOsQuote::value(s); }

// Debug logging for the test, one rule per topic list, marked by a prefix so that removing it
// afterwards leaves the router's own logging rules (a remote syslog for ipsec, say) alone.
void debugLogging(Sheet &s, const QStringList &topics)
{
    s.say(u"More detail while testing, removed again afterwards (by its prefix, so that logging rules"_s);
    s.say(u"of your own stay):"_s);
    for (const QString &t : topics)
        s.cmd(u"/system logging add topics=%1 prefix=tw-debug"_s, {t});
    s.cmd(u"/system logging remove [find prefix=tw-debug]"_s);
}

// "aes-256 / sha256 / modp2048, lifetime 1d" as the router shows it.
QString phase1Summary(const RouterOsDialect &d, const IkeProposal &ike)
{
    return d.ikeEncryptionList(ike) + QStringLiteral(" / ") + d.ikeHashOf(ike) + QStringLiteral(" / ") +
           d.ikeDhGroupList(ike) + QStringLiteral(", lifetime ") + RouterOsDialect::duration(ike.lifetimeS);
}

QString phase2Summary(const RouterOsDialect &d, const EspProposal &esp)
{
    return d.espEncryptionList(esp) + QStringLiteral(" / ") + d.espAuthList(esp) + QStringLiteral(", PFS ") +
           d.pfsGroupOf(esp) + QStringLiteral(", lifetime ") + RouterOsDialect::duration(esp.lifetimeS);
}

QHostAddress offset(const QHostAddress &a, quint8 add)
{
    if (familyOf(a) == Family::V4)
        return QHostAddress(a.toIPv4Address() + add);
    Q_IPV6ADDR bytes = a.toIPv6Address();
    // Add with carry from the last byte up.
    unsigned carry = add;
    for (int i = 15; i >= 0 && carry; --i) {
        const unsigned sum = bytes[i] + carry;
        bytes[i] = static_cast<quint8>(sum & 0xFF);
        carry = sum >> 8;
    }
    return QHostAddress(bytes);
}

} // namespace

QHostAddress RouterOsTroubleshooting::firstHost(const Subnet &s)
{
    return s.prefixLength >= s.maxPrefixLength() - 1 ? s.network : offset(s.network, 1);
}

bool RouterOsTroubleshooting::hasIdentityAdvice(const SiteContext &ctx)
{
    return ctx.link->ike.version == IkeVersion::V2 && ctx.remote.site->platform == Platform::CiscoIos;
}

QString RouterOsTroubleshooting::site(const SiteContext &ctx, const RouterOsDialect &d)
{
    const SiteToSiteLink &link = *ctx.link;
    const Site &local = *ctx.local.site;
    const QString tag = q(RouterOsNames::comment(link.name));
    const QString &peer = ctx.remote.wanText;
    const QString &own = ctx.local.wanText;
    const QStringView firewall = ctx.family() == Family::V4 ? u"/ip firewall" : u"/ipv6 firewall";
    const qsizetype n = ctx.pairs.size();
    Sheet s;

    s.heading(u"1. Phase 1 (IKE): is the peer up?"_s);
    s.cmd(u"%1 print where remote-address=%2"_s, {d.activePeersMenu(), peer});
    s.say(u"Healthy: one entry, state \"established\", its uptime growing. No entry at all: nothing arrives"_s);
    s.say(u"from the peer (see \"Firewall and addresses\" below). Another state: see \"Pre-shared key\" and"_s);
    s.say(u"\"Proposals\" below."_s);

    s.heading(u"2. Phase 2 (ESP): are the policies up?"_s);
    s.cmd(u"/ip ipsec policy print detail where comment=%1"_s, {tag});
    s.say(u"Healthy: %1 %2, each with ph2-state=established and without the I (invalid) flag:"_s,
          {NumberText(n), n == 1 ? u"policy" : u"policies"});
    for (const SubnetPair &p : ctx.pairs)
        s.say(u"  %1 -> %2"_s, {p.localText, p.remoteText});
    s.cmd(u"/ip ipsec installed-sa print"_s);
    s.say(u"Healthy: two SAs per policy between %1 and %2 (one each way), whose"_s, {own, peer});
    s.say(u"byte counters grow while traffic flows."_s);

    s.heading(u"3. Does traffic pass?"_s);
    for (const SubnetPair &p : ctx.pairs)
        s.cmd(u"/ping %1 src-address=%2 count=5"_s,
              {addressText(RouterOsTroubleshooting::firstHost(p.remote)), addressText(RouterOsTroubleshooting::firstHost(p.local))});
    s.say(u"src-address must be this router's own address in the local network (the first host is assumed"_s);
    s.say(u"here) and the target a host that answers on the other side. Healthy: replies; the first one or"_s);
    s.say(u"two may be lost while the SAs come up. A ping from the router without src-address leaves from"_s);
    s.say(u"its WAN address, matches no policy and is not a test of the tunnel."_s);

    s.heading(u"4. Counters and log"_s);
    s.cmd(u"/ip ipsec statistics print"_s);
    s.say(u"Healthy: the error counters stay at 0, or at least do not grow while you test."_s);
    s.cmd(u"/log print where topics~\"ipsec\""_s);
    debugLogging(s, {QStringLiteral("ipsec,!packet")});

    s.heading(u"When it is not healthy, check first"_s);
    s.item(u"Pre-shared key: a log line such as \"parsing packet failed, possible cause: wrong password\""_s);
    s.more(u"means the keys differ. Both routers' files come from one project with one key: import both"_s);
    s.more(u"again if either was edited by hand. (This sheet never shows the key.)"_s);
    s.item(u"Proposals: \"no suitable proposal found\" or a phase-2 negotiation failure means the routers"_s);
    s.more(u"offer different algorithms. This router expects"_s);
    s.more(u"  phase 1: %1, exchange %2"_s,
           {phase1Summary(d, link.ike), d.exchangeMode(link.ike.version, link.ike.effectiveMode()).value_or(QString())});
    s.more(u"  phase 2: %1"_s, {phase2Summary(d, link.esp)});
    s.more(u"and the peer's file must say the same."_s);
    s.item(u"Firewall and addresses: no active peer usually means that UDP 500%1 or ESP"_s,
           {link.mayUseUdp4500() ? u"/4500" : u""});
    s.more(u"from %1 do not arrive."_s, {peer});
    if (local.firewall) {
        s.cmd(u"%1 filter print where comment=%2"_s, {firewall, tag});
        s.more(u"These accept rules must stand above every drop rule of the input chain."_s);
    } else {
        s.more(u"The script left the firewall alone (firewall: false): accept those from %1 yourself."_s, {peer});
    }
    s.more(u"local-address %1 must be an address of this router; behind NAT"_s, {own});
    s.more(u"use its own (private) address there and keep NAT traversal on."_s);
    if (hasIdentityAdvice(ctx)) {
        // my-id=auto sends local-address, and the Cisco picks its IKEv2 profile by the identity
        // received (match identity remote address <this router's wan_address>).
        s.more(u"With local-address changed, the identity this router sends changes too, and the Cisco no"_s);
        s.more(u"longer finds its IKEv2 profile for it; keep the identity the address the Cisco knows:"_s);
        s.cmd(u"/ip ipsec identity set [find comment=%1] my-id=address:%2"_s, {tag, own});
        s.more(u"(Or leave my-id as it is and let the Cisco's IKEv2 profile of this link also match the"_s);
        s.more(u"private address: match identity remote address PRIVATE-ADDRESS 255.255.255.255.)"_s);
    }
    if (ctx.family() == Family::V4) {
        s.item(u"NAT: policies established but no replies usually means masquerade still rewrites the traffic."_s);
        if (local.natBypass) {
            s.cmd(u"/ip firewall nat print where comment=%1"_s, {tag});
            s.more(u"These srcnat accept rules must stand above the masquerade rule. Connections tried before"_s);
            s.more(u"they existed keep their NAT: remove them (IP > Firewall > Connections) or reboot."_s);
        } else {
            s.more(u"The script added no NAT bypass (nat_bypass: false): make sure no srcnat rule matches"_s);
            s.more(u"traffic between the protected networks."_s);
        }
    }
    s.item(u"FastTrack: fast-tracked packets skip the IPsec policies."_s);
    s.cmd(u"%1 filter print where chain=forward"_s, {firewall});
    if (local.firewall)
        s.more(u"This link's ipsec-policy accept rules must stand above any fasttrack-connection rule."_s);
    else
        s.more(u"Accept ipsec-policy=in,ipsec and out,ipsec above any fasttrack-connection rule."_s);
    s.item(u"Phase-2 selectors: the peer must list the mirror image of each pair, in the same order:"_s);
    for (const SubnetPair &p : ctx.pairs)
        s.more(u"  here %1 -> %2   peer %2 -> %1"_s, {p.localText, p.remoteText});
    s.more(u"A mismatch shows as phase 1 established without phase 2 (IKEv2: \"TS unacceptable\")."_s);
    return s.take();
}

QString RouterOsTroubleshooting::l2tp(const L2tpContext &ctx, const RouterOsDialect &d)
{
    const L2tpServer &server = *ctx.server;
    const QString tag = q(RouterOsNames::comment(server.name));
    QStringList authTokens;
    for (PppAuth a : server.authentication)
        authTokens << d.pppAuth(a);
    const QString auth = authTokens.join(QLatin1Char(','));
    const QString pool = ctx.pool.toString();
    Sheet s;

    s.heading(u"1. The server"_s);
    s.cmd(u"/interface l2tp-server server print"_s);
    s.say(u"Healthy: enabled: yes, %1default-profile: %2, authentication: %3."_s,
          {d.hasProfiles() ? u"use-ipsec: required, " : u"", RouterOsNames::object(server.name), auth});

    s.heading(u"2. While a client connects"_s);
    s.cmd(u"%1 print"_s, {d.activePeersMenu()});
    s.say(u"Healthy: an entry for the client's public address in state \"established\"."_s);
    s.cmd(u"/ip ipsec installed-sa print"_s);
    s.say(u"Healthy: two SAs (one each way) for that address."_s);
    s.cmd(u"/ppp active print where service=l2tp"_s);
    s.say(u"Healthy: one line per connected user, with an address from %1."_s, {pool});

    s.heading(u"3. Log"_s);
    s.cmd(u"/log print where topics~\"ipsec|l2tp|ppp\""_s);
    debugLogging(s, {QStringLiteral("ipsec,!packet"), QStringLiteral("l2tp")});

    s.heading(u"When it is not healthy, check first"_s);
    s.item(u"IPsec does not come up (Windows error 789, no active peer): the pre-shared key differs, or the"_s);
    s.more(u"client offers nothing this server accepts. The server expects"_s);
    s.more(u"  phase 1: %1, main mode"_s, {phase1Summary(d, ctx.ike)});
    s.more(u"  phase 2: %1"_s, {phase2Summary(d, ctx.esp)});
    if (d.hasProfiles()) {
        s.more(u"(the default profile and proposal). A static peer with address 0.0.0.0/0 competes with the"_s);
        s.more(u"server's dynamic peer:"_s);
        s.cmd(u"/ip ipsec peer print"_s);
    } else {
        s.more(u"(the static peer and the default proposal):"_s);
        s.cmd(u"/ip ipsec peer print where comment=%1"_s, {tag});
    }
    s.item(u"Nothing arrives (Windows error 809): UDP 500/4500 or ESP are blocked on the way, or the client"_s);
    s.more(u"or this server is behind NAT and Windows lacks the registry value"_s);
    s.more(u"HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent AssumeUDPEncapsulationContextOnSendRule=2"_s);
    s.more(u"(DWORD, then restart Windows). The accept rules must stand above every drop rule:"_s);
    s.cmd(u"/ip firewall filter print where comment=%1"_s, {tag});
    s.item(u"IPsec established but no PPP session: L2TP (UDP 1701) must arrive through IPsec; check the"_s);
    s.more(u"rule with ipsec-policy=in,ipsec above, and the l2tp log topic."_s);
    s.item(u"Authentication fails (Windows error 691): user name or password, or a method the client and the"_s);
    s.more(u"server do not share (server: %1):"_s, {auth});
    s.cmd(u"/ppp secret print where comment=%1"_s, {tag});
    if (pppEncryptionRequired(server)) {
        s.item(u"PPP encryption is required (MS-CHAP v2 only): clients must allow MPPE (Windows: \"Require"_s);
        s.more(u"encryption\"); errors 741/742 mean one side refuses it."_s);
    }
    const QStringList dns = addressTexts(ctx.dnsServers);
    if (dns.isEmpty()) {
        s.item(u"Connected, but names do not resolve: the PPP profile hands out no DNS server, so clients"_s);
        s.more(u"keep their own, which may not answer through the tunnel."_s);
    } else {
        s.item(u"Connected, but names do not resolve: clients are given %1."_s, {dns.join(QStringLiteral(", "))});
    }
    s.more(u"Where this router answers DNS itself, it needs allow-remote-requests=yes, and the input chain"_s);
    s.more(u"must accept UDP and TCP port 53 from %1 (the default firewall drops input"_s, {pool});
    s.more(u"from interfaces outside the LAN list):"_s);
    s.cmd(u"/ip dns print"_s);
    s.cmd(u"/ip firewall filter print where chain=input"_s);
    s.item(u"Connected, but the LAN does not answer: the forward chain must pass the clients' addresses"_s);
    s.more(u"%1 to the LAN, and LAN hosts must reach them through this router."_s, {pool});
    s.more(u"When the pool lies inside a LAN subnet, the LAN interface (or bridge) needs arp=proxy-arp, so"_s);
    s.more(u"that this router answers for those addresses."_s);
    return s.take();
}

} // namespace tw::routeros

#include "render/routeros/RouterOsTroubleshooting.h"

#include "model/Address.h"
#include "model/L2tpPresets.h"
#include "model/Vocabulary.h"
#include "render/routeros/RouterOsNames.h"
#include "render/TextBuilder.h"
#include "render/routeros/RouterOsQuote.h"

#include <QStringList>

#include <algorithm>

namespace tw::routeros {
namespace {

// Appends lines; `cmd` lines are indented commands a person types, the rest is prose.
class Sheet final {
public:
    void heading(const QString &text)
    {
        if (!m_text.isEmpty())
            m_text << u'\n';
        append(QLatin1String(""), text);
    }
    void cmd(const QString &text) { append(QLatin1String("    "), text); }
    void say(const QString &text) { append(QLatin1String("  "), text); }
    void item(const QString &text) { append(QLatin1String("- "), text); }
    void more(const QString &text) { append(QLatin1String("  "), text); }
    QString take() { return m_text.take(); }

private:
    void append(QLatin1String indent, const QString &text)
    {
        m_text << indent << text << u'\n';
    }
    TextBuilder m_text{8192}; // a sheet is a few kB: no growing step by step
};

QString q(const QString &s) { return RouterOsQuote::value(s); }

// Debug logging for the test, one rule per topic list, marked by a prefix so that removing it
// afterwards leaves the router's own logging rules (a remote syslog for ipsec, say) alone.
void debugLogging(Sheet &s, const QStringList &topics)
{
    s.say(QStringLiteral("More detail while testing, removed again afterwards (by its prefix, so that logging rules"));
    s.say(QStringLiteral("of your own stay):"));
    for (const QString &t : topics)
        s.cmd(QStringLiteral("/system logging add topics=") + t + QStringLiteral(" prefix=tw-debug"));
    s.cmd(QStringLiteral("/system logging remove [find prefix=tw-debug]"));
}

template <typename T, typename Fn> QString joined(const QList<T> &items, Fn tokenOf)
{
    QStringList out;
    for (const T &item : items)
        if (const std::optional<QString> t = tokenOf(item))
            out << *t;
    return out.join(QLatin1Char(','));
}

// "aes-256 / sha256 / modp2048, lifetime 1d" as the router shows it.
QString phase1Summary(const RouterOsDialect &d, const IkeProposal &ike)
{
    const QString hash = ike.integrity.isEmpty() ? QString() : d.ikeHash(ike.integrity.first()).value_or(QString());
    return joined(ike.encryption, [&](Encryption e) { return d.ikeEncryption(e); }) + QStringLiteral(" / ") + hash +
           QStringLiteral(" / ") + joined(ike.dhGroups, [&](DhGroup g) { return d.dhGroup(g); }) +
           QStringLiteral(", lifetime ") + RouterOsDialect::duration(ike.lifetimeS);
}

QString phase2Summary(const RouterOsDialect &d, const EspProposal &esp)
{
    const bool allAead = !esp.encryption.isEmpty() &&
                         std::all_of(esp.encryption.begin(), esp.encryption.end(), [](Encryption e) { return isAead(e); });
    return joined(esp.encryption, [&](Encryption e) { return d.espEncryption(e); }) + QStringLiteral(" / ") +
           (allAead ? QStringLiteral("null") : joined(esp.integrity, [&](Integrity i) { return d.espAuth(i); })) +
           QStringLiteral(", PFS ") +
           (esp.pfsGroup ? d.dhGroup(*esp.pfsGroup).value_or(QString()) : QStringLiteral("none")) +
           QStringLiteral(", lifetime ") + RouterOsDialect::duration(esp.lifetimeS);
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
    const QString tag = RouterOsNames::comment(link.name);
    const QString peer = ctx.remote.wanText;
    const QString own = ctx.local.wanText;
    const QString firewall = ctx.family() == Family::V4 ? QStringLiteral("/ip firewall") : QStringLiteral("/ipv6 firewall");
    const int n = int(ctx.pairs.size());
    Sheet s;

    s.heading(QStringLiteral("1. Phase 1 (IKE): is the peer up?"));
    s.cmd(d.activePeersMenu() + QStringLiteral(" print where remote-address=") + peer);
    s.say(QStringLiteral("Healthy: one entry, state \"established\", its uptime growing. No entry at all: nothing arrives"));
    s.say(QStringLiteral("from the peer (see \"Firewall and addresses\" below). Another state: see \"Pre-shared key\" and"));
    s.say(QStringLiteral("\"Proposals\" below."));

    s.heading(QStringLiteral("2. Phase 2 (ESP): are the policies up?"));
    s.cmd(QStringLiteral("/ip ipsec policy print detail where comment=") + q(tag));
    s.say(QStringLiteral("Healthy: %1 %2, each with ph2-state=established and without the I (invalid) flag:")
              .arg(n)
              .arg(n == 1 ? QStringLiteral("policy") : QStringLiteral("policies")));
    for (const SubnetPair &p : ctx.pairs)
        s.say(QStringLiteral("  ") + p.localText + QStringLiteral(" -> ") + p.remoteText);
    s.cmd(QStringLiteral("/ip ipsec installed-sa print"));
    s.say(QStringLiteral("Healthy: two SAs per policy between ") + own + QStringLiteral(" and ") + peer +
          QStringLiteral(" (one each way), whose"));
    s.say(QStringLiteral("byte counters grow while traffic flows."));

    s.heading(QStringLiteral("3. Does traffic pass?"));
    for (const SubnetPair &p : ctx.pairs) {
        const QString from = addressText(RouterOsTroubleshooting::firstHost(p.local));
        const QString to = addressText(RouterOsTroubleshooting::firstHost(p.remote));
        s.cmd(QStringLiteral("/ping ") + to + QStringLiteral(" src-address=") + from + QStringLiteral(" count=5"));
    }
    s.say(QStringLiteral("src-address must be this router's own address in the local network (the first host is assumed"));
    s.say(QStringLiteral("here) and the target a host that answers on the other side. Healthy: replies; the first one or"));
    s.say(QStringLiteral("two may be lost while the SAs come up. A ping from the router without src-address leaves from"));
    s.say(QStringLiteral("its WAN address, matches no policy and is not a test of the tunnel."));

    s.heading(QStringLiteral("4. Counters and log"));
    s.cmd(QStringLiteral("/ip ipsec statistics print"));
    s.say(QStringLiteral("Healthy: the error counters stay at 0, or at least do not grow while you test."));
    s.cmd(QStringLiteral("/log print where topics~\"ipsec\""));
    debugLogging(s, {QStringLiteral("ipsec,!packet")});

    s.heading(QStringLiteral("When it is not healthy, check first"));
    s.item(QStringLiteral("Pre-shared key: a log line such as \"parsing packet failed, possible cause: wrong password\""));
    s.more(QStringLiteral("means the keys differ. Both routers' files come from one project with one key: import both"));
    s.more(QStringLiteral("again if either was edited by hand. (This sheet never shows the key.)"));
    s.item(QStringLiteral("Proposals: \"no suitable proposal found\" or a phase-2 negotiation failure means the routers"));
    s.more(QStringLiteral("offer different algorithms. This router expects"));
    s.more(QStringLiteral("  phase 1: ") + phase1Summary(d, link.ike) + QStringLiteral(", exchange ") +
           d.exchangeMode(link.ike.version, link.ike.effectiveMode()).value_or(QString()));
    s.more(QStringLiteral("  phase 2: ") + phase2Summary(d, link.esp));
    s.more(QStringLiteral("and the peer's file must say the same."));
    s.item(QStringLiteral("Firewall and addresses: no active peer usually means that UDP 500") +
           (link.mayUseUdp4500() ? QStringLiteral("/4500") : QString()) + QStringLiteral(" or ESP"));
    s.more(QStringLiteral("from ") + peer + QStringLiteral(" do not arrive."));
    if (local.firewall) {
        s.cmd(firewall + QStringLiteral(" filter print where comment=") + q(tag));
        s.more(QStringLiteral("These accept rules must stand above every drop rule of the input chain."));
    } else {
        s.more(QStringLiteral("The script left the firewall alone (firewall: false): accept those from ") + peer +
               QStringLiteral(" yourself."));
    }
    s.more(QStringLiteral("local-address ") + own + QStringLiteral(" must be an address of this router; behind NAT"));
    s.more(QStringLiteral("use its own (private) address there and keep NAT traversal on."));
    if (hasIdentityAdvice(ctx)) {
        // my-id=auto sends local-address, and the Cisco picks its IKEv2 profile by the identity
        // received (match identity remote address <this router's wan_address>).
        s.more(QStringLiteral("With local-address changed, the identity this router sends changes too, and the Cisco no"));
        s.more(QStringLiteral("longer finds its IKEv2 profile for it; keep the identity the address the Cisco knows:"));
        s.cmd(QStringLiteral("/ip ipsec identity set [find comment=") + q(tag) + QStringLiteral("] my-id=address:") + own);
        s.more(QStringLiteral("(Or leave my-id as it is and let the Cisco's IKEv2 profile of this link also match the"));
        s.more(QStringLiteral("private address: match identity remote address PRIVATE-ADDRESS 255.255.255.255.)"));
    }
    if (ctx.family() == Family::V4) {
        s.item(QStringLiteral("NAT: policies established but no replies usually means masquerade still rewrites the traffic."));
        if (local.natBypass) {
            s.cmd(QStringLiteral("/ip firewall nat print where comment=") + q(tag));
            s.more(QStringLiteral("These srcnat accept rules must stand above the masquerade rule. Connections tried before"));
            s.more(QStringLiteral("they existed keep their NAT: remove them (IP > Firewall > Connections) or reboot."));
        } else {
            s.more(QStringLiteral("The script added no NAT bypass (nat_bypass: false): make sure no srcnat rule matches"));
            s.more(QStringLiteral("traffic between the protected networks."));
        }
    }
    s.item(QStringLiteral("FastTrack: fast-tracked packets skip the IPsec policies."));
    s.cmd(firewall + QStringLiteral(" filter print where chain=forward"));
    if (local.firewall)
        s.more(QStringLiteral("This link's ipsec-policy accept rules must stand above any fasttrack-connection rule."));
    else
        s.more(QStringLiteral("Accept ipsec-policy=in,ipsec and out,ipsec above any fasttrack-connection rule."));
    s.item(QStringLiteral("Phase-2 selectors: the peer must list the mirror image of each pair, in the same order:"));
    for (const SubnetPair &p : ctx.pairs)
        s.more(QStringLiteral("  here ") + p.localText + QStringLiteral(" -> ") + p.remoteText +
               QStringLiteral("   peer ") + p.remoteText + QStringLiteral(" -> ") + p.localText);
    s.more(QStringLiteral("A mismatch shows as phase 1 established without phase 2 (IKEv2: \"TS unacceptable\")."));
    return s.take();
}

QString RouterOsTroubleshooting::l2tp(const L2tpContext &ctx, const RouterOsDialect &d)
{
    const L2tpServer &server = *ctx.server;
    const QString tag = RouterOsNames::comment(server.name);
    QStringList auth;
    for (PppAuth a : server.authentication)
        auth << d.pppAuth(a);
    Sheet s;

    s.heading(QStringLiteral("1. The server"));
    s.cmd(QStringLiteral("/interface l2tp-server server print"));
    s.say(QStringLiteral("Healthy: enabled: yes, ") +
          (d.hasProfiles() ? QStringLiteral("use-ipsec: required, ") : QString()) + QStringLiteral("default-profile: ") +
          RouterOsNames::object(server.name) + QStringLiteral(", authentication: ") + auth.join(QLatin1Char(',')) +
          QLatin1Char('.'));

    s.heading(QStringLiteral("2. While a client connects"));
    s.cmd(d.activePeersMenu() + QStringLiteral(" print"));
    s.say(QStringLiteral("Healthy: an entry for the client's public address in state \"established\"."));
    s.cmd(QStringLiteral("/ip ipsec installed-sa print"));
    s.say(QStringLiteral("Healthy: two SAs (one each way) for that address."));
    s.cmd(QStringLiteral("/ppp active print where service=l2tp"));
    s.say(QStringLiteral("Healthy: one line per connected user, with an address from ") + ctx.pool.toString() +
          QLatin1Char('.'));

    s.heading(QStringLiteral("3. Log"));
    s.cmd(QStringLiteral("/log print where topics~\"ipsec|l2tp|ppp\""));
    debugLogging(s, {QStringLiteral("ipsec,!packet"), QStringLiteral("l2tp")});

    s.heading(QStringLiteral("When it is not healthy, check first"));
    s.item(QStringLiteral("IPsec does not come up (Windows error 789, no active peer): the pre-shared key differs, or the"));
    s.more(QStringLiteral("client offers nothing this server accepts. The server expects"));
    s.more(QStringLiteral("  phase 1: ") + phase1Summary(d, ctx.ike) + QStringLiteral(", main mode"));
    s.more(QStringLiteral("  phase 2: ") + phase2Summary(d, ctx.esp));
    if (d.hasProfiles()) {
        s.more(QStringLiteral("(the default profile and proposal). A static peer with address 0.0.0.0/0 competes with the"));
        s.more(QStringLiteral("server's dynamic peer:"));
        s.cmd(QStringLiteral("/ip ipsec peer print"));
    } else {
        s.more(QStringLiteral("(the static peer and the default proposal):"));
        s.cmd(QStringLiteral("/ip ipsec peer print where comment=") + q(tag));
    }
    s.item(QStringLiteral("Nothing arrives (Windows error 809): UDP 500/4500 or ESP are blocked on the way, or the client"));
    s.more(QStringLiteral("or this server is behind NAT and Windows lacks the registry value"));
    s.more(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent AssumeUDPEncapsulationContextOnSendRule=2"));
    s.more(QStringLiteral("(DWORD, then restart Windows). The accept rules must stand above every drop rule:"));
    s.cmd(QStringLiteral("/ip firewall filter print where comment=") + q(tag));
    s.item(QStringLiteral("IPsec established but no PPP session: L2TP (UDP 1701) must arrive through IPsec; check the"));
    s.more(QStringLiteral("rule with ipsec-policy=in,ipsec above, and the l2tp log topic."));
    s.item(QStringLiteral("Authentication fails (Windows error 691): user name or password, or a method the client and the"));
    s.more(QStringLiteral("server do not share (server: ") + auth.join(QLatin1Char(',')) + QStringLiteral("):"));
    s.cmd(QStringLiteral("/ppp secret print where comment=") + q(tag));
    if (pppEncryptionRequired(server)) {
        s.item(QStringLiteral("PPP encryption is required (MS-CHAP v2 only): clients must allow MPPE (Windows: \"Require"));
        s.more(QStringLiteral("encryption\"); errors 741/742 mean one side refuses it."));
    }
    const QString pool = ctx.pool.toString();
    const QStringList dns = addressTexts(ctx.dnsServers);
    if (dns.isEmpty()) {
        s.item(QStringLiteral("Connected, but names do not resolve: the PPP profile hands out no DNS server, so clients"));
        s.more(QStringLiteral("keep their own, which may not answer through the tunnel."));
    } else {
        s.item(QStringLiteral("Connected, but names do not resolve: clients are given ") + dns.join(QStringLiteral(", ")) +
               QLatin1Char('.'));
    }
    s.more(QStringLiteral("Where this router answers DNS itself, it needs allow-remote-requests=yes, and the input chain"));
    s.more(QStringLiteral("must accept UDP and TCP port 53 from ") + pool +
           QStringLiteral(" (the default firewall drops input"));
    s.more(QStringLiteral("from interfaces outside the LAN list):"));
    s.cmd(QStringLiteral("/ip dns print"));
    s.cmd(QStringLiteral("/ip firewall filter print where chain=input"));
    s.item(QStringLiteral("Connected, but the LAN does not answer: the forward chain must pass the clients' addresses"));
    s.more(pool + QStringLiteral(" to the LAN, and LAN hosts must reach them through this router."));
    s.more(QStringLiteral("When the pool lies inside a LAN subnet, the LAN interface (or bridge) needs arp=proxy-arp, so"));
    s.more(QStringLiteral("that this router answers for those addresses."));
    return s.take();
}

} // namespace tw::routeros

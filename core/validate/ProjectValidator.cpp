#include "validate/ProjectValidator.h"

#include "model/Address.h"
#include "model/L2tpPresets.h"
#include "model/Vocabulary.h"
#include "render/PlatformRegistry.h"
#include "render/ciscoios/CiscoIosPlan.h"
#include "render/ciscoios/CiscoIosQuote.h"
#include "render/client/ClientRenderer.h"
#include "validate/KeyStrength.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace tw {
namespace {

QString sideLetter(Side s) { return s == Side::A ? QStringLiteral("a") : QStringLiteral("b"); }

bool isWeak(Encryption e) { return e == Encryption::TripleDes; }
bool isWeak(Integrity i) { return i == Integrity::Md5 || i == Integrity::Sha1; }
bool isWeak(DhGroup g) { return g == DhGroup::G1 || g == DhGroup::G2 || g == DhGroup::G5; }

template <typename T, typename LabelFn>
void checkList(const QList<T> &items, const QString &path, const QString &key, const QString &what, LabelFn labelOf,
               bool allowEmpty, Findings &out)
{
    if (items.isEmpty() && !allowEmpty)
        out.error(childPath(path, key), Findings::tr("lists no %1; give at least one").arg(what));
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.indexOf(items[i]) != i)
            out.error(childPath(path, key, i),
                      Findings::tr("%1 is listed twice; list each %2 once").arg(labelOf(items[i]), what));
        else if (isWeak(items[i]))
            out.warning(childPath(path, key, i),
                        Findings::tr("%1 is weak; keep it only for equipment that offers nothing better").arg(labelOf(items[i])));
    }
}

void checkLifetime(int seconds, const QString &path, Findings &out)
{
    if (seconds < kMinLifetimeS || seconds > kMaxLifetimeS)
        out.error(childPath(path, QStringLiteral("lifetime_s")),
                  Findings::tr("%1 s is outside %2..%3 s, the range both vendors accept (common: 28800 for IKE, "
                                 "3600 for ESP)")
                      .arg(seconds)
                      .arg(kMinLifetimeS)
                      .arg(kMaxLifetimeS));
}

// Half a surrogate pair or a Unicode non-character (U+FFFE, U+FFFF, U+FDD0..U+FDEF, ...): no keyboard
// types them, XML cannot carry all of them (an Apple profile would lose or break on them), and the
// router would store other bytes than a client sends.
bool hasInvalidCodePoint(const QString &s)
{
    if (!s.isValidUtf16())
        return true;
    const QList<uint> codePoints = s.toUcs4();
    return std::any_of(codePoints.begin(), codePoints.end(), [](uint c) { return QChar::isNonCharacter(c); });
}

// A password is read off the printed sheet: spaces a reader cannot count or tell apart are typed
// wrong. The router and the Apple profile hold the right value, so these are warnings.
void checkPrintedSpaces(const QString &password, const QString &path, Findings &out)
{
    const auto odd = std::find_if(password.begin(), password.end(), [](QChar c) {
        return c.category() == QChar::Separator_Space && c != QLatin1Char(' ');
    });
    if (odd != password.end())
        out.warning(path, Findings::tr("contains U+%1, a space that prints like a plain one: a user who types it "
                                       "from the setup sheet types another character; use a plain space or none")
                              .arg(QString::number(odd->unicode(), 16).rightJustified(4, QLatin1Char('0')).toUpper()));
    else if (password.startsWith(QLatin1Char(' ')) || password.endsWith(QLatin1Char(' ')) ||
             password.contains(QStringLiteral("  ")))
        out.warning(path, Findings::tr("starts or ends with a space, or has two in a row: the setup sheet cannot "
                                       "show that clearly and users will type it wrong; use single spaces inside "
                                       "the password, or none"));
}

template <typename PathFn> void checkInterface(const QString &name, PathFn path, Findings &out)
{
    if (name.isEmpty())
        out.error(path(), Findings::tr("is empty; name the router's interface, e.g. ether1 or GigabitEthernet0/0"));
    else if (hasControlCharacter(name))
        out.error(path(), Findings::tr("contains a control character (tab, newline ...); type the interface name alone"));
    else if (hasInvalidCodePoint(name))
        out.error(path(), Findings::tr("contains a character that is not text (half of a surrogate pair, or a "
                                       "non-character such as U+FFFF); type the interface name alone"));
    else if (name.size() > 64)
        out.error(path(), Findings::tr("is %1 characters long; interface names are at most 64").arg(name.size()));
}

// Unspecified, multicast, broadcast or loopback: no address of one host that others can reach.
bool isNoHostAddress(const QHostAddress &a)
{
    return a.isNull() || a.isEqual(QHostAddress::AnyIPv4) || a.isEqual(QHostAddress::AnyIPv6) || a.isMulticast() ||
           a.isBroadcast() || a.isLoopback();
}

// pathOf builds the finding's path only when there is something to report (check runs per keystroke).
template <typename PathFn> std::optional<QHostAddress> checkedAddress(const QString &text, PathFn pathOf, Findings &out)
{
    const auto a = parseAddress(text);
    if (!a) {
        out.error(pathOf(), a.error());
        return std::nullopt;
    }
    if (isNoHostAddress(*a)) {
        out.error(pathOf(), Findings::tr("%1 is not a unicast host address; give the router's own address").arg(a->toString()));
        return std::nullopt;
    }
    if (a->isLinkLocal()) { // fe80::/10, 169.254.0.0/16: valid on one segment only, and IPv6 would need a scope
        out.error(pathOf(), Findings::tr("%1 is a link-local address, usable only on its own network segment; give "
                                         "the global address").arg(a->toString()));
        return std::nullopt;
    }
    return *a;
}

auto at(const QString &base, const char *key)
{
    return [&base, key] { return childPath(base, QString::fromLatin1(key)); };
}
auto at(const QString &base, const char *key, qsizetype i)
{
    return [&base, key, i] { return childPath(base, QString::fromLatin1(key), i); };
}

struct ParsedSite {
    std::optional<QHostAddress> wan;
    QList<std::pair<qsizetype, Subnet>> subnets; // index in lan_subnets, parsed subnet
};

ParsedSite checkSiteFields(const Site &s, const QString &path, Findings &out)
{
    ParsedSite p;
    checkName(s.name, childPath(path, QStringLiteral("name")), Findings::tr("site name"), out);
    p.wan = checkedAddress(s.wanAddress, at(path, "wan_address"), out);
    if (p.wan && isPrivateAddress(*p.wan))
        out.info(childPath(path, QStringLiteral("wan_address")),
                 Findings::tr("%1 is a private address: right for a lab. Behind NAT, give the address the peer "
                              "sees and keep nat_traversal on; then, after applying, put the router's own address "
                              "where the files use wan_address as this router's (RouterOS local-address, Cisco "
                              "IKEv2 `match address local`)")
                     .arg(p.wan->toString()));
    checkInterface(s.wanInterface, at(path, "wan_interface"), out);
    if (s.lanInterface)
        checkInterface(*s.lanInterface, at(path, "lan_interface"), out);
    if (s.lanSubnets.isEmpty())
        out.error(childPath(path, QStringLiteral("lan_subnets")),
                  Findings::tr("lists no network; give at least one protected network in CIDR, e.g. 192.168.88.0/24"));
    for (qsizetype i = 0; i < s.lanSubnets.size(); ++i) {
        const auto sp = at(path, "lan_subnets", i);
        const auto sub = parseSubnet(s.lanSubnets[i]);
        if (!sub) {
            out.error(sp(), sub.error());
            continue;
        }
        if (sub->prefixLength == 0)
            out.warning(sp(), Findings::tr("%1 protects every address, including the Internet; name the networks "
                                           "behind the router instead").arg(sub->toString()));
        for (const auto &[j, earlier] : p.subnets) {
            if (earlier == *sub)
                out.error(sp(), Findings::tr("%1 is listed twice (also lan_subnets[%2]); list it once").arg(sub->toString()).arg(j));
            else if (earlier.overlaps(*sub))
                out.error(sp(), Findings::tr("%1 overlaps lan_subnets[%2] (%3); list only the larger network")
                                  .arg(sub->toString())
                                  .arg(j)
                                  .arg(earlier.toString()));
        }
        p.subnets.append({i, *sub});
    }
    return p;
}

void checkLink(const SiteToSiteLink &l, const QString &path, Findings &out)
{
    checkName(l.name, childPath(path, QStringLiteral("name")), Findings::tr("link name"), out);
    checkIke(l.ike, childPath(path, QStringLiteral("ike")), out);
    checkEsp(l.esp, childPath(path, QStringLiteral("esp")), out);
    if (!l.esp.pfsGroup)
        out.info(childPath(path, QStringLiteral("esp.pfs_group")),
                 Findings::tr("no perfect forward secrecy: a key stolen later decrypts recorded traffic; set a group "
                                "such as 14 (both sides get the same setting)"));
    checkPsk(l.psk, childPath(path, QStringLiteral("psk")), out);

    const QString pa = childPath(path, QStringLiteral("a")), pb = childPath(path, QStringLiteral("b"));
    const ParsedSite a = checkSiteFields(l.a, pa, out);
    const ParsedSite b = checkSiteFields(l.b, pb, out);

    // Each end's files are NAME.rsc, NAME.rollback.rsc, NAME.troubleshooting.txt (.cfg on Cisco): only
    // a name that is the other followed by a dot can give a file of the same name (site "hq.rollback"
    // writes hq.rollback.rsc, which is site "hq"'s rollback). Compared ignoring case for file systems
    // that do.
    const auto dotPrefixOf = [](const QString &shorter, const QString &longer) {
        return longer.size() > shorter.size() && longer[shorter.size()] == QLatin1Char('.') &&
               longer.startsWith(shorter, Qt::CaseInsensitive);
    };
    if (!l.a.name.isEmpty() && l.a.name.compare(l.b.name, Qt::CaseInsensitive) == 0)
        out.error(childPath(pb, QStringLiteral("name")),
                  Findings::tr("both sites are called \"%1\"; give each end its own name (it names the files)").arg(l.b.name));
    else if (!l.a.name.isEmpty() && !l.b.name.isEmpty() &&
             (dotPrefixOf(l.a.name, l.b.name) || dotPrefixOf(l.b.name, l.a.name)))
        out.error(childPath(pb, QStringLiteral("name")),
                  Findings::tr("\"%1\" and \"%2\": one site's name is the other's followed by a dot, so their files "
                               "can have the same name (hq.rollback.rsc is the rollback of hq and the script of "
                               "hq.rollback); rename one end")
                      .arg(l.a.name, l.b.name));
    const qsizetype pairs = l.a.lanSubnets.size() * l.b.lanSubnets.size();
    if (pairs > kMaxPairsPerLink)
        out.error(childPath(path, QStringLiteral("b.lan_subnets")),
                  Findings::tr("makes %1 pairs of protected networks with a.lan_subnets (%2 x %3); each becomes a "
                               "policy, firewall rules and ACL lines on both routers: at most %4 per link. Summarise "
                               "networks (one /16 instead of 256 /24s)")
                      .arg(pairs)
                      .arg(l.a.lanSubnets.size())
                      .arg(l.b.lanSubnets.size())
                      .arg(kMaxPairsPerLink));
    if (a.wan && b.wan) {
        if (*a.wan == *b.wan)
            out.error(childPath(pb, QStringLiteral("wan_address")),
                      Findings::tr("is the same as a.wan_address (%1); each router needs its own public address")
                          .arg(a.wan->toString()));
        else if (familyOf(*a.wan) != familyOf(*b.wan))
            out.error(childPath(pb, QStringLiteral("wan_address")),
                      Findings::tr("is %1 but a.wan_address is %2; both ends of a tunnel use one address family")
                          .arg(familyName(familyOf(*b.wan)), familyName(familyOf(*a.wan))));
    }
    // Protected networks: family, overlap across sites, and no WAN address inside any of them.
    const std::optional<Family> family = a.wan ? std::optional(familyOf(*a.wan))
                                         : b.wan ? std::optional(familyOf(*b.wan))
                                                 : std::nullopt;
    struct Named {
        const ParsedSite *site;
        QString path;
        Side side;
    };
    for (const Named &n : {Named{&a, pa, Side::A}, Named{&b, pb, Side::B}}) {
        for (const auto &[i, sub] : n.site->subnets) {
            const auto sp = at(n.path, "lan_subnets", i);
            if (family && sub.family() != *family) {
                out.error(sp(), Findings::tr("%1 is %2 but the WAN addresses are %3; a tunnel carries one address family "
                                             "(make a second link for the other)")
                                  .arg(sub.toString(), familyName(sub.family()), familyName(*family)));
                continue;
            }
            for (const auto &[who, wan] : {std::pair{Side::A, a.wan}, std::pair{Side::B, b.wan}})
                if (wan && sub.contains(*wan))
                    out.error(sp(), Findings::tr("%1 contains %2.wan_address (%3): the tunnel would try to carry its own "
                                                 "IKE packets; protect only the networks behind the routers")
                                      .arg(sub.toString(), sideLetter(who), wan->toString()));
            if (n.side == Side::B)
                for (const auto &[j, other] : a.subnets)
                    if (other.overlaps(sub))
                        out.error(sp(), Findings::tr("%1 overlaps a.lan_subnets[%2] (%3): both sites cannot route the same "
                                                     "addresses through the tunnel; renumber one side or use NAT")
                                          .arg(sub.toString())
                                          .arg(j)
                                          .arg(other.toString()));
        }
    }
    // What each side's platform can express: every problem at once (style point 3).
    for (Side s : {Side::A, Side::B})
        platformEntry(l.site(s).platform).checkSite(l, s, path, out);
}

void checkServer(const L2tpServer &s, const QString &path, Findings &out)
{
    checkName(s.name, childPath(path, QStringLiteral("name")), Findings::tr("server name"), out);
    const QString pub = childPath(path, QStringLiteral("public_address"));
    if (s.publicAddress.isEmpty())
        out.error(pub, Findings::tr("is empty; give what clients dial: an IP address or a DNS name such as vpn.example.com"));
    else if (const auto a = parseAddress(s.publicAddress)) {
        if (isNoHostAddress(*a) || a->isLinkLocal())
            out.error(pub, Findings::tr("%1 is no address clients can dial (unspecified, loopback, link-local, multicast "
                                        "or broadcast); give the address clients reach the server at, or its DNS name")
                               .arg(a->toString()));
    } else if (!isHostName(s.publicAddress)) {
        static const QRegularExpression dottedQuad(QStringLiteral("^[0-9]+(\\.[0-9]+){3}\\z"));
        // 0x7f000001, 10.1, 0x7f.1: what inet_aton reads as an address (one to four parts, each
        // decimal, octal or 0x-hex), which resolvers dial instead of looking up a name.
        static const QRegularExpression otherForm(
            QStringLiteral("^(0[xX][0-9A-Fa-f]*|[0-9]+)(\\.(0[xX][0-9A-Fa-f]*|[0-9]+)){0,3}\\z"));
        if (dottedQuad.match(s.publicAddress).hasMatch())
            out.error(pub, parseAddress(s.publicAddress).error()); // an octet over 255, a leading zero
        else if (otherForm.match(s.publicAddress).hasMatch())
            out.error(pub, Findings::tr("\"%1\" reads as an IP address in a short or hexadecimal form, which clients "
                                        "may dial as another address; write four decimal numbers such as 203.0.113.7, "
                                        "or a DNS name")
                               .arg(s.publicAddress.left(64)));
        else
            out.error(pub, Findings::tr("\"%1\" is neither an IP address nor a DNS name; e.g. 203.0.113.7 or "
                                          "vpn.example.com").arg(s.publicAddress.left(64)));
    }
    checkInterface(s.wanInterface, at(path, "wan_interface"), out);

    const auto local = checkedAddress(s.localAddress, at(path, "local_address"), out);
    const QString poolPath = childPath(path, QStringLiteral("pool"));
    const auto pool = parseRange(s.pool);
    if (!pool)
        out.error(poolPath, pool.error());
    if (pool && local) {
        if (pool->family() != familyOf(*local))
            out.error(poolPath, Findings::tr("is %1 but local_address is %2; use one family")
                                    .arg(familyName(pool->family()), familyName(familyOf(*local))));
        else if (pool->contains(*local))
            out.error(poolPath, Findings::tr("contains local_address %1; the server's own tunnel address must lie "
                                               "outside the client pool").arg(local->toString()));
    }
    if (pool && pool->size() < quint64(s.users.size()))
        out.warning(poolPath, Findings::tr("has %1 addresses for %2 users; users beyond that cannot connect at the "
                                             "same time").arg(pool->size()).arg(s.users.size()));
    QList<QHostAddress> dns; // distinct, as the renderers hand them out
    for (qsizetype i = 0; i < s.dnsServers.size(); ++i) {
        const auto dnsPath = at(path, "dns_servers", i); // built only when reported
        const auto a = checkedAddress(s.dnsServers[i], dnsPath, out);
        if (!a)
            continue;
        if (dns.contains(*a)) {
            out.warning(dnsPath(), Findings::tr("%1 is listed twice; clients get each DNS server once").arg(a->toString()));
            continue;
        }
        dns << *a;
        // PPP's IPCP has a field for a primary and one for a secondary DNS server (RFC 1877).
        if (dns.size() > 2)
            out.error(dnsPath(), Findings::tr("is one DNS server too many: PPP hands clients two at most (a primary and "
                                              "a secondary); list one or two"));
        if (pool && pool->contains(*a))
            out.warning(dnsPath(), Findings::tr("%1 lies inside the client pool %2, so a client may be given that "
                                                "address; give a DNS server outside it, e.g. local_address")
                                       .arg(a->toString(), pool->toString()));
    }

    checkPsk(s.psk, childPath(path, QStringLiteral("psk")), out);

    const QString authPath = childPath(path, QStringLiteral("authentication"));
    if (s.authentication.isEmpty())
        out.error(authPath, Findings::tr("lists no method; use [\"mschap2\"]"));
    for (qsizetype i = 0; i < s.authentication.size(); ++i) {
        if (s.authentication.indexOf(s.authentication[i]) != i)
            out.error(childPath(path, QStringLiteral("authentication"), i),
                      Findings::tr("%1 is listed twice").arg(label(s.authentication[i])));
        else if (s.authentication[i] == PppAuth::Pap)
            out.warning(childPath(path, QStringLiteral("authentication"), i),
                        Findings::tr("PAP sends passwords in the clear inside the tunnel; prefer mschap2"));
    }
    if (s.clients.contains(ClientPlatform::IPhone) && !s.authentication.contains(PppAuth::Mschap2))
        out.error(authPath, Findings::tr("does not include mschap2, the only method the iPhone's L2TP client uses"));

    if (s.mtu < kMinMtu || s.mtu > kMaxMtu)
        out.error(childPath(path, QStringLiteral("mtu")),
                  Findings::tr("%1 is outside %2..%3; 1460 suits most links, 1400 links with PPPoE").arg(s.mtu).arg(kMinMtu).arg(kMaxMtu));

    const IkeProposal ike = effectiveIke(s);
    const EspProposal esp = effectiveEsp(s);
    if (s.ike) {
        const QString ip = childPath(path, QStringLiteral("ike"));
        checkIke(*s.ike, ip, out);
        if (s.ike->version != IkeVersion::V1)
            out.error(childPath(ip, QStringLiteral("version")),
                      Findings::tr("L2TP/IPsec clients speak IKEv1 only; use version 1"));
        if (s.ike->effectiveMode() != IkeMode::Main)
            out.error(childPath(ip, QStringLiteral("mode")),
                      Findings::tr("the iPhone and Windows L2TP clients use main mode; remove \"mode\" or use \"main\""));
    }
    if (s.esp)
        checkEsp(*s.esp, childPath(path, QStringLiteral("esp")), out);

    const QString usersPath = childPath(path, QStringLiteral("users"));
    if (s.users.isEmpty())
        out.warning(usersPath, Findings::tr("lists no user; nobody can log in until you add one"));
    for (qsizetype i = 0; i < s.users.size(); ++i) {
        const User &u = s.users[i];
        const QString up = childPath(path, QStringLiteral("users"), i);
        checkName(u.name, childPath(up, QStringLiteral("name")), Findings::tr("user name"), out);
        for (qsizetype j = 0; j < i; ++j)
            if (s.users[j].name.compare(u.name, Qt::CaseInsensitive) == 0 && !u.name.isEmpty()) {
                out.error(childPath(up, QStringLiteral("name")),
                          Findings::tr("\"%1\" is already users[%2]; user names must be unique (ignoring case)").arg(u.name).arg(j));
                break;
            }
        const QString pw = childPath(up, QStringLiteral("password"));
        if (u.password.isEmpty())
            out.error(pw, Findings::tr("is empty; set a password (the wizard can generate one)"));
        else if (hasControlCharacter(u.password))
            out.error(pw, Findings::tr("contains a control character (tab, newline ...); passwords must be typeable"));
        else if (hasInvalidCodePoint(u.password))
            out.error(pw, Findings::tr("contains a character that is not text (half of a surrogate pair, or a "
                                       "non-character such as U+FFFF); passwords must be typeable"));
        else if (u.password.size() > 64)
            out.error(pw, Findings::tr("is %1 characters long; use at most 64").arg(u.password.size()));
        else if (u.password.size() < 10)
            out.warning(pw, Findings::tr("is shorter than 10 characters; generated passwords have 20"));
        checkPrintedSpaces(u.password, pw, out);
    }

    const PlatformEntry &entry = platformEntry(s.platform);
    if (!entry.checkL2tp)
        out.error(childPath(path, QStringLiteral("platform")),
                  Findings::tr("%1 cannot host this L2TP/IPsec server; choose routeros-7, routeros-6 or routeros-6-legacy")
                      .arg(token(s.platform)));
    else
        entry.checkL2tp(s, ike, esp, path, out);
    checkClients(s, ike, esp, path, out);
}

QString linkPath(qsizetype i) { return childPath(QString(), QStringLiteral("links"), i); }
QString sitePath(qsizetype i, Side s) { return childPath(linkPath(i), sideLetter(s)); }

// Link ends with the same platform and WAN address are one router: its WAN address sits on one
// interface. Ends numbered together (ProjectRouters) may carry only so many links and must not
// name one router-wide object twice.
void checkRouters(const Project &project, const ProjectRouters &routers, Findings &out)
{
    const auto siteOf = [&](const LinkEnd &e) -> const Site & { return project.links[e.link].site(e.side); };
    const QList<QList<LinkEnd>> groups = routers.endsByGroup();
    QList<const LinkEnd *> firstOnRouter(routers.routerCount(), nullptr);
    for (const QList<LinkEnd> &ends : groups) {
        const PlatformEntry &platform = platformEntry(siteOf(ends.front()).platform);
        const int limit = platform.maxLinksPerRouter;
        QHash<QString, const LinkEnd *> namedBy; // router-wide object name -> the end that uses it first
        for (const LinkEnd &e : ends) {
            if (!platform.routerWideNames)
                break;
            for (const QString &name : platform.routerWideNames(project.links[e.link], e.side)) {
                const auto taken = namedBy.constFind(name);
                if (taken == namedBy.constEnd()) {
                    namedBy.insert(name, &e);
                } else if ((*taken)->link != e.link) {
                    out.error(childPath(linkPath(e.link), QStringLiteral("name")),
                              Findings::tr("gives the router at %1 an object named \"%2\", which %3 already uses; "
                                           "rename one of the two links")
                                  .arg(siteOf(e).wanAddress, name, linkPath((*taken)->link)));
                    break; // one finding per link is enough to rename it
                }
            }
        }
        for (qsizetype n = 0; n < ends.size(); ++n) {
            const LinkEnd &e = ends[n];
            const Site &site = siteOf(e);
            const LinkEnd *&onRouter = firstOnRouter[routers.router(e.link, e.side)];
            if (!onRouter)
                onRouter = &e;
            else if (site.wanInterface != siteOf(*onRouter).wanInterface)
                out.error(childPath(sitePath(e.link, e.side), QStringLiteral("wan_interface")),
                          Findings::tr("is \"%1\" but %2 puts the same router's WAN address %3 on \"%4\"; use one "
                                         "interface name for that address")
                              .arg(site.wanInterface.left(64), sitePath(onRouter->link, onRouter->side),
                                   site.wanAddress, siteOf(*onRouter).wanInterface.left(64)));
            if (limit > 0 && n == limit)
                out.error(childPath(sitePath(e.link, e.side), QStringLiteral("wan_address")),
                          Findings::tr("%1 \"%2\" at %3 would carry more than %4 links, the most Tunnelwright can "
                                       "number on one router; end the other links on another router")
                              .arg(token(site.platform), site.name, site.wanAddress)
                              .arg(limit));
        }
    }
}

// Two links between the same two routers would fight over one peer: IOS keeps one isakmp key per
// peer address, and RouterOS would hold two peers with one address. One link carries any number of
// network pairs, so the second is never needed.
void checkRouterPairs(const Project &project, const ProjectRouters &routers, Findings &out)
{
    QHash<std::pair<int, int>, qsizetype> firstLink; // (router, router) in order -> link index
    for (qsizetype i = 0; i < project.links.size(); ++i) {
        const SiteToSiteLink &l = project.links[i];
        const int a = routers.router(i, Side::A), b = routers.router(i, Side::B);
        if (a < 0 || b < 0)
            continue;
        const auto pair = std::minmax(a, b);
        const auto it = firstLink.constFind(pair);
        if (it == firstLink.constEnd()) {
            firstLink.insert(pair, i);
            continue;
        }
        out.error(linkPath(i),
                  Findings::tr("connects the same two routers as %1 (%2 and %3); a router keeps one key per peer "
                               "address, so one link would break the other: put the networks of both into one link")
                      .arg(linkPath(*it), l.a.wanAddress, l.b.wanAddress));
    }
}

// IOS picks one IKEv2 policy by the local address alone, before it knows the peer, so every IKEv2
// link ending on one Cisco address must offer the same IKE proposal (lifetimes are per peer).
void checkIkev2PerCiscoAddress(const Project &project, const ProjectRouters &routers, Findings &out)
{
    QHash<int, qsizetype> firstLink; // router -> first IKEv2 link ending there
    for (qsizetype i = 0; i < project.links.size(); ++i) {
        const SiteToSiteLink &l = project.links[i];
        if (l.ike.version != IkeVersion::V2)
            continue;
        for (Side s : {Side::A, Side::B}) {
            const Site &site = l.site(s);
            const int router = routers.router(i, s);
            if (site.platform != Platform::CiscoIos || router < 0)
                continue;
            const auto it = firstLink.constFind(router);
            if (it == firstLink.constEnd()) {
                firstLink.insert(router, i);
                continue;
            }
            const IkeProposal &first = project.links[*it].ike;
            if (first.encryption != l.ike.encryption || first.integrity != l.ike.integrity ||
                first.dhGroups != l.ike.dhGroups)
                out.error(childPath(linkPath(i), QStringLiteral("ike")),
                          Findings::tr("differs from %1.ike in encryption, integrity or DH groups, and both are IKEv2 "
                                       "links of the Cisco router at %2: IOS answers every peer of one address with "
                                       "one IKEv2 proposal; give both links the same ones")
                              .arg(linkPath(*it), site.wanAddress));
        }
    }
}

// Two links of one router whose traffic selectors overlap (local networks overlap and remote
// networks overlap): the router looks its policies (RouterOS) or crypto map entries (IOS) up in
// order and sends the shared traffic into the first tunnel only, so the other link never carries
// it. The selectors of one link are the product of its two lists: two links overlap exactly when
// some remote network of one overlaps some of the other's and some local network does too. A sweep
// over the remote networks sorted by address finds the overlapping ones: CIDR networks either nest
// or are disjoint, so the networks still open at a point form a stack.
void checkSelectorsPerRouter(const Project &project, const ProjectRouters &routers, Findings &out)
{
    struct Remote {
        SubnetSpan span;
        qsizetype end; // index into the group's ends
    };
    // Each site's networks as spans, parsed once: a site's are one end's local and the other's remote.
    QList<QList<SubnetSpan>> spans(2 * project.links.size());
    const auto spansOf = [&](qsizetype link, Side side) -> const QList<SubnetSpan> & {
        QList<SubnetSpan> &out = spans[2 * link + (side == Side::B ? 1 : 0)];
        if (out.isEmpty())
            for (const QString &text : project.links[link].site(side).lanSubnets)
                if (const auto subnet = parseSubnet(text))
                    out << SubnetSpan::of(*subnet);
        return out;
    };
    const auto other = [](Side s) { return s == Side::A ? Side::B : Side::A; };
    struct Clash {
        qsizetype earlier, later;
        QString wan; // the shared router's address, as the later link writes it
        bool operator<(const Clash &o) const { return std::tie(later, earlier, wan) < std::tie(o.later, o.earlier, o.wan); }
    };
    QList<Clash> clashes;
    for (const QList<LinkEnd> &ends : routers.endsByGroup()) {
        if (ends.size() < 2)
            continue;
        QList<Remote> remotes;
        for (qsizetype e = 0; e < ends.size(); ++e)
            for (const SubnetSpan &span : spansOf(ends[e].link, other(ends[e].side)))
                remotes << Remote{span, e};
        std::sort(remotes.begin(), remotes.end(), [](const Remote &x, const Remote &y) { return x.span < y.span; });
        QList<const Remote *> open;
        for (const Remote &r : std::as_const(remotes)) {
            while (!open.isEmpty() && !open.last()->span.overlaps(r.span))
                open.removeLast();
            for (const Remote *o : std::as_const(open)) {
                const LinkEnd &x = ends[o->end], &y = ends[r.end];
                if (x.link == y.link)
                    continue;
                const QList<SubnetSpan> &xs = spansOf(x.link, x.side), &ys = spansOf(y.link, y.side);
                const bool localsOverlap = std::any_of(xs.begin(), xs.end(), [&](const SubnetSpan &a) {
                    return std::any_of(ys.begin(), ys.end(), [&](const SubnetSpan &b) { return a.overlaps(b); });
                });
                if (localsOverlap) {
                    const LinkEnd &later = x.link < y.link ? y : x;
                    clashes << Clash{std::min(x.link, y.link), later.link,
                                     project.links[later.link].site(later.side).wanAddress};
                }
            }
            open << &r;
        }
    }
    std::sort(clashes.begin(), clashes.end());
    qsizetype lastReported = -1; // one finding per link is enough
    for (const Clash &c : std::as_const(clashes)) {
        if (c.later == lastReported)
            continue;
        lastReported = c.later;
        out.error(linkPath(c.later),
                  Findings::tr("protects traffic that %1 protects too on the router at %2 (their local networks "
                               "overlap, and so do their remote ones): that router sends such packets into the "
                               "tunnel it finds first, so one of the two links would never carry them. Give the "
                               "links networks that do not overlap")
                      .arg(linkPath(c.earlier), c.wan));
    }
}

// A Cisco end with an IPv4 WAN address: the ends that get a NAT exemption (IPv6 has no NAT section).
bool isIpv4CiscoEnd(const Site &site)
{
    if (site.platform != Platform::CiscoIos)
        return false;
    const auto wan = parseAddress(site.wanAddress);
    return wan && familyOf(*wan) == Family::V4;
}

// One Cisco router's NAT exemption is one route-map for all its links, named in one "ip nat inside
// source route-map TW-NAT interface WAN overload" statement; IOS keeps one dynamic mapping per
// route-map, so links of one router that exempt NAT on two uplinks would move each other's
// translation. Ends are one router by address or by site name (ProjectRouters), and two routers
// may share a name: a warning that says both ways out.
void checkNatInterfacePerCiscoRouter(const Project &project, const ProjectRouters &routers, Findings &out)
{
    QHash<int, std::pair<qsizetype, Side>> first; // numbering group -> its first end with NAT bypass
    for (qsizetype i = 0; i < project.links.size(); ++i)
        for (Side s : {Side::A, Side::B}) {
            const Site &site = project.links[i].site(s);
            if (!site.natBypass || !isIpv4CiscoEnd(site))
                continue;
            const int group = routers.numberingGroup(i, s);
            const auto it = first.constFind(group);
            if (it == first.constEnd()) {
                first.insert(group, {i, s});
                continue;
            }
            const Site &other = project.links[it->first].site(it->second);
            if (ciscoios::CiscoIosQuote::maySameInterface(site.wanInterface, other.wanInterface))
                continue;
            out.warning(childPath(sitePath(i, s), QStringLiteral("wan_interface")),
                        Findings::tr("is \"%1\", but %2, the same Cisco router by its site name \"%3\", exempts NAT on "
                                     "\"%4\": the router gets one route-map %5 and IOS keeps one NAT statement per "
                                     "route-map, so pasting this link would move the other's translation to this "
                                     "interface. Two routers: give them different site names. One router with two "
                                     "uplinks: end these links on one, or set nat_bypass to false and exempt the "
                                     "tunnel traffic in your own NAT rules")
                            .arg(site.wanInterface.left(64), sitePath(it->first, it->second), site.name,
                                 other.wanInterface.left(64), ciscoios::kNatRouteMap));
        }
}

// On a Cisco router, a link with nat_bypass takes over the PAT of its local networks: the permit
// entry of the shared route-map translates them towards any destination. A link of the same
// router without nat_bypass whose local network lies in one of those would have its tunnel
// traffic translated before the crypto map sees it.
void checkNatBypassPerCiscoRouter(const Project &project, const ProjectRouters &routers, Findings &out)
{
    struct End {
        qsizetype link;
        Side side;
        int router; // numbering group: the route-map is one per router, whatever the address
        QList<Subnet> subnets;
    };
    QList<End> exempted;               // ends without nat_bypass, in project order
    QHash<int, QList<End>> translating; // router -> its ends with nat_bypass
    for (qsizetype i = 0; i < project.links.size(); ++i)
        for (Side s : {Side::A, Side::B}) {
            const Site &site = project.links[i].site(s);
            if (!isIpv4CiscoEnd(site))
                continue;
            End e{i, s, routers.numberingGroup(i, s), {}};
            for (const QString &text : site.lanSubnets)
                if (const auto subnet = parseSubnet(text))
                    e.subnets << *subnet;
            if (site.natBypass)
                translating[e.router] << e;
            else
                exempted << e;
        }
    const auto endPath = [](const End &e) { return sitePath(e.link, e.side); };
    for (const End &e : std::as_const(exempted)) {
        const QList<End> others = translating.value(e.router);
        const auto clash = [&]() -> std::optional<std::pair<const End *, const Subnet *>> {
            for (const Subnet &mine : e.subnets)
                for (const End &o : others)
                    for (const Subnet &theirs : o.subnets)
                        if (mine.overlaps(theirs))
                            return std::pair{&o, &mine};
            return std::nullopt;
        }();
        if (!clash)
            continue;
        out.error(childPath(endPath(e), QStringLiteral("nat_bypass")),
                  Findings::tr("is false, but %1 on the same Cisco router at %2 has nat_bypass: its route-map %3 "
                               "translates %4 towards any address, this link's tunnel traffic too, before the "
                               "crypto map sees it; set nat_bypass to true here as well")
                      .arg(endPath(*clash->first), project.links[e.link].site(e.side).wanAddress,
                           ciscoios::kNatRouteMap, clash->second->toString()));
    }
}

} // namespace

void checkName(const QString &name, const QString &path, const QString &what, Findings &out)
{
    if (name.isEmpty())
        out.error(path, Findings::tr("is empty; give a %1: a letter, then up to 31 letters, digits, '.', '_' or '-'").arg(what));
    else if (!isValidName(name))
        out.error(path, Findings::tr("\"%1\" is not a valid %2: start with a letter, then up to 31 letters, digits, '.', "
                                       "'_' or '-' (no spaces)")
                            .arg(name.left(40), what));
}

void checkPsk(const QString &psk, const QString &path, Findings &out)
{
    // Never echo the key: findings end up in logs and on screens.
    if (psk.size() < kPskMinLength || psk.size() > kPskMaxLength) {
        out.error(path, Findings::tr("has %1 characters; a pre-shared key has %2 to %3 (generate one with "
                                       "`tunnelwright-cli psk`)")
                            .arg(psk.size())
                            .arg(kPskMinLength)
                            .arg(kPskMaxLength));
        return;
    }
    for (qsizetype i = 0; i < psk.size(); ++i) {
        const ushort u = psk[i].unicode();
        if (u == ' ') {
            out.error(path, Findings::tr("contains a space (position %1); a pre-shared key is printable ASCII without "
                                           "spaces").arg(i + 1));
            return;
        }
        if (u < 0x21 || u > 0x7E) {
            out.error(path, Findings::tr("contains a character outside printable ASCII (position %1); use letters, "
                                           "digits and ASCII punctuation").arg(i + 1));
            return;
        }
    }
    const double bits = estimateStrengthBits(psk);
    if (bits < kWeakKeyBits)
        out.warning(path, Findings::tr("is guessable: about %1 bits of strength, under %2; use at least 20 random "
                                         "letters and digits (`tunnelwright-cli psk` gives 32)")
                              .arg(int(bits))
                              .arg(int(kWeakKeyBits)));
}

void checkIke(const IkeProposal &ike, const QString &path, Findings &out)
{
    checkList(ike.encryption, path, QStringLiteral("encryption"), Findings::tr("encryption algorithm"),
              [](Encryption e) { return label(e); }, false, out);
    checkList(ike.integrity, path, QStringLiteral("integrity"), Findings::tr("integrity algorithm"),
              [](Integrity i) { return label(i); }, false, out);
    checkList(ike.dhGroups, path, QStringLiteral("dh_groups"), Findings::tr("DH group"),
              [](DhGroup g) { return label(g); }, false, out);
    if (ike.version == IkeVersion::V1)
        for (qsizetype i = 0; i < ike.encryption.size(); ++i)
            if (isAead(ike.encryption[i]))
                out.error(childPath(path, QStringLiteral("encryption"), i),
                          Findings::tr("%1 needs IKEv2; IKEv1 has no AEAD ciphers. Use aes256-cbc or set version 2")
                              .arg(label(ike.encryption[i])));
    if (ike.mode) {
        if (ike.version == IkeVersion::V2)
            out.error(childPath(path, QStringLiteral("mode")),
                      Findings::tr("applies to IKEv1 only; remove it for IKEv2"));
        else if (*ike.mode == IkeMode::Aggressive)
            out.warning(childPath(path, QStringLiteral("mode")),
                        Findings::tr("aggressive mode with a pre-shared key lets an eavesdropper test key guesses "
                                       "offline; use main mode unless a peer has a dynamic address"));
    }
    checkLifetime(ike.lifetimeS, path, out);
}

void checkEsp(const EspProposal &esp, const QString &path, Findings &out)
{
    checkList(esp.encryption, path, QStringLiteral("encryption"), Findings::tr("encryption algorithm"),
              [](Encryption e) { return label(e); }, false, out);
    const bool allAead = !esp.encryption.isEmpty() &&
                         std::all_of(esp.encryption.begin(), esp.encryption.end(), [](Encryption e) { return isAead(e); });
    const bool anyAead = std::any_of(esp.encryption.begin(), esp.encryption.end(), [](Encryption e) { return isAead(e); });
    checkList(esp.integrity, path, QStringLiteral("integrity"), Findings::tr("integrity algorithm"),
              [](Integrity i) { return label(i); }, true, out);
    if (allAead && !esp.integrity.isEmpty())
        out.error(childPath(path, QStringLiteral("integrity")),
                  Findings::tr("must be [] when every encryption is AES-GCM: GCM authenticates by itself"));
    else if (!allAead && esp.integrity.isEmpty() && !esp.encryption.isEmpty())
        out.error(childPath(path, QStringLiteral("integrity")),
                  Findings::tr("lists no integrity algorithm, which %1 needs; add sha256")
                      .arg(anyAead ? Findings::tr("the CBC ciphers") : Findings::tr("CBC encryption")));
    if (esp.pfsGroup) {
        if (isWeak(*esp.pfsGroup))
            out.warning(childPath(path, QStringLiteral("pfs_group")),
                        Findings::tr("%1 is weak; use 14 or 19 where both peers can").arg(label(*esp.pfsGroup)));
    }
    checkLifetime(esp.lifetimeS, path, out);
}

QList<Finding> checkProject(const Project &project)
{
    Findings out;
    checkName(project.name, QStringLiteral("name"), Findings::tr("project name"), out);
    if (project.links.isEmpty() && project.l2tpServers.isEmpty())
        out.warning(QStringLiteral("links"), Findings::tr("the project has no link and no L2TP server: nothing to render"));

    // Links and servers name output directories: unique, ignoring case (case-insensitive file systems).
    QHash<QString, QString> owners;
    auto claim = [&](const QString &name, const QString &path) {
        if (name.isEmpty())
            return;
        const QString key = name.toLower();
        if (key == QLatin1String("manifest.json"))
            out.error(path, Findings::tr("\"%1\" is the name of the render's list of files; a link or server with it "
                                         "would put its folder where manifest.json goes: choose another name").arg(name));
        if (owners.contains(key))
            out.error(path, Findings::tr("\"%1\" is already used by %2; links and servers need distinct names (ignoring "
                                           "case): each names an output folder").arg(name, owners.value(key)));
        else
            owners.insert(key, path.chopped(5)); // strip ".name"
    };
    for (qsizetype i = 0; i < project.links.size(); ++i) {
        const QString path = linkPath(i);
        checkLink(project.links[i], path, out);
        claim(project.links[i].name, childPath(path, QStringLiteral("name")));
    }
    qsizetype pairs = 0;
    for (const SiteToSiteLink &l : project.links)
        pairs += l.a.lanSubnets.size() * l.b.lanSubnets.size();
    if (pairs > kMaxPairsPerProject)
        out.error(QStringLiteral("links"),
                  Findings::tr("make %1 pairs of protected networks in all; at most %2 per project, about %3 MB of "
                               "output. Summarise networks, or split the project")
                      .arg(pairs)
                      .arg(kMaxPairsPerProject)
                      .arg(kMaxPairsPerProject * 2 / 1000));
    const ProjectRouters routers(project);
    checkRouters(project, routers, out);
    checkRouterPairs(project, routers, out);
    checkIkev2PerCiscoAddress(project, routers, out);
    checkNatBypassPerCiscoRouter(project, routers, out);
    checkNatInterfacePerCiscoRouter(project, routers, out);
    checkSelectorsPerRouter(project, routers, out);
    for (qsizetype i = 0; i < project.l2tpServers.size(); ++i) {
        const QString path = childPath(QString(), QStringLiteral("l2tp_servers"), i);
        checkServer(project.l2tpServers[i], path, out);
        claim(project.l2tpServers[i].name, childPath(path, QStringLiteral("name")));
    }
    return out.list();
}

} // namespace tw

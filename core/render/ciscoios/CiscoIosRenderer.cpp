#include "render/ciscoios/CiscoIosRenderer.h"

#include "model/Address.h"
#include "model/Vocabulary.h"
#include "render/FileHeader.h"
#include "render/ciscoios/CiscoIosConfig.h"
#include "render/ciscoios/CiscoIosDialect.h"
#include "render/ciscoios/CiscoIosPlan.h"
#include "render/ciscoios/CiscoIosQuote.h"
#include "render/ciscoios/CiscoIosTroubleshooting.h"

#include <QRegularExpression>

namespace tw::ciscoios {
namespace {

QString sideKey(Side s) { return s == Side::A ? QStringLiteral("a") : QStringLiteral("b"); }

// Interface names the generic check already rejects (empty, control characters, too long) are left
// to it, so that one problem gives one finding.
bool genericallyBadName(const QString &name)
{
    return name.isEmpty() || name.size() > 64 || hasControlCharacter(name);
}

// `pathOf` makes the finding's path, only when there is something to say (as below).
template <typename PathOf> void checkInterfaceName(const QString &name, PathOf pathOf, Findings &out)
{
    if (genericallyBadName(name) || CiscoIosQuote::isInterfaceName(name))
        return;
    out.error(pathOf(), Findings::tr("\"%1\" is not a cisco-ios interface name: write the type and number without spaces, "
                                   "e.g. GigabitEthernet0/0, Gi0/0.10 or Dialer1")
                        .arg(name));
}

enum class GroupPlace { Isakmp, Ikev2, Pfs };

// Why a group has no token in that place, and what to use instead.
QString groupGap(DhGroup g, GroupPlace place)
{
    switch (place) {
    case GroupPlace::Isakmp:
        return Findings::tr("%1 cannot be written in a cisco-ios `crypto isakmp policy`: IOS 15.x offers groups 1, 2, 5, "
                              "14, 15, 16, 19, 20 and 24 there (21 only on IOS-XE). Use 20 (ECP 384) or 19 (ECP 256)")
            .arg(label(g));
    case GroupPlace::Ikev2:
        if (g == DhGroup::G5)
            return Findings::tr("%1 cannot be written in a cisco-ios IKEv2 proposal: IOS-XE offers groups 1, 2, 14, 15, "
                                  "16, 19, 20, 21 and 24 there. Use 14 (MODP 2048)")
                .arg(label(g));
        return Findings::tr("%1 cannot be written in a cisco-ios IKEv2 proposal on every image: IOS 15.x stops at group 20 "
                              "(21 only on IOS-XE). Use 20 (ECP 384) or 19 (ECP 256)")
            .arg(label(g));
    case GroupPlace::Pfs:
        return Findings::tr("%1 cannot be written in a cisco-ios `set pfs`: IOS 15.x offers group1, 2, 5, 14, 15, 16, 19, "
                              "20 and 24 (group21 only on IOS-XE). Use 20 (ECP 384) or 19 (ECP 256)")
            .arg(label(g));
    }
    return {};
}

// IOS XE 17.11.1 and later refuse these unless weak algorithms are allowed again explicitly, and
// negotiation then fails (Cisco Field Notice FN72510, CSCwc72588: isakmp and IKEv2 3DES, MD5 and
// groups 1, 2, 5; esp-3des, esp-md5-hmac; `set pfs` groups 1, 2, 5). SHA-1 is not among them.
bool refusedByIosXe1711(Encryption e) { return e == Encryption::TripleDes; }
bool refusedByIosXe1711(Integrity i) { return i == Integrity::Md5; }
bool refusedByIosXe1711(DhGroup g) { return g == DhGroup::G1 || g == DhGroup::G2 || g == DhGroup::G5; }

// `pathOf` makes the finding's path, only when there is something to say: check and every Cisco
// render ask this of each algorithm of a link.
template <typename T, typename PathOf> void warnRefusedByIosXe(const T &algorithm, PathOf pathOf, Findings &out)
{
    if (refusedByIosXe1711(algorithm))
        out.warning(pathOf(), Findings::tr("%1: IOS XE 17.11 and later refuse it unless weak algorithms are allowed "
                                           "again on that router (Cisco Field Notice FN72510), and the tunnel does not "
                                           "come up; choose a stronger one if the Cisco end runs such a release")
                                  .arg(label(algorithm)));
}

template <typename T, typename PathOf>
void warnRefusedByIosXe(const QList<T> &items, PathOf listPathOf, const QString &key, Findings &out)
{
    for (qsizetype i = 0; i < items.size(); ++i)
        warnRefusedByIosXe(items[i], [&] { return childPath(listPathOf(), key, i); }, out);
}

void warnRefusedByIosXe(const SiteToSiteLink &link, const QString &linkPath, Findings &out)
{
    const auto ikePath = [&] { return childPath(linkPath, QStringLiteral("ike")); };
    const auto espPath = [&] { return childPath(linkPath, QStringLiteral("esp")); };
    warnRefusedByIosXe(link.ike.encryption, ikePath, QStringLiteral("encryption"), out);
    warnRefusedByIosXe(link.ike.integrity, ikePath, QStringLiteral("integrity"), out);
    warnRefusedByIosXe(link.ike.dhGroups, ikePath, QStringLiteral("dh_groups"), out);
    warnRefusedByIosXe(link.esp.encryption, espPath, QStringLiteral("encryption"), out);
    warnRefusedByIosXe(link.esp.integrity, espPath, QStringLiteral("integrity"), out);
    if (link.esp.pfsGroup)
        warnRefusedByIosXe(*link.esp.pfsGroup, [&] { return childPath(espPath(), QStringLiteral("pfs_group")); }, out);
}

void checkIke(const SiteToSiteLink &link, bool ipv6, const QString &linkPath, Findings &out)
{
    const IkeProposal &ike = link.ike;
    const bool v2 = ike.version == IkeVersion::V2;
    const auto ikePath = [&] { return childPath(linkPath, QStringLiteral("ike")); }; // made when needed
    const QString place = v2 ? Findings::tr("IKEv2 proposal") : QStringLiteral("`crypto isakmp policy`");

    if (!v2 && ike.effectiveMode() == IkeMode::Aggressive)
        out.error(childPath(ikePath(), QStringLiteral("mode")),
                  Findings::tr("aggressive mode: cisco-ios starts it only from a `crypto isakmp peer` block holding a second "
                                 "copy of the key (`set aggressive-mode password`), which Tunnelwright does not write. Both "
                                 "ends of a link have fixed addresses, so use \"main\" (or IKE version 2)"));
    if (v2 && ipv6)
        out.error(childPath(ikePath(), QStringLiteral("version")),
                  Findings::tr("IKEv2 over IPv6 on cisco-ios is not supported by Tunnelwright yet (the IPv6 forms of the "
                                 "IKEv2 keyring, profile and policy are unverified); use version 1 for this IPv6 link, or "
                                 "IPv4 WAN addresses"));

    for (qsizetype i = 0; i < ike.encryption.size(); ++i) {
        const Encryption e = ike.encryption[i];
        if (!v2 && isAead(e))
            continue; // the generic check already says that IKEv1 has no AEAD cipher
        const auto tok = v2 ? CiscoIosDialect::ikev2Encryption(e) : CiscoIosDialect::isakmpEncryption(e);
        if (!tok)
            out.error(childPath(ikePath(), QStringLiteral("encryption"), i),
                      Findings::tr("%1 cannot be written in a cisco-ios %2").arg(label(e), place));
    }
    for (qsizetype i = 0; i < ike.integrity.size(); ++i) {
        const Integrity in = ike.integrity[i];
        const auto tok = v2 ? CiscoIosDialect::ikev2Integrity(in) : CiscoIosDialect::isakmpHash(in);
        if (!tok)
            out.error(childPath(ikePath(), QStringLiteral("integrity"), i),
                      Findings::tr("%1 cannot be written in a cisco-ios %2").arg(label(in), place));
    }
    for (qsizetype i = 0; i < ike.dhGroups.size(); ++i) {
        const DhGroup g = ike.dhGroups[i];
        const auto tok = v2 ? CiscoIosDialect::ikev2Group(g) : CiscoIosDialect::isakmpGroup(g);
        if (!tok)
            out.error(childPath(ikePath(), QStringLiteral("dh_groups"), i),
                      groupGap(g, v2 ? GroupPlace::Ikev2 : GroupPlace::Isakmp));
    }
    if (!v2) {
        const qsizetype policies = ike.encryption.size() * ike.integrity.size() * ike.dhGroups.size();
        if (policies > kMaxIsakmpPerLink)
            out.error(ikePath(), Findings::tr("makes %1 isakmp policies (encryption x integrity x groups); cisco-ios numbers at "
                                              "most %2 per link (priorities %3+10*(link+1)+0..9). List fewer algorithms")
                                   .arg(policies)
                                   .arg(kMaxIsakmpPerLink)
                                   .arg(kIsakmpPriorityBase));
    }
}

void checkEsp(const EspProposal &esp, const QString &linkPath, Findings &out)
{
    const auto espPath = [&] { return childPath(linkPath, QStringLiteral("esp")); }; // made when needed
    qsizetype sets = 0;
    for (qsizetype i = 0; i < esp.encryption.size(); ++i) {
        const Encryption e = esp.encryption[i];
        sets += isAead(e) ? 1 : esp.integrity.size();
        if (!CiscoIosDialect::espEncryption(e))
            out.error(childPath(espPath(), QStringLiteral("encryption"), i),
                      Findings::tr("%1 cannot be written in a cisco-ios transform set").arg(label(e)));
    }
    for (qsizetype i = 0; i < esp.integrity.size(); ++i)
        if (!CiscoIosDialect::espIntegrity(esp.integrity[i]))
            out.error(childPath(espPath(), QStringLiteral("integrity"), i),
                      Findings::tr("%1 cannot be written in a cisco-ios transform set").arg(label(esp.integrity[i])));
    if (esp.pfsGroup && !CiscoIosDialect::pfsGroup(*esp.pfsGroup))
        out.error(childPath(espPath(), QStringLiteral("pfs_group")), groupGap(*esp.pfsGroup, GroupPlace::Pfs));
    if (sets > kMaxTransformSets)
        out.error(espPath(), Findings::tr("makes %1 transform sets (each CBC encryption with each integrity, each GCM alone); a "
                                          "cisco-ios crypto map entry takes at most %2 in `set transform-set`. List fewer "
                                          "algorithms")
                               .arg(sets)
                               .arg(kMaxTransformSets));
}

QString printable(QString s)
{
    for (QChar &c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = QLatin1Char('?');
    return s;
}

// A side that should never have reached rendering (its checks failed) gets one file saying so
// instead of a configuration: nothing unchecked ever lands in a pasteable line.
QList<RenderedFile> refusal(const SiteContext &ctx, const QStringList &reasons)
{
    const Site &local = *ctx.local.site;
    HeaderFacts facts("! ");
    facts.lines("! link: %1 (%2)\n"
                "! site: %3 (%4), platform cisco-ios\n",
                {printable(ctx.link->name), ctx.objectPath, printable(local.name), sideKey(ctx.side)});
    TextBuilder text;
    FileHeader h(text, "! ", "IPsec site-to-site, Cisco IOS side: NOT RENDERED");
    h.facts(facts);
    h.instructions("! Run `tunnelwright-cli check` and fix these first:\n");
    for (const QString &r : reasons)
        h.instructions("! %1\n", {printable(r)});
    h.end();
    RenderedFile f;
    f.path = printable(ctx.link->name) + QLatin1Char('/') + printable(local.name) + QStringLiteral(".cfg");
    f.kind = FileKind::CiscoIosConfig;
    f.platform = Platform::CiscoIos;
    f.object = ctx.objectPath;
    f.site = ctx.side;
    f.holdsSecret = false;
    f.bytes = text.take();
    return {f};
}

// What concerns the link as a whole: the key, IKE and ESP.
void checkLinkWide(const SiteToSiteLink &link, bool ipv6, const QString &linkPath, Findings &out)
{
    if (const auto problem = CiscoIosQuote::keyProblem(link.psk))
        out.error(childPath(linkPath, QStringLiteral("psk")), *problem);
    if (!link.natTraversal) // a value the platform cannot express is an error (spec), not a substitution
        out.error(childPath(linkPath, QStringLiteral("nat_traversal")),
                  Findings::tr("cisco-ios cannot turn NAT traversal off for one peer (no crypto ipsec "
                                 "nat-transparency udp-encapsulation turns it off for the whole router); set "
                                 "nat_traversal to true: while no NAT sits between the routers it is never used"));
    checkIke(link, ipv6, linkPath, out);
    checkEsp(link.esp, linkPath, out);
    warnRefusedByIosXe(link, linkPath, out);
}

// What concerns this router only: its interfaces and NAT.
template <typename PathOf> void checkOwnSite(const Site &site, bool ipv6, PathOf sitePath, Findings &out)
{
    const auto wanPath = [&] { return childPath(sitePath(), QStringLiteral("wan_interface")); };
    const auto lanPath = [&] { return childPath(sitePath(), QStringLiteral("lan_interface")); };
    checkInterfaceName(site.wanInterface, wanPath, out);
    if (site.lanInterface)
        checkInterfaceName(*site.lanInterface, lanPath, out);
    // `ip nat` is IPv4 only, so an IPv6 link needs no LAN interface.
    if (site.natBypass && !ipv6) {
        if (!site.lanInterface)
            out.error(lanPath(), Findings::tr("is missing: on cisco-ios nat_bypass needs the LAN interface for `ip nat inside` "
                                              "(e.g. GigabitEthernet0/1); or set nat_bypass to false if this router does no NAT"));
        else if (CiscoIosQuote::isInterfaceName(*site.lanInterface) && CiscoIosQuote::isInterfaceName(site.wanInterface) &&
                 CiscoIosQuote::maySameInterface(*site.lanInterface, site.wanInterface))
            out.error(lanPath(), Findings::tr("\"%1\" names the same interface as wan_interface \"%2\" (IOS reads "
                                            "abbreviations); cisco-ios NAT needs `ip nat inside` and `ip nat outside` on "
                                            "two different interfaces")
                                   .arg(*site.lanInterface, site.wanInterface));
    }
}

bool isIpv6(const Site &site)
{
    const auto wan = parseAddress(site.wanAddress);
    return wan && familyOf(*wan) == Family::V6;
}

} // namespace

void checkSite(const SiteToSiteLink &link, Side side, const QString &linkPath, Findings &out)
{
    const Site &site = link.site(side);
    const bool ipv6 = isIpv6(site);
    // Link-wide findings once per link, also when both ends are Cisco.
    if (side == Side::A || link.peer(side).platform != Platform::CiscoIos)
        checkLinkWide(link, ipv6, linkPath, out);
    checkOwnSite(site, ipv6, [&] { return childPath(linkPath, sideKey(side)); }, out);
}

QList<RenderedFile> renderSite(const SiteContext &ctx)
{
    const SiteToSiteLink &link = *ctx.link;
    const Site &local = *ctx.local.site;
    // Every check again, link-wide ones included whichever side this is: nothing unchecked is written.
    Findings findings;
    const bool ipv6 = ctx.family() == Family::V6; // isIpv6(local), parsed already
    const auto sitePath = [&] { return childPath(ctx.objectPath, sideKey(ctx.side)); }; // made when needed
    checkLinkWide(link, ipv6, ctx.objectPath, findings);
    checkOwnSite(local, ipv6, sitePath, findings);
    QStringList reasons;
    for (const Finding &f : findings.list())
        if (f.severity == Severity::Error)
            reasons << f.path + QStringLiteral(": ") + f.message;
    const auto pskPath = [&] { return childPath(ctx.objectPath, QStringLiteral("psk")); };
    if (!CiscoIosQuote::isWritableKey(link.psk) && reasons.filter(pskPath() + QLatin1Char(':')).isEmpty())
        reasons << pskPath() + QStringLiteral(": cannot be written as one cisco-ios word (see docs/quoting-cisco.md)");
    if (!CiscoIosQuote::isInterfaceName(local.wanInterface) && reasons.filter(sitePath() + QStringLiteral(".wan_interface:")).isEmpty())
        reasons << sitePath() + QStringLiteral(".wan_interface: not a cisco-ios interface name");
    if (local.lanInterface && !CiscoIosQuote::isInterfaceName(*local.lanInterface) &&
        reasons.filter(sitePath() + QStringLiteral(".lan_interface:")).isEmpty())
        reasons << sitePath() + QStringLiteral(".lan_interface: not a cisco-ios interface name");
    // Names become words too (TW-<link>, descriptions, the keyring peer).
    if (!isValidName(link.name) || !isValidName(local.name) || !isValidName(ctx.remote.site->name))
        reasons << ctx.objectPath + QStringLiteral(": a link or site name is not a plain name");
    if (!reasons.isEmpty())
        return refusal(ctx, reasons);

    const CiscoIosPlan plan = CiscoIosPlan::build(ctx);
    const QStringView base = plan.fileBase;
    auto file = [&](const QString &suffix, FileKind kind, bool secret, QByteArray bytes) {
        RenderedFile f;
        f.path = base + suffix;
        f.kind = kind;
        f.platform = Platform::CiscoIos;
        f.object = ctx.objectPath;
        f.site = ctx.side;
        f.holdsSecret = secret;
        f.bytes = std::move(bytes);
        return f;
    };
    return {file(QStringLiteral(".cfg"), FileKind::CiscoIosConfig, true, CiscoIosConfig::config(plan)),
            file(QStringLiteral(".rollback.cfg"), FileKind::CiscoIosRollback, CiscoIosConfig::rollbackHoldsKey(plan),
                 CiscoIosConfig::rollback(plan)),
            file(QStringLiteral(".troubleshooting.txt"), FileKind::Troubleshooting, false,
                 CiscoIosTroubleshooting::render(plan))};
}

} // namespace tw::ciscoios

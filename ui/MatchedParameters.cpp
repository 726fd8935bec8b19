#include "MatchedParameters.h"

#include "model/L2tpPresets.h"
#include "model/Vocabulary.h"

#include <QCryptographicHash>

#include <QCoreApplication>

namespace tw::ui {
namespace {
// The context of this file's messages in translations/*.ts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tw::ui::MatchedParameters)
};


template <typename T> QString labels(const QList<T> &items)
{
    QStringList out;
    for (const T &i : items)
        out << label(i);
    return out.isEmpty() ? Text::tr("none") : out.join(QStringLiteral(", "));
}

QString duration(int seconds)
{
    QString human;
    if (seconds % 86400 == 0)
        human = QStringLiteral("%1 d").arg(seconds / 86400);
    else if (seconds % 3600 == 0)
        human = QStringLiteral("%1 h").arg(seconds / 3600);
    else if (seconds % 60 == 0)
        human = Text::tr("%1 min").arg(seconds / 60);
    return human.isEmpty() ? QStringLiteral("%1 s").arg(seconds) : QStringLiteral("%1 s (%2)").arg(seconds).arg(human);
}

QString ikeVersion(const IkeProposal &ike)
{
    return ike.version == IkeVersion::V2 ? QStringLiteral("IKEv2")
                                         : Text::tr("IKEv1, %1").arg(ike.effectiveMode() == IkeMode::Main
                                                                               ? Text::tr("main mode")
                                                                               : Text::tr("aggressive mode"));
}

QString pfs(const EspProposal &esp) { return esp.pfsGroup ? label(*esp.pfsGroup) : Text::tr("none (no PFS)"); }

QString espIntegrity(const EspProposal &esp)
{
    return esp.integrity.isEmpty() ? Text::tr("none (GCM authenticates)") : labels(esp.integrity);
}

QString siteTitle(const Site &s, const QString &letter)
{
    return (s.name.isEmpty() ? Text::tr("Site %1").arg(letter.toUpper()) : QStringLiteral("%1 (%2)").arg(s.name, letter)) +
           QStringLiteral(", ") + token(s.platform);
}

MatchedRow same(const QString &parameter, const QString &value) { return {parameter, value, value, Text::tr("same")}; }

} // namespace

QString MatchedParameters::keyFingerprint(const QString &psk)
{
    if (psk.isEmpty())
        return Text::tr("(no key)");
    const QByteArray hash = QCryptographicHash::hash(psk.toUtf8(), QCryptographicHash::Sha256).toHex();
    return Text::tr("SHA-256 ") + QString::fromLatin1(hash.left(8));
}

QStringList MatchedParameters::headers(const SiteToSiteLink &link)
{
    return {Text::tr("Parameter"), siteTitle(link.a, QStringLiteral("a")), siteTitle(link.b, QStringLiteral("b")),
            Text::tr("Agreement")};
}

QList<MatchedRow> MatchedParameters::rows(const SiteToSiteLink &l)
{
    QList<MatchedRow> out;
    out << MatchedRow{Text::tr("Own WAN address"), l.a.wanAddress, l.b.wanAddress, QString()};
    out << MatchedRow{Text::tr("Peer address"), l.b.wanAddress, l.a.wanAddress, Text::tr("mirrored")};
    out << MatchedRow{Text::tr("WAN interface"), l.a.wanInterface, l.b.wanInterface, QString()};
    out << same(Text::tr("Pre-shared key"), keyFingerprint(l.psk));
    out << same(Text::tr("IKE version"), ikeVersion(l.ike));
    out << same(Text::tr("IKE encryption"), labels(l.ike.encryption));
    out << same(Text::tr("IKE integrity"), labels(l.ike.integrity));
    out << same(Text::tr("IKE DH groups"), labels(l.ike.dhGroups));
    out << same(Text::tr("IKE lifetime"), duration(l.ike.lifetimeS));
    out << same(Text::tr("ESP encryption"), labels(l.esp.encryption));
    out << same(Text::tr("ESP integrity"), espIntegrity(l.esp));
    out << same(QStringLiteral("PFS"), pfs(l.esp));
    out << same(Text::tr("ESP lifetime"), duration(l.esp.lifetimeS));
    out << same(Text::tr("NAT traversal"), l.natTraversal ? Text::tr("on") : Text::tr("off"));
    // One selector per pair, a's subnets outer and b's inner, as the renderers order them.
    int n = 0;
    for (const QString &sa : l.a.lanSubnets)
        for (const QString &sb : l.b.lanSubnets)
            out << MatchedRow{Text::tr("Selector %1 (local → remote)").arg(++n), sa + QStringLiteral(" → ") + sb,
                              sb + QStringLiteral(" → ") + sa, Text::tr("mirrored")};
    if (n == 0)
        out << MatchedRow{Text::tr("Selectors"), Text::tr("(no networks)"), Text::tr("(no networks)"), QString()};
    return out;
}

QStringList MatchedParameters::headers(const L2tpServer &server)
{
    return {Text::tr("Parameter"),
            (server.name.isEmpty() ? Text::tr("Server") : Text::tr("Server %1").arg(server.name)) +
                QStringLiteral(", ") + token(server.platform),
            Text::tr("Clients (%1)").arg(labels(server.clients)), Text::tr("Agreement")};
}

QList<MatchedRow> MatchedParameters::rows(const L2tpServer &s)
{
    const IkeProposal ike = effectiveIke(s);
    const EspProposal esp = effectiveEsp(s);
    QList<MatchedRow> out;
    out << MatchedRow{Text::tr("Address"), Text::tr("listens on %1").arg(s.wanInterface),
                      Text::tr("dial %1").arg(s.publicAddress), QString()};
    out << same(Text::tr("Pre-shared key"), keyFingerprint(s.psk));
    out << same(Text::tr("IKE version"), ikeVersion(ike));
    out << same(Text::tr("IKE encryption"), labels(ike.encryption));
    out << same(Text::tr("IKE integrity"), labels(ike.integrity));
    out << same(Text::tr("IKE DH groups"), labels(ike.dhGroups));
    out << same(Text::tr("IKE lifetime"), duration(ike.lifetimeS));
    out << same(Text::tr("ESP encryption"), labels(esp.encryption));
    out << same(Text::tr("ESP integrity"), espIntegrity(esp));
    out << same(QStringLiteral("PFS"), pfs(esp));
    out << same(Text::tr("ESP lifetime"), duration(esp.lifetimeS));
    out << same(Text::tr("PPP authentication"), labels(s.authentication));
    out << same(Text::tr("MTU / MRU"), QString::number(s.mtu));
    out << MatchedRow{Text::tr("Tunnel addresses"), Text::tr("server %1").arg(s.localAddress),
                      Text::tr("from pool %1").arg(s.pool), QString()};
    out << MatchedRow{Text::tr("DNS servers"), s.dnsServers.isEmpty() ? Text::tr("none") : s.dnsServers.join(QStringLiteral(", ")),
                      s.dnsServers.isEmpty() ? Text::tr("none") : s.dnsServers.join(QStringLiteral(", ")),
                      Text::tr("same")};
    out << MatchedRow{Text::tr("Users"), QString::number(s.users.size()), QString::number(s.users.size()), Text::tr("same")};
    return out;
}

} // namespace tw::ui

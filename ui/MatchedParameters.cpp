#include "MatchedParameters.h"

#include "model/L2tpPresets.h"
#include "model/Vocabulary.h"

#include <QCryptographicHash>

namespace tw::ui {
namespace {

template <typename T> QString labels(const QList<T> &items)
{
    QStringList out;
    for (const T &i : items)
        out << label(i);
    return out.isEmpty() ? QStringLiteral("none") : out.join(QStringLiteral(", "));
}

QString duration(int seconds)
{
    QString human;
    if (seconds % 86400 == 0)
        human = QStringLiteral("%1 d").arg(seconds / 86400);
    else if (seconds % 3600 == 0)
        human = QStringLiteral("%1 h").arg(seconds / 3600);
    else if (seconds % 60 == 0)
        human = QStringLiteral("%1 min").arg(seconds / 60);
    return human.isEmpty() ? QStringLiteral("%1 s").arg(seconds) : QStringLiteral("%1 s (%2)").arg(seconds).arg(human);
}

QString ikeVersion(const IkeProposal &ike)
{
    return ike.version == IkeVersion::V2 ? QStringLiteral("IKEv2")
                                         : QStringLiteral("IKEv1, %1").arg(ike.effectiveMode() == IkeMode::Main
                                                                               ? QStringLiteral("main mode")
                                                                               : QStringLiteral("aggressive mode"));
}

QString pfs(const EspProposal &esp) { return esp.pfsGroup ? label(*esp.pfsGroup) : QStringLiteral("none (no PFS)"); }

QString espIntegrity(const EspProposal &esp)
{
    return esp.integrity.isEmpty() ? QStringLiteral("none (GCM authenticates)") : labels(esp.integrity);
}

QString siteTitle(const Site &s, const QString &letter)
{
    return (s.name.isEmpty() ? QStringLiteral("Site %1").arg(letter.toUpper()) : QStringLiteral("%1 (%2)").arg(s.name, letter)) +
           QStringLiteral(", ") + token(s.platform);
}

MatchedRow same(const QString &parameter, const QString &value) { return {parameter, value, value, QStringLiteral("same")}; }

} // namespace

QString MatchedParameters::keyFingerprint(const QString &psk)
{
    if (psk.isEmpty())
        return QStringLiteral("(no key)");
    const QByteArray hash = QCryptographicHash::hash(psk.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("SHA-256 ") + QString::fromLatin1(hash.left(8));
}

QStringList MatchedParameters::headers(const SiteToSiteLink &link)
{
    return {QStringLiteral("Parameter"), siteTitle(link.a, QStringLiteral("a")), siteTitle(link.b, QStringLiteral("b")),
            QStringLiteral("Agreement")};
}

QList<MatchedRow> MatchedParameters::rows(const SiteToSiteLink &l)
{
    QList<MatchedRow> out;
    out << MatchedRow{QStringLiteral("Own WAN address"), l.a.wanAddress, l.b.wanAddress, QString()};
    out << MatchedRow{QStringLiteral("Peer address"), l.b.wanAddress, l.a.wanAddress, QStringLiteral("mirrored")};
    out << MatchedRow{QStringLiteral("WAN interface"), l.a.wanInterface, l.b.wanInterface, QString()};
    out << same(QStringLiteral("Pre-shared key"), keyFingerprint(l.psk));
    out << same(QStringLiteral("IKE version"), ikeVersion(l.ike));
    out << same(QStringLiteral("IKE encryption"), labels(l.ike.encryption));
    out << same(QStringLiteral("IKE integrity"), labels(l.ike.integrity));
    out << same(QStringLiteral("IKE DH groups"), labels(l.ike.dhGroups));
    out << same(QStringLiteral("IKE lifetime"), duration(l.ike.lifetimeS));
    out << same(QStringLiteral("ESP encryption"), labels(l.esp.encryption));
    out << same(QStringLiteral("ESP integrity"), espIntegrity(l.esp));
    out << same(QStringLiteral("PFS"), pfs(l.esp));
    out << same(QStringLiteral("ESP lifetime"), duration(l.esp.lifetimeS));
    out << same(QStringLiteral("NAT traversal"), l.natTraversal ? QStringLiteral("on") : QStringLiteral("off"));
    // One selector per pair, a's subnets outer and b's inner, as the renderers order them.
    int n = 0;
    for (const QString &sa : l.a.lanSubnets)
        for (const QString &sb : l.b.lanSubnets)
            out << MatchedRow{QStringLiteral("Selector %1 (local → remote)").arg(++n), sa + QStringLiteral(" → ") + sb,
                              sb + QStringLiteral(" → ") + sa, QStringLiteral("mirrored")};
    if (n == 0)
        out << MatchedRow{QStringLiteral("Selectors"), QStringLiteral("(no networks)"), QStringLiteral("(no networks)"), QString()};
    return out;
}

QStringList MatchedParameters::headers(const L2tpServer &server)
{
    return {QStringLiteral("Parameter"),
            (server.name.isEmpty() ? QStringLiteral("Server") : QStringLiteral("Server %1").arg(server.name)) +
                QStringLiteral(", ") + token(server.platform),
            QStringLiteral("Clients (%1)").arg(labels(server.clients)), QStringLiteral("Agreement")};
}

QList<MatchedRow> MatchedParameters::rows(const L2tpServer &s)
{
    const IkeProposal ike = effectiveIke(s);
    const EspProposal esp = effectiveEsp(s);
    QList<MatchedRow> out;
    out << MatchedRow{QStringLiteral("Address"), QStringLiteral("listens on %1").arg(s.wanInterface),
                      QStringLiteral("dial %1").arg(s.publicAddress), QString()};
    out << same(QStringLiteral("Pre-shared key"), keyFingerprint(s.psk));
    out << same(QStringLiteral("IKE version"), ikeVersion(ike));
    out << same(QStringLiteral("IKE encryption"), labels(ike.encryption));
    out << same(QStringLiteral("IKE integrity"), labels(ike.integrity));
    out << same(QStringLiteral("IKE DH groups"), labels(ike.dhGroups));
    out << same(QStringLiteral("IKE lifetime"), duration(ike.lifetimeS));
    out << same(QStringLiteral("ESP encryption"), labels(esp.encryption));
    out << same(QStringLiteral("ESP integrity"), espIntegrity(esp));
    out << same(QStringLiteral("PFS"), pfs(esp));
    out << same(QStringLiteral("ESP lifetime"), duration(esp.lifetimeS));
    out << same(QStringLiteral("PPP authentication"), labels(s.authentication));
    out << same(QStringLiteral("MTU / MRU"), QString::number(s.mtu));
    out << MatchedRow{QStringLiteral("Tunnel addresses"), QStringLiteral("server %1").arg(s.localAddress),
                      QStringLiteral("from pool %1").arg(s.pool), QString()};
    out << MatchedRow{QStringLiteral("DNS servers"), s.dnsServers.isEmpty() ? QStringLiteral("none") : s.dnsServers.join(QStringLiteral(", ")),
                      s.dnsServers.isEmpty() ? QStringLiteral("none") : s.dnsServers.join(QStringLiteral(", ")),
                      QStringLiteral("same")};
    out << MatchedRow{QStringLiteral("Users"), QString::number(s.users.size()), QString::number(s.users.size()), QStringLiteral("same")};
    return out;
}

} // namespace tw::ui

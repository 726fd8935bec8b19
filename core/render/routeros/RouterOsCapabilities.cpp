#include "render/routeros/RouterOsCapabilities.h"

#include "model/Vocabulary.h"

#include <QStringList>

namespace tw::routeros {
namespace {

QString phase1Holder(const RouterOsDialect &d)
{
    return d.hasProfiles() ? QStringLiteral("/ip ipsec profile") : QStringLiteral("/ip ipsec peer");
}

// An L2TP server without "ike" gets the client-compatible preset, which lists two ciphers: say
// where to write a single one.
QString l2tpPresetHint(const QString &base)
{
    return base.startsWith(QLatin1String("l2tp_servers"))
               ? Findings::tr(" (without \"ike\" the server gets the client-compatible default, which lists more "
                                "than one: write \"ike\" with one value; aes256-cbc, sha1 and group 14 suit both iPhone "
                                "and Windows)")
               : QString();
}

} // namespace

void RouterOsCapabilities::checkIke(const RouterOsDialect &d, const IkeProposal &ike, const QString &base, Findings &out)
{
    const QString ikePath = childPath(base, QStringLiteral("ike"));
    const QString platform = d.platformToken();

    for (qsizetype i = 0; i < ike.encryption.size(); ++i) {
        const Encryption e = ike.encryption[i];
        // IKEv1 + GCM is already an error of the generic checks; say the RouterOS part only for IKEv2.
        if (!d.ikeEncryption(e) && !(ike.version == IkeVersion::V1 && isAead(e)))
            out.error(childPath(ikePath, QStringLiteral("encryption"), i),
                      Findings::tr("%1 cannot use %2 for IKE: %3 enc-algorithm offers aes-128, aes-192, aes-256 "
                                     "and 3des only; use aes256-cbc for phase 1 (GCM remains possible in esp)")
                          .arg(platform, label(e), phase1Holder(d)));
    }

    if (!d.phase1TakesLists()) {
        if (ike.encryption.size() > 1)
            out.error(childPath(ikePath, QStringLiteral("encryption")),
                      Findings::tr("%1 takes one phase-1 enc-algorithm (on /ip ipsec peer), but %2 are listed; keep the "
                                     "one the other end uses, e.g. [\"%3\"]%4")
                          .arg(platform)
                          .arg(ike.encryption.size())
                          .arg(token(ike.encryption.first()), l2tpPresetHint(base)));
        if (ike.dhGroups.size() > 1)
            out.error(childPath(ikePath, QStringLiteral("dh_groups")),
                      Findings::tr("%1 takes one phase-1 dh-group (on /ip ipsec peer), but %2 are listed; keep the one "
                                     "the other end uses, e.g. [%3]%4")
                          .arg(platform)
                          .arg(ike.dhGroups.size())
                          .arg(ianaNumber(ike.dhGroups.first()))
                          .arg(l2tpPresetHint(base)));
    }

    const QString integrityPath = childPath(ikePath, QStringLiteral("integrity"));
    if (ike.integrity.size() > 1) {
        QStringList names;
        for (Integrity i : ike.integrity)
            names << token(i);
        out.error(integrityPath,
                  Findings::tr("%1 takes exactly one phase-1 hash-algorithm (%2 has a single value), but %3 are "
                                 "listed (%4); keep the one the peer uses, e.g. [\"%5\"]")
                      .arg(platform, phase1Holder(d))
                      .arg(ike.integrity.size())
                      .arg(names.join(QStringLiteral(", ")), names.first()));
    }
    for (qsizetype i = 0; i < ike.integrity.size(); ++i)
        if (!d.ikeHash(ike.integrity[i]))
            out.error(childPath(ikePath, QStringLiteral("integrity"), i),
                      Findings::tr("%1 has no %2 phase-1 hash-algorithm (RouterOS 6 offers md5, sha1, sha256 and "
                                     "sha512; sha384 needs RouterOS 7); use sha256 or sha512, or platform routeros-7")
                          .arg(platform, label(ike.integrity[i])));

    for (qsizetype i = 0; i < ike.dhGroups.size(); ++i)
        if (!d.dhGroup(ike.dhGroups[i]))
            out.error(childPath(ikePath, QStringLiteral("dh_groups"), i),
                      Findings::tr("%1 has no DH %2; use 14, 19 or 20").arg(platform, label(ike.dhGroups[i])));
}

void RouterOsCapabilities::checkEsp(const RouterOsDialect &d, const EspProposal &esp, const QString &base, Findings &out)
{
    const QString espPath = childPath(base, QStringLiteral("esp"));
    const QString platform = d.platformToken();
    for (qsizetype i = 0; i < esp.encryption.size(); ++i) {
        const Encryption e = esp.encryption[i];
        const QString path = childPath(espPath, QStringLiteral("encryption"), i);
        if (!d.espEncryption(e))
            out.error(path, Findings::tr("%1 proposals cannot use %2; use aes256-cbc").arg(platform, label(e)));
        else if (isAead(e) && d.isLegacy())
            // The proposal list of 6.43+ has aes-128/192/256-gcm; which earlier 6.x release added
            // them is not documented, and this platform spans every version before 6.43.
            out.warning(path, Findings::tr("%1: %2 exists only in later RouterOS 6 releases; if this router's "
                                             "/ip ipsec proposal does not offer %3, use aes256-cbc with sha256, or "
                                             "upgrade to 6.43 or later and choose routeros-6")
                                  .arg(platform, label(e), d.espEncryption(e).value_or(QString())));
    }
    for (qsizetype i = 0; i < esp.integrity.size(); ++i)
        if (!d.espAuth(esp.integrity[i]))
            out.error(childPath(espPath, QStringLiteral("integrity"), i),
                      Findings::tr("%1 proposals have no %2 (auth-algorithms offers md5, sha1, sha256 and sha512); "
                                     "use sha256 or sha512 on both sides")
                          .arg(platform, label(esp.integrity[i])));
    if (esp.pfsGroup && !d.dhGroup(*esp.pfsGroup))
        out.error(childPath(espPath, QStringLiteral("pfs_group")),
                  Findings::tr("%1 has no PFS %2; use 14, 19 or 20").arg(platform, label(*esp.pfsGroup)));
}

void RouterOsCapabilities::checkPsk(const RouterOsDialect &d, const QString &psk, const QString &path, Findings &out)
{
    if (psk.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        out.error(path, Findings::tr("starts with \"0x\": %1 reads such a secret as hexadecimal bytes, not as text, so "
                                       "the two ends would hold different keys; change the first two characters or "
                                       "generate a new key (`tunnelwright-cli psk`)")
                            .arg(d.platformToken()));
}

void RouterOsCapabilities::checkInterface(const RouterOsDialect &d, const QString &name, const QString &path,
                                          Findings &out)
{
    if (name.startsWith(QLatin1Char('!')))
        out.error(path, Findings::tr("starts with \"!\", which %1 firewall rules read as \"not\": in-interface=%2 would "
                                       "match every interface but %3; give the interface's name without it")
                            .arg(d.platformToken(), name, name.mid(1)));
    else if (name.startsWith(QLatin1Char('*')))
        out.error(path, Findings::tr("starts with \"*\", which %1 reads as an internal item number, not a name; give "
                                       "the name that /interface print shows")
                            .arg(d.platformToken()));
    else if (!name.isEmpty() && (name.front().category() == QChar::Separator_Space ||
                                 name.back().category() == QChar::Separator_Space)) // a newline has its own error
        out.error(path, Findings::tr("begins or ends with a space, which %1 keeps as part of the name, so the firewall "
                                       "rules would name an interface that does not exist; remove it")
                            .arg(d.platformToken()));
}

} // namespace tw::routeros

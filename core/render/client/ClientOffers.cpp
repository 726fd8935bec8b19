#include "render/client/ClientOffers.h"

#include "model/Vocabulary.h"

#include <algorithm>

namespace tw {
namespace {

using E = Encryption;
using I = Integrity;
using G = DhGroup;

// iOS / iPadOS (and macOS) L2TP: apple-oss-distributions/ppp, tag ppp-1027.121.1,
// Helpers/vpnd/ipsec_utils.c, IPSecCreateL2TPDefaultConfiguration: main mode, 3600 s, 14 proposals in
// this order; phase 2 transport mode, no PFS. AES-128 is never offered with group 14.
ClientOffers iosOffers()
{
    ClientOffers o;
    o.platform = ClientPlatform::IPhone;
    o.phase1LifetimeS = 3600;
    o.ike = {{E::Aes256Cbc, I::Sha256, G::G14, true}, {E::Aes256Cbc, I::Sha1, G::G14, true},
             {E::Aes256Cbc, I::Md5, G::G14, true},    {E::Aes256Cbc, I::Sha512, G::G14, true},
             {E::Aes256Cbc, I::Sha256, G::G5, true},  {E::Aes256Cbc, I::Sha1, G::G5, true},
             {E::Aes256Cbc, I::Md5, G::G5, true},     {E::Aes256Cbc, I::Sha256, G::G2, true},
             {E::Aes256Cbc, I::Sha1, G::G2, true},    {E::Aes256Cbc, I::Md5, G::G2, true},
             {E::Aes128Cbc, I::Sha1, G::G2, true},    {E::Aes128Cbc, I::Md5, G::G2, true},
             {E::TripleDes, I::Sha1, G::G2, true},    {E::TripleDes, I::Md5, G::G2, true}};
    for (Encryption e : {E::Aes256Cbc, E::Aes128Cbc, E::TripleDes})
        for (Integrity i : {I::Sha256, I::Sha1, I::Md5})
            o.esp << EspOffer{e, i, true};
    o.ikeSummary = QStringLiteral("AES-256 with SHA-256, SHA-1, MD5 or SHA-512 on group 14; AES-256 with SHA-256, "
                                  "SHA-1 or MD5 on groups 5 and 2; AES-128 or 3DES with SHA-1 or MD5 on group 2");
    o.espSummary = QStringLiteral("AES-256-CBC, AES-128-CBC or 3DES with SHA-256, SHA-1 or MD5, without PFS");
    return o;
}

// Windows 10/11 L2TP: server logs in hwdsl2/docker-ipsec-vpn-server #135 and hwdsl2/setup-ipsec-vpn #153
// (AES-256/SHA-1/group 20, AES-128/SHA-1/group 19, and AES-256/SHA-1/group 14 where ECP is refused),
// SoftEtherVPN #1253 (AES-256/SHA-1/group 14, 28800 s). The remaining offers and phase 2 are reported
// by the same sources without a log line to show them: not confirmed.
ClientOffers windowsOffers()
{
    ClientOffers o;
    o.platform = ClientPlatform::Windows;
    o.phase1LifetimeS = 28800;
    o.ike = {{E::Aes256Cbc, I::Sha1, G::G20, true},  {E::Aes128Cbc, I::Sha1, G::G19, true},
             {E::Aes256Cbc, I::Sha1, G::G14, true},  {E::Aes128Cbc, I::Sha1, G::G14, false},
             {E::TripleDes, I::Sha1, G::G14, false}, {E::TripleDes, I::Sha1, G::G2, false}};
    o.esp = {{E::Aes256Cbc, I::Sha1, false}, {E::Aes128Cbc, I::Sha1, false}, {E::TripleDes, I::Sha1, false}};
    o.ikeSummary = QStringLiteral("SHA-1 only: AES-256 on groups 20 and 14, AES-128 on groups 19 and 14, 3DES on "
                                  "groups 14 and 2");
    o.espSummary = QStringLiteral("AES-256-CBC, AES-128-CBC or 3DES with SHA-1, without PFS");
    return o;
}

bool accepts(const IkeProposal &ike, const IkeOffer &o)
{
    return ike.encryption.contains(o.encryption) && ike.integrity.contains(o.integrity) && ike.dhGroups.contains(o.group);
}

bool accepts(const EspProposal &esp, const EspOffer &o)
{
    return esp.encryption.contains(o.encryption) && esp.integrity.contains(o.integrity);
}

} // namespace

const ClientOffers &clientOffers(ClientPlatform platform)
{
    static const ClientOffers ios = iosOffers();
    static const ClientOffers windows = windowsOffers();
    switch (platform) {
    case ClientPlatform::IPhone:
        return ios;
    case ClientPlatform::Windows:
        return windows;
    }
    return ios;
}

QList<Finding> clientOfferFindings(const L2tpServer &server, const IkeProposal &ike, const EspProposal &esp,
                                   const QString &serverPath)
{
    Findings out;
    QList<ClientPlatform> seen;
    for (ClientPlatform p : server.clients) {
        if (seen.contains(p))
            continue;
        seen << p;
        const ClientOffers &o = clientOffers(p);
        const QString who = label(p);
        if (std::none_of(o.ike.begin(), o.ike.end(), [&](const IkeOffer &offer) { return accepts(ike, offer); }))
            out.warning(childPath(serverPath, QStringLiteral("ike")),
                        Findings::tr("accepts none of the phase-1 proposals that the built-in L2TP client of %1 "
                                       "offers (%2), so it cannot connect; add aes256-cbc with sha1 and DH group 14, "
                                       "which the iPhone and Windows clients both offer")
                            .arg(who, o.ikeSummary));
        if (esp.pfsGroup)
            out.warning(childPath(serverPath, QStringLiteral("esp.pfs_group")),
                        Findings::tr("the built-in L2TP client of %1 does not use PFS, so phase 2 with %2 fails; "
                                       "use null")
                            .arg(who, label(*esp.pfsGroup)));
        else if (std::none_of(o.esp.begin(), o.esp.end(), [&](const EspOffer &offer) { return accepts(esp, offer); }))
            out.warning(childPath(serverPath, QStringLiteral("esp")),
                        Findings::tr("accepts none of the phase-2 proposals that the built-in L2TP client of %1 "
                                       "offers (%2), so it cannot connect; add aes256-cbc with sha1")
                            .arg(who, o.espSummary));
    }
    return out.list();
}

} // namespace tw

#pragma once

#include "render/ciscoios/CiscoIosRenderer.h"

#include "render/FileHeader.h"
#include "render/RenderContext.h"
#include "render/TextBuilder.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>

// One side of a link translated into IOS objects: names, numbers and tokens, before any text is
// written. The config, the rollback and the troubleshooting text serialise the same plan, so they
// cannot disagree about a name. Built only for a link that passed checkSite. Names made of a few
// pieces ("TW-<link>", an ACL's "192.168.1.0 0.0.0.255") are held in place (JoinedText), not as
// heap strings.
//
// Numbering (several links can land on one router, so everything is derived from the link's
// position in the project; keep all links of one router in one project):
//   crypto map TW-MAP (TW-MAP6 for IPv6) entry   10*(i+1)
//   crypto isakmp policy                         4000+10*(i+1)+k, k = 0..9, in preference order
//   route-map TW-NAT                             deny 10*(i+1), permit 60000+10*(i+1)
//   names                                        TW-<link>, TW-<link>-1..n (transform sets), TW-<link>-NAT

namespace tw::ciscoios {

inline const QString kMapName = QStringLiteral("TW-MAP");
inline const QString kMapName6 = QStringLiteral("TW-MAP6");
inline const QString kNatRouteMap = QStringLiteral("TW-NAT");
inline constexpr int kNatPermitBase = 60000;   // permit entries after every link's deny entries
inline constexpr int kMaxIsakmpPerLink = 10;   // k in 4000+10*(i+1)+k
// isakmp policies are global and numbered, not named: start clear of the low numbers that
// hand-made configurations and Cisco's examples use (1, 10, 20, 100...), so a paste does not
// rewrite an existing policy and the rollback does not delete it.
inline constexpr int kIsakmpPriorityBase = 4000;
inline constexpr int kMaxIsakmpPriority = 10000; // `crypto isakmp policy <1-10000>`
inline constexpr int kMaxSequence = 65535;     // crypto map and route-map sequence numbers
// The largest router ordinal whose numbers all fit: 60000+10*(n+1) <= 65535 and 4000+10*(n+1)+9 <= 10000.
inline constexpr int kMaxRouterOrdinal = (kMaxSequence - kNatPermitBase) / 10 - 1;
static_assert(kMaxRouterOrdinal + 1 == kMaxLinksPerRouter);
static_assert(kIsakmpPriorityBase + 10 * (kMaxRouterOrdinal + 1) + kMaxIsakmpPerLink - 1 <= kMaxIsakmpPriority);
// Volume lifetime: RouterOS proposals have none, so IOS gets the largest value every image takes
// (2560..536870912 KB on the oldest documented range) and rekeys on time in practice.
inline constexpr qint64 kSaLifetimeKilobytes = 536870912;
// IKEv2 dead-peer detection: probe after 30 s without traffic from the peer, 5 s between retries.
inline constexpr int kDpdIntervalS = 30;
inline constexpr int kDpdRetryS = 5;

inline int mapSequenceOf(int routerOrdinal) { return 10 * (routerOrdinal + 1); }
inline int isakmpPriorityOf(int routerOrdinal, int k) { return kIsakmpPriorityBase + 10 * (routerOrdinal + 1) + k; }

struct IsakmpPolicy {
    int priority = 0;
    QString encryption;
    QString hash;
    QString group;
};

struct TransformSet {
    JoinedText name;       // TW-<link>-1
    JoinedText transforms; // "esp-aes 256 esp-sha-hmac", "esp-gcm 256"
};

// IOS keeps AEAD and non-AEAD ciphers in separate IKEv2 proposals: GCM takes `prf`, CBC `integrity`.
struct Ikev2Proposal {
    QString name;
    QStringList encryption;
    QStringList integrity; // CBC proposal
    QStringList prf;       // GCM proposal
    QStringList groups;
};

// The packet-capture access list the troubleshooting text creates and removes again.
JoinedText captureAclName(QStringView linkName);

// What a link's Cisco end names in the router-wide namespaces of IOS, as "kind name" (access lists,
// transform sets, IKEv2 objects). Link names differ, but a name plus a suffix can be another link's
// name ("x" + "-NAT"): check compares these across the links of one router.
QStringList routerWideNames(const SiteToSiteLink &link, Side side);

struct CiscoIosPlan final {
    static CiscoIosPlan build(const SiteContext &ctx);

    // Who is who.
    QString projectName;
    QString linkName;
    QString objectPath; // links[i]
    int routerOrdinal = 0; // SiteContext::routerOrdinal
    QString siteName;
    JoinedText fileBase; // "<link>/<site>": where this side's files go, less their endings
    QString sideLetter; // a / b
    QString peerName;
    QString peerSideLetter;
    QString peerPlatform; // project-file token
    QString localWan;     // this router's IKE address, canonical text
    QString peerWan;
    bool ipv6 = false;
    bool ikev2 = false;
    QString wanInterface;
    std::optional<QString> lanInterface;

    // Phase 1.
    QList<IsakmpPolicy> isakmpPolicies; // IKEv1
    QList<Ikev2Proposal> ikev2Proposals; // IKEv2, in preference order
    JoinedText ikev2Name; // policy, keyring and profile
    int ikeLifetimeS = 0;
    QString psk;

    // Phase 2.
    QList<TransformSet> transformSets;
    JoinedText transformSetNames; // their names joined by spaces, as `set transform-set` lists them
    std::optional<QString> pfs; // "group14"; absent = no PFS
    int espLifetimeS = 0;
    QString mapName;
    int mapSequence = 0;
    JoinedText aclName;
    // Each subnet as an ACL names it ("192.168.1.0 0.0.0.255"), once: a subnet stands in a line for
    // each pair it is part of. The access list has one "permit" line per pair, in the order of
    // ctx.pairs (an implicitly shared copy), so that line i mirrors the peer's policy i.
    QVarLengthArray<JoinedText, 4> localAcl, remoteAcl;
    QList<SubnetPair> pairs;

    // NAT exemption (IPv4 only: IOS has no `ip nat` for IPv6).
    bool natBypass = false;
    JoinedText natAclName; // its lines: "permit ip LOCAL any", one per entry of localAcl
    int natDenySequence = 0;
    int natPermitSequence = 0;

    bool firewall = false;
    bool mayUseUdp4500 = true; // SiteToSiteLink::mayUseUdp4500

    // For the troubleshooting text.
    JoinedText localSubnets; // canonical CIDR, joined by ", "
    JoinedText remoteSubnets;
    AddressText pingTarget; // a host in the first remote subnet

    // The facts the header of each of this side's files lists (project, link, site, peer).
    HeaderFacts headerFacts{"! "};

    // What opens a named access list, before its name.
    QStringView aclKeyword() const { return ipv6 ? QStringView(u"ipv6 access-list") : QStringView(u"ip access-list extended"); }
    // The protocol an access list's lines match: all of IP.
    QStringView aclProtocol() const { return ipv6 ? QStringView(u"ipv6") : QStringView(u"ip"); }
};

} // namespace tw::ciscoios

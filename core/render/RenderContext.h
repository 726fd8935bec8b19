#pragma once

#include "model/Address.h"
#include "model/Project.h"

#include <QList>
#include <QString>
#include <QStringList>

// What a renderer is handed: the validated model plus the parsed addresses, so that no renderer
// parses text or re-derives a pairing. Built by ProjectRenderer only after `check` found no errors.

namespace tw {

// Addresses come with their canonical text, made once: a renderer writes each of them in several
// lines of several files.
struct ResolvedSubnet {
    // Made in place in its list (QList::emplaceBack): a QHostAddress has no move constructor, so
    // each temporary on the way would copy it.
    ResolvedSubnet(const Subnet &s, const QString &canonical, const AddressText &host)
        : subnet(s), text(canonical), firstHost(host)
    {
    }
    Subnet subnet;
    QString text;      // subnet.toString() (canonicalSubnetText)
    AddressText firstHost; // subnet.firstHost(): the host the sheets ping
};

struct ResolvedSite {
    const Site *site = nullptr;
    QHostAddress wan;
    QString wanText;
    QList<ResolvedSubnet> subnets; // in the site's order
};

// One protected pair, from the point of view of the side being rendered: indices into the two
// ResolvedSites' subnets (SiteContext::localText and so on), which nothing copies (a
// QHostAddress or QString copy is an atomic reference count).
struct SubnetPair {
    qsizetype localIndex = 0;
    qsizetype remoteIndex = 0;
};

struct SiteContext {
    const Project *project = nullptr;
    const SiteToSiteLink *link = nullptr;
    QString objectPath; // JSON path of the link: "links[3]"
    Side side = Side::A;
    ResolvedSite local;  // the router this file is for
    ResolvedSite remote; // its peer
    QList<SubnetPair> pairs; // every (local subnet, remote subnet), a-order then b-order: identical on both sides
    // This link's position (0-based) among the project's links that end on the same router as this
    // side (its ProjectRouters numbering group: same platform and WAN address, or on Cisco the
    // same site name): numbers shared on one router (crypto map entries, isakmp priorities) come from it, so
    // links of other routers never use up a router's numbers.
    int routerOrdinal = 0;

    Family family() const { return familyOf(local.wan); }
    // A pair's subnets as text (Subnet::toString), and the hosts the sheets ping in them.
    const QString &localText(const SubnetPair &p) const { return local.subnets[p.localIndex].text; }
    const QString &remoteText(const SubnetPair &p) const { return remote.subnets[p.remoteIndex].text; }
    QStringView localFirstHost(const SubnetPair &p) const { return local.subnets[p.localIndex].firstHost; }
    QStringView remoteFirstHost(const SubnetPair &p) const { return remote.subnets[p.remoteIndex].firstHost; }
};

struct L2tpContext {
    const Project *project = nullptr;
    const L2tpServer *server = nullptr;
    QString objectPath; // JSON path of the server: "l2tp_servers[1]"
    IkeProposal ike; // effective: the project's or the client-compatible preset
    EspProposal esp;
    QHostAddress localAddress;
    AddressRange pool;
    QList<QHostAddress> dnsServers;
};

} // namespace tw

// Qt's strings and addresses may be moved as bytes.
Q_DECLARE_TYPEINFO(tw::ResolvedSubnet, Q_RELOCATABLE_TYPE);

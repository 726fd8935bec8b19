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
struct ResolvedSite {
    const Site *site = nullptr;
    QHostAddress wan;
    QString wanText;
    QList<Subnet> subnets;
    QStringList subnetTexts;    // subnets[i].toString()
    QStringList firstHostTexts; // subnets[i].firstHostText(): the hosts the sheets ping
};

// One protected pair, from the point of view of the side being rendered.
// The subnets themselves are not copied here (QHostAddress copies are atomic reference counts):
// they stay in the two ResolvedSites, which the indices point into.
struct SubnetPair {
    qsizetype localIndex = 0;  // into the local site's subnets and texts
    qsizetype remoteIndex = 0; // into the remote site's
    QString localText; // the local subnet's toString()
    QString remoteText;
    QString localFirstHost; // local.firstHostText()
    QString remoteFirstHost;
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

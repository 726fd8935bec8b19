#pragma once

#include "model/Project.h"
#include "render/RenderContext.h"
#include "render/RenderedFile.h"
#include "validate/Finding.h"

#include <QList>

// The registry table (style point 5): one row per platform. Adding a vendor is one folder, one row
// and its golden files. A row declares what the platform can express (capability checks, reported
// all at once by `check`) and how it renders.

namespace tw {

// Adds a finding for each value of the link that this side's platform cannot express.
using SiteCapabilityCheck = void (*)(const SiteToSiteLink &link, Side side, const QString &linkPath, Findings &out);
using SiteRenderer = QList<RenderedFile> (*)(const SiteContext &ctx);
// The same for an L2TP server (ike/esp already effective). Null when the platform has no L2TP server.
using L2tpCapabilityCheck = void (*)(const L2tpServer &server, const IkeProposal &ike, const EspProposal &esp,
                                     const QString &serverPath, Findings &out);
using L2tpRenderer = QList<RenderedFile> (*)(const L2tpContext &ctx);
// The names a link's end gives to objects the router keeps in one namespace for all links, as
// "kind name"; two links of one router must not share one.
using RouterWideNames = QStringList (*)(const SiteToSiteLink &link, Side side);

struct PlatformEntry {
    Platform platform;
    SiteCapabilityCheck checkSite;
    SiteRenderer renderSite;
    L2tpCapabilityCheck checkL2tp; // may be null
    L2tpRenderer renderL2tp;       // may be null
    int maxLinksPerRouter;         // 0: no limit; else how many links one router of this platform can carry
    RouterWideNames routerWideNames; // null: every such name carries the whole link name
};

// The routers of a project's link ends, worked out once (check and render ask for every end):
// - router(): ends of the same platform and WAN address (in canonical form, so that one IPv6 address
//   written two ways, "2001:DB8::1" and "2001:db8:0::1", is one router), one id each;
// - numberingGroup(): the ends numbered together (crypto map entries, isakmp priorities, route-map
//   entries): a router's ends, joined with every end of the same platform and site name when the
//   platform numbers router-wide and the joined ends carry no more links than one router can be
//   numbered for. The project has no router identity beyond the address, so a dual-stack router or
//   one with two uplinks would otherwise get each number twice, once per address; with one site
//   name for its ends it cannot. Routers that merely share a name only use more numbers, and a name
//   on more links than that (many spokes all called "branch") is several routers: by address.
// Ids are dense, from 0, in order of first appearance; -1 for an end without a WAN address.
struct LinkEnd {
    qsizetype link;
    Side side;
};

class ProjectRouters {
public:
    explicit ProjectRouters(const Project &project);
    // The ends of each numbering group, in project order; the groups in order of first appearance.
    QList<QList<LinkEnd>> endsByGroup() const;
    int router(qsizetype link, Side side) const { return m_router[index(link, side)]; }
    int numberingGroup(qsizetype link, Side side) const { return m_group[index(link, side)]; }
    int routerCount() const { return m_routerCount; }
    int groupCount() const { return m_groupCount; }

private:
    static qsizetype index(qsizetype link, Side side) { return 2 * link + (side == Side::B ? 1 : 0); }
    QList<int> m_router, m_group; // per end: links[i].a at 2i, links[i].b at 2i + 1
    int m_routerCount = 0, m_groupCount = 0;
};

const PlatformEntry &platformEntry(Platform p);

} // namespace tw

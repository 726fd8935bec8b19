#pragma once

#include "model/Project.h"
#include "render/RenderContext.h"
#include "render/RenderedFile.h"
#include "validate/Finding.h"

#include <QHash>
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

// Which router a link end is: its platform and its WAN address in canonical form, so that one IPv6
// address written two ways ("2001:DB8::1", "2001:db8:0::1") is one router. Empty without an address.
QString routerKey(const Site &s);
// Two link ends are the same router when their routerKeys agree.
bool sameRouter(const Site &x, const Site &y);

// The link ends numbered together (crypto map entries, isakmp priorities, route-map entries): the
// ends of one router (routerKey), joined with every end of the same platform and site name when
// the platform numbers router-wide and the joined ends carry no more links than one router can be
// numbered for. The project has no router identity beyond the address, so a dual-stack router or
// one with two uplinks would otherwise get each number twice, once per address; with one site
// name for its ends it cannot. Routers that merely share a name only use more numbers, and a name
// on more links than that (many spokes all called "branch") is several routers: numbered by address.
class NumberingGroups {
public:
    explicit NumberingGroups(const Project &project);
    // The group of a link end (a representative key); empty without a WAN address.
    QString of(const Site &s) const;

private:
    QHash<QString, QString> m_group; // routerKey -> group
};

const PlatformEntry &platformEntry(Platform p);

} // namespace tw

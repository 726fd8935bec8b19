#pragma once

#include "render/PlatformRegistry.h"

// Cisco IOS 15.x / IOS-XE with a crypto map: IKEv1 (isakmp) and IKEv2 (FlexVPN objects + map).

namespace tw::ciscoios {

// Numbers shared on one router: entry 10*(n+1) of TW-MAP and of route-map TW-NAT (its permit entries
// start at 60000), isakmp priorities 4000+10*(n+1)+k <= 10000: 553 links per router fit.
inline constexpr int kMaxLinksPerRouter = 553;

void checkSite(const SiteToSiteLink &link, Side side, const QString &linkPath, Findings &out);
QList<RenderedFile> renderSite(const SiteContext &ctx);

} // namespace tw::ciscoios

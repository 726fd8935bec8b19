#pragma once

#include "render/PlatformRegistry.h"

// Cisco IOS 15.x / IOS-XE with a crypto map: IKEv1 (isakmp) and IKEv2 (FlexVPN objects + map).

namespace tw::ciscoios {

void checkSite(const SiteToSiteLink &link, Side side, const QString &linkPath, Findings &out);
QList<RenderedFile> renderSite(const SiteContext &ctx);

} // namespace tw::ciscoios

#pragma once

#include "render/PlatformRegistry.h"

// MikroTik RouterOS: routeros-6-legacy, routeros-6 and routeros-7 (the dialect follows the
// platform of the side or server being rendered).

namespace tw::routeros {

void checkSite(const SiteToSiteLink &link, Side side, const QString &linkPath, Findings &out);
QList<RenderedFile> renderSite(const SiteContext &ctx);

void checkL2tp(const L2tpServer &server, const IkeProposal &ike, const EspProposal &esp, const QString &serverPath,
               Findings &out);
QList<RenderedFile> renderL2tp(const L2tpContext &ctx);

} // namespace tw::routeros

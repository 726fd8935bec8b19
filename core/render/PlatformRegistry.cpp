#include "render/PlatformRegistry.h"

#include "render/ciscoios/CiscoIosRenderer.h"
#include "render/routeros/RouterOsRenderer.h"

#include <array>

namespace tw {
namespace {

constexpr std::array kRegistry{
    PlatformEntry{Platform::RouterOs6Legacy, routeros::checkSite, routeros::renderSite, routeros::checkL2tp,
                  routeros::renderL2tp, 0},
    PlatformEntry{Platform::RouterOs6, routeros::checkSite, routeros::renderSite, routeros::checkL2tp,
                  routeros::renderL2tp, 0},
    PlatformEntry{Platform::RouterOs7, routeros::checkSite, routeros::renderSite, routeros::checkL2tp,
                  routeros::renderL2tp, 0},
    PlatformEntry{Platform::CiscoIos, ciscoios::checkSite, ciscoios::renderSite, nullptr, nullptr,
                  ciscoios::kMaxLinksPerRouter},
};

} // namespace

bool sameRouter(const Site &x, const Site &y)
{
    return x.platform == y.platform && !x.wanAddress.isEmpty() && x.wanAddress == y.wanAddress;
}

const PlatformEntry &platformEntry(Platform p)
{
    for (const auto &e : kRegistry)
        if (e.platform == p)
            return e;
    return kRegistry.front(); // unreachable: every Platform has a row (tested)
}

} // namespace tw

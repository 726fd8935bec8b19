#include "render/PlatformRegistry.h"

#include "model/Address.h"
#include "model/Vocabulary.h"
#include "render/ciscoios/CiscoIosPlan.h"
#include "render/ciscoios/CiscoIosRenderer.h"
#include "render/routeros/RouterOsRenderer.h"

#include <array>

namespace tw {
namespace {

constexpr std::array kRegistry{
    PlatformEntry{Platform::RouterOs6Legacy, routeros::checkSite, routeros::renderSite, routeros::checkL2tp,
                  routeros::renderL2tp, 0, nullptr},
    PlatformEntry{Platform::RouterOs6, routeros::checkSite, routeros::renderSite, routeros::checkL2tp,
                  routeros::renderL2tp, 0, nullptr},
    PlatformEntry{Platform::RouterOs7, routeros::checkSite, routeros::renderSite, routeros::checkL2tp,
                  routeros::renderL2tp, 0, nullptr},
    PlatformEntry{Platform::CiscoIos, ciscoios::checkSite, ciscoios::renderSite, nullptr, nullptr,
                  ciscoios::kMaxLinksPerRouter, ciscoios::routerWideNames},
};

} // namespace

QString routerKey(const Site &s)
{
    if (s.wanAddress.isEmpty())
        return QString();
    const auto wan = parseAddress(s.wanAddress);
    // An address check rejects has no canonical form; its text still tells routers apart.
    return token(s.platform) + QLatin1Char(' ') + (wan ? addressText(*wan) : s.wanAddress);
}

bool sameRouter(const Site &x, const Site &y)
{
    const QString key = routerKey(x);
    return !key.isEmpty() && key == routerKey(y);
}

const PlatformEntry &platformEntry(Platform p)
{
    for (const auto &e : kRegistry)
        if (e.platform == p)
            return e;
    return kRegistry.front(); // unreachable: every Platform has a row (tested)
}

} // namespace tw

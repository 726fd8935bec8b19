#include "render/PlatformRegistry.h"

#include "model/Address.h"
#include "model/Vocabulary.h"
#include "render/ciscoios/CiscoIosPlan.h"
#include "render/ciscoios/CiscoIosRenderer.h"
#include "render/routeros/RouterOsRenderer.h"

#include <array>
#include <utility>

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

NumberingGroups::NumberingGroups(const Project &project)
{
    // Union-find over two kinds of node: router keys and "name platform site" of numbering platforms.
    QHash<QString, QString> parent;
    const auto find = [&](QString node) {
        QString root = node;
        while (parent.value(root, root) != root)
            root = parent.value(root);
        while (node != root) // path compression keeps a 10,000-link project linear
            node = std::exchange(parent[node], root);
        return root;
    };
    QHash<QString, int> linksAt; // router key -> links ending there
    QHash<QString, int> limitAt; // router key -> its platform's limit (0: none)
    for (const SiteToSiteLink &l : project.links)
        for (Side side : {Side::A, Side::B}) {
            const Site &s = l.site(side);
            const QString key = routerKey(s);
            if (key.isEmpty())
                continue;
            linksAt[key] += 1;
            const int limit = platformEntry(s.platform).maxLinksPerRouter;
            limitAt.insert(key, limit);
            if (limit == 0)
                continue;
            const QString a = find(key);
            const QString b = find(QStringLiteral("name ") + token(s.platform) + QLatin1Char(' ') + s.name.toLower());
            if (a != b)
                parent.insert(b, a);
        }
    // A name on more links than one router can be numbered for belongs to several routers: those
    // keep one group per address, as every router did before names joined them.
    QHash<QString, int> linksInGroup;
    for (auto it = linksAt.cbegin(); it != linksAt.cend(); ++it)
        linksInGroup[find(it.key())] += it.value();
    for (auto it = linksAt.cbegin(); it != linksAt.cend(); ++it) {
        const QString group = find(it.key());
        const int limit = limitAt.value(it.key());
        m_group.insert(it.key(), limit > 0 && linksInGroup.value(group) <= limit ? group : it.key());
    }
}

QString NumberingGroups::of(const Site &s) const { return m_group.value(routerKey(s)); }

const PlatformEntry &platformEntry(Platform p)
{
    for (const auto &e : kRegistry)
        if (e.platform == p)
            return e;
    return kRegistry.front(); // unreachable: every Platform has a row (tested)
}

} // namespace tw

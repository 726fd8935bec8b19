#include "render/PlatformRegistry.h"

#include "model/Address.h"
#include "model/Vocabulary.h"
#include "render/ciscoios/CiscoIosPlan.h"
#include "render/ciscoios/CiscoIosRenderer.h"
#include "render/routeros/RouterOsRenderer.h"

#include <array>
#include <numeric>
#include <optional>
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

// Which router a link end is (ProjectRouters::router), by platform and address. Most ends have an
// IPv4 address: platform and address in one number, which hashes and compares at once. Any other
// address as its bytes, not as canonical text, so that no string is made per end; an address check
// rejects has no canonical form, and its text still tells routers apart.
quint64 ipv4RouterKey(Platform platform, quint32 address) { return quint64(qToUnderlying(platform)) << 32 | address; }

struct RouterKey {
    Platform platform;
    bool isAddress; // an IPv6 address in `bytes`, or (false) text check refuses in `text`
    std::array<quint8, 16> bytes{};
    QString text;

    // For an end whose address is not IPv4 (parseIpv4 refused it).
    static RouterKey of(const Site &s)
    {
        RouterKey k{s.platform, false, {}, {}};
        if (const auto wan = parseAddress(s.wanAddress)) { // IPv6: parseAddress takes IPv4 only as parseIpv4 does
            k.isAddress = true;
            const Q_IPV6ADDR bytes = bytesOf(*wan);
            std::copy(std::begin(bytes.c), std::end(bytes.c), k.bytes.begin());
        } else {
            k.text = s.wanAddress;
        }
        return k;
    }
    bool operator==(const RouterKey &) const = default;
};

size_t qHash(const RouterKey &k, size_t seed = 0)
{
    return qHashMulti(seed, int(k.platform), k.isAddress,
                      QByteArrayView(reinterpret_cast<const char *>(k.bytes.data()), qsizetype(k.bytes.size())), k.text);
}

// A site name of a platform that numbers router-wide, as the numbering compares it.
struct NamedSite {
    Platform platform;
    QString lowerName;
    bool operator==(const NamedSite &) const = default;
};

size_t qHash(const NamedSite &n, size_t seed = 0) { return qHashMulti(seed, int(n.platform), n.lowerName); }

} // namespace

ProjectRouters::ProjectRouters(const Project &project)
{
    const qsizetype ends = 2 * project.links.size();
    m_router.fill(-1, ends);
    m_group.fill(-1, ends);
    QHash<quint64, int> ipv4RouterIds; // ipv4RouterKey -> router
    QHash<RouterKey, int> otherRouterIds;
    QHash<NamedSite, int> nameIds; // site names of numbering platforms -> union-find node
    ipv4RouterIds.reserve(ends); // at most one router per end: no rehashing on the way
    QList<int> linksAt, limitAt;  // per router
    // The router of `key` in `ids`, numbered in order of first appearance across both maps.
    const auto routerOf = [&](auto &ids, const auto &key, Platform platform) {
        auto it = ids.constFind(key);
        if (it == ids.cend()) {
            it = ids.insert(key, m_routerCount++);
            linksAt << 0;
            limitAt << platformEntry(platform).maxLinksPerRouter;
        }
        return *it;
    };
    for (qsizetype i = 0; i < project.links.size(); ++i)
        for (Side side : {Side::A, Side::B}) {
            const Site &s = project.links[i].site(side);
            if (s.wanAddress.isEmpty())
                continue;
            const std::optional<quint32> v4 = parseIpv4(s.wanAddress);
            const int router = v4 ? routerOf(ipv4RouterIds, ipv4RouterKey(s.platform, *v4), s.platform)
                                  : routerOf(otherRouterIds, RouterKey::of(s), s.platform);
            linksAt[router] += 1;
            m_router[index(i, side)] = router;
        }

    // Union-find: routers are nodes 0..n-1, site names of numbering platforms come after them.
    QList<int> parent(m_routerCount);
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](int x) {
        int root = x;
        while (parent[root] != root)
            root = parent[root];
        while (x != root)
            x = std::exchange(parent[x], root);
        return root;
    };
    for (qsizetype i = 0; i < project.links.size(); ++i)
        for (Side side : {Side::A, Side::B}) {
            const int router = m_router[index(i, side)];
            if (router < 0 || limitAt[router] == 0)
                continue;
            const Site &s = project.links[i].site(side);
            const NamedSite name{s.platform, s.name.toLower()};
            auto it = nameIds.constFind(name);
            if (it == nameIds.cend()) {
                it = nameIds.insert(name, int(parent.size()));
                parent << int(parent.size());
            }
            const int a = find(router), b = find(*it);
            if (a != b)
                parent[b] = a;
        }
    // A name on more links than one router can be numbered for belongs to several routers: those
    // keep one group per address.
    QList<int> linksInSet(parent.size(), 0);
    for (int r = 0; r < m_routerCount; ++r)
        linksInSet[find(r)] += linksAt[r];
    QList<int> groupOf(parent.size(), -1); // set representative or lone router -> dense group id
    for (qsizetype e = 0; e < ends; ++e) {
        const int r = m_router[e];
        if (r < 0)
            continue;
        const int set = find(r);
        const int node = limitAt[r] > 0 && linksInSet[set] <= limitAt[r] ? set : r;
        if (groupOf[node] < 0)
            groupOf[node] = m_groupCount++;
        m_group[e] = groupOf[node];
    }
}

QList<QList<LinkEnd>> ProjectRouters::endsByGroup() const
{
    QList<QList<LinkEnd>> groups(m_groupCount);
    for (qsizetype e = 0; e < m_group.size(); ++e)
        if (m_group[e] >= 0)
            groups[m_group[e]].append({e / 2, e % 2 ? Side::B : Side::A});
    return groups;
}

const PlatformEntry &platformEntry(Platform p)
{
    for (const auto &e : kRegistry)
        if (e.platform == p)
            return e;
    return kRegistry.front(); // unreachable: every Platform has a row (tested)
}

} // namespace tw

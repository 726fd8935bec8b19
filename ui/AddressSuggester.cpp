#include "AddressSuggester.h"

#include "model/Address.h"

#include <algorithm>

namespace tw::ui {
namespace {

struct Taken {
    QList<Subnet> subnets;
    QList<AddressRange> ranges;
    QList<QHostAddress> addresses;

    bool overlaps(const Subnet &s) const
    {
        return std::any_of(subnets.begin(), subnets.end(), [&](const Subnet &t) { return t.overlaps(s); }) ||
               std::any_of(ranges.begin(), ranges.end(), [&](const AddressRange &r) { return r.overlaps(s); }) ||
               std::any_of(addresses.begin(), addresses.end(), [&](const QHostAddress &a) { return s.contains(a); });
    }
};

void addAddress(Taken &t, const QString &text)
{
    if (const auto a = parseAddress(text))
        t.addresses << *a;
}

Taken takenBy(const Project &p, int serverIndex)
{
    Taken t;
    for (const SiteToSiteLink &l : p.links)
        for (const Site *s : {&l.a, &l.b}) {
            addAddress(t, s->wanAddress);
            for (const QString &text : s->lanSubnets)
                if (const auto sub = parseSubnet(text))
                    t.subnets << *sub;
        }
    for (int i = 0; i < p.l2tpServers.size(); ++i) {
        const L2tpServer &s = p.l2tpServers[i];
        addAddress(t, s.publicAddress);
        for (const QString &d : s.dnsServers)
            addAddress(t, d);
        if (i == serverIndex)
            continue; // its own pool is what is being replaced
        addAddress(t, s.localAddress);
        if (const auto r = parseRange(s.pool))
            t.ranges << *r;
    }
    return t;
}

// 172.31.86.0/24 first (rarely used by anyone, the documentation's example), then the rest of
// 172.16.0.0/12 from the top, then 10.x and 192.168.x.
QList<QString> candidates()
{
    QList<QString> out;
    out << QStringLiteral("172.31.86.0");
    for (int b = 31; b >= 16; --b)
        for (int c = 255; c >= 0; c -= 1)
            if (!(b == 31 && c == 86))
                out << QStringLiteral("172.%1.%2.0").arg(b).arg(c);
    for (int b = 255; b >= 0; --b)
        out << QStringLiteral("10.%1.86.0").arg(b);
    for (int c = 255; c >= 0; --c)
        out << QStringLiteral("192.168.%1.0").arg(c);
    return out;
}

} // namespace

std::optional<L2tpAddresses> AddressSuggester::suggest(const Project &project, int serverIndex, int poolSize)
{
    const Taken taken = takenBy(project, serverIndex);
    const int size = std::clamp(poolSize, 1, 253);
    for (const QString &network : candidates()) {
        const Subnet s{QHostAddress(network), 24};
        if (taken.overlaps(s))
            continue;
        const QString prefix = network.chopped(1); // "172.31.86."
        return L2tpAddresses{prefix + QStringLiteral("254"),
                             prefix + QStringLiteral("1-") + prefix + QString::number(size)};
    }
    return std::nullopt;
}

} // namespace tw::ui

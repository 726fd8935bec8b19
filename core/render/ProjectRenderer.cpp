#include "render/ProjectRenderer.h"

#include "io/JsonText.h"
#include "model/L2tpPresets.h"
#include "model/Vocabulary.h"
#include "render/FileHeader.h"
#include "render/PlatformRegistry.h"
#include "render/client/ClientRenderer.h"
#include "validate/Finding.h"
#include "validate/ProjectValidator.h"

#include <algorithm>

namespace tw {
namespace {

// Built in place: a QHostAddress default-constructed first and assigned later would allocate (and
// free) a private part of its own for nothing.
ResolvedSite resolve(const Site &s)
{
    ResolvedSite r{&s, parseAddress(s.wanAddress).value(), {}, {}};
    r.wanText = canonicalAddressText(s.wanAddress, r.wan);
    r.subnets.reserve(s.lanSubnets.size());
    for (const QString &text : s.lanSubnets) {
        const Result<Subnet> parsed = parseSubnet(text);
        const Subnet &subnet = parsed.value();
        r.subnets.emplaceBack(subnet, canonicalSubnetText(text, subnet), subnet.firstHost());
    }
    return r;
}

// Side a's context; side b's is the same seen from the other end (RenderPlan::turnAround).
SiteContext sideAContext(const Project &p, int index)
{
    const SiteToSiteLink &l = p.links[index];
    SiteContext c{.project = &p,
                  .link = &l,
                  .objectPath = childPath({}, QStringLiteral("links"), index),
                  .side = Side::A,
                  .local = resolve(l.a),
                  .remote = resolve(l.b),
                  .pairs = {},
                  .routerOrdinal = 0};
    // Pairs in one order for both sides (a's subnets outer, b's inner) so that policy i on one
    // router mirrors ACL line i on the other.
    const ResolvedSite &a = c.local, &b = c.remote;
    c.pairs.reserve(a.subnets.size() * b.subnets.size());
    for (qsizetype i = 0; i < a.subnets.size(); ++i)
        for (qsizetype j = 0; j < b.subnets.size(); ++j)
            c.pairs << SubnetPair{i, j};
    return c;
}

} // namespace

SiteContext makeSiteContext(const Project &p, int index, Side side) { return RenderPlan(p).siteContext(index, side); }

L2tpContext makeL2tpContext(const Project &p, int index)
{
    const L2tpServer &s = p.l2tpServers[index];
    L2tpContext c;
    c.project = &p;
    c.server = &s;
    c.objectPath = childPath({}, QStringLiteral("l2tp_servers"), index);
    c.ike = effectiveIke(s);
    c.esp = effectiveEsp(s);
    c.localAddress = parseAddress(s.localAddress).value();
    c.pool = parseRange(s.pool).value();
    for (const QString &d : s.dnsServers)
        if (const QHostAddress a = parseAddress(d).value(); !c.dnsServers.contains(a))
            c.dnsServers << a; // check warns about the repeat and promises each server once
    return c;
}

QByteArray manifestJson(const QList<RenderedFile> &files)
{
    // Written by hand in the spec's key order (QJsonDocument would sort keys and costs a large share
    // of a big render).
    QByteArray out = "{\n    \"generator\": ";
    appendJsonString(out, generatorName());
    out += ",\n    \"files\": [";
    for (qsizetype i = 0; i < files.size(); ++i) {
        const RenderedFile &f = files[i];
        out += i ? ",\n        {" : "\n        {";
        auto field = [&](const char *key, const QString &value, bool first = false) {
            out += first ? "\"" : ", \"";
            out += key;
            out += "\": ";
            appendJsonString(out, value);
        };
        field("path", f.path, true);
        field("kind", kindToken(f.kind));
        if (f.platform)
            field("platform", token(*f.platform));
        field("object", f.object);
        if (f.site)
            field("site", *f.site == Side::A ? QStringLiteral("a") : QStringLiteral("b"));
        if (!f.user.isEmpty())
            field("user", f.user);
        out += '}';
    }
    out += files.isEmpty() ? "]\n}\n" : "\n    ]\n}\n";
    return out;
}

RenderPlan::RenderPlan(const Project &checked) : m_project(checked)
{
    // A link's ordinals depend on the links before it: counted for all in one pass.
    const ProjectRouters routers(checked);
    QList<int> linksPerGroup(routers.groupCount() + 1, 0); // the last counts ends without an address
    const auto slot = [&](int group) -> int & { return linksPerGroup[group >= 0 ? group : routers.groupCount()]; };
    for (int i = 0; i < checked.links.size(); ++i) {
        const int a = routers.numberingGroup(i, Side::A), b = routers.numberingGroup(i, Side::B);
        m_units << Unit{i, -1, -1, {slot(a), slot(b)}};
        slot(a) += 1;
        if (b != a) // one link's two ends are two devices, even when their names join their groups
            slot(b) += 1;
    }
    for (int s = 0; s < checked.l2tpServers.size(); ++s)
        for (int u = -1; u < checked.l2tpServers[s].users.size(); ++u)
            m_units << Unit{-1, s, u, {0, 0}};
}

QList<RenderedFile> RenderPlan::renderUnit(int index, const RenderOptions &options) const
{
    const Unit &unit = m_units[index];
    QList<RenderedFile> files;
    if (unit.link >= 0) {
        files.reserve(6); // three files a side on every platform
        SiteContext ctx = siteContext(unit.link, Side::A);
        files << platformEntry(ctx.local.site->platform).renderSite(ctx);
        // Side a is done with its context: turned around in place, it is side b's.
        turnAround(ctx, unit.link);
        files << platformEntry(ctx.local.site->platform).renderSite(ctx);
        return files;
    }
    const L2tpContext ctx = makeL2tpContext(m_project, unit.server);
    if (unit.user < 0)
        return platformEntry(ctx.server->platform).renderL2tp(ctx);
    return renderUserMaterial(ctx, ctx.server->users[unit.user], options);
}

SiteContext RenderPlan::siteContext(int link, Side side) const
{
    SiteContext a = sideAContext(m_project, link);
    a.routerOrdinal = routerOrdinal(link, Side::A);
    if (side == Side::B)
        turnAround(a, link);
    return a;
}

void RenderPlan::turnAround(SiteContext &c, int link) const
{
    c.side = c.side == Side::A ? Side::B : Side::A;
    // Member by member: std::swap of the sites would copy their QHostAddress (it has no move
    // constructor; its swap only exchanges pointers).
    std::swap(c.local.site, c.remote.site);
    c.local.wan.swap(c.remote.wan);
    c.local.wanText.swap(c.remote.wanText);
    c.local.subnets.swap(c.remote.subnets);
    for (SubnetPair &pair : c.pairs)
        std::swap(pair.localIndex, pair.remoteIndex);
    c.routerOrdinal = routerOrdinal(link, c.side);
}

int RenderPlan::routerOrdinal(int link, Side side) const
{
    return m_units[link].routerOrdinals[side == Side::A ? 0 : 1]; // links are the first units
}

RenderOutput renderChecked(const Project &project, const RenderOptions &options)
{
    RenderOutput out;
    const RenderPlan plan(project);
    for (int unit = 0; unit < plan.unitCount(); ++unit)
        out.files << plan.renderUnit(unit, options);
    out.manifest = manifestJson(out.files);
    return out;
}

RenderResult renderProject(const Project &project, const RenderOptions &options)
{
    RenderResult result;
    result.findings = checkProject(project);
    if (std::any_of(result.findings.begin(), result.findings.end(),
                    [](const Finding &f) { return f.severity == Severity::Error; }))
        return result;
    result.output = renderChecked(project, options);
    return result;
}

} // namespace tw

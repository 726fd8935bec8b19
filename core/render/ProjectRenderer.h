#pragma once

#include "model/Project.h"
#include "render/RenderContext.h"
#include "render/RenderedFile.h"
#include "render/client/RenderOptions.h"
#include "validate/Finding.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace tw {

struct RenderOutput {
    QList<RenderedFile> files; // in a fixed order: links, then servers, as in the project
    QByteArray manifest;       // manifest.json bytes
};

struct RenderResult {
    QList<Finding> findings;
    std::optional<RenderOutput> output; // absent when `check` found errors
};

// check, then render every link side and server through the platform registry, and each L2TP server's
// client material. Pure.
RenderResult renderProject(const Project &project, const RenderOptions &options = {});

// The render alone, for a project that passed check (renderProject without the check).
RenderOutput renderChecked(const Project &project, const RenderOptions &options = {});

// A render cut into independent units, in manifest order: one per link, then per L2TP server one for
// its own files and one per user for the user's client material. The files of unit 0, then of unit
// 1, ... are exactly renderChecked's. Front ends render units in parallel and write each as it is
// done, so a large project needs neither one core nor all its bytes in memory at once
// (io/OutputWriter.h: renderToDirectory). The project must have passed check and outlive the plan.
// renderUnit is pure and may run on several threads at once.
class RenderPlan {
public:
    explicit RenderPlan(const Project &checked);

    int unitCount() const { return int(m_units.size()); }
    QList<RenderedFile> renderUnit(int unit, const RenderOptions &options) const;
    // What the renderer of one side of a link is handed.
    SiteContext siteContext(int link, Side side) const;

private:
    int routerOrdinal(int link, Side side) const; // SiteContext::routerOrdinal
    // Turns the context of one end of link `link` into its other end's, in place: the same
    // addresses and pairs seen from there (nothing parsed, formatted or copied), with that end's
    // router ordinal.
    void turnAround(SiteContext &ctx, int link) const;
    struct Unit {
        int link = -1;   // a link's files, or
        int server = -1; // a server's own files (user -1) or one user's client material
        int user = -1;
        int routerOrdinals[2] = {0, 0}; // a link's sides a and b (SiteContext::routerOrdinal)
    };
    const Project &m_project;
    QList<Unit> m_units;
};

QByteArray manifestJson(const QList<RenderedFile> &files);

// The contexts renderProject hands to the renderers (the project must have passed check).
SiteContext makeSiteContext(const Project &project, int linkIndex, Side side);
L2tpContext makeL2tpContext(const Project &project, int serverIndex);

} // namespace tw

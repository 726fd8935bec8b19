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

// A render cut into independent units, one per link and then one per L2TP server, in manifest order:
// the files of unit 0, then of unit 1, ... are exactly renderChecked's. Front ends render units in
// parallel and write each as it is done, so a large project needs neither one core nor all its bytes
// in memory at once (io/OutputWriter.h: renderToDirectory). The project must have passed check and
// outlive the plan. renderUnit is pure and may run on several threads at once.
class RenderPlan {
public:
    explicit RenderPlan(const Project &checked);

    int unitCount() const { return int(m_project.links.size() + m_project.l2tpServers.size()); }
    QList<RenderedFile> renderUnit(int unit, const RenderOptions &options) const;

private:
    const Project &m_project;
    QList<int> m_routerOrdinals; // per link: side a's, then side b's (SiteContext::routerOrdinal)
};

QByteArray manifestJson(const QList<RenderedFile> &files);

// The contexts renderProject hands to the renderers (the project must have passed check).
SiteContext makeSiteContext(const Project &project, int linkIndex, Side side);
L2tpContext makeL2tpContext(const Project &project, int serverIndex);

} // namespace tw

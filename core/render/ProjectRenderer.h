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

QByteArray manifestJson(const QList<RenderedFile> &files);

// The contexts renderProject hands to the renderers (the project must have passed check).
SiteContext makeSiteContext(const Project &project, int linkIndex, Side side);
L2tpContext makeL2tpContext(const Project &project, int serverIndex);

} // namespace tw

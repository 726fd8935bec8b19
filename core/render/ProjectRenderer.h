#pragma once

#include "model/Project.h"
#include "render/RenderedFile.h"
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

// check, then render every link side and server through the platform registry. Pure.
RenderResult renderProject(const Project &project);

QByteArray manifestJson(const QList<RenderedFile> &files);

} // namespace tw

#pragma once

#include "model/Result.h"
#include "render/ProjectRenderer.h"

#include <QString>

// Writes a render to disk: every file complete or absent (never half-written, no temporary file left
// by a killed process), files that hold secrets created owner-only (0600) and directories 0700, from
// the start. Rendered files are not fsynced (docs/hardening.md); project files are (QSaveFile).

namespace tw {

// Writes file bytes atomically and durably (QSaveFile, fsync). ownerOnly: the file never exists
// with wider permissions.
Result<bool> writeFileAtomically(const QString &path, const QByteArray &bytes, bool ownerOnly);

// Writes output.files and manifest.json under dir (created if missing). Returns the paths written.
// Every path is checked first: a refused one leaves nothing written.
Result<QStringList> writeRender(const RenderOutput &output, const QString &dir);

// More threads than this gain nothing: the disk is the limit by then.
constexpr int kMaxRenderThreads = 8;

// Renders a project that passed check and writes it under dir, unit by unit (RenderPlan) on up to
// `threads` threads (0: one per core, at most kMaxRenderThreads), each unit's files written as soon as
// it is rendered. The same files, bytes and manifest as writeRender(renderChecked(...)); the manifest
// is written last, once every file is. A refused path or a failed write stops the render: files
// already written stay (each complete), the manifest is not written.
Result<QStringList> renderToDirectory(const Project &checked, const RenderOptions &options, const QString &dir,
                                      int threads = 0);

} // namespace tw

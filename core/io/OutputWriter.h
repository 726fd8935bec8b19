#pragma once

#include "model/Result.h"
#include "render/ProjectRenderer.h"

#include <QString>

// Writes a render to disk: every file through QSaveFile (complete or absent, never half-written),
// files that hold secrets created owner-only (0600) and directories 0700, from the start.

namespace tw {

// Writes file bytes atomically. ownerOnly: the file never exists with wider permissions.
Result<bool> writeFileAtomically(const QString &path, const QByteArray &bytes, bool ownerOnly);

// Writes output.files and manifest.json under dir (created if missing). Returns the paths written.
Result<QStringList> writeRender(const RenderOutput &output, const QString &dir);

} // namespace tw

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
Result<QStringList> writeRender(const RenderOutput &output, const QString &dir);

} // namespace tw

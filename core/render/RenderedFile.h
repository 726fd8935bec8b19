#pragma once

#include "model/Types.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace tw {

// Manifest kinds (spec: manifest.json).
enum class FileKind {
    RouterOsScript,
    RouterOsRollback,
    CiscoIosConfig,
    CiscoIosRollback,
    SetupSheetPdf,
    AppleMobileconfig,
    WindowsPowershell,
    Troubleshooting,
};

QString kindToken(FileKind k);

// One output file: where it goes (relative to the output directory), what it is, and its bytes.
struct RenderedFile {
    QString path;
    FileKind kind = FileKind::RouterOsScript;
    std::optional<Platform> platform;
    QString object;          // JSON path of the model object: "links[0]", "l2tp_servers[1]"
    std::optional<Side> site; // a link's files only
    QString user;            // per-user client files only
    bool holdsSecret = true; // written owner-only
    QByteArray bytes;
};

} // namespace tw

// Every member may be moved in memory as bytes (Qt's strings are, optionals of enums are): a
// growing QList<RenderedFile> reallocates instead of moving each string.
Q_DECLARE_TYPEINFO(tw::RenderedFile, Q_RELOCATABLE_TYPE);

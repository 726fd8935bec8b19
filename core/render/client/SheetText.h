#pragma once

#include "render/client/ClientMaterial.h"

// Pieces both setup sheets share (internal to core/render/client). Their text is in the sheet's language
// (ctx.options.sheetLanguage), never the application's.

namespace tw::sheet {

// “text” in typographic quotes (WinAnsi has them).
QString quoted(const QString &text);
// Settings > General > VPN: each step a Label, joined by " > ".
RichText &appendPath(RichText &text, const QStringList &screens);

// The password cell: the password verbatim, or a note that it comes separately.
RichText passwordValue(const ClientContext &ctx);
// The opening paragraph and the "keep it private" box.
SheetSection introduction(const ClientContext &ctx, const QString &device);
// Notes under the settings table: characters easily mistaken for each other (0/O, 1/l/I) in the key or
// the printed password, spaces in the password, characters the sheet cannot print.
QList<SheetBlock> valueNotes(const ClientContext &ctx);
QStringList footer(const ClientContext &ctx);
QString subtitle(const ClientContext &ctx);
QString pageNumber(const ClientContext &ctx); // "Page %1 of %2"

} // namespace tw::sheet

#pragma once

#include "render/client/PdfWriter.h"
#include "render/client/SetupSheet.h"

#include <QByteArray>

// Lays a SetupSheet out on A4 or Letter pages with PdfWriter: title, headings kept with what follows,
// wrapped paragraphs, numbered steps, bullets, a two-column settings table with thin rules, boxed
// notices and commands, and "page N of M" in every footer. Pure and deterministic.

namespace tw {

QByteArray setupSheetPdf(const SetupSheet &sheet, PaperSize paper);

} // namespace tw

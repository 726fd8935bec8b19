#pragma once

#include "i18n/Translations.h"
#include "render/client/PdfWriter.h"

#include <QLocale>

#include <optional>

// Choices made when rendering, not stored in the project: the project format has no field for them
// (spec: project-format.md), and the same project may be rendered both ways.

namespace tw {

struct RenderOptions {
    // Print each user's password on the setup sheets and put it into the Apple profile. Off: the sheet
    // says the password comes separately and the iPhone asks for it when connecting.
    bool passwordsOnSheets = true;
    // Paper of the setup sheets. Renderers never look at the system locale (they are pure); front ends
    // pass systemPaperSize() when they want the local paper.
    PaperSize paperSize = PaperSize::A4;
    // The language of the setup sheets, which need not be the user interface's: the administrator may
    // work in English and hand a Spanish sheet to the user. Default: English.
    i18n::Catalog sheetLanguage;
};

// Letter where the Unicode CLDR (supplementalData.xml, paperSize "US-Letter") says so: Belize, Canada,
// Chile, Colombia, Costa Rica, Guatemala, Mexico, Nicaragua, Panama, the Philippines, Puerto Rico,
// El Salvador, the United States and Venezuela; A4 everywhere else.
PaperSize paperSizeFor(QLocale::Territory territory);
// The paper of the locale as POSIX ranks its variables: LC_ALL, else LC_PAPER, else LANG; with none of
// them set, the system's locale (QLocale::system(), Windows and macOS). Not QLocale::system() alone:
// on Unix it lets LANGUAGE, the languages wanted for messages, decide, and English messages in
// Germany would then print on Letter.
PaperSize paperSizeForLocaleVariables(const QString &lcAll, const QString &lcPaper, const QString &lang);
PaperSize systemPaperSize(); // paperSizeForLocaleVariables() of this process's environment

// "a4" / "letter", as the command line spells them (any case); nullopt for anything else.
std::optional<PaperSize> paperSizeFromToken(const QString &token);

} // namespace tw

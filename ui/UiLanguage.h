#pragma once

#include <QString>

// The wizard's language: the one chosen on the start page (QSettings "language"), else the system's.
// It is applied once at start-up (main), so a new choice takes effect at the next start.

namespace tw::ui {

QString chosenLanguage();                     // "" when following the system
void setChosenLanguage(const QString &language); // "" to follow the system again
QString uiLanguage();                         // the language in effect: the chosen one, else i18n::systemLanguage()
// Installs the wizard's and Qt's own translations for uiLanguage(); nothing for English.
void installUiTranslations();

} // namespace tw::ui

#include "UiLanguage.h"

#include "i18n/Translations.h"

#include <QSettings>

namespace tw::ui {
namespace {
const QString kLanguageKey = QStringLiteral("language");
}

QString chosenLanguage()
{
    const QString language = QSettings().value(kLanguageKey).toString();
    return i18n::isShipped(language) ? language : QString();
}

void setChosenLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
}

QString uiLanguage()
{
    const QString chosen = chosenLanguage();
    return chosen.isEmpty() ? i18n::systemLanguage() : chosen;
}

void installUiTranslations() { i18n::installTranslations(uiLanguage(), true); }

} // namespace tw::ui

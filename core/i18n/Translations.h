#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

// The languages Tunnelwright ships and where their Qt Linguist files (.qm) are found
// (translations/README.md). English is the source text: it never loads a translator.

namespace tw::i18n {

QStringList shippedLanguages(); // "en", "de", "es"
bool isShipped(const QString &language);
// The first of the user's languages (QLocale::system().uiLanguages(): LANGUAGE, LC_ALL, LC_MESSAGES,
// LANG) that is shipped, else "en". LANG=C gives "en".
QString systemLanguage();
// A language's own name, for choosers: "Deutsch", "Español", "English".
QString nativeName(const QString &language);

// <executable>/../share/tunnelwright/translations when installed, else the build tree's.
QString translationsDirectory();

// Tunnelwright's translator for a language; nullptr for English and for a language without a .qm file.
std::shared_ptr<QTranslator> loadTranslator(const QString &language);

// Installs Tunnelwright's translator for a language into the application, and with qtBase Qt's own
// (qtbase_xx.qm: the wizard's Back/Next/Cancel and standard dialogs). Nothing happens for English.
// The translators live until the application ends.
void installTranslations(const QString &language, bool qtBase);

// One language's messages, looked up in its own translator and never the application's: setup sheets
// may be in another language than the user interface. Default: English, the source text.
class Catalog {
public:
    Catalog() = default;
    static Catalog load(const QString &language); // English when the language has no .qm file

    const QString &language() const { return m_language; }
    // As QCoreApplication::translate (lupdate finds these calls by the name): the source text when the
    // catalog has no translation.
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const;

private:
    QString m_language = QStringLiteral("en");
    std::shared_ptr<const QTranslator> m_translator;
};

} // namespace tw::i18n

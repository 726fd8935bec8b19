#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tw::i18n {

QStringList shippedLanguages() { return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")}; }

bool isShipped(const QString &language) { return shippedLanguages().contains(language); }

QString systemLanguage()
{
    // As gettext does: the C locale means untranslated whatever LANGUAGE says, so LC_ALL=C or LANG=C
    // (what tools that compare the output set) always give the English text.
    QByteArray messages = qgetenv("LC_ALL");
    if (messages.isEmpty())
        messages = qgetenv("LC_MESSAGES");
    if (messages.isEmpty())
        messages = qgetenv("LANG");
    if (messages == "C" || messages == "POSIX" || messages.startsWith("C."))
        return QStringLiteral("en");
    // uiLanguages() lists LANGUAGE's entries, then "de-DE", "de", ... of the locale.
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QString language = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (isShipped(language))
            return language;
    }
    return QStringLiteral("en");
}

QString nativeName(const QString &language)
{
    // QLocale::nativeLanguageName() gives "español" and "American English": not what a chooser shows.
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

QString translationsDirectory()
{
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/tunnelwright/translations");
    if (QDir(installed).exists() || QStringLiteral(TW_BUILD_TRANSLATIONS_DIR).isEmpty())
        return QDir::cleanPath(installed);
    return QStringLiteral(TW_BUILD_TRANSLATIONS_DIR);
}

namespace {

bool loadOwn(QTranslator &translator, const QString &language)
{
    return language != QLatin1String("en") && isShipped(language) &&
           translator.load(QStringLiteral("tunnelwright_") + language, translationsDirectory());
}

void installOrDrop(QTranslator *translator, bool loaded)
{
    if (loaded)
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

std::shared_ptr<QTranslator> loadTranslator(const QString &language)
{
    if (language == QLatin1String("en"))
        return nullptr; // the source text: not even a QTranslator
    auto translator = std::make_shared<QTranslator>();
    return loadOwn(*translator, language) ? translator : nullptr;
}

void installTranslations(const QString &language, bool qtBase)
{
    if (language == QLatin1String("en"))
        return; // the source text: keeps English start-up free of file look-ups
    // Parented to the application: they live as long as it does.
    auto *own = new QTranslator(QCoreApplication::instance());
    installOrDrop(own, loadOwn(*own, language));
    if (qtBase) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        installOrDrop(qt, qt->load(QStringLiteral("qtbase_") + language,
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    }
}

Catalog Catalog::load(const QString &language)
{
    Catalog c;
    if (auto translator = loadTranslator(language)) {
        c.m_language = language;
        c.m_translator = std::move(translator);
    }
    return c;
}

QString Catalog::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    QString text = m_translator ? m_translator->translate(context, sourceText, disambiguation, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace tw::i18n

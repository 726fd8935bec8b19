// Languages: setup sheets in a language of their own (not the application's), and the CLI following
// the system language. The completeness of translations/*.ts is tests/translations/check-ts.py.

#include "test_client_support.h"

#include "i18n/Translations.h"
#include "render/client/ClientMaterial.h"

#include <QProcessEnvironment>
#include <QTranslator>

using namespace twtest::client;

namespace {

const QString kIphoneSheet = QStringLiteral("office/clients/alice/alice-iphone.pdf");
const QString kWindowsSheet = QStringLiteral("office/clients/alice/alice-windows.pdf");

tw::RenderOptions sheetsIn(const QString &language)
{
    tw::RenderOptions options;
    options.sheetLanguage = tw::i18n::Catalog::load(language);
    REQUIRE(options.sheetLanguage.language() == language);
    return options;
}

// Both sheets of the example's first user as text.
QString sheetsText(const tw::Project &p, const tw::RenderOptions &options)
{
    tw::ClientContext ctx{&p, &p.l2tpServers[0], &p.l2tpServers[0].users[0], options};
    return tw::iphoneSetupSheet(ctx).toPlainText() + tw::windowsSetupSheet(ctx).toPlainText();
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// The CLI with only LANG (and LANGUAGE when given) saying the language.
Run cliIn(const QString &lang, const QStringList &args, const QString &language = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
    if (!language.isEmpty())
        env.insert(QStringLiteral("LANGUAGE"), language);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TW_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("sheets in Spanish while the application is in English", "[i18n][client]")
{
    const QMap<QString, tw::RenderedFile> files = renderFiles(l2tpExample(), sheetsIn(QStringLiteral("es")));
    // What iOS shows while installing the profile follows the sheets; the configuration does not.
    const QString profile = QString::fromUtf8(files[QStringLiteral("office/clients/alice/alice.mobileconfig")].bytes);
    CHECK(profile.contains(QStringLiteral("Conexión L2TP/IPsec con vpn.example.com")));
    CHECK(profile.contains(QStringLiteral("<string>com.apple.vpn.managed</string>")));
    // The application itself has no translator: its own text stays English.
    CHECK(QCoreApplication::translate("IPhoneSheet", "Settings") == QStringLiteral("Settings"));

    const auto iphone = pdfText(files[kIphoneSheet].bytes);
    const auto windows = pdfText(files[kWindowsSheet].bytes);
    if (!iphone || !windows) {
        WARN("pdftotext not installed (poppler-utils): skipped");
        return;
    }
    const QString ios = withoutWhitespace(*iphone);
    CHECK(ios.contains(withoutWhitespace(QStringLiteral("VPN en su iPhone o iPad"))));
    CHECK(ios.contains(withoutWhitespace(QStringLiteral("Ajustes > General > VPN y gestión de dispositivos > VPN"))));
    CHECK(ios.contains(withoutWhitespace(QStringLiteral("Enviar todo el tráfico"))));
    CHECK(ios.contains(withoutWhitespace(QStringLiteral("Página 1 de"))));
    CHECK_FALSE(ios.contains(QStringLiteral("Settings")));
    const QString win = withoutWhitespace(*windows);
    CHECK(win.contains(withoutWhitespace(QStringLiteral("Configuración > Red e Internet > VPN"))));
    CHECK(win.contains(withoutWhitespace(QStringLiteral("L2TP/IPsec con clave previamente compartida"))));
}

TEST_CASE("sheets stay English under a German application translator", "[i18n][client]")
{
    QTranslator german;
    REQUIRE(german.load(QStringLiteral("tunnelwright_de"), tw::i18n::translationsDirectory()));
    QCoreApplication::installTranslator(&german);
    const tw::Project p = l2tpExample();
    const QString text = sheetsText(p, {});
    QCoreApplication::removeTranslator(&german);
    CHECK(text.contains(QStringLiteral("Settings > General > VPN & Device Management > VPN")));
    CHECK_FALSE(text.contains(QStringLiteral("Einstellungen")));
}

TEST_CASE("every sheet language prints in the PDF's WinAnsi fonts", "[i18n][client]")
{
    tw::Project p = l2tpExample();
    for (const QString &language : tw::i18n::shippedLanguages()) {
        for (bool passwords : {true, false}) {
            tw::RenderOptions options = sheetsIn(language);
            options.passwordsOnSheets = passwords;
            // A server that lets Windows skip PPP encryption: the Security tab step appears too.
            p.l2tpServers[0].authentication = {tw::PppAuth::Mschap2, tw::PppAuth::Chap, tw::PppAuth::Pap};
            QString unprintable; // characters the sheet would show as [U+XXXX]
            for (const QString &line : sheetsText(p, options).split(QLatin1Char('\n')))
                for (QChar c : line)
                    if (tw::printableOnSheet(QString(c)) != QString(c) && !unprintable.contains(c))
                        unprintable += c;
            INFO(language.toStdString());
            CHECK(unprintable.toStdString() == "");
        }
    }
    CHECK(sheetsText(p, sheetsIn(QStringLiteral("de"))).contains(QStringLiteral("Einstellungen > Allgemein > VPN und Geräteverwaltung")));
}

TEST_CASE("cli follows the system language; LANG=C stays English", "[i18n][cli]")
{
    const Run german = cliIn(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("frobnicate")});
    CHECK(german.exitCode == 2);
    CHECK(german.err.contains(QStringLiteral("unbekannter Befehl „frobnicate“")));
    CHECK(german.err.contains(QStringLiteral("Aufruf:")));
    // LANGUAGE comes first, as with gettext...
    const Run spanish = cliIn(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("--help")}, QStringLiteral("es"));
    CHECK(spanish.out.contains(QStringLiteral("Códigos de salida")));
    // ...but not over the C locale: LANG=C is exactly the English output.
    for (const QString &language : {QString(), QStringLiteral("de")}) {
        const Run english = cliIn(QStringLiteral("C"), {QStringLiteral("frobnicate")}, language);
        CHECK(english.err.startsWith(QStringLiteral("tunnelwright-cli: unknown command \"frobnicate\"\n\nUsage:\n")));
    }
}

TEST_CASE("cli render --sheet-language", "[i18n][cli]")
{
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString project = twtest::examplePath(QStringLiteral("fieldnotes-l2tp-server"));
    const Run rendered = cliIn(QStringLiteral("C"), {QStringLiteral("render"), project, QStringLiteral("--out"), out.path(),
                                                     QStringLiteral("--sheet-language"), QStringLiteral("es")});
    REQUIRE(rendered.exitCode == 0);
    CHECK(rendered.out.startsWith(QStringLiteral("files written to ") + out.path() + QStringLiteral(": 12 (list: ")));
    const auto text = pdfText(twtest::readFile(out.filePath(kIphoneSheet)));
    if (text)
        CHECK(withoutWhitespace(*text).contains(QStringLiteral("Ajustes>General")));
    const Run bad = cliIn(QStringLiteral("C"), {QStringLiteral("render"), project, QStringLiteral("--out"), out.path(),
                                                QStringLiteral("--sheet-language=fr")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--sheet-language must be one of en, de, es, not \"fr\"")));
}

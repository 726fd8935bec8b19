// tunnelwright: the wizard. `tunnelwright [PROJECT]` opens a project file.
// With TW_STARTUP_PROBE=1 it quits after the first page is painted and prints the start-up time
// (bench/startup.sh).

#include "StartupProbe.h"
#include "TunnelwrightWizard.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tunnelwright"));
    QApplication::setApplicationName(QStringLiteral("Tunnelwright"));
    QApplication::setApplicationVersion(QStringLiteral(TW_VERSION));
    // The launcher and icon installed from resources/ (Wayland matches the window to them by this name).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tunnelwright.Tunnelwright"));
    tw::ui::installUiTranslations(); // after the names above: the choice is in QSettings

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Matched IPsec configurations for MikroTik RouterOS and Cisco IOS."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("main", "A project file (.twproj) to open."),
                                 QCoreApplication::translate("main", "[PROJECT]"));
    parser.process(app);

    tw::ui::TunnelwrightWizard wizard;
    tw::ui::StartupProbe::watch(wizard.page(int(tw::ui::PageId::Start)));
    const QStringList args = parser.positionalArguments();
    wizard.show();
    if (!args.isEmpty() && !wizard.openAndEnter(args.first()))
        QMessageBox::warning(&wizard, QCoreApplication::translate("main", "Project not opened"), wizard.lastOpenError());
    return app.exec();
}

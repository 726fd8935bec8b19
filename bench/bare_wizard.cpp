// The start-up baseline for bench/startup.sh: a bare two-page QWizard, built the way the tunnelwright
// program builds its wizard (same QApplication set-up, same style, same size, same first-paint probe),
// with nothing of Tunnelwright in it. tw_bare_wizard links Qt Widgets only; tw_bare_wizard_corelibs
// (TW_BARE_WITH_CORE_LIBS) also loads the shared libraries the core needs (Qt Network, Botan), to
// tell the wizard's own start-up cost from that of its libraries.

#include "StartupProbe.h"

#include <QApplication>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QWizard>
#include <QWizardPage>

#ifdef TW_BARE_WITH_CORE_LIBS
#include "model/Address.h"
#include "secrets/SecretGenerator.h"
#endif

namespace {

QWizardPage *page(const QString &title)
{
    auto *p = new QWizardPage;
    p->setTitle(title);
    p->setSubTitle(QStringLiteral("A page with a label and a line edit."));
    auto *form = new QFormLayout(p);
    form->addRow(QStringLiteral("&Name:"), new QLineEdit);
    form->addRow(new QLabel(QStringLiteral("Nothing else.")));
    return p;
}

} // namespace

int main(int argc, char **argv)
{
#ifdef TW_BARE_WITH_CORE_LIBS
    // Taking the addresses links the objects that use Qt Network and Botan; nothing is called.
    static QString (*volatile keepSecret)(int) = &tw::generateSecret;
    static tw::Result<QHostAddress> (*volatile keepAddress)(QStringView) = &tw::parseAddress;
    (void)keepSecret;
    (void)keepAddress;
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tunnelwright"));
    QApplication::setApplicationName(QStringLiteral("Tunnelwright bare wizard"));
    QWizard wizard;
    wizard.setWizardStyle(QWizard::ClassicStyle);
    QWizardPage *first = page(QStringLiteral("First"));
    wizard.addPage(first);
    wizard.addPage(page(QStringLiteral("Second")));
    QSize size(920, 680);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    wizard.resize(size);
    tw::ui::StartupProbe::watch(first);
    wizard.show();
    return app.exec();
}

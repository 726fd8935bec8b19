// The wizard's language: chosen on the start page, stored, applied at the next start together with
// Qt's own translations; the setup sheets' language chosen apart from it.

#include "GuiTestSupport.h"
#include "UiLanguage.h"

#include "render/client/ClientMaterial.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QTest>

using namespace tw::ui;
using namespace twgui;

namespace {

// Chooses an item by its data the way a click does (activated, not only currentIndexChanged).
void choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

} // namespace

class WizardLanguageTest final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void startPageStoresTheChoiceForTheNextStart()
    {
        TunnelwrightWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *combo = child<QComboBox>(&w, QStringLiteral("languageCombo"));
        QCOMPARE(combo->currentData().toString(), QString()); // follows the system until chosen
        const QString other = uiLanguage() == QLatin1String("de") ? QStringLiteral("es") : QStringLiteral("de");
        choose(combo, other);
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), other);
        QCOMPARE(chosenLanguage(), other);
        auto *note = child<QLabel>(&w, QStringLiteral("languageNote"));
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("Takes effect the next time Tunnelwright starts."));
        choose(combo, QString()); // back to the system's
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
    }

    // Last: the translators it installs stay for the rest of the process, as in the application.
    void theNextStartIsInTheChosenLanguageWithQtsOwnStrings()
    {
        setChosenLanguage(QStringLiteral("de"));
        installUiTranslations(); // what main() does at start-up
        TunnelwrightWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.page(int(PageId::Start))->subTitle(),
                 QStringLiteral("Zueinander passende IPsec-Konfigurationen für beide Enden eines Tunnels: MikroTik RouterOS "
                                "und Cisco IOS."));
        QCOMPARE(child<QAbstractButton>(&w, QStringLiteral("newLinkButton"))->text(),
                 QStringLiteral("Neue &Standort-zu-Standort-Verbindung"));
        QCOMPARE(w.button(QWizard::NextButton)->text(), QStringLiteral("&Weiter >")); // qtbase_de.qm
        QCOMPARE(child<QComboBox>(&w, QStringLiteral("languageCombo"))->currentData().toString(), QStringLiteral("de"));

        // The sheets follow the wizard's language unless chosen otherwise on the users page.
        QCOMPARE(w.renderOptions().sheetLanguage.language(), QStringLiteral("de"));
        QVERIFY(w.openProjectFile(examplePath(QStringLiteral("fieldnotes-l2tp-server"))));
        w.editObject(Flow::Server, 0);
        w.showPage(PageId::Users);
        auto *sheets = child<QComboBox>(&w, QStringLiteral("sheetLanguage"));
        QCOMPARE(sheets->currentData().toString(), QStringLiteral("de"));
        choose(sheets, QStringLiteral("es"));
        const tw::Project &p = w.project();
        const tw::ClientContext ctx{&p, &p.l2tpServers[0], &p.l2tpServers[0].users[0], w.renderOptions()};
        QCOMPARE(tw::iphoneSetupSheet(ctx).title, QStringLiteral("VPN en su iPhone o iPad"));
    }
};

QTEST_MAIN(WizardLanguageTest)
#include "test_wizard_language.moc"

// Invalid input blocks Next and says why: next to the field (FIELD + "Error") and in the page's
// status line; activating a finding on the review page leads to the field.

#include "GuiTestSupport.h"

#include "PlatformComboBox.h"

#include "io/ProjectFile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tw::ui;
using namespace twgui;

namespace {

QString text(const TunnelwrightWizard &w, const QString &name) { return child<QLabel>(&w, name)->text(); }
bool shown(const TunnelwrightWizard &w, const QString &name) { return child<QLabel>(&w, name)->isVisible(); }

void fillSites(TunnelwrightWizard &w)
{
    typeInto(w, QStringLiteral("projectName"), QStringLiteral("lab"));
    typeInto(w, QStringLiteral("linkName"), QStringLiteral("hq-branch"));
    typeInto(w, QStringLiteral("aName"), QStringLiteral("hq"));
    typeInto(w, QStringLiteral("aWanAddress"), QStringLiteral("198.51.100.2"));
    typeInto(w, QStringLiteral("aWanInterface"), QStringLiteral("ether1"));
    typeInto(w, QStringLiteral("bName"), QStringLiteral("branch"));
    typeInto(w, QStringLiteral("bWanAddress"), QStringLiteral("203.0.113.3"));
    typeInto(w, QStringLiteral("bWanInterface"), QStringLiteral("GigabitEthernet0/0"));
    typeInto(w, QStringLiteral("bLanInterface"), QStringLiteral("GigabitEthernet0/1"));
}

} // namespace

class WizardValidationTest final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void invalidInputBlocksNextWithTheMessage()
    {
        TunnelwrightWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.startNew(Flow::Link));
        QCOMPARE(w.currentId(), int(PageId::Sites));
        settle(w);
        // An empty new link: Next is disabled, the status line says what is missing, and no field
        // shouts before it was touched.
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(text(w, QStringLiteral("sitesStatus")).startsWith(QStringLiteral("Next is blocked until these")));
        QVERIFY(text(w, QStringLiteral("sitesStatus")).contains(QStringLiteral("Project name: is empty")));
        QVERIFY(!shown(w, QStringLiteral("aWanAddressError")));

        fillSites(w);
        settle(w);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());

        // A mistyped address: the message is core's, under the field; Next is blocked and says so.
        typeInto(w, QStringLiteral("aWanAddress"), QStringLiteral("198.51.100.300"));
        QTRY_VERIFY(shown(w, QStringLiteral("aWanAddressError"))); // after the 150 ms debounce
        QVERIFY2(text(w, QStringLiteral("aWanAddressError")).startsWith(QStringLiteral("Error: ")), qPrintable(text(w, QStringLiteral("aWanAddressError"))));
        QVERIFY(text(w, QStringLiteral("aWanAddressError")).contains(QStringLiteral("198.51.100.300")));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        const QString status = text(w, QStringLiteral("sitesStatus"));
        QVERIFY2(status.startsWith(QStringLiteral("Next is blocked until this is fixed:\n• Link hq-branch, Site hq (a): WAN address: ")),
                 qPrintable(status));
        // Enter does not get past it either.
        QTest::keyClick(child<QLineEdit>(&w, QStringLiteral("aWanAddress")), Qt::Key_Return);
        QCOMPARE(w.currentId(), int(PageId::Sites));
        QCOMPARE(child<QLineEdit>(&w, QStringLiteral("aWanAddress"))->accessibleDescription(), text(w, QStringLiteral("aWanAddressError")));

        // Both sites with one name.
        typeInto(w, QStringLiteral("aWanAddress"), QStringLiteral("198.51.100.2"));
        typeInto(w, QStringLiteral("bName"), QStringLiteral("HQ"));
        settle(w);
        QVERIFY(text(w, QStringLiteral("bNameError")).contains(QStringLiteral("both sites are called \"HQ\"")));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        typeInto(w, QStringLiteral("bName"), QStringLiteral("branch"));
        QVERIFY(clickNext(w));

        // Networks: host bits, overlap across the sites.
        QCOMPARE(w.currentId(), int(PageId::Networks));
        typeInto(w, QStringLiteral("aSubnet0"), QStringLiteral("192.168.88.1/24"));
        settle(w);
        QVERIFY(text(w, QStringLiteral("aSubnet0Error")).contains(QStringLiteral("192.168.88.0/24")));
        typeInto(w, QStringLiteral("aSubnet0"), QStringLiteral("192.168.88.0/24"));
        typeInto(w, QStringLiteral("bSubnet0"), QStringLiteral("192.168.88.128/25"));
        settle(w);
        QVERIFY(text(w, QStringLiteral("bSubnet0Error")).contains(QStringLiteral("overlaps a.lan_subnets[0]")));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(text(w, QStringLiteral("networksStatus")).contains(QStringLiteral("protected networks, row 1")));
        // A second row, removed again.
        QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("bSubnetAdd")), Qt::LeftButton);
        QCOMPARE(w.link().b.lanSubnets.size(), 2);
        typeInto(w, QStringLiteral("bSubnet1"), QStringLiteral("10.9.0.0/16"));
        typeInto(w, QStringLiteral("bSubnet0"), QStringLiteral("192.168.0.0/24"));
        QCOMPARE(w.link().b.lanSubnets, QStringList({QStringLiteral("192.168.0.0/24"), QStringLiteral("10.9.0.0/16")}));
        QTest::mouseClick(child<QAbstractButton>(&w, QStringLiteral("bSubnetRemove1")), Qt::LeftButton);
        QApplication::processEvents();
        QCOMPARE(w.link().b.lanSubnets, QStringList({QStringLiteral("192.168.0.0/24")}));
        QVERIFY(clickNext(w));

        // Security: a short key.
        QCOMPARE(w.currentId(), int(PageId::Security));
        typeInto(w, QStringLiteral("psk"), QStringLiteral("short"));
        settle(w);
        QVERIFY(text(w, QStringLiteral("pskError")).startsWith(QStringLiteral("Error: has 5 characters")));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("pskGenerate")), Qt::LeftButton);
        settle(w);
        QVERIFY(!shown(w, QStringLiteral("pskError")));
        QCOMPARE(w.link().psk.size(), 32);
        QVERIFY(clickNext(w));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(PageId::Review));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    }

    void reviewListsErrorsBlocksNextAndLeadsToTheField()
    {
        // A project with an error, as a file: opening it is allowed, exporting it is not.
        tw::Project p = loadExample(QStringLiteral("fieldnotes-mikrotik-cisco"));
        p.links[0].b.lanSubnets = {QStringLiteral("192.168.0.0/24"), QStringLiteral("192.168.88.0/24")};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.twproj"));
        QVERIFY(tw::saveProjectFile(path, p));

        TunnelwrightWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openAndEnter(path));
        QCOMPARE(w.currentId(), int(PageId::Sites));
        w.showPage(PageId::Review);
        QCOMPARE(w.currentId(), int(PageId::Review));
        settle(w);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(text(w, QStringLiteral("reviewStatus")).contains(QStringLiteral("overlaps a.lan_subnets[0]")));
        QVERIFY(text(w, QStringLiteral("reviewSummary")).startsWith(QStringLiteral("1 error,")));
        auto *list = child<QListWidget>(&w, QStringLiteral("findingsList"));
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("links[0].b.lan_subnets[1]"));
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(w.currentId(), int(PageId::Networks));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&w, QStringLiteral("bSubnet1")));
        QVERIFY(text(w, QStringLiteral("bSubnet1Error")).contains(QStringLiteral("overlaps")));

        // Fixing it there unblocks the way to export.
        QTest::mouseClick(child<QAbstractButton>(&w, QStringLiteral("bSubnetRemove1")), Qt::LeftButton);
        QVERIFY(clickNext(w));
        QVERIFY(clickNext(w));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(PageId::Review));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    }

    void keyboardOnly()
    {
        TunnelwrightWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        // Start page: the mnemonic of "New &site-to-site link" and Enter... a button press by keyboard.
        auto *newLink = child<QPushButton>(&w, QStringLiteral("newLinkButton"));
        newLink->setFocus();
        QTest::keyClick(newLink, Qt::Key_Space);
        QCOMPARE(w.currentId(), int(PageId::Sites));

        // Tab walks the page top to bottom; the hidden LAN interface of a RouterOS site is skipped.
        auto *project = child<QLineEdit>(&w, QStringLiteral("projectName"));
        project->setFocus();
        const QStringList order{QStringLiteral("projectName"), QStringLiteral("linkName"), QStringLiteral("aName"),
                                QStringLiteral("aPlatform"), QStringLiteral("aWanAddress"), QStringLiteral("aWanInterface"),
                                QStringLiteral("bName"), QStringLiteral("bPlatform"), QStringLiteral("bWanAddress"),
                                QStringLiteral("bWanInterface"), QStringLiteral("bLanInterface")};
        const QStringList values{QStringLiteral("lab"), QStringLiteral("hq-branch"), QStringLiteral("hq"), QString(),
                                 QStringLiteral("198.51.100.2"), QStringLiteral("ether1"), QStringLiteral("branch"), QString(),
                                 QStringLiteral("203.0.113.3"), QStringLiteral("Gi0/0"), QStringLiteral("Gi0/1")};
        for (int i = 0; i < order.size(); ++i) {
            QWidget *focused = QApplication::focusWidget();
            QVERIFY(focused);
            QCOMPARE(focused->objectName(), order[i]);
            if (!values[i].isEmpty())
                QTest::keyClicks(focused, values[i]);
            if (i + 1 < order.size())
                QTest::keyClick(focused, Qt::Key_Tab);
        }
        // A mnemonic reaches its field: Alt+W is site A's WAN address.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("aWanAddress"));
        // Enter is Next once the page is valid.
        settle(w);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(w.currentId(), int(PageId::Networks));
        QCOMPARE(w.link().b.lanInterface, std::optional(QStringLiteral("Gi0/1")));
        // Every input of the page has an accessible name.
        for (const QString &name : order)
            QVERIFY2(!child<QWidget>(&w, name)->accessibleName().isEmpty(), qPrintable(name));
    }

    void aFindingOfTheServerTakesTheUserToTheUsersTable()
    {
        tw::Project p = loadExample(QStringLiteral("fieldnotes-l2tp-server"));
        p.l2tpServers[0].users[1].password.clear();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.twproj"));
        QVERIFY(tw::saveProjectFile(path, p));
        TunnelwrightWizard w;
        w.show();
        QVERIFY(w.openAndEnter(path));
        QCOMPARE(w.currentId(), int(PageId::Server));
        w.showFinding(QStringLiteral("l2tp_servers[0].users[1].password"));
        QCOMPARE(w.currentId(), int(PageId::Users));
        auto *table = child<QTableWidget>(&w, QStringLiteral("usersTable"));
        QCOMPARE(table->currentRow(), 1);
        QCOMPARE(table->currentColumn(), 1);
        QVERIFY(text(w, QStringLiteral("usersTableError")).contains(QStringLiteral("user 2 (bob), password is empty")));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    }
};

QTEST_MAIN(WizardValidationTest)
#include "test_wizard_validation.moc"

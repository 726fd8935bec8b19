// The field-notes site-to-site link typed into an empty wizard, exported, and compared byte for byte
// with core's render and the CLI's files of examples/fieldnotes-mikrotik-cisco.twproj.

#include "GuiTestSupport.h"

#include "ExportPage.h"
#include "PlatformComboBox.h"

#include "io/ProjectFile.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QPushButton>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tw::ui;
using namespace twgui;

class WizardLinkTest final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void typesTheFieldNotesLinkAndExportsTheCliBytes()
    {
        const QString example = examplePath(QStringLiteral("fieldnotes-mikrotik-cisco"));
        const tw::Project expected = loadExample(QStringLiteral("fieldnotes-mikrotik-cisco"));
        const tw::SiteToSiteLink &e = expected.links[0];

        TunnelwrightWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("newLinkButton")), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(PageId::Sites));

        // Page 1: names, platforms, WAN and LAN interfaces.
        typeInto(w, QStringLiteral("projectName"), expected.name);
        typeInto(w, QStringLiteral("linkName"), e.name);
        typeInto(w, QStringLiteral("aName"), e.a.name);
        chooseData(child<PlatformComboBox>(&w, QStringLiteral("aPlatform")), int(e.a.platform));
        typeInto(w, QStringLiteral("aWanAddress"), e.a.wanAddress);
        typeInto(w, QStringLiteral("aWanInterface"), e.a.wanInterface);
        typeInto(w, QStringLiteral("bName"), e.b.name);
        chooseData(child<PlatformComboBox>(&w, QStringLiteral("bPlatform")), int(e.b.platform));
        typeInto(w, QStringLiteral("bWanAddress"), e.b.wanAddress);
        typeInto(w, QStringLiteral("bWanInterface"), e.b.wanInterface);
        QVERIFY(child<QLineEdit>(&w, QStringLiteral("bLanInterface"))->isVisible());
        QVERIFY(!child<QLineEdit>(&w, QStringLiteral("aLanInterface"))->isVisible()); // RouterOS needs none
        typeInto(w, QStringLiteral("bLanInterface"), *e.b.lanInterface);
        settle(w);
        // A private WAN address is a note, shown under the field, not a blocker.
        QVERIFY(child<QLabel>(&w, QStringLiteral("aWanAddressError"))->text().startsWith(QStringLiteral("Note: 10.0.0.2 is a private address")));
        QVERIFY(clickNext(w));

        // Page 2: protected networks.
        QCOMPARE(w.currentId(), int(PageId::Networks));
        typeInto(w, QStringLiteral("aSubnet0"), e.a.lanSubnets[0]);
        typeInto(w, QStringLiteral("bSubnet0"), e.b.lanSubnets[0]);
        QVERIFY(clickNext(w));

        // Page 3: the compatible preset (IKEv1 main, AES-256, SHA-1, group 2, no PFS) and the key.
        QCOMPARE(w.currentId(), int(PageId::Security));
        QTest::mouseClick(child<QRadioButton>(&w, QStringLiteral("presetCompatible")), Qt::LeftButton, {}, QPoint(4, 4));
        QVERIFY(child<QRadioButton>(&w, QStringLiteral("presetCompatible"))->isChecked());
        typeInto(w, QStringLiteral("psk"), e.psk);
        QVERIFY(child<QLabel>(&w, QStringLiteral("pskStrengthText"))->text().contains(QStringLiteral("strong")));
        QVERIFY(clickNext(w));

        // Page 4: options as they are (NAT bypass, firewall and NAT-T on).
        QCOMPARE(w.currentId(), int(PageId::Options));
        QVERIFY(clickNext(w));

        // Review: no errors, both sides previewed, the key only as a fingerprint.
        QCOMPARE(w.currentId(), int(PageId::Review));
        QVERIFY(!w.hasErrors());
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(child<QComboBox>(&w, QStringLiteral("previewLeftFile"))->currentText(), QStringLiteral("mikrotik-cisco/mikrotik.rsc"));
        QCOMPARE(child<QComboBox>(&w, QStringLiteral("previewRightFile"))->currentText(), QStringLiteral("mikrotik-cisco/cisco.cfg"));
        auto *matched = child<QTableWidget>(&w, QStringLiteral("matchedTable"));
        bool sawFingerprint = false;
        for (int r = 0; r < matched->rowCount(); ++r) {
            for (int c = 0; c < matched->columnCount(); ++c)
                QVERIFY(!matched->item(r, c)->text().contains(e.psk));
            sawFingerprint |= matched->item(r, 1)->text().startsWith(QStringLiteral("SHA-256 "));
        }
        QVERIFY(sawFingerprint);

        // The model the wizard built is the example's, down to its canonical file form.
        QCOMPARE(w.project(), expected);
        QCOMPARE(tw::serializeProject(w.project()), tw::serializeProject(expected));

        // Export through the page's own widgets.
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(PageId::Export));
        QVERIFY(!child<QPushButton>(&w, QStringLiteral("printSheetsButton"))->isEnabled());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("fieldnotes"));
        typeInto(w, QStringLiteral("exportFolder"), out);
        QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(child<QLabel>(&w, QStringLiteral("exportResult"))->text().startsWith(QStringLiteral("Wrote 7 files")));
        QVERIFY(child<QPushButton>(&w, QStringLiteral("openFolderButton"))->isEnabled());

        const QMap<QString, QByteArray> written = readTree(out);
        QCOMPARE(written.keys(), coreRender(example).keys());
        QVERIFY(written == coreRender(example));
        QVERIFY(written == cliRender(example));
        QCOMPARE(QFileInfo(out + QStringLiteral("/mikrotik-cisco/mikrotik.rsc")).permissions() & 0x0077, QFileDevice::Permissions());
    }

    void aPresetThePlatformCannotDoIsDisabledWithTheReason()
    {
        TunnelwrightWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openAndEnter(examplePath(QStringLiteral("fieldnotes-mikrotik-cisco"))));
        QCOMPARE(w.currentId(), int(PageId::Sites));
        chooseData(child<PlatformComboBox>(&w, QStringLiteral("aPlatform")), int(tw::Platform::RouterOs6Legacy));
        QVERIFY(clickNext(w));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(PageId::Security));
        auto *modern = child<QRadioButton>(&w, QStringLiteral("presetModern"));
        QVERIFY(!modern->isEnabled());
        const QString reason = child<QLabel>(&w, QStringLiteral("presetModernReason"))->text();
        QVERIFY2(reason.startsWith(QStringLiteral("Not available: routeros-6-legacy cannot use IKE version 2")), qPrintable(reason));
        QVERIFY(child<QRadioButton>(&w, QStringLiteral("presetCompatible"))->isEnabled());
        // Recommended stays available: it falls back to IKEv1 where a router cannot do IKEv2.
        auto *recommended = child<QRadioButton>(&w, QStringLiteral("presetRecommended"));
        QVERIFY(recommended->isEnabled());
        recommended->click();
        QCOMPARE(w.link().ike.version, tw::IkeVersion::V1);
        // In Custom, the IKEv2 item of the version list is greyed with the same reason.
        child<QRadioButton>(&w, QStringLiteral("presetCustom"))->click();
        auto *version = child<QComboBox>(&w, QStringLiteral("ikeVersion"));
        auto *model = qobject_cast<QStandardItemModel *>(version->model());
        QVERIFY(model);
        QVERIFY(!model->item(version->findData(int(tw::IkeVersion::V2)))->isEnabled());
        QVERIFY(model->item(version->findData(int(tw::IkeVersion::V2)))->toolTip().contains(QStringLiteral("routeros-6-legacy")));
    }

    void recommendedTakesIkev2WhereBothRoutersCan()
    {
        TunnelwrightWizard w;
        w.show();
        QVERIFY(w.startNew(Flow::Link));
        QCOMPARE(w.link().a.platform, tw::Platform::RouterOs7);
        QCOMPARE(w.link().b.platform, tw::Platform::CiscoIos);
        QCOMPARE(w.link().ike.version, tw::IkeVersion::V2);
        QCOMPARE(w.link().esp.pfsGroup, std::optional(tw::DhGroup::G14));
        QVERIFY(w.link().psk.size() == 32); // a generated key to start with
    }
};

QTEST_MAIN(WizardLinkTest)
#include "test_wizard_link.moc"

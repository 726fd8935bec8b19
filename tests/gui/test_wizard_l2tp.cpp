// The field-notes L2TP/IPsec server typed into an empty wizard (users through the table's editors),
// exported, and compared byte for byte with core's render and the CLI's files of
// examples/fieldnotes-l2tp-server.twproj.

#include "GuiTestSupport.h"

#include "ExportPage.h"
#include "PlatformComboBox.h"
#include "SetupSheetPrinting.h"

#include "io/ProjectFile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QProcess>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tw::ui;
using namespace twgui;

namespace {

// Types into the cell's editor (QTableWidget's line edit; opened unless it is already) and commits with Enter.
void typeCell(QTableWidget *table, int row, int column, const QString &text, bool editorOpen = false)
{
    if (!editorOpen) {
        table->setCurrentCell(row, column);
        table->editItem(table->item(row, column));
    }
    QApplication::processEvents();
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
}

// A tool's standard output, or a null string when the tool is not installed.
QString toolOutput(const QString &tool, const QStringList &args)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return QString();
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(tool), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class WizardL2tpTest final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void typesTheFieldNotesServerAndExportsTheCliBytes()
    {
        const QString example = examplePath(QStringLiteral("fieldnotes-l2tp-server"));
        const tw::Project expected = loadExample(QStringLiteral("fieldnotes-l2tp-server"));
        const tw::L2tpServer &e = expected.l2tpServers[0];

        TunnelwrightWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("newServerButton")), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(PageId::Server));
        // The suggested tunnel addresses are a free private range.
        QCOMPARE(child<QLineEdit>(&w, QStringLiteral("pool"))->text(), QStringLiteral("172.31.86.1-172.31.86.14"));

        typeInto(w, QStringLiteral("serverProjectName"), expected.name);
        typeInto(w, QStringLiteral("serverName"), e.name);
        chooseData(child<PlatformComboBox>(&w, QStringLiteral("serverPlatform")), int(e.platform));
        typeInto(w, QStringLiteral("publicAddress"), e.publicAddress);
        typeInto(w, QStringLiteral("serverWanInterface"), e.wanInterface);
        typeInto(w, QStringLiteral("pool"), e.pool);
        typeInto(w, QStringLiteral("localAddress"), e.localAddress);
        typeInto(w, QStringLiteral("dnsServers"), e.dnsServers.join(QStringLiteral(", ")));
        auto *mtu = child<QSpinBox>(&w, QStringLiteral("mtu"));
        mtu->setFocus();
        mtu->selectAll();
        QTest::keyClicks(mtu, QString::number(e.mtu));
        QVERIFY(child<QCheckBox>(&w, QStringLiteral("authMschap2"))->isChecked());
        QVERIFY(!child<QCheckBox>(&w, QStringLiteral("authChap"))->isChecked());
        QVERIFY(!child<QCheckBox>(&w, QStringLiteral("authPap"))->isChecked());
        typeInto(w, QStringLiteral("serverPsk"), e.psk);
        // Cisco cannot host the server: greyed out in the platform list, with core's reason.
        auto *platforms = child<PlatformComboBox>(&w, QStringLiteral("serverPlatform"));
        QVERIFY(platforms->itemData(platforms->findData(int(tw::Platform::CiscoIos)), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("cannot host")));
        QVERIFY(clickNext(w));

        QCOMPARE(w.currentId(), int(PageId::Users));
        auto *table = child<QTableWidget>(&w, QStringLiteral("usersTable"));
        for (int i = 0; i < e.users.size(); ++i) {
            QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("addUserButton")), Qt::LeftButton);
            QCOMPARE(table->rowCount(), i + 1);
            QCOMPARE(table->item(i, 1)->text().size(), 20); // a generated password to start with
            typeCell(table, i, 0, e.users[i].name, true); // Add user opens the name for typing
            typeCell(table, i, 1, e.users[i].password);
        }
        QVERIFY(child<QCheckBox>(&w, QStringLiteral("clientIphone"))->isChecked());
        QVERIFY(child<QCheckBox>(&w, QStringLiteral("clientWindows"))->isChecked());
        QVERIFY(clickNext(w));

        QCOMPARE(w.currentId(), int(PageId::Review));
        QVERIFY(!w.hasErrors());
        QCOMPARE(w.project(), expected);
        QCOMPARE(tw::serializeProject(w.project()), tw::serializeProject(expected));

        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(PageId::Export));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("office"));
        typeInto(w, QStringLiteral("exportFolder"), out);
        // Saved first, so that closing asks nothing; Finish exports (Export was not clicked), then closes.
        QVERIFY(w.saveProjectTo(dir.filePath(QStringLiteral("office.twproj"))));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("office.twproj"))), tw::serializeProject(expected));
        QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(!w.isVisible());
        QCOMPARE(w.result(), int(QDialog::Accepted));
        const QMap<QString, QByteArray> written = readTree(out);
        QCOMPARE(written.keys(), coreRender(example).keys());
        QVERIFY(written == coreRender(example));
        QVERIFY(written == cliRender(example));
    }

    void suggestedAddressesAvoidWhatTheProjectUses()
    {
        TunnelwrightWizard w;
        w.show();
        QVERIFY(w.startNew(Flow::Server));
        // A link elsewhere in the project already uses 172.31.86.0/24.
        tw::SiteToSiteLink link = loadExample(QStringLiteral("fieldnotes-mikrotik-cisco")).links[0];
        link.a.lanSubnets = {QStringLiteral("172.31.86.0/25")};
        w.project().links << link;
        QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("suggestAddressesButton")), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(&w, QStringLiteral("pool"))->text(), QStringLiteral("172.31.255.1-172.31.255.14"));
        QCOMPARE(child<QLineEdit>(&w, QStringLiteral("localAddress"))->text(), QStringLiteral("172.31.255.254"));
        QCOMPARE(w.server().pool, QStringLiteral("172.31.255.1-172.31.255.14"));
    }

    // Sheets without passwords on Letter: the export is what the CLI writes with the same options;
    // the preview shows each user's sheets and printing puts every sheet on paper.
    void sheetOptionsReachExportPreviewAndPrint()
    {
        const QString example = examplePath(QStringLiteral("fieldnotes-l2tp-server"));
        const tw::L2tpServer server = loadExample(QStringLiteral("fieldnotes-l2tp-server")).l2tpServers[0];
        TunnelwrightWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openAndEnter(example));
        QCOMPARE(w.currentId(), int(PageId::Server));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(PageId::Users));
        auto *passwords = child<QCheckBox>(&w, QStringLiteral("passwordsOnSheets"));
        QVERIFY(passwords->isChecked());
        QTest::mouseClick(passwords, Qt::LeftButton);
        QVERIFY(!w.renderOptions().passwordsOnSheets);
        auto *paper = child<QComboBox>(&w, QStringLiteral("paperSize"));
        chooseData(paper, int(tw::PaperSize::Letter));
        QCOMPARE(w.renderOptions().paperSize, tw::PaperSize::Letter);
        QVERIFY(!w.isModified()); // a choice of how to render, not a change of the project
        QVERIFY(clickNext(w));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(PageId::Export));

        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("sheets"));
        typeInto(w, QStringLiteral("exportFolder"), out);
        QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("exportButton")), Qt::LeftButton);
        const QMap<QString, QByteArray> written = readTree(out);
        QVERIFY(written == cliRender(example, {QStringLiteral("--paper"), QStringLiteral("letter"), QStringLiteral("--no-passwords")}));
        QVERIFY(written != cliRender(example, {QStringLiteral("--paper"), QStringLiteral("letter")}));

        // Preview: one entry per user and platform; the chosen sheet is shown, without the password.
        auto *previewButton = child<QPushButton>(&w, QStringLiteral("previewSheetsButton"));
        QVERIFY(previewButton->isEnabled());
        QString shown;
        int listed = 0;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<SetupSheetsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *list = child<QListWidget>(dialog, QStringLiteral("sheetList"));
            listed = list->count();
            list->setCurrentRow(1); // the first user's Windows sheet
            shown = child<QTextBrowser>(dialog, QStringLiteral("sheetBrowser"))->toPlainText();
            dialog->reject();
        });
        QTest::mouseClick(previewButton, Qt::LeftButton);
        QCOMPARE(listed, int(server.users.size() * server.clients.size()));
        QVERIFY(shown.contains(server.users[0].name));
        QVERIFY(shown.contains(QStringLiteral("Windows")));
        QVERIFY(shown.contains(server.psk));
        QVERIFY(!shown.contains(server.users[0].password));

        // The print button opens the print dialog (cancelled here) ...
        // (the print module's dialog: Qt Print Support is loaded only now)
        bool dialogShown = false;
        whenModal<QDialog>([&](QDialog *dialog) {
            dialogShown = dialog->objectName() == QStringLiteral("printDialog") &&
                          dialog->inherits("QPrintDialog");
            dialog->reject();
        });
        QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("printSheetsButton")), Qt::LeftButton);
        QVERIFY(dialogShown);

        // ... and what it prints: every sheet, each from a new page, read back from a PDF printer.
        auto *exportPage = static_cast<ExportPage *>(w.pageFor(PageId::Export));
        const QList<tw::UserSheet> sheets = exportPage->setupSheets();
        QCOMPARE(sheets.size(), listed);
        const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
        const auto printed = printSetupSheetsToPdf(sheets, tw::PaperSize::Letter, pdf);
        QVERIFY2(printed && *printed, qPrintable(printed ? QString() : printed.error()));
        const QString text = toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        for (const tw::User &u : server.users) {
            QVERIFY(text.contains(u.name));
            QVERIFY(!text.contains(u.password));
        }
        QVERIFY(text.contains(QStringLiteral("iPhone")));
        QVERIFY(text.contains(server.publicAddress));
        // Each sheet starts a page: form feeds separate pages in pdftotext's output.
        QVERIFY(text.count(QLatin1Char('\f')) >= sheets.size());
        const QString info = toolOutput(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.contains(QStringLiteral("612 x 792 pts"))); // Letter
    }
};

QTEST_MAIN(WizardL2tpTest)
#include "test_wizard_l2tp.moc"

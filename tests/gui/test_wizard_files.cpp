// Files: save -> open round trip (atomic, owner-only), recent projects, and the users CSV import with
// bad rows and export.

#include "GuiTestSupport.h"

#include "PassphraseDialog.h"
#include "RecentProjects.h"
#include "UsersPage.h"

#include "io/ProjectFile.h"
#include "io/UsersCsv.h"
#include "secrets/ProjectCrypto.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tw::ui;
using namespace twgui;

namespace {

// Answers the passphrase dialogs of an open with tries, in order (an empty one cancels), noting the
// problem each dialog showed.
void answerPassphrases(const QStringList &tries, QStringList *problems)
{
    whenModal<PassphraseDialog>([tries, problems](PassphraseDialog *d) {
        problems->append(child<QLabel>(d, QStringLiteral("passphraseProblem"))->text());
        if (tries.value(0).isEmpty()) {
            child<QPushButton>(d, QStringLiteral("passphraseCancel"))->click();
            return;
        }
        if (tries.size() > 1)
            answerPassphrases(tries.mid(1), problems);
        QTest::keyClicks(child<QLineEdit>(d, QStringLiteral("passphraseEdit")), tries[0]);
        child<QPushButton>(d, QStringLiteral("passphraseOk"))->click();
    });
}

} // namespace

class WizardFilesTest final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void saveThenOpenGivesTheSameProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.twproj"));
        tw::Project edited;
        {
            TunnelwrightWizard w;
            w.show();
            QVERIFY(w.openAndEnter(examplePath(QStringLiteral("fieldnotes-mikrotik-cisco"))));
            QVERIFY(!w.isModified());
            typeInto(w, QStringLiteral("linkName"), QStringLiteral("renamed-link"));
            QVERIFY(w.isModified());
            QVERIFY(w.windowTitle().startsWith(QStringLiteral("fieldnotes-mikrotik-cisco.twproj[*]")));
            QVERIFY(w.isWindowModified());
            QVERIFY(w.saveProjectTo(path));
            QVERIFY(!w.isModified());
            QVERIFY(!w.isWindowModified());
            QVERIFY(w.windowTitle().startsWith(QStringLiteral("copy.twproj")));
            edited = w.project();
        }
        QCOMPARE(edited.links[0].name, QStringLiteral("renamed-link"));
        // Owner-only (0600): a project holds keys.
        QCOMPARE(QFileInfo(path).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(readFile(path), tw::serializeProject(edited));

        TunnelwrightWizard w;
        w.show();
        QVERIFY(w.openAndEnter(path));
        QCOMPARE(w.project(), edited);
        QCOMPARE(w.projectFilePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(w.currentId(), int(PageId::Sites));
        QCOMPARE(child<QLineEdit>(&w, QStringLiteral("linkName"))->text(), QStringLiteral("renamed-link"));
        // The start page lists it among the recent projects.
        QCOMPARE(RecentProjects::list().value(0), QFileInfo(path).absoluteFilePath());
        w.back();
        QCOMPARE(w.currentId(), int(PageId::Start));
        QVERIFY(child<QListWidget>(&w, QStringLiteral("recentList"))->item(0)->data(Qt::UserRole).toString() == QFileInfo(path).absoluteFilePath());
    }

    void closingWithUnsavedChangesAsksFirst()
    {
        TunnelwrightWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openAndEnter(examplePath(QStringLiteral("fieldnotes-mikrotik-cisco"))));
        typeInto(w, QStringLiteral("linkName"), QStringLiteral("changed"));
        QVERIFY(w.isModified());
        // Answers the question box with the given button once it is up.
        auto answer = [](QMessageBox::StandardButton which) {
            QTimer::singleShot(0, [which] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), QStringLiteral("unsavedChangesBox"));
                box->button(which)->click();
            });
        };
        answer(QMessageBox::Cancel);
        w.close();
        QVERIFY(w.isVisible()); // Cancel keeps the wizard and the changes
        QCOMPARE(w.link().name, QStringLiteral("changed"));
        answer(QMessageBox::Discard);
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.isVisible());
    }

    // Save As encrypted, open with a wrong and then the right passphrase, Save keeps the encryption,
    // Save As plain drops it, and cancelling the passphrase opens nothing.
    void encryptedProjectsAskForTheirPassphrase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secret.twproj"));
        const QString passphrase = QStringLiteral("Correct horse battery");
        const tw::Project example = loadExample(QStringLiteral("fieldnotes-mikrotik-cisco"));

        // The save dialog: too short and mismatched passphrases keep OK disabled and say why.
        auto answerSave = [&](bool encrypt) {
            whenModal<PassphraseDialog>([=](PassphraseDialog *d) {
                auto *ok = child<QPushButton>(d, QStringLiteral("passphraseOk"));
                if (!encrypt) {
                    child<QRadioButton>(d, QStringLiteral("savePlain"))->click();
                    QVERIFY(ok->isEnabled());
                    ok->click();
                    return;
                }
                child<QRadioButton>(d, QStringLiteral("saveEncrypted"))->click();
                auto *edit = child<QLineEdit>(d, QStringLiteral("passphraseEdit"));
                auto *repeat = child<QLineEdit>(d, QStringLiteral("passphraseRepeat"));
                auto *problem = child<QLabel>(d, QStringLiteral("passphraseProblem"));
                QTest::keyClicks(edit, QStringLiteral("short"));
                QVERIFY(!ok->isEnabled());
                QVERIFY(problem->text().contains(QStringLiteral("at least 8 characters")));
                edit->clear();
                QTest::keyClicks(edit, passphrase);
                QTest::keyClicks(repeat, passphrase.left(10));
                QVERIFY(!ok->isEnabled());
                QVERIFY(problem->text().contains(QStringLiteral("differ")));
                QTest::keyClicks(repeat, passphrase.mid(10));
                QVERIFY(ok->isEnabled());
                ok->click();
            });
        };
        {
            TunnelwrightWizard w;
            w.show();
            QVERIFY(w.openAndEnter(examplePath(QStringLiteral("fieldnotes-mikrotik-cisco"))));
            answerSave(true);
            QVERIFY(w.saveAsTo(path));
            QVERIFY(w.isEncrypted());
            QVERIFY(w.windowTitle().contains(QStringLiteral("(encrypted)")));
        }
        const QByteArray sealed = readFile(path);
        QVERIFY(tw::isEncryptedProject(sealed));
        QVERIFY(!sealed.contains(example.links[0].psk.toUtf8()));
        QCOMPARE(*tw::decryptProject(sealed, passphrase), example);
        QCOMPARE(QFileInfo(path).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // Opening: a wrong passphrase first; the dialog asks again and says why.
        QStringList problems;
        {
            TunnelwrightWizard w;
            w.show();
            answerPassphrases({QStringLiteral("correct horse battery"), passphrase}, &problems);
            QVERIFY(w.openAndEnter(path));
            QCOMPARE(w.project(), example);
            QCOMPARE(problems.size(), 2);
            QVERIFY(problems[0].isEmpty());
            QVERIFY(problems[1].contains(QStringLiteral("does not open")));
            QVERIFY(w.isEncrypted());

            // Save keeps the file encrypted with the same passphrase.
            typeInto(w, QStringLiteral("linkName"), QStringLiteral("renamed"));
            QVERIFY(w.save());
            const auto reopened = tw::decryptProject(readFile(path), passphrase);
            QVERIFY(reopened);
            QCOMPARE(reopened->links[0].name, QStringLiteral("renamed"));

            // Save As plain: a plain, owner-only file, and the wizard knows it is no longer encrypted.
            const QString plainPath = dir.filePath(QStringLiteral("plain.twproj"));
            answerSave(false);
            QVERIFY(w.saveAsTo(plainPath));
            QVERIFY(!w.isEncrypted());
            QCOMPARE(readFile(plainPath), tw::serializeProject(w.project()));
        }
        {
            problems.clear();
            TunnelwrightWizard w;
            w.show();
            answerPassphrases({QString()}, &problems); // Cancel
            QVERIFY(!w.openAndEnter(path));
            QVERIFY2(w.lastOpenError().contains(QStringLiteral("passphrase")), qPrintable(w.lastOpenError()));
            QCOMPARE(w.currentId(), int(PageId::Start));
        }
    }

    void aMalformedFileIsRefusedWithTheReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.twproj"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"tunnelwright-project\", \"version\": 1, \"name\": \"x\", \"links\": [], \"l2tp_servers\": [], \"extra\": 1}");
        f.close();
        TunnelwrightWizard w;
        w.show();
        QVERIFY(!w.openAndEnter(path));
        QCOMPARE(w.currentId(), int(PageId::Start));
        auto *error = child<QLabel>(&w, QStringLiteral("openError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("extra")), qPrintable(error->text()));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    }

    void csvImportReportsEveryBadRowAndKeepsTheGoodOnes()
    {
        TunnelwrightWizard w;
        w.show();
        QVERIFY(w.openAndEnter(examplePath(QStringLiteral("fieldnotes-l2tp-server"))));
        QVERIFY(clickNext(w));
        QCOMPARE(w.currentId(), int(PageId::Users));
        auto *page = static_cast<UsersPage *>(w.pageFor(PageId::Users));

        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("users.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,password\r\n"
                "carol,Vq3rT8pLm2xZ9kW4nB7c\r\n" // row 2: added
                "dave\r\n"                       // row 3: one field
                "e ve,pw-pw-pw-pw-pw\r\n"        // row 4: bad name
                "BOB,\"new,password-1\"\r\n"     // row 5: replaces bob
                "frank,\r\n");                   // row 6: empty password
        f.close();
        const auto result = page->importCsv(csv);
        QVERIFY(result);
        const QString status = child<QLabel>(&w, QStringLiteral("csvStatus"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("Imported from users.csv: 1 added, 1 updated. 3 skipped:\n")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("row 3: has 1 field;")));
        QVERIFY(status.contains(QStringLiteral("row 4: \"e ve\" is not a valid user name")));
        QVERIFY(status.contains(QStringLiteral("row 6: the password of \"frank\" is empty")));
        const QList<tw::User> users = w.server().users;
        QCOMPARE(users.size(), 3);
        QCOMPARE(users[1], (tw::User{QStringLiteral("BOB"), QStringLiteral("new,password-1")}));
        QCOMPARE(users[2].name, QStringLiteral("carol"));
        QCOMPARE(child<QTableWidget>(&w, QStringLiteral("usersTable"))->rowCount(), 3);

        // Export: the same users back, owner-only.
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(page->exportCsv(out));
        QCOMPARE(readFile(out), tw::writeUsersCsv(users));
        QCOMPARE(tw::parseUsersCsv(readFile(out)).users, users);
        QCOMPARE(QFileInfo(out).permissions() & 0x0077, QFileDevice::Permissions());

        // A file that is not there.
        QVERIFY(!page->importCsv(dir.filePath(QStringLiteral("missing.csv"))));
        QVERIFY(child<QLabel>(&w, QStringLiteral("csvStatus"))->text().startsWith(QStringLiteral("cannot read")));
    }
};

QTEST_MAIN(WizardFilesTest)
#include "test_wizard_files.moc"

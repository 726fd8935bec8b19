// Walks every page of the wizard under the offscreen platform and writes PNGs:
//   tw_gui_screenshots OUTDIR [PRINTED.pdf]
// The site-to-site pages show examples/fieldnotes-mikrotik-cisco.twproj, the server pages
// examples/fieldnotes-l2tp-server.twproj; two more show a page with errors and a platform that
// cannot use a preset. Run by tests/gui/screenshots.sh.

#include "ExportPage.h"
#include "SetupSheetPrinting.h"
#include "TunnelwrightWizard.h"
#include "UiLanguage.h"
#include "UsersPage.h"

#include "io/ProjectFile.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QRadioButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace tw::ui;

namespace {

QString example(const char *name) { return QStringLiteral(TW_SOURCE_DIR "/examples/") + QLatin1String(name) + QStringLiteral(".twproj"); }

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(20);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8()); // a clean recent list
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tunnelwright"));
    QApplication::setApplicationName(QStringLiteral("Tunnelwright"));
    // English unless asked (the README shows English); TW_SCREENSHOT_LANGUAGE=de or es shows the
    // wizard as a German or Spanish user sees it, to check that the translated text fits.
    if (const QString language = qEnvironmentVariable("TW_SCREENSHOT_LANGUAGE"); !language.isEmpty()) {
        tw::ui::setChosenLanguage(language);
        tw::ui::installUiTranslations();
    }
    if (argc < 2) {
        std::fprintf(stderr, "usage: tw_gui_screenshots OUTDIR [PRINTED.pdf]\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.absolutePath());
    int written = 0;
    auto shoot = [&](QWidget *w, const QString &name) {
        settle();
        const QString path = out.filePath(name + QStringLiteral(".png"));
        if (!w->grab().save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            std::exit(1);
        }
        ++written;
    };

    // The wizard's default size on a desktop; the offscreen screen (800x600) would shrink it.
    const QSize size = qEnvironmentVariableIsSet("TW_SCREENSHOT_SIZE")
                           ? QSize(qgetenv("TW_SCREENSHOT_SIZE").split('x').value(0).toInt(),
                                   qgetenv("TW_SCREENSHOT_SIZE").split('x').value(1).toInt())
                           : QSize(920, 680);
    auto show = [&](TunnelwrightWizard &w) {
        w.resize(size);
        w.show();
        settle();
    };
    QTemporaryDir exportDir;
    {
        TunnelwrightWizard w;
        // The recent list shows the two examples (opened once, then back to an empty start).
        w.openProjectFile(example("fieldnotes-l2tp-server"));
        w.openProjectFile(example("fieldnotes-mikrotik-cisco"));
        show(w);
        w.restart();
        shoot(&w, QStringLiteral("01-start"));

        w.openAndEnter(example("fieldnotes-mikrotik-cisco"));
        shoot(&w, QStringLiteral("02-sites"));
        w.next();
        shoot(&w, QStringLiteral("03-networks"));
        w.next();
        shoot(&w, QStringLiteral("04-security"));
        w.next();
        shoot(&w, QStringLiteral("05-options"));
        w.next();
        shoot(&w, QStringLiteral("06-review-preview"));
        w.findChild<QTabWidget *>(QStringLiteral("reviewTabs"))->setCurrentIndex(1);
        shoot(&w, QStringLiteral("07-review-matched"));
        w.next();
        static_cast<ExportPage *>(w.pageFor(PageId::Export))->exportTo(exportDir.filePath(QStringLiteral("fieldnotes")));
        shoot(&w, QStringLiteral("08-export"));
    }
    {
        TunnelwrightWizard w;
        show(w);
        w.startNew(Flow::Link);
        auto type = [&](const char *name, const QString &text) {
            auto *e = w.findChild<QLineEdit *>(QLatin1String(name));
            e->setFocus();
            e->selectAll();
            QTest::keyClicks(e, text);
        };
        type("projectName", QStringLiteral("lab"));
        type("linkName", QStringLiteral("hq branch"));
        type("aName", QStringLiteral("hq"));
        type("aWanAddress", QStringLiteral("203.0.113.300"));
        type("bName", QStringLiteral("hq"));
        type("bWanAddress", QStringLiteral("203.0.113.9"));
        w.validateNow();
        w.pageFor(PageId::Sites)->revealMessages();
        shoot(&w, QStringLiteral("09-sites-errors"));
    }
    {
        TunnelwrightWizard w;
        show(w);
        w.openAndEnter(example("fieldnotes-mikrotik-cisco"));
        auto *platform = w.findChild<QComboBox *>(QStringLiteral("aPlatform"));
        platform->setCurrentIndex(platform->findData(int(tw::Platform::RouterOs6Legacy)));
        w.next();
        w.next();
        shoot(&w, QStringLiteral("10-security-legacy"));
    }
    {
        TunnelwrightWizard w;
        show(w);
        w.openAndEnter(example("fieldnotes-l2tp-server"));
        shoot(&w, QStringLiteral("11-server"));
        w.next();
        QTemporaryDir csvDir;
        const QString csv = csvDir.filePath(QStringLiteral("users.csv"));
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        f.write("name,password\r\ncarol,Vq3rT8pLm2xZ9kW4nB7c\r\ndave\r\n\"e ve\",pw-pw-pw-pw-pw\r\nbob,short\r\n");
        f.close();
        static_cast<UsersPage *>(w.pageFor(PageId::Users))->importCsv(csv);
        w.validateNow();
        shoot(&w, QStringLiteral("12-users-csv"));
        w.pageFor(PageId::Users)->revealMessages();
        w.next();
        shoot(&w, QStringLiteral("13-server-review"));
    }
    {
        TunnelwrightWizard w;
        show(w);
        w.openAndEnter(example("fieldnotes-l2tp-server"));
        w.next();
        w.next();
        w.next();
        auto *page = static_cast<ExportPage *>(w.pageFor(PageId::Export));
        page->exportTo(exportDir.filePath(QStringLiteral("office")));
        shoot(&w, QStringLiteral("14-server-export"));
        SetupSheetsDialog preview(page->setupSheets(), w.renderOptions().paperSize, &w);
        preview.resize(size);
        preview.show();
        shoot(&preview, QStringLiteral("15-sheet-preview"));
        preview.close();
        if (argc > 2) // the printed sheets, to look at (pdftoppm); not a screenshot
            printSetupSheetsToPdf(page->setupSheets(), w.renderOptions().paperSize, QString::fromLocal8Bit(argv[2]));
        // Save As: plain or encrypted.
        QTimer::singleShot(200, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            dialog->findChild<QRadioButton *>(QStringLiteral("saveEncrypted"))->click();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit")), QStringLiteral("a passphrase"));
            shoot(dialog, QStringLiteral("16-save-encrypted"));
            dialog->close();
        });
        w.saveAsTo(exportDir.filePath(QStringLiteral("office.twproj")));
    }
    std::printf("wrote %d screenshots to %s\n", written, qPrintable(out.absolutePath()));
    return 0;
}

#include "ExportPage.h"

#include "SetupSheetPrinting.h"
#include "TunnelwrightWizard.h"

#include "io/OutputWriter.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace tw::ui {
namespace {

QString kindText(const RenderedFile &f)
{
    switch (f.kind) {
    case FileKind::RouterOsScript:
        return ExportPage::tr("RouterOS script");
    case FileKind::RouterOsRollback:
        return ExportPage::tr("RouterOS rollback");
    case FileKind::CiscoIosConfig:
        return ExportPage::tr("Cisco IOS configuration");
    case FileKind::CiscoIosRollback:
        return ExportPage::tr("Cisco IOS rollback");
    case FileKind::SetupSheetPdf:
        return ExportPage::tr("setup sheet (PDF)");
    case FileKind::AppleMobileconfig:
        return ExportPage::tr("Apple profile");
    case FileKind::WindowsPowershell:
        return ExportPage::tr("Windows PowerShell script");
    case FileKind::Troubleshooting:
        return ExportPage::tr("troubleshooting sheet");
    }
    return {};
}

} // namespace

ExportPage::ExportPage(TunnelwrightWizard *wizard) : WizardPage(wizard, PageId::Export, QStringLiteral("exportStatus"))
{
    setObjectName(QStringLiteral("exportPage"));
    setTitle(tr("Export"));
    setSubTitle(tr("Write the files for both routers into a folder. Files holding a key are readable by you only."));
    connect(wizard, &TunnelwrightWizard::projectReplaced, this, [this] { m_exportedTo.clear(); });
}

void ExportPage::build(QVBoxLayout *layout)
{
    auto *folderLabel = new QLabel(tr("Output &folder:"), this);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setAccessibleName(tr("Output folder"));
    folderLabel->setBuddy(m_folder);
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAutoDefault(false);
    m_export = new QPushButton(tr("&Export files"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAutoDefault(false);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    folderRow->addWidget(m_export);
    layout->addLayout(folderRow);

    auto *filesLabel = new QLabel(tr("F&iles (written together with manifest.json):"), this);
    m_files = new QTableWidget(0, 4, this);
    m_files->setObjectName(QStringLiteral("exportFiles"));
    m_files->setAccessibleName(tr("Files to export"));
    m_files->setHorizontalHeaderLabels({tr("File"), tr("Kind"), tr("Size"), QString()});
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->verticalHeader()->setVisible(false);
    m_files->setTabKeyNavigation(false);
    m_files->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->setMinimumHeight(m_files->fontMetrics().height() * 8);
    filesLabel->setBuddy(m_files);
    layout->addWidget(filesLabel);
    layout->addWidget(m_files, 1);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);
    layout->addWidget(m_result);

    m_openFolder = new QPushButton(tr("&Open folder"), this);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolder->setAutoDefault(false);
    m_openFolder->setEnabled(false);
    // The users' setup sheets of an L2TP server: on screen and on paper, besides the exported PDFs.
    m_previewSheets = new QPushButton(tr("Pre&view setup sheets…"), this);
    m_previewSheets->setObjectName(QStringLiteral("previewSheetsButton"));
    m_previewSheets->setAutoDefault(false);
    m_printSheets = new QPushButton(tr("&Print setup sheets…"), this);
    m_printSheets->setObjectName(QStringLiteral("printSheetsButton"));
    m_printSheets->setAutoDefault(false);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_openFolder);
    actions->addWidget(m_previewSheets);
    actions->addWidget(m_printSheets);
    actions->addStretch(1);
    layout->addLayout(actions);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_export, &QPushButton::clicked, this, [this] { exportTo(QDir::fromNativeSeparators(m_folder->text().trimmed())); });
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_exportedTo)); });
    connect(m_previewSheets, &QPushButton::clicked, this, [this] {
        SetupSheetsDialog dialog(setupSheets(), wiz()->renderOptions().paperSize, this);
        dialog.exec();
    });
    connect(m_printSheets, &QPushButton::clicked, this,
            [this] { reportPrintResult(this, printSetupSheets(this, setupSheets(), wiz()->renderOptions().paperSize)); });
}

QList<UserSheet> ExportPage::setupSheets() const
{
    if (wiz()->flow() != Flow::Server || !m_output)
        return {};
    return tw::setupSheets(wiz()->project(), wiz()->server(), wiz()->renderOptions());
}

QString ExportPage::defaultFolder() const
{
    const Project &p = wiz()->project();
    const QString name = p.name.isEmpty() ? QStringLiteral("tunnelwright") : p.name;
    if (!wiz()->projectFilePath().isEmpty())
        return QFileInfo(wiz()->projectFilePath()).absoluteDir().filePath(name + QStringLiteral("-configs"));
    QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (docs.isEmpty())
        docs = QDir::homePath();
    return QDir(docs).filePath(QStringLiteral("Tunnelwright/") + name);
}

void ExportPage::load()
{
    const RenderResult result = renderProject(wiz()->project(), wiz()->renderOptions());
    m_output = result.output;
    if (m_folder->text().isEmpty() || m_exportedTo.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(defaultFolder()));
    m_export->setEnabled(m_output.has_value());
    const bool haveSheets = wiz()->flow() == Flow::Server && m_output && !wiz()->server().users.isEmpty() &&
                            !wiz()->server().clients.isEmpty();
    const QString noSheets = tr("Setup sheets are made for the users of an L2TP/IPsec server with "
                                            "client material chosen (users page)");
    for (QPushButton *b : {m_previewSheets, m_printSheets}) {
        b->setEnabled(haveSheets);
        b->setToolTip(haveSheets ? QString() : noSheets);
    }
    fillFiles();
    if (m_exportedTo.isEmpty())
        setResult(QString(), false);
}

void ExportPage::fillFiles()
{
    m_files->setRowCount(0);
    if (!m_output)
        return;
    const QList<RenderedFile> &files = m_output->files;
    m_files->setRowCount(int(files.size()));
    for (int i = 0; i < files.size(); ++i) {
        const RenderedFile &f = files[i];
        m_files->setItem(i, 0, new QTableWidgetItem(QDir::toNativeSeparators(f.path)));
        m_files->setItem(i, 1, new QTableWidgetItem(kindText(f) + (f.holdsSecret ? tr(", holds the key") : QString())));
        m_files->setItem(i, 2, new QTableWidgetItem(tr("%1 bytes").arg(f.bytes.size())));
        auto *copy = new QPushButton(tr("Copy"), m_files);
        copy->setObjectName(QStringLiteral("copyFile%1").arg(i));
        copy->setAccessibleName(tr("Copy %1 to the clipboard").arg(f.path));
        copy->setAutoDefault(false);
        copy->setEnabled(f.kind != FileKind::SetupSheetPdf);
        const QByteArray bytes = f.bytes;
        connect(copy, &QPushButton::clicked, this, [bytes] { QApplication::clipboard()->setText(QString::fromUtf8(bytes)); });
        m_files->setCellWidget(i, 3, copy);
    }
    m_files->resizeColumnToContents(1);
    m_files->resizeColumnToContents(2);
    m_files->resizeColumnToContents(3);
}

void ExportPage::setResult(const QString &text, bool error)
{
    QPalette p = m_result->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x1c, 0x1c) : palette().color(QPalette::WindowText));
    m_result->setPalette(p);
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

Result<QStringList> ExportPage::exportTo(const QString &dir)
{
    ensureBuilt();
    if (!m_output) {
        const QString m = tr("Nothing to export: the project has errors (see the review page).");
        setResult(m, true);
        return Result<QStringList>::failure(m);
    }
    if (dir.isEmpty()) {
        const QString m = tr("Choose an output folder first.");
        setResult(m, true);
        return Result<QStringList>::failure(m);
    }
    const auto written = writeRender(*m_output, dir);
    if (!written) {
        setResult(tr("Nothing was exported: ") + written.error(), true);
        return written;
    }
    m_exportedTo = QFileInfo(dir).absoluteFilePath();
    m_folder->setText(QDir::toNativeSeparators(m_exportedTo));
    m_openFolder->setEnabled(true);
    for (int row = 0; row < m_files->rowCount(); ++row)
        if (QTableWidgetItem *item = m_files->item(row, 0))
            item->setToolTip(QDir::toNativeSeparators(QDir(m_exportedTo).filePath(item->text())));
    setResult(tr("Wrote %1 files to %2: the %3 listed above and manifest.json, which describes them.")
                  .arg(written->size())
                  .arg(QDir::toNativeSeparators(m_exportedTo))
                  .arg(written->size() - 1),
              false);
    return written;
}

bool ExportPage::validatePage()
{
    // Finish exports when the user has not yet: the obvious expectation of "Finish" here.
    if (m_exportedTo.isEmpty() && !wiz()->isNavigating()) {
        if (!exportTo(QDir::fromNativeSeparators(m_folder->text().trimmed())))
            return false;
    }
    return WizardPage::validatePage();
}

} // namespace tw::ui

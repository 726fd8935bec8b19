#include "SetupSheetPrinting.h"

#include "model/Vocabulary.h"

#include "plugins/PluginLibrary.h"
#include "print/PrintModule.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tw::ui {
namespace {

// The print plug-in's entry point, loaded once per process; nullptr (and why) when it cannot be loaded.
print::PrintDocumentsFunction printFunction(QString *why)
{
    static QString problem;
    static const auto function = reinterpret_cast<print::PrintDocumentsFunction>(
        resolvePlugin(QStringLiteral("libtunnelwright_print.so"), print::kPrintDocumentsSymbol, &problem));
    if (!function && why)
        *why = SetupSheetsDialog::tr("printing is not available (its plug-in did not load: %1)").arg(problem);
    return function;
}

Result<bool> printSheets(QWidget *parent, const QList<UserSheet> &sheets, PaperSize paper, const QString &pdfPath)
{
    QString why;
    const print::PrintDocumentsFunction function = printFunction(&why);
    if (!function)
        return Result<bool>::failure(why);
    QStringList documents;
    for (const UserSheet &s : sheets)
        documents << s.sheet.toHtml();
    const QString title = SetupSheetsDialog::tr("Tunnelwright setup sheets (%1)").arg(sheets.size());
    switch (function(parent, documents, paper == PaperSize::Letter, title, pdfPath, &why)) {
    case print::Outcome::Printed:
        return true;
    case print::Outcome::Cancelled:
        return false;
    case print::Outcome::Failed:
        break;
    }
    return Result<bool>::failure(SetupSheetsDialog::tr("Nothing was printed: %1.").arg(why));
}

} // namespace

Result<bool> printSetupSheets(QWidget *parent, const QList<UserSheet> &sheets, PaperSize paper)
{
    return printSheets(parent, sheets, paper, QString());
}

Result<bool> printSetupSheetsToPdf(const QList<UserSheet> &sheets, PaperSize paper, const QString &pdfPath)
{
    return printSheets(nullptr, sheets, paper, pdfPath);
}

void reportPrintResult(QWidget *parent, const Result<bool> &printed)
{
    if (!printed)
        QMessageBox::warning(parent, SetupSheetsDialog::tr("Not printed"), printed.error());
}

QString sheetCaption(const UserSheet &sheet) { return sheet.user + QStringLiteral(" — ") + label(sheet.platform); }

SetupSheetsDialog::SetupSheetsDialog(const QList<UserSheet> &sheets, PaperSize paper, QWidget *parent)
    : QDialog(parent), m_sheets(sheets), m_list(new QListWidget(this)), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("setupSheetsDialog"));
    setWindowTitle(tr("Setup sheets"));
    m_list->setObjectName(QStringLiteral("sheetList"));
    m_list->setAccessibleName(tr("Setup sheets"));
    m_browser->setObjectName(QStringLiteral("sheetBrowser"));
    m_browser->setAccessibleName(tr("The chosen setup sheet"));
    for (const UserSheet &s : m_sheets)
        m_list->addItem(sheetCaption(s));
    m_list->setMaximumWidth(m_list->sizeHintForColumn(0) + m_list->fontMetrics().averageCharWidth() * 6);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *print = buttons->addButton(tr("&Print all…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printSheetsDialogButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_list);
    row->addWidget(m_browser, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_browser->setHtml(row >= 0 && row < m_sheets.size() ? m_sheets[row].sheet.toHtml() : QString());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this,
            [this, paper] { reportPrintResult(this, printSetupSheets(this, m_sheets, paper)); });
    m_list->setCurrentRow(0);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 40);
}

} // namespace tw::ui

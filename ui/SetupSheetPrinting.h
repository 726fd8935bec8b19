#pragma once

#include "model/Result.h"
#include "render/client/ClientRenderer.h"

#include <QDialog>

class QListWidget;
class QTextBrowser;

// The setup sheets on paper and on screen. Core builds the documents (setupSheets); here Qt's text
// layout shows them (SetupSheet::toHtml) in a preview and prints them, each sheet from a new page,
// through the print module (print/PrintModule.h), loaded on first use. The exported PDFs are core's
// own deterministic layout of the same documents.

namespace tw::ui {

// The print dialog, preset to the paper; prints when the user accepts. True when printed, false when
// cancelled; the error says why printing failed (no print module, printer not opened).
Result<bool> printSetupSheets(QWidget *parent, const QList<UserSheet> &sheets, PaperSize paper);
// The same pages into a PDF file, without a dialog (tests).
Result<bool> printSetupSheetsToPdf(const QList<UserSheet> &sheets, PaperSize paper, const QString &pdfPath);

// The dialog's answer to printSetupSheets: a message box when printing failed.
void reportPrintResult(QWidget *parent, const Result<bool> &printed);

// "alice — iPhone or iPad": how a sheet is named in lists.
QString sheetCaption(const UserSheet &sheet);

// The preview: the sheets in a list (objectName sheetList), the chosen one beside it
// (sheetBrowser), and a button that prints them all (printSheetsDialogButton).
class SetupSheetsDialog final : public QDialog {
    Q_OBJECT
public:
    SetupSheetsDialog(const QList<UserSheet> &sheets, PaperSize paper, QWidget *parent = nullptr);

private:
    QList<UserSheet> m_sheets;
    QListWidget *m_list;
    QTextBrowser *m_browser;
};

} // namespace tw::ui

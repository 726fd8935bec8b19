#include "PrintModule.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

using tw::ui::print::Outcome;

namespace {

// The context of this module's messages in translations/*.ts (the wizard's translators apply).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tw::ui::print::PrintModule)
};

bool paint(const QStringList &documents, QPrinter &printer)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    // The painter's origin is the top left of the printable area (the printer is not full-page).
    const QSizeF page = printer.pageRect(QPrinter::DevicePixel).size();
    bool firstPage = true;
    for (const QString &html : documents) {
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&printer); // point sizes at the printer's resolution
        doc.setPageSize(page);
        doc.setHtml(html);
        for (int i = 0; i < doc.pageCount(); ++i) {
            if (!firstPage)
                printer.newPage();
            firstPage = false;
            const QRectF area(0, i * page.height(), page.width(), page.height());
            painter.save();
            painter.translate(0, -area.top());
            doc.drawContents(&painter, area);
            painter.restore();
        }
    }
    return painter.end();
}

} // namespace

extern "C" Q_DECL_EXPORT Outcome tw_print_documents(QWidget *parent, const QStringList &documents, bool letter,
                                                    const QString &dialogTitle, const QString &pdfPath, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(letter ? QPageSize::Letter : QPageSize::A4));
    printer.setDocName(dialogTitle);
    if (pdfPath.isEmpty()) {
        QPrintDialog dialog(&printer, parent);
        dialog.setObjectName(QStringLiteral("printDialog"));
        dialog.setWindowTitle(dialogTitle);
        if (dialog.exec() != QDialog::Accepted)
            return Outcome::Cancelled;
    } else {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdfPath);
    }
    if (paint(documents, printer))
        return Outcome::Printed;
    if (error)
        *error = printer.outputFileName().isEmpty()
                     ? Text::tr("the printer \"%1\" could not be opened").arg(printer.printerName())
                     : Text::tr("%1 could not be written").arg(printer.outputFileName());
    return Outcome::Failed;
}

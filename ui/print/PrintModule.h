#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// The interface of the print module (libtunnelwright_print.so), which the wizard loads with QLibrary
// the first time something is printed: it alone links Qt Print Support, and with it CUPS and its
// libraries, which every start of the wizard would otherwise load (start-up budget, docs/wizard.md).

namespace tw::ui::print {

enum class Outcome : int { Printed = 1, Cancelled = 0, Failed = -1 };

// Prints HTML documents (QTextDocument), each from a new page, on A4 (letter false) or Letter.
// pdfPath empty: asks with the print dialog (window title dialogTitle) first; otherwise writes a PDF
// there without asking (tests). On Failed, *error says why.
using PrintDocumentsFunction = Outcome (*)(QWidget *parent, const QStringList &documents, bool letter,
                                           const QString &dialogTitle, const QString &pdfPath, QString *error);

inline constexpr const char *kPrintDocumentsSymbol = "tw_print_documents";

} // namespace tw::ui::print

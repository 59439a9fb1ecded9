#include "ui/common/DocumentPrinter.h"

#include "print/Document.h"
#include "ui/common/DocumentPreviewDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PrintProblemDialog.h"
#include "ui/common/PrinterBackend.h"
#include "ui/common/PrinterSettings.h"
#include "ui/common/PrinterSettingsDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QPointer>
#include <QPrinter>
#include <QScopeGuard>
#include <QStandardPaths>

namespace certdesk {

QString PrintResult::summary() const
{
    switch (outcome) {
    case Outcome::Printed:
        return problem.isEmpty()
            ? DocumentPrinter::tr("Printed on %1.").arg(printer)
            : DocumentPrinter::tr("Printed on %1, but %2").arg(printer, problem);
    case Outcome::SavedAsPdf:
        return DocumentPrinter::tr("Not printed; saved as the PDF file %1.").arg(file);
    case Outcome::NotPrinted:
        break;
    }
    return problem.isEmpty() ? DocumentPrinter::tr("Nothing was printed.")
                             : DocumentPrinter::tr("Nothing was printed: %1").arg(problem);
}

QString DocumentPrinter::printerFor(const Document &document)
{
    const QString chosen
        = PrinterSettings::printer(PrinterSettings::paperOf(document.defaultPageSetup().size));
    return chosen.isEmpty() ? PrinterBackend::current().defaultPrinterName() : chosen;
}

PrintResult DocumentPrinter::print(
    const Document &document, QWidget *parent, const QString &what, const QString &kept)
{
    // Whatever dialogs came up, the keyboard goes back to the window that printed, also where
    // no window manager hands it back (kiosk setups).
    const QPointer<QWidget> home = parent ? parent->window() : QApplication::activeWindow();
    const auto giveBackKeyboard = qScopeGuard([home]() {
        if (home && home->isVisible())
            home->activateWindow();
    });
    if (PrinterSettings::preview()) {
        DocumentPreviewDialog preview(document, printerFor(document), parent);
        preview.exec();
        switch (preview.choice()) {
        case DocumentPreviewDialog::Choice::Close:
            return PrintResult();
        case DocumentPreviewDialog::Choice::SavePdf: {
            PrintResult result;
            if (saveAs(document, parent, &result))
                return result;
            return PrintResult();
        }
        case DocumentPreviewDialog::Choice::Print:
            break;
        }
    }
    return send(document, parent, what, kept);
}

PrintResult DocumentPrinter::send(
    const Document &document, QWidget *parent, const QString &what, const QString &kept)
{
    for (;;) {
        const QString printer = printerFor(document);
        QString problem;
        if (sendOnce(document, printer, &problem)) {
            PrintResult printed;
            printed.outcome = PrintResult::Outcome::Printed;
            printed.printer = printer;
            return printed;
        }
        PrintProblemDialog dialog(what, problem, kept, parent);
        dialog.exec();
        switch (dialog.choice()) {
        case PrintProblemDialog::Choice::Retry:
            break;
        case PrintProblemDialog::Choice::SavePdf: {
            PrintResult saved;
            saved.problem = problem;
            if (saveAs(document, parent, &saved))
                return saved;
            break; // the file dialog was left: back to the choice
        }
        case PrintProblemDialog::Choice::ChoosePrinter: {
            PrinterSettingsDialog settings(parent);
            settings.exec();
            break;
        }
        case PrintProblemDialog::Choice::GiveUp: {
            PrintResult none;
            none.problem = problem;
            return none;
        }
        }
    }
}

bool DocumentPrinter::sendOnce(const Document &document, const QString &printer, QString *problem)
{
    if (printer.isEmpty()) {
        *problem = tr("No printer is chosen for this paper and the computer has no default "
                      "printer: choose one.");
        return false;
    }
    PrinterBackend &printers = PrinterBackend::current();
    *problem = printers.problem(printer);
    if (!problem->isEmpty())
        return false;
    const std::unique_ptr<QPrinter> device = printers.open(printer, document.fileName());
    if (!document.render(*device, problem))
        return false;
    if (device->printerState() == QPrinter::Error || device->printerState() == QPrinter::Aborted) {
        *problem = tr("The printer %1 refused the document.").arg(printer);
        return false;
    }
    return true;
}

bool DocumentPrinter::saveAs(const Document &document, QWidget *parent, PrintResult *result)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save as PDF"),
        QDir(folder).filePath(document.fileName() + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!document.savePdf(path, &error)) {
        MessageBox::warning(parent, tr("Save as PDF"), error);
        return false;
    }
    result->outcome = PrintResult::Outcome::SavedAsPdf;
    result->file = path;
    return true;
}

} // namespace certdesk

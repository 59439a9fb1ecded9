#include "ui/intake/ReceiptPrinter.h"

#include "domain/ReceiptNumber.h"
#include "ui/common/MessageBox.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTimer>
#include <QToolBar>

namespace certdesk {

namespace {

QString g_testFolder;
QString g_lastPdf;

} // namespace

ReceiptDocument::Data ReceiptPrinter::data(const IntakeReceipt &r)
{
    ReceiptDocument::Data d;
    d.receipt = r.receipt;
    d.submittedLocal = r.submittedLocal;
    d.clerkName = r.clerkName;
    d.clerkPosition = r.clerkPosition;
    d.branchName = r.branchName;
    d.branchCode = r.branchCode;
    d.application = r.application;
    d.due = r.due;
    return d;
}

bool ReceiptPrinter::savePdf(const IntakeReceipt &receipt, const QString &path, QString *error)
{
    const ReceiptDocument document(data(receipt));
    if (!document.savePdf(path, error))
        return false;
    g_lastPdf = path;
    return true;
}

void ReceiptPrinter::preview(const IntakeReceipt &receipt, QWidget *parent)
{
    const ReceiptDocument document(data(receipt));
    if (!g_testFolder.isEmpty()) {
        QString error;
        const QString path = QDir(g_testFolder).filePath(document.fileName() + QStringLiteral(".pdf"));
        if (!savePdf(receipt, path, &error))
            qWarning("receipt PDF failed: %s", qPrintable(error));
        return;
    }

    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.fileName());
    QString error;
    if (!Document::applyPageSetup(printer, document.defaultPageSetup(), &error)) {
        MessageBox::warning(parent, tr("Receipt"), error);
        return;
    }
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Receipt %1").arg(ReceiptNumber::format(receipt.receipt)));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document, parent](QPrinter *target) {
                         QString why;
                         if (!document.renderOnCurrentPage(*target, &why))
                             MessageBox::warning(parent, tr("Receipt"), why);
                     });
    if (auto *toolbar = dialog.findChild<QToolBar *>()) {
        QAction *save = toolbar->addAction(tr("Save as PDF…"));
        save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
        save->setToolTip(tr("Save the receipt as a PDF file (Ctrl+S)"));
        QObject::connect(save, &QAction::triggered, &dialog, [&dialog, &receipt, &document]() {
            const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            const QString path = QFileDialog::getSaveFileName(
                &dialog, tr("Save the receipt"),
                QDir(folder).filePath(document.fileName() + QStringLiteral(".pdf")),
                tr("PDF files (*.pdf)"));
            QString why;
            if (!path.isEmpty() && !savePdf(receipt, path, &why))
                MessageBox::warning(&dialog, tr("Receipt"), why);
        });
    }
    QTimer::singleShot(0, &dialog, [&dialog]() { dialog.activateWindow(); });
    dialog.exec();
}

void ReceiptPrinter::setTestOutputFolder(const QString &folder)
{
    g_testFolder = folder;
}

QString ReceiptPrinter::lastPdf()
{
    return g_lastPdf;
}

} // namespace certdesk

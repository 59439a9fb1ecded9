#include "ui/appeals/AppealReceiptPrinter.h"

#include "domain/AppealNumber.h"
#include "domain/Clock.h"
#include "services/Session.h"
#include "storage/SettingsStore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolBar>

namespace certdesk {

namespace {

QString g_testFolder;
QString g_lastPdf;

} // namespace

AppealReceiptDocument::Data AppealReceiptPrinter::data(const AppealState &appeal,
                                                       const Session &session)
{
    const SettingsStore settings(session.database());
    AppealReceiptDocument::Data d;
    d.appeal = appeal;
    // What the branch's clock showed at acceptance, not the stored write time (docs/appeals.md).
    d.receivedLocal = session.clock().toLocal(appeal.acceptedAt);
    d.branchName = settings.branchName();
    d.branchCode = settings.branchCode();
    return d;
}

bool AppealReceiptPrinter::savePdf(const AppealReceiptDocument::Data &data, const QString &path,
                                   QString *error)
{
    if (!AppealReceiptDocument(data).savePdf(path, error))
        return false;
    g_lastPdf = path;
    return true;
}

void AppealReceiptPrinter::preview(const AppealReceiptDocument::Data &data, QWidget *parent)
{
    const AppealReceiptDocument document(data);
    if (!g_testFolder.isEmpty()) {
        QString error;
        const QString path
            = QDir(g_testFolder).filePath(document.fileName() + QStringLiteral(".pdf"));
        if (!savePdf(data, path, &error))
            qWarning("appeal receipt PDF failed: %s", qPrintable(error));
        return;
    }

    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.fileName());
    QString error;
    if (!Document::applyPageSetup(printer, document.defaultPageSetup(), &error)) {
        QMessageBox::warning(parent, tr("Appeal receipt"), error);
        return;
    }
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Receipt of appeal %1").arg(AppealNumber::format(data.appeal.number)));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document, parent](QPrinter *target) {
                         QString why;
                         if (!document.renderOnCurrentPage(*target, &why))
                             QMessageBox::warning(parent, tr("Appeal receipt"), why);
                     });
    if (auto *toolbar = dialog.findChild<QToolBar *>()) {
        QAction *save = toolbar->addAction(tr("Save as PDF…"));
        save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
        save->setToolTip(tr("Save the receipt as a PDF file (Ctrl+S)"));
        QObject::connect(save, &QAction::triggered, &dialog, [&dialog, &data, &document]() {
            const QString folder
                = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            const QString path = QFileDialog::getSaveFileName(
                &dialog, tr("Save the receipt"),
                QDir(folder).filePath(document.fileName() + QStringLiteral(".pdf")),
                tr("PDF files (*.pdf)"));
            QString why;
            if (!path.isEmpty() && !savePdf(data, path, &why))
                QMessageBox::warning(&dialog, tr("Appeal receipt"), why);
        });
    }
    dialog.exec();
}

void AppealReceiptPrinter::setTestOutputFolder(const QString &folder)
{
    g_testFolder = folder;
}

QString AppealReceiptPrinter::lastPdf()
{
    return g_lastPdf;
}

} // namespace certdesk

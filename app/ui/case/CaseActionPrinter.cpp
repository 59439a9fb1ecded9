#include "ui/case/CaseActionPrinter.h"

#include "print/Document.h"

#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace certdesk {

namespace {

QString g_outputFolder;
QString g_lastPdf;

} // namespace

void CaseActionPrinter::setTestOutputFolder(const QString &folder)
{
    g_outputFolder = folder;
}

QString CaseActionPrinter::lastPdf()
{
    return g_lastPdf;
}

bool CaseActionPrinter::print(const Document &document, QWidget *parent, QString *error)
{
    if (!g_outputFolder.isEmpty()) {
        QDir().mkpath(g_outputFolder);
        g_lastPdf = QDir(g_outputFolder).filePath(document.fileName() + QStringLiteral(".pdf"));
        return document.savePdf(g_lastPdf, error);
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.fileName());
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print preview"));
    bool drawn = true;
    QString why;
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
        [&](QPrinter *p) { drawn = document.render(*p, &why) && drawn; });
    preview.exec();
    if (!drawn && error)
        *error = why;
    return drawn;
}

} // namespace certdesk

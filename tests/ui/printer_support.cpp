#include "printer_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include "ui/common/PrinterSettings.h"

namespace certdesk::test {

PdfPrinters::PdfPrinters()
{
    // The printer choice lives in QSettings: a test's own, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("CertDeskTest"));
    PrinterSettings::setPrinter(PrinterSettings::Paper::A5, A5);
    PrinterSettings::setPrinter(PrinterSettings::Paper::A4, A4);
    PrinterSettings::setPreview(false);
    PrinterBackend::setCurrent(this);
    const QString keep = qEnvironmentVariable("CERTDESK_PDF_DIR");
    m_folder = keep.isEmpty() ? m_dir.path() : keep;
    QDir().mkpath(m_folder);
}

PdfPrinters::~PdfPrinters()
{
    PrinterBackend::setCurrent(nullptr);
}

QString PdfPrinters::problem(const QString &name) const
{
    ++m_checks;
    if (!m_names.contains(name))
        return QStringLiteral("The printer %1 is not installed on this computer.").arg(name);
    return m_problems.value(name);
}

std::unique_ptr<QPrinter> PdfPrinters::open(const QString &name, const QString &document)
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setDocName(document);
    const QString file = QDir(m_folder).filePath(
        QStringLiteral("%1-%2-%3.pdf").arg(m_jobs.size() + 1).arg(name, document));
    printer->setOutputFileName(file);
    m_jobs.append({name, file});
    return printer;
}

void PdfPrinters::setProblem(const QString &name, const QString &problem)
{
    if (problem.isEmpty())
        m_problems.remove(name);
    else
        m_problems.insert(name, problem);
}

QString printedText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qWarning("pdftotext failed on %s (is poppler-utils installed?)", qPrintable(path));
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfPageSize(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qWarning("pdfinfo failed on %s (is poppler-utils installed?)", qPrintable(path));
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]+)")).match(info);
    const QString size = m.captured(1);
    for (const char *name : {"A5", "A4"}) {
        if (size.contains(QLatin1String("(") + QLatin1String(name)))
            return QLatin1String(name);
    }
    return size;
}

} // namespace certdesk::test

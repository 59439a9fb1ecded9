#pragma once

// Printers for the GUI tests: the real print path (DocumentPrinter → QPrinter) with printers
// that write PDF files into a folder, and failures a test chooses (offline, out of paper).

#include <QHash>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>

#include "ui/common/PrinterBackend.h"

namespace certdesk::test {

class PdfPrinters : public PrinterBackend
{
public:
    static inline const QString A5 = QStringLiteral("Counter-A5");
    static inline const QString A4 = QStringLiteral("Counter-A4");

    struct Job
    {
        QString printer;
        QString file;
    };

    /// Installs itself (and the counter's choice: A5 and A4 printers, no preview) until
    /// destroyed.
    PdfPrinters();
    ~PdfPrinters() override;

    QStringList printerNames() const override { return m_names; }
    QString defaultPrinterName() const override { return m_default; }
    QString problem(const QString &name) const override;
    std::unique_ptr<QPrinter> open(const QString &name, const QString &document) override;

    /// From now on name cannot print, for this reason (empty: it can again).
    void setProblem(const QString &name, const QString &problem);
    void setDefault(const QString &name) { m_default = name; }
    /// Every document sent to a printer, in order.
    const QList<Job> &jobs() const { return m_jobs; }
    QString lastFile() const { return m_jobs.isEmpty() ? QString() : m_jobs.last().file; }
    /// Where the PDFs go: a temporary folder, or CERTDESK_PDF_DIR=FOLDER to keep them for a look.
    QString folder() const { return m_folder; }
    /// How many times a printer was asked whether it can print (a retry asks again).
    int checks() const { return m_checks; }

private:
    QTemporaryDir m_dir;
    QString m_folder;
    QStringList m_names {A5, A4};
    QString m_default = A4;
    QHash<QString, QString> m_problems;
    QList<Job> m_jobs;
    mutable int m_checks = 0;
};

/// The text of a PDF (pdftotext); a test that needs it fails when the tool is missing.
QString printedText(const QString &path);
/// The page size pdfinfo reports ("A5", "A4", or the size in points).
QString pdfPageSize(const QString &path);

} // namespace certdesk::test

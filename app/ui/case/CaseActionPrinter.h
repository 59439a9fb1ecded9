#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace certdesk {

class Document;

/// Puts the documents of the custody actions on paper (certificate, interim notice, transfer
/// act, journal, board report): a print preview, from which the clerk prints or saves a PDF.
/// Tests set an output folder instead, and each document is written there as a PDF.
class CaseActionPrinter
{
    Q_DECLARE_TR_FUNCTIONS(CaseActionPrinter)

public:
    /// False with the reason when the document could not be drawn; a closed preview is fine.
    static bool print(const Document &document, QWidget *parent, QString *error);

    /// Tests: write PDFs into this folder instead of showing the preview (empty: preview).
    static void setTestOutputFolder(const QString &folder);
    /// Tests: the PDF written last.
    static QString lastPdf();
};

} // namespace certdesk

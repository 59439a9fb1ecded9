#pragma once

#include <QCoreApplication>
#include <QString>

#include "print/ReceiptDocument.h"
#include "services/IntakeService.h"

class QWidget;

namespace certdesk {

/// Puts an intake receipt on paper: a print preview from which the clerk prints or saves a
/// PDF. Tests set an output folder instead, and the receipt is written there as a PDF without
/// any dialog.
class ReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinter)

public:
    static ReceiptDocument::Data data(const IntakeReceipt &receipt);
    static void preview(const IntakeReceipt &receipt, QWidget *parent);
    static bool savePdf(const IntakeReceipt &receipt, const QString &path, QString *error);

    /// Tests: write PDFs into this folder instead of showing the preview (empty: preview).
    static void setTestOutputFolder(const QString &folder);
    /// Tests: the PDF written last.
    static QString lastPdf();
};

} // namespace certdesk

#pragma once

#include <QCoreApplication>
#include <QString>

#include "print/AppealReceiptDocument.h"

class QWidget;

namespace certdesk {

class Session;

/// Puts an appeal's receipt on paper: a print preview from which the clerk prints or saves a
/// PDF. Tests set an output folder instead, and the receipt is written there as a PDF without
/// any dialog.
class AppealReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(AppealReceiptPrinter)

public:
    /// The receipt of an accepted appeal: branch from the settings, time in branch time.
    static AppealReceiptDocument::Data data(const AppealState &appeal, const Session &session);
    static void preview(const AppealReceiptDocument::Data &data, QWidget *parent);
    static bool savePdf(const AppealReceiptDocument::Data &data, const QString &path,
                        QString *error);

    /// Tests: write PDFs into this folder instead of showing the preview (empty: preview).
    static void setTestOutputFolder(const QString &folder);
    /// Tests: the PDF written last.
    static QString lastPdf();
};

} // namespace certdesk

#pragma once

#include <QCoreApplication>

#include "print/AppealReceiptDocument.h"
#include "ui/common/DocumentPrinter.h"

class QWidget;

namespace certdesk {

class Session;

/// Puts an appeal's receipt on paper through the one print path (DocumentPrinter): at once on
/// the A5 printer, or through the preview when the counter asks for one.
class AppealReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(AppealReceiptPrinter)

public:
    /// The receipt of an accepted appeal: branch from the settings, time in branch time.
    static AppealReceiptDocument::Data data(const AppealState &appeal, const Session &session);
    static PrintResult print(const AppealReceiptDocument::Data &data, QWidget *parent);
};

} // namespace certdesk

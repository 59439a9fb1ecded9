#pragma once

#include <QCoreApplication>

#include "print/ReceiptDocument.h"
#include "services/IntakeService.h"
#include "ui/common/DocumentPrinter.h"

class QWidget;

namespace certdesk {

/// Puts an intake receipt on paper through the one print path (DocumentPrinter): at once on
/// the A5 printer, or through the preview when the counter asks for one.
class ReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinter)

public:
    static PrintResult print(const IntakeReceipt &receipt, QWidget *parent);
};

} // namespace certdesk

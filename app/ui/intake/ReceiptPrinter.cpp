#include "ui/intake/ReceiptPrinter.h"

#include "domain/ReceiptNumber.h"

namespace certdesk {

PrintResult ReceiptPrinter::print(const IntakeReceipt &receipt, QWidget *parent)
{
    return DocumentPrinter::print(ReceiptDocument(receipt), parent,
        tr("The receipt %1").arg(ReceiptNumber::format(receipt.receipt)),
        tr("The application is saved: Ctrl+P in its case prints the receipt again."));
}

} // namespace certdesk

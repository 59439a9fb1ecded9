#include "ui/intake/ReceiptPrinter.h"

#include "domain/ReceiptNumber.h"

namespace certdesk {

ReceiptDocument::Data ReceiptPrinter::data(const IntakeReceipt &r)
{
    ReceiptDocument::Data d;
    d.receipt = r.receipt;
    d.submittedLocal = r.submittedLocal;
    d.clerkName = r.clerkName;
    d.clerkPosition = r.clerkPosition;
    d.branchName = r.branchName;
    d.branchCode = r.branchCode;
    d.application = r.application;
    d.due = r.due;
    return d;
}

PrintResult ReceiptPrinter::print(const IntakeReceipt &receipt, QWidget *parent)
{
    return DocumentPrinter::print(ReceiptDocument(data(receipt)), parent,
        tr("The receipt %1").arg(ReceiptNumber::format(receipt.receipt)),
        tr("The application is saved: Ctrl+P in its case prints the receipt again."));
}

} // namespace certdesk

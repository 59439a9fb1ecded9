#include "ui/intake/ApplicationPrinter.h"

#include "domain/Clock.h"
#include "domain/ReceiptNumber.h"
#include "services/Session.h"

namespace certdesk {

ApplicationDocument::Data ApplicationPrinter::data(
    const IntakeReceipt &receipt, int copy, const QDate &today)
{
    ApplicationDocument::Data d;
    d.intake = receipt;
    d.copy = copy;
    d.printedOn = today;
    return d;
}

PrintResult ApplicationPrinter::print(
    Session &session, const IntakeReceipt &receipt, int copy, QWidget *parent)
{
    const QDate today = session.clock().today();
    const QString number = ReceiptNumber::format(receipt.receipt);
    PrintResult printed = DocumentPrinter::print(ApplicationDocument(data(receipt, copy, today)),
        parent, tr("The application %1").arg(number),
        tr("The application is saved: its case prints it again (marked as a copy once one "
           "was printed)."));
    if (!printed.printed())
        return printed;
    QString error;
    if (!IntakeService(session).recordApplicationPrint(receipt.caseId, copy, &error))
        printed.problem = tr("the print was not recorded on the case: %1").arg(error);
    return printed;
}

} // namespace certdesk

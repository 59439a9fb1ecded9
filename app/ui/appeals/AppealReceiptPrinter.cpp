#include "ui/appeals/AppealReceiptPrinter.h"

#include "domain/AppealNumber.h"
#include "domain/Clock.h"
#include "services/Session.h"
#include "storage/SettingsStore.h"

namespace certdesk {

AppealReceiptDocument::Data AppealReceiptPrinter::data(
    const AppealState &appeal, const Session &session)
{
    const SettingsStore settings(session.database());
    AppealReceiptDocument::Data d;
    d.appeal = appeal;
    // What the branch's clock showed at acceptance, not the stored write time (docs/appeals.md).
    d.receivedLocal = session.clock().toLocal(appeal.acceptedAt);
    d.branchName = settings.branchName();
    d.branchCode = settings.branchCode();
    return d;
}

PrintResult AppealReceiptPrinter::print(const AppealReceiptDocument::Data &data, QWidget *parent)
{
    return DocumentPrinter::print(AppealReceiptDocument(data), parent,
        tr("The receipt of appeal %1").arg(AppealNumber::format(data.appeal.number)),
        tr("The appeal is registered: Ctrl+P in the register prints its receipt again."));
}

} // namespace certdesk

#include "domain/BranchSettings.h"

#include "domain/EventText.h"
#include "domain/ReceiptNumber.h"

#include <QDate>

namespace certdesk {

bool BranchSettings::fromTyped(const BranchSettings &current, const QString &code,
    const QString &workstation, const QString &name, const QString &category, BranchSettings *out,
    QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    BranchSettings next = current;
    if (!code.isEmpty())
        next.code = code.trimmed();
    if (!workstation.isEmpty()) {
        bool ok = false;
        next.workstation = workstation.trimmed().toInt(&ok, 10);
        if (!ok)
            return fail(tr("workstation: \"%1\" is not a number from 1 to 99").arg(workstation));
    }
    // Whatever can be written into a receipt number can be written into an appeal number.
    QString why;
    if (ReceiptNumber::compose(next.code, next.workstation, QDate(2026, 1, 1), 1, &why).isEmpty())
        return fail(why);
    if (!name.isEmpty()) {
        next.name = name.simplified();
        if (next.name.isEmpty())
            return fail(tr("branch name: it is only spaces; type the name as it is printed"));
        if (const qsizetype at = EventText::firstRefused(next.name); at >= 0)
            return fail(tr("branch name: \"%1\" holds %2, which is not text; type the name again")
                            .arg(next.name, EventText::describe(next.name, at)));
    }
    if (!category.isEmpty() && !ServiceTerms::categoryFromName(category.trimmed(), &next.category))
        return fail(tr("category: \"%1\" is neither regional nor district").arg(category));
    *out = next;
    return true;
}

} // namespace certdesk

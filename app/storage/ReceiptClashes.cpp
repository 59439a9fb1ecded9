#include "storage/ReceiptClashes.h"

#include "storage/CaseProjection.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace certdesk {

QString ReceiptClashes::rebuildStatement()
{
    return QStringLiteral(
        "INSERT OR IGNORE INTO receipt_clashes(receipt, case_id) SELECT receipt, case_id "
        "FROM cases WHERE receipt IN (SELECT receipt FROM cases WHERE receipt <> '' "
        "GROUP BY receipt HAVING count(*) > 1)");
}

bool ReceiptClashes::refresh(Transaction &tx, const QSet<QString> &caseIds, QString *error)
{
    Database &database = tx.database();
    // Two lookups on the receipt index per written case: the counter's every commit pays
    // them, so they stay that small.
    QSqlQuery &q = database.preparedWrite(QStringLiteral(
        "INSERT OR IGNORE INTO receipt_clashes(receipt, case_id) "
        "SELECT other.receipt, other.case_id FROM cases me "
        "JOIN cases other ON other.receipt = me.receipt "
        "WHERE me.case_id = ? AND me.receipt <> '' AND EXISTS (SELECT 1 FROM cases x "
        "WHERE x.receipt = me.receipt AND x.case_id <> me.case_id)"));
    for (const QString &caseId : caseIds) {
        if (!CaseProjection::isCaseStream(caseId))
            continue;
        q.bindValue(0, caseId);
        if (!execOrFail(q, QStringLiteral("noting receipt numbers shared by cases"), error))
            return false;
    }
    return true;
}

bool ReceiptClashes::rebuild(Transaction &tx, QString *error)
{
    Database &database = tx.database();
    return execOrFail(database.db(), QStringLiteral("DELETE FROM receipt_clashes"), error)
        && execOrFail(database.db(), rebuildStatement(), error);
}

} // namespace certdesk

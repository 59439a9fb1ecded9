#include "storage/SqlError.h"

namespace certdesk {

bool execOrFail(QSqlQuery &query, const QString &what, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = QStringLiteral("%1 failed: %2").arg(what, query.lastError().text());
    return false;
}

bool execOrFail(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("database statement failed: %1 (%2)")
                     .arg(query.lastError().text(), sql.left(80));
    return false;
}

} // namespace certdesk

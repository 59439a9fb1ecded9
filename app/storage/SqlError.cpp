#include "storage/SqlError.h"

#include <QStringList>

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

QString quickCheckFindings(const QSqlDatabase &db)
{
    // quick_check reads every page and index once: a torn write or a disk error shows up.
    QSqlQuery q(db);
    QStringList problems;
    if (q.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
        while (q.next())
            problems.append(q.value(0).toString());
    } else {
        problems.append(q.lastError().text());
    }
    if (problems == QStringList {QStringLiteral("ok")})
        return QString();
    return problems.join(QStringLiteral("; ")).replace(u'\n', QStringLiteral("; ")).left(300);
}

} // namespace certdesk

#include "storage/AppealCounter.h"

#include "domain/AppealNumber.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace certdesk {

AppealCounter::AppealCounter(Database &database)
    : m_database(database)
{
}

int AppealCounter::last(const QDate &day) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT last FROM appeal_counter WHERE day = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool AppealCounter::isUsed(const QString &number) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT 1 FROM appeals WHERE number = ? LIMIT 1"));
    q.addBindValue(number);
    return q.exec() && q.next();
}

bool AppealCounter::allocate(Transaction &, const QString &branchCode, int workstation,
    const QDate &day, QString *number, QString *error)
{
    QSqlQuery bump(m_database.db());
    bump.prepare(QStringLiteral("INSERT INTO appeal_counter(day, last) VALUES (?, 1) "
                                "ON CONFLICT(day) DO UPDATE SET last = last + 1"));
    for (;;) {
        bump.addBindValue(day.toString(Qt::ISODate));
        if (!execOrFail(bump, QStringLiteral("numbering the appeal"), error))
            return false;
        const QString candidate = AppealNumber::compose(branchCode, workstation, day, last(day),
                                                        error);
        if (candidate.isEmpty())
            return false;
        if (!isUsed(candidate)) {
            *number = candidate;
            return true;
        }
    }
}

} // namespace certdesk

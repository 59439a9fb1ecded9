#include "storage/ReceiptCounter.h"

#include "domain/ReceiptNumber.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace certdesk {

ReceiptCounter::ReceiptCounter(Database &database)
    : m_database(database)
{
}

bool ReceiptCounter::next(const QDate &day, int *sequence, QString *error)
{
    QSqlQuery bump(m_database.db());
    bump.prepare(QStringLiteral("INSERT INTO receipt_counter(day, last) VALUES (?, 1) "
                                "ON CONFLICT(day) DO UPDATE SET last = last + 1"));
    bump.addBindValue(day.toString(Qt::ISODate));
    if (!execOrFail(bump, QStringLiteral("numbering the receipt"), error))
        return false;
    *sequence = last(day);
    return *sequence > 0;
}

int ReceiptCounter::last(const QDate &day) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT last FROM receipt_counter WHERE day = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool ReceiptCounter::isUsed(const QString &receipt) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT 1 FROM cases WHERE receipt = ? LIMIT 1"));
    q.addBindValue(receipt);
    return q.exec() && q.next();
}

bool ReceiptCounter::allocate(Transaction &, const QString &branchCode, int workstation,
    const QDate &day, QString *receipt, QString *error)
{
    for (;;) {
        int sequence = 0;
        if (!next(day, &sequence, error))
            return false;
        const QString number = ReceiptNumber::compose(branchCode, workstation, day, sequence, error);
        if (number.isEmpty())
            return false;
        if (!isUsed(number)) {
            *receipt = number;
            return true;
        }
    }
}

} // namespace certdesk

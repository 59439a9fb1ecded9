#include "storage/CalendarStore.h"

#include "storage/Database.h"
#include "storage/RulesStore.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace certdesk {

CalendarStore::CalendarStore(Database &database)
    : m_database(database)
{
}

bool CalendarStore::ensureSeeded(QString *error)
{
    return RulesStore(m_database).ensureProjected(error);
}

WorkCalendar CalendarStore::load() const
{
    QList<Holiday> holidays;
    QList<DaySwap> swaps;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT date, name_kk, name_ru, name_en, carries_over FROM calendar_holidays"))) {
        while (q.next()) {
            Holiday h;
            h.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            h.nameKk = q.value(1).toString();
            h.nameRu = q.value(2).toString();
            h.nameEn = q.value(3).toString();
            h.carriesOver = q.value(4).toBool();
            holidays.append(h);
        }
    }
    if (q.exec(QStringLiteral("SELECT date, working, reason FROM calendar_swaps"))) {
        while (q.next()) {
            DaySwap s;
            s.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            s.working = q.value(1).toBool();
            s.reason = q.value(2).toString();
            swaps.append(s);
        }
    }
    return WorkCalendar(holidays, swaps);
}

bool CalendarStore::save(const WorkCalendar &calendar, QString *error)
{
    // The old days go and the new ones come in one transaction: never an empty calendar that
    // would move every deadline.
    return Transaction::run(
        m_database, error, [&](Transaction &tx) { return write(tx, calendar, error); });
}

bool CalendarStore::write(Transaction &, const WorkCalendar &calendar, QString *error)
{
    if (!execOrFail(m_database.db(), QStringLiteral("DELETE FROM calendar_holidays"), error)
        || !execOrFail(m_database.db(), QStringLiteral("DELETE FROM calendar_swaps"), error))
        return false;
    QSqlQuery h(m_database.db());
    h.prepare(QStringLiteral("INSERT INTO calendar_holidays(date, name_kk, name_ru, name_en, "
                             "carries_over) VALUES (?, ?, ?, ?, ?)"));
    for (const Holiday &holiday : calendar.holidays()) {
        h.addBindValue(holiday.date.toString(Qt::ISODate));
        h.addBindValue(holiday.nameKk);
        h.addBindValue(holiday.nameRu);
        h.addBindValue(holiday.nameEn);
        h.addBindValue(holiday.carriesOver ? 1 : 0);
        if (!execOrFail(h, QStringLiteral("saving holiday %1").arg(holiday.date.toString(Qt::ISODate)), error))
            return false;
    }
    QSqlQuery s(m_database.db());
    s.prepare(QStringLiteral("INSERT INTO calendar_swaps(date, working, reason) VALUES (?, ?, ?)"));
    for (const DaySwap &swap : calendar.swaps()) {
        s.addBindValue(swap.date.toString(Qt::ISODate));
        s.addBindValue(swap.working ? 1 : 0);
        s.addBindValue(swap.reason);
        if (!execOrFail(s, QStringLiteral("saving decree day %1").arg(swap.date.toString(Qt::ISODate)), error))
            return false;
    }
    return true;
}

} // namespace certdesk

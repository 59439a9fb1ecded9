#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class QJsonObject;

namespace certdesk {

/// A public holiday as the law names it, in the three languages CertDesk speaks.
struct Holiday
{
    QDate date;
    QString nameKk;
    QString nameRu;
    QString nameEn;
    /// A holiday on Saturday or Sunday moves the day off to the next working day, except
    /// those that never move (7 January, Kurban Ait).
    bool carriesOver = true;
};

/// A Government decree that swaps a day: a weekday off, or a weekend day worked.
struct DaySwap
{
    QDate date;
    bool working = false;
    QString reason;
};

/// The Kazakhstan working-day calendar (Law "On holidays", Labour Code arts. 84-85): a
/// five-day week, holidays, the weekend carry-over rule and decree swaps. Pure data in,
/// answers out; the live copy of the data sits in the database and a supervisor edits it.
class WorkCalendar
{
public:
    enum class DayKind { Working, Weekend, Holiday, CarriedOver, DecreeDayOff };

    struct DayInfo
    {
        QDate date;
        DayKind kind = DayKind::Working;
        /// The holiday that makes the day off: itself, or the one carried over to it.
        Holiday holiday;
        QString decreeReason;
        bool isWorking() const { return kind == DayKind::Working; }
        /// English reason for certdeskctl and logs ("Nauryz", "weekend", ...).
        QString reasonText() const;
        /// A stable machine word: working, weekend, holiday, carried_over, decree.
        QString kindName() const;
    };

    WorkCalendar() = default;
    WorkCalendar(QList<Holiday> holidays, QList<DaySwap> swaps);

    /// The calendar shipped with the application (resources/calendar/kz-holidays.json).
    static WorkCalendar builtIn();
    /// Reads the JSON format of resources/calendar/kz-holidays.json.
    static bool fromJson(const QJsonObject &json, WorkCalendar *out, QString *error);
    QJsonObject toJson() const;

    const QList<Holiday> &holidays() const { return m_holidays; }
    const QList<DaySwap> &swaps() const { return m_swaps; }
    /// First and last year that holiday data covers; outside it only weekends are known.
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    bool covers(const QDate &date) const;

    DayInfo dayInfo(const QDate &date) const;
    bool isWorkingDay(const QDate &date) const { return dayInfo(date).isWorking(); }

    /// The n-th working day after start; the start day itself is never counted.
    /// n = 0 returns start unchanged.
    QDate addWorkingDays(const QDate &start, int n) const;
    /// The first working day strictly after date.
    QDate nextWorkingDay(const QDate &date) const { return addWorkingDays(date, 1); }
    /// Working days in (from, to]: addWorkingDays(from, n) == to gives n. Negative when
    /// to is before from, counting [to, from) so the same holds for negative n.
    int workingDaysBetween(const QDate &from, const QDate &to) const;

private:
    void index();

    QList<Holiday> m_holidays;
    QList<DaySwap> m_swaps;
    QHash<QDate, DayInfo> m_special; ///< every day that is not what its weekday says
    int m_firstYear = 0;
    int m_lastYear = 0;
};

} // namespace certdesk

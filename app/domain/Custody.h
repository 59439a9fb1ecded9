#pragma once

#include <QDate>

#include "domain/WorkCalendar.h"

namespace certdesk {

/// The custody clocks of a paper result (DOMAIN.md section 4). Months end on the same
/// day-number of the last month, or on its last day where it has none (31 Jan + 1 = 28/29 Feb).
class Custody
{
public:
    static constexpr int BranchMonths = 1;
    static constexpr int TotalMonths = 3; ///< branch month plus the provider's two
    /// The person is reminded this many days before branch custody ends (SMS notices).
    static constexpr int ReminderDaysBefore = 7;

    /// The period of months starting on start ends on this day.
    static QDate addMonths(const QDate &start, int months);

    /// Last day the branch keeps the paper: 1 month after it arrived.
    static QDate branchCustodyUntil(const QDate &arrived) { return addMonths(arrived, BranchMonths); }
    /// The day the person is reminded that branch custody is ending: a week before its last day.
    static QDate reminderDate(const QDate &arrived)
    {
        return branchCustodyUntil(arrived).addDays(-ReminderDaysBefore);
    }
    /// Last day the provider keeps it: 3 months after arrival at the branch; then archived.
    static QDate providerCustodyUntil(const QDate &arrived) { return addMonths(arrived, TotalMonths); }
    /// The first day the paper is due for transfer to the provider: the first working day
    /// after branch custody ends.
    static QDate transferDue(const QDate &arrived, const WorkCalendar &calendar)
    {
        return calendar.nextWorkingDay(branchCustodyUntil(arrived));
    }
    /// The provider sends a requested paper back within 1 working day.
    static QDate returnDue(const QDate &requested, const WorkCalendar &calendar)
    {
        return calendar.addWorkingDays(requested, 1);
    }
};

} // namespace certdesk

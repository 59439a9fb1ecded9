#include "domain/AppealTerms.h"

#include "domain/Custody.h"

namespace certdesk {

QDate AppealTerms::referralDue(const QDate &received) const
{
    return m_calendar.addWorkingDays(received, m_lengths.referralWorkingDays);
}

QDate AppealTerms::decisionDue(Appeal::Kind kind, const QDate &received) const
{
    return m_calendar.addWorkingDays(received, kind == Appeal::Kind::Complaint
                                                   ? m_lengths.complaintWorkingDays
                                                   : m_lengths.appealWorkingDays);
}

QDate AppealTerms::extensionLimit(const QDate &received) const
{
    return monthsTermEnd(received, m_lengths.extensionMonths);
}

AppealTermsAtReceipt AppealTerms::atReceipt(
    Appeal::Kind kind, const QDate &received, const QDate &learnedOn) const
{
    AppealTermsAtReceipt t;
    t.referralDue = referralDue(received);
    t.decisionDue = decisionDue(kind, received);
    if (extendable(kind))
        t.extensionLimit = extensionLimit(received);
    t.complianceDue = complianceDue(received);
    // A day of learning after the receipt is a point to correct, not a term to count from.
    if (kind == Appeal::Kind::Complaint && learnedOn.isValid() && learnedOn <= received) {
        t.filingUntil = filingUntil(learnedOn);
        t.filedLate = received > t.filingUntil;
    }
    return t;
}

QDate AppealTerms::extensionNoticeDue(const QDate &extendedOn) const
{
    return m_calendar.addWorkingDays(extendedOn, m_lengths.extensionNoticeWorkingDays);
}

QDate AppealTerms::filingUntil(const QDate &learnedOn) const
{
    return monthsTermEnd(learnedOn, m_lengths.complaintFilingMonths);
}

bool AppealTerms::filedLate(Appeal::Kind kind, const QDate &learnedOn, const QDate &received) const
{
    if (kind != Appeal::Kind::Complaint || !learnedOn.isValid())
        return false;
    return received > filingUntil(learnedOn);
}

QDate AppealTerms::complianceDue(const QDate &received) const
{
    return m_calendar.addWorkingDays(received, m_lengths.complianceWorkingDays);
}

QDate AppealTerms::monthsTermEnd(const QDate &start, int months) const
{
    if (!start.isValid())
        return QDate();
    const QDate end = Custody::addMonths(start, months);
    // A term that would end on a day off ends on the next working day: the applicant (or
    // the body) could not act on the day off, and the term must not be cut short by it.
    return m_calendar.isWorkingDay(end) ? end : m_calendar.nextWorkingDay(end);
}

} // namespace certdesk

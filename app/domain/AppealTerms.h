#pragma once

#include <QDate>

#include "domain/Appeal.h"
#include "domain/WorkCalendar.h"

namespace certdesk {

/// The lengths of DOMAIN.md section 7 (the Administrative Procedural Code). They are law, not
/// branch settings, but kept together so that a change of law is one edit and one test.
struct AppealTermLengths
{
    int referralWorkingDays = 3;          ///< to the competent body, applicant notified
    int appealWorkingDays = 15;           ///< decision on an appeal
    int complaintWorkingDays = 20;        ///< decision on a complaint
    int extensionMonths = 2; ///< appeals: the whole term at most, from receipt
    int extensionNoticeWorkingDays = 3;   ///< the applicant told of the extension
    int complaintFilingMonths = 3;        ///< from learning of the act
    int complianceWorkingDays = 5;        ///< default term to bring missing points into order
};

/// Every term the register stores when it accepts an appeal or a complaint (appeal_received,
/// docs/appeals.md): one answer for the register and `certdeskctl appeals terms`.
struct AppealTermsAtReceipt
{
    QDate referralDue;
    QDate decisionDue;
    QDate extensionLimit; ///< appeals only: invalid for a complaint, which is not extended
    QDate complianceDue; ///< the default term for points to bring into compliance
    QDate filingUntil; ///< complaints with a known day of learning, not after receipt
    bool filedLate = false;
};

/// Every deadline of an appeal, computed over the work calendar. Pure: the calendar is given,
/// so the same question always has the same answer; the service stores the answers in the
/// events at the time of the event (docs/appeals.md, "Deadlines").
///
/// Working-day terms never count the day they start from (the day of receipt, the day of the
/// extension decision). Month terms end on the same day-number of the last month, or on its
/// last day where it has none (Custody::addMonths), and a month term ending on a day off ends
/// on the next working day.
class AppealTerms
{
public:
    explicit AppealTerms(const WorkCalendar &calendar, AppealTermLengths lengths = {})
        : m_calendar(calendar)
        , m_lengths(lengths)
    {}
    /// The calendar is held by reference: it must outlive the terms.
    AppealTerms(WorkCalendar &&, AppealTermLengths = {}) = delete;

    /// The last day to refer an appeal outside this body's authority (notifying the applicant).
    QDate referralDue(const QDate &received) const;
    /// The last day of the decision: 15 working days for an appeal, 20 for a complaint.
    QDate decisionDue(Appeal::Kind kind, const QDate &received) const;
    /// The latest day an extension of an appeal may move the decision to: the whole term is at
    /// most two months from the day of receipt (APPC art. 76: "to no more than two months";
    /// docs/appeals.md, "Readings"), every extension together.
    QDate extensionLimit(const QDate &received) const;
    /// Whether the decision term of this kind may be extended at all: appeals only.
    static bool extendable(Appeal::Kind kind) { return kind == Appeal::Kind::Appeal; }
    /// Every term stored at acceptance of an appeal of this kind received on received;
    /// learnedOn: a complaint's day of learning of the act (ignored for an appeal).
    AppealTermsAtReceipt atReceipt(
        Appeal::Kind kind, const QDate &received, const QDate &learnedOn = QDate()) const;
    /// The last day to tell the applicant of an extension decided on extendedOn.
    QDate extensionNoticeDue(const QDate &extendedOn) const;
    /// The last day a complaint may be filed in time: three months after learning of the act.
    QDate filingUntil(const QDate &learnedOn) const;
    /// A complaint received after filingUntil(learnedOn): accepted all the same, and flagged
    /// for the restoration of the term. False when learnedOn is unknown or for an appeal.
    bool filedLate(Appeal::Kind kind, const QDate &learnedOn, const QDate &received) const;
    /// The default term to bring the missing points into compliance.
    QDate complianceDue(const QDate &received) const;

    /// A term of months from start: Custody::addMonths, moved off a day off.
    QDate monthsTermEnd(const QDate &start, int months) const;

    const AppealTermLengths &lengths() const { return m_lengths; }
    const WorkCalendar &calendar() const { return m_calendar; }

private:
    const WorkCalendar &m_calendar;
    AppealTermLengths m_lengths;
};

} // namespace certdesk

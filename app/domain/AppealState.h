#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Appeal.h"
#include "domain/AppealChecks.h"
#include "domain/CaseState.h"
#include "domain/Event.h"

namespace certdesk {

enum class AppealStatus {
    None,      ///< no appeal_received yet
    Open,      ///< being considered here
    Referred,  ///< sent on to the competent body: this branch's part is done
    Decided,   ///< the decision was given: closed
    Withdrawn, ///< withdrawn in writing before the decision: closed
};

QString appealStatusName(AppealStatus status);
AppealStatus appealStatusFromName(const QString &name);

/// One extension of the decision term, by a reasoned decision.
struct AppealExtension
{
    QDate on;        ///< the day it was decided
    QDate until;     ///< the new decision deadline
    QString reason;
    QDate noticeDue; ///< the applicant must be told by this day
    QDate notifiedOn;
};

/// A term not met yet: whose it is and its last day.
struct AppealDeadline
{
    QString what; ///< referral | referral_notice | extension_notice | compliance | decision
    QDate due;
};

/// The state of one appeal: a deterministic fold over its events (AppealFold). Every date a
/// rule needs was computed over the work calendar when its event was written and is read from
/// the event here, so the fold needs no calendar and rebuilds identically anywhere. What
/// depends on "today" (overdue, deemed refusal) takes the day as an argument.
struct AppealState
{
    Q_DECLARE_TR_FUNCTIONS(AppealState)

public:
    QString appealId; ///< the stream: "appeal:<uuid>"
    QString branch;
    QString number;   ///< stored form, AppealNumber
    AppealStatus status = AppealStatus::None;
    Appeal appeal;    ///< as last amended
    QString caseId;   ///< the case it concerns, when found by its receipt

    QDateTime receivedAt; ///< UTC, as stored: after the workstation's previous record
    QDateTime acceptedAt; ///< UTC, as the workstation's clock showed it: what the receipt says
    QDate receivedOn;     ///< branch date
    QString receivedBy;   ///< login
    QString clerkName;    ///< "Surname Name Patronymic" of who accepted it
    QString clerkPosition;

    QDate referralDue;
    QDate originalDecisionDue;
    QDate decisionDue; ///< after extensions
    QDate extensionLimit;
    QDate filingUntil; ///< complaints with a known day of learning

    QList<CompliancePoint> compliance; ///< still to be brought into compliance
    QDate complianceDue;
    QDate compliedOn; ///< the day the last open point was settled

    QDate referredOn;
    QString referredTo;
    QString referralRef;
    QDate referralNotifiedOn;

    QList<AppealExtension> extensions;

    bool termRestored = false;
    QDate termRestoredOn;
    QString termRestoredReason;

    QDate decidedOn;
    QString outcome; ///< satisfied | partly_satisfied | rejected | not_considered
    QString decisionSummary;
    QDate withdrawnOn;
    QString withdrawalReason;
    QDate closedOn;

    int eventCount = 0;
    QDateTime lastEventAt;
    QList<Anomaly> anomalies;

    bool isOpen() const { return status == AppealStatus::Open; }
    bool isClosed() const
    {
        return status == AppealStatus::Decided || status == AppealStatus::Withdrawn;
    }
    bool filedLate() const { return filingUntil.isValid() && receivedOn > filingUntil; }
    bool referredLate() const { return referredOn.isValid() && referredOn > referralDue; }
    bool decidedLate() const { return decidedOn.isValid() && decidedOn > decisionDue; }
    /// The latest extension whose notice is still owed, or nullptr.
    const AppealExtension *unnotifiedExtension() const;

    /// The terms not met yet, earliest first.
    QList<AppealDeadline> pending() const;
    /// The earliest of them, or an invalid date when nothing is owed.
    QDate nextDue() const;
    /// Some term passed before asOf without being met.
    bool isOverdue(const QDate &asOf) const;
    /// Still undecided after the decision deadline: the law reads it as a refusal.
    bool isDeemedRefused(const QDate &asOf) const;
    /// Stable words for what needs attention on asOf: deemed_refusal, referral_overdue,
    /// referral_notice_overdue, extension_notice_overdue, compliance_overdue,
    /// term_restoration, anomalies.
    QStringList flags(const QDate &asOf) const;
    /// The event types a person may add now (the register offers only these).
    QList<EventType> allowedActions() const;

    QJsonObject toJson() const;

    /// A flag in the clerk's words.
    static QString flagText(const QString &flag);
    static QString deadlineText(const QString &what);
    static QString outcomeText(const QString &outcome);
    static QStringList outcomes();
};

} // namespace certdesk

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include "domain/Appeal.h"
#include "domain/AppealState.h"
#include "domain/AppealTerms.h"
#include "domain/WorkCalendar.h"
#include "storage/AppealQueries.h"

namespace certdesk {

class Session;

/// Appeals and complaints (DOMAIN.md section 7): acceptance at the counter, which is never
/// refused for what the appeal says or lacks, and the supervisor's records that keep its
/// deadlines (referral, notices, extension, restoration of a missed term, decision), plus the
/// applicant's amendments and withdrawal. Each record is one event in the appeal's own stream,
/// written in one transaction with the appeals table; deadlines are computed over the live
/// work calendar when the event is written and stored in it (docs/appeals.md).
class AppealService
{
    Q_DECLARE_TR_FUNCTIONS(AppealService)

public:
    explicit AppealService(Session &session);

    /// What accepting the appeal now would record: its points, their default term, deadlines.
    struct Preview
    {
        Appeal appeal; ///< normalized
        QList<CompliancePoint> points;
        QDate received;
        QDate complianceDue; ///< the default term (AppealTermLengths::complianceWorkingDays)
        QDate referralDue;
        QDate decisionDue;
        QDate extensionLimit;
        QDate filingUntil;
        bool filedLate = false;
    };
    Preview preview(const Appeal &appeal) const;

    struct Result
    {
        bool ok = false;
        QString error;      ///< only a permission, numbering or database failure: never content
        AppealState state;  ///< the accepted appeal: everything its receipt prints
    };
    /// Registers the appeal and numbers it. complianceDue overrides the default term for the
    /// missing points (a day after today and no later than the decision deadline).
    Result accept(const Appeal &appeal, const QDate &complianceDue = QDate());

    /// The applicant brought details: the points are recomputed against the amended appeal.
    bool amend(const QString &appealId, const Appeal &amended, QString *error);
    /// Sent on to the competent body on the day on; notifiedOn when the applicant was told.
    bool refer(const QString &appealId, const QString &to, const QString &reference,
               const QDate &on, const QDate &notifiedOn, QString *error);
    /// The applicant told of the referral or of the latest extension (about: referral |
    /// extension).
    bool notify(const QString &appealId, const QString &about, const QDate &on,
                const QString &how, QString *error);
    /// A reasoned decision to extend the term until the given day (a working day, at most two
    /// months past the original deadline), taken on the day on, before the deadline passed.
    bool extend(const QString &appealId, const QDate &until, const QString &reason,
                const QDate &on, QString *error);
    /// The missed filing term of a late complaint restored, for the reason given.
    bool restoreTerm(const QString &appealId, const QString &reason, const QDate &on,
                     QString *error);
    /// outcome: AppealState::outcomes().
    bool decide(const QString &appealId, const QString &outcome, const QString &summary,
                const QDate &on, QString *error);
    /// The applicant's written withdrawal, before the decision.
    bool withdraw(const QString &appealId, const QString &reason, const QDate &on,
                  QString *error);
    bool note(const QString &appealId, const QString &text, QString *error);

    /// The appeal folded from its events.
    bool state(const QString &appealId, AppealState *out, QString *error) const;
    /// The register: overdue first (AppealQueries::list).
    bool list(const QDate &asOf, const AppealFilter &filter, int limit, QList<AppealRow> *rows,
              QString *error) const;
    /// Appeals with a term missed before asOf (the supervisor board's bucket).
    bool overdue(const QDate &asOf, QList<AppealRow> *rows, QString *error) const;

    WorkCalendar calendar() const;

private:
    bool load(const QString &appealId, EventType action, AppealState *state,
              QString *error) const;
    bool checkDay(const AppealState &state, const QDate &on, const QString &what,
                  QString *error) const;
    bool write(const QString &appealId, EventType type, QJsonObject data, QString *error);

    Session &m_session;
};

} // namespace certdesk

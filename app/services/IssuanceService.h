#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "domain/Application.h"
#include "domain/CaseState.h"
#include "domain/IntakeChecks.h"
#include "storage/CaseQueries.h"

namespace certdesk {

class Session;

/// Who takes the paper certificate away: the person, or a representative with a notarized
/// power of attorney (or a parent, for a minor), and the identity document they show.
struct Collector
{
    Application::Presenter presenter;
    Application::IdentityDocument identity;
    /// The IIN of the person the certificate is about, as read at the counter: asked only
    /// when the case's receipt number is also another case's (two workstations issued it).
    QString subjectIin;
};

/// One line of the issuance journal: a certificate handed over, and to whom.
struct JournalLine
{
    int number = 0; ///< within the journal's period, in the order of handing over
    QDate date;
    QDateTime at; ///< UTC
    QString caseId;
    QString receipt;
    QString certificateNumber;
    QDate certificateDate;
    QString subjectName;
    QString collectorName;
    QString collectorKind; ///< self | representative | parent | entity_representative
    Application::IdentityDocument document; ///< the collector's, as checked at handing over
    Application::PowerOfAttorney poa; ///< representatives only
    QString clerk; ///< login of who handed it over
    QString clerkName; ///< their full name, when the account is known here
};

/// Pickup at the counter: finds the case from a scanned receipt, a typed number or an IIN,
/// checks the collector as the counter checks the one who applies, records the handing over
/// (only while the paper is at the branch), and the prints of the paper certificate.
class IssuanceService
{
    Q_DECLARE_TR_FUNCTIONS(IssuanceService)

public:
    explicit IssuanceService(Session &session);

    /// Cases matching what was scanned or typed: a receipt's QR text, its number in any
    /// grouping, or the IIN of the person; newest first. Empty list with a message when none.
    bool findForPickup(const QString &text, QList<CaseState> *cases, QString *error);

    /// The intake's presenter and identity-document rules applied to the collector, on
    /// the case's own application and today's date. Passed results included.
    QList<CheckResult> checkCollector(const CaseState &state, const Collector &collector);

    /// The other cases carrying this case's receipt number (two workstations issued it), as
    /// the counter must tell them apart: their IINs and names. Empty for an ordinary case.
    QList<CaseSummary> sharingReceipt(const QString &caseId) const;

    /// Hands the paper over: refused unless it is at the branch and every check passes, and,
    /// when the receipt number is shared, the IIN of the person at the counter's case is given.
    bool issue(const QString &caseId, const Collector &collector, CaseState *after, QString *error);

    /// A paper certificate was printed; the second and later prints are duplicates.
    /// copy (optional) gets the number of this print (1 = the original).
    bool recordPrint(const QString &caseId, int *copy, CaseState *after, QString *error);

    /// The journal of what was handed over on the days from..to (inclusive).
    bool journal(const QDate &from, const QDate &to, QList<JournalLine> *lines, QString *error);

    /// The provider's result as recorded (its result or online_order event's data: number,
    /// date, outcome, details, apostille), for printing the certificate.
    QJsonObject resultData(const QString &caseId);

    /// The data of the case's own application (its received or online_order event).
    static Application applicationOf(const QList<Event> &events);

private:
    bool whichPerson(const CaseState &state, const QString &typedIin, QString *error) const;

    Session &m_session;
};

} // namespace certdesk

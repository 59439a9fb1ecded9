#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "domain/Event.h"

namespace certdesk {

enum class CaseStatus {
    None,            ///< no received event yet
    Submitted,       ///< with the provider, result awaited
    AdditionalCheck, ///< the provider runs an additional identification check
    ResultReady,     ///< paper result known, the paper is not at the branch yet
    AtBranch,        ///< paper in branch custody
    AtProvider,      ///< paper transferred to the provider's custody
    ReturnRequested, ///< the person came; the provider is sending the paper back
    Issued,          ///< handed over: closed
    Completed,       ///< electronic result delivered: closed
    Refused,         ///< motivated refusal: closed
    Archived,        ///< filed by the provider: closed
    Withdrawn,       ///< withdrawn by the applicant: closed
};

QString caseStatusName(CaseStatus status);
CaseStatus caseStatusFromName(const QString &name);

/// An impossible sequence found by the fold: kept visible for the supervisor, never applied.
struct Anomaly
{
    QString eventId;
    QString eventType;
    QDateTime at;
    QString by;
    QString device;
    QString code;    ///< stable word: issued_twice, not_at_branch, ...
    QString message; ///< plain English: what happened and why it cannot be
};

/// The state of one case: a deterministic fold over its events ordered by (at, id).
/// Every date a rule needs (deadlines, custody ends) is read from the events or derived by
/// month arithmetic here, so the fold needs no calendar and rebuilds identically anywhere.
struct CaseState
{
    QString caseId;
    QString receipt;
    QString branch;
    QString channel; ///< counter | online
    CaseStatus status = CaseStatus::None;
    QString purpose; ///< domestic | abroad | apostille
    bool paper = false;
    QString country; ///< ISO code, abroad and apostille

    QString iin;
    QString surname;
    QString givenName;
    QString patronymic;
    QString presenterKind;
    /// For SMS notices (docs/events.md, "Notices"): the phone given at intake, whether the
    /// person agreed to notices, and their language (kk | ru).
    QString phone;
    bool noticeConsent = false;
    QString noticeLanguage;

    QDateTime submittedAt; ///< UTC
    QString submittedBy;
    QDate dueDate;
    QDateTime dueAt; ///< electronic results

    QString certificateNumber;
    QDate certificateDate;
    QString outcome; ///< no_record | record_found
    QDate interimDue;
    QDate reapplyFrom;
    bool interimGiven = false;
    QString refusalReason;

    QDate arrivedOn;
    QString custodyEventId; ///< the event that put the paper in branch custody (arrival, print)
    QDate branchCustodyUntil;
    QDate providerCustodyUntil;
    QDate transferredOn;
    QString transferAct;
    QDate returnRequestedOn;
    QDate returnDue;
    QDate returnedOn;
    QString returnedEventId; ///< the latest return to the branch
    QDate issuedOn;
    QString issuedTo;
    QDate archivedOn;
    QDate closedOn;
    int prints = 0;
    int duplicates = 0;
    int applicationPrints = 0; ///< the application printed for signature; later prints are copies
    int overrides = 0;

    int eventCount = 0;
    QDateTime lastEventAt;
    QList<Anomaly> anomalies;

    bool isClosed() const;
    /// Where the paper is now: none, branch, provider, recipient, archive.
    QString paperLocation() const;
    /// The event types a person may add now (the case view shows only these actions).
    QList<EventType> allowedActions() const;
    /// Whether the application can be printed for signature: a case taken at this counter
    /// (an online order was signed on the portal), in any status, since the signed paper
    /// may be needed after the case has closed.
    bool hasCounterApplication() const;
    /// The copy number the next print of the application gets (1 = the original).
    int nextApplicationCopy() const { return applicationPrints + 1; }

    QJsonObject toJson() const;
};

/// Folds events into the state of their case. Pure: same events, same state.
///
/// This is the one fold of a case: the projection on every write, the rebuild and audit
/// verification all call fold(), which orders the events itself (sortEvents), so a set of
/// events gives one state whatever order it was read in and whatever clocks stamped it.
class CaseFold
{
    Q_DECLARE_TR_FUNCTIONS(CaseFold)

public:
    /// Events may come in any order; they are sorted first: the event that creates the case,
    /// then by (at, id). utcOffsetSeconds is the branch's (its setting, never assumed): it
    /// gives the branch date of events that carry no date of their own.
    static CaseState fold(QList<Event> events, int utcOffsetSeconds);
    /// The order fold() applies events in (a case view lists them so).
    static void sortEvents(QList<Event> &events);
    /// The anomaly in the words of the installed translation, for the supervisor, with its
    /// time in branch time (utcOffsetSeconds, the branch's) and the event's name as the
    /// reader reads it (eventText: the windows pass their own word for the type; the stored
    /// word is the fallback). The stored message stays English so that a projection rebuilds
    /// identically anywhere.
    static QString describe(const Anomaly &anomaly, int utcOffsetSeconds,
                            const QString &eventText = QString());
    /// An anomaly's code in a few words, untranslated (context "CaseFold"), for the board's
    /// state column on screen and on paper; nullptr for a code this version does not know.
    static const char *codeText(const QString &code);

private:
    static void apply(CaseState &state, const Event &event, int utcOffsetSeconds);
};

} // namespace certdesk

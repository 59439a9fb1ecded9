#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "domain/CaseState.h"
#include "domain/Event.h"

namespace certdesk {

/// The SMS notices the receipt promises (docs/events.md, "Notices"): which are due on a case,
/// and the id each one gets. The id is derived from the case, the kind and the event that made
/// it due, so every workstation that queues the same notice writes the same event id and the
/// server keeps one.
struct Notice
{
    enum class Kind {
        Arrived, ///< the paper result is at the branch
        CustodyReminder, ///< a week before the branch custody month ends
        Returned, ///< a paper brought back from the provider is at the branch
    };

    Kind kind = Kind::Arrived;
    QString caseId;
    QString trigger; ///< id of the event that made it due
    QString phone;
    QString language; ///< kk | ru
    QDate until; ///< the last day of branch custody the text names (invalid: none)

    /// The deterministic id of the notice_queued event (a UUID, version 5).
    QString id() const;

    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
    /// The id of a notice of kind on caseId made due by trigger.
    static QString idFor(const QString &caseId, Kind kind, const QString &trigger);

    /// The phone with the middle hidden (+7701•••0101), for lists that do not need it all:
    /// the operator code and the last four digits are enough to tell numbers apart.
    static QString maskedPhone(const QString &phone);

    /// Whether two notice_queued events are copies of one notice, as two workstations that
    /// queue it before seeing each other's both write it: the same id, case, kind and trigger.
    /// The rest (time, device, chain link, the text of that moment) is each copy's own, so
    /// a pulled copy that differs there is not an event changed on the server.
    static bool sameQueued(const Event &a, const Event &b);

    /// The notices the person should have by today: only with consent and a phone, only
    /// while the paper is at the branch. Queueing twice is harmless (same id), so this lists
    /// everything due, queued already or not.
    static QList<Notice> due(const CaseState &state, const QDate &today);
};

} // namespace certdesk

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/NoticeFailure.h"
#include "domain/NoticeLog.h"
#include "domain/NotifierDesignation.h"
#include "storage/EventStore.h"

namespace certdesk {

class Clock;
class Database;

/// A notice with what the case says about it now.
struct NoticeEntry
{
    NoticeRecord record;
    QString receipt;
    QString surname;
    bool stillDue = false; ///< the case still wants it sent (at the branch, consent given)
    Notice due; ///< when stillDue: the notice as the case makes it now
};

/// The notices' events in the database: queueing what is due (every workstation does it; the
/// ids are derived, so a notice is queued once however many workstations queue it), recording
/// what the sender did, and the notifier designation. The only SQL of notices.
class NoticeStore
{
    Q_DECLARE_TR_FUNCTIONS(NoticeStore)

public:
    NoticeStore(Database &database, const Clock &clock);

    /// This workstation's author of notice events: Event::systemAuthor() on its device.
    Actor machineActor();

    /// Queues every notice due today on the cases at the branch that is not stored yet, in
    /// one transaction; queued gets how many were new.
    bool queueDue(int *queued, QString *error);
    /// Queues what is due on one case (after an arrival or a return is recorded).
    bool queueDueOn(const QString &caseId, int *queued, QString *error);

    /// Every notice of the branch (caseId empty) or of one case, oldest first.
    QList<NoticeEntry> notices(const QString &caseId = QString());
    /// Notices not sent that their case still wants, whose next attempt is due at now.
    QList<NoticeEntry> dueToSend(const QDateTime &now);

    /// Records what the gateway said, in one transaction. A notice already sent is not
    /// recorded again (false with the reason).
    bool recordSent(const QString &noticeId, const QString &reference, QString *error);
    bool recordFailed(
        const QString &noticeId, const NoticeFailure &failure, QDateTime *nextAttempt,
        QString *error);

    QList<NotifierDesignation> designations();
    /// Writes a notifier_set for device by login, with the workstation number people know it
    /// by (this one's setting, or what the device's events say).
    bool designate(
        const QString &device, const QString &login, NotifierDesignation *made, QString *error);
    /// When this workstation first knew the designation to be on the server: its own event
    /// confirmed by the server, or one pulled from there. Remembered at the first look.
    QDateTime onServerSince(const NotifierDesignation &designation);
    /// The situation maySend() judges, as this database knows it.
    NotifierDesignation::Situation situation(bool syncEnabled, const QString &syncDatabase);

private:
    bool queue(const QStringList &caseIds, int *queued, QString *error);
    QList<Event> noticeEvents(const QString &caseId);
    bool inOutbox(const QString &eventId);

    Database &m_database;
    const Clock &m_clock;
    EventStore m_store;
};

} // namespace certdesk

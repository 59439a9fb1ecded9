#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

#include "domain/Event.h"

namespace certdesk {

class Clock;
class Database;
class Transaction;

/// Who writes: stamped on every event this workstation records.
struct Actor
{
    QString login;
    QString device;
    QString branch;
};

/// The append-only store of events and the outbox of those not yet sent. Every write
/// inserts events and refreshes the cases they touch in one transaction. Every local write
/// also checks this workstation's clock against what it showed at the previous write: a
/// clock that moved back is recorded (clockMovedBack, docs/events.md), never papered over.
class EventStore
{
public:
    EventStore(Database &database, const Clock &clock);

    /// The stream and type of the record of a clock that moved back.
    static QString clockStream() { return QStringLiteral("system:clock"); }
    static QString clockMovedBack() { return QStringLiteral("clock_moved_back"); }
    /// A step back shorter than this is absorbed by the strictly increasing times alone.
    static constexpr qint64 ClockStepMs = 1000;

    /// Records new events of this workstation: stamps id (when empty), time, author, device,
    /// branch and the audit-chain link, queues them for sending. All or nothing.
    bool append(QList<Event> &events, const Actor &actor, QString *error);
    /// The same, inside the caller's transaction (to write other rows with it).
    bool appendInTransaction(
        Transaction &tx, QList<Event> &events, const Actor &actor, QString *error);

    /// Stores events written elsewhere (pulled, imported), ignoring those already present, and
    /// in the same transaction sets the sync value checkpointKey (when given). queueForPush
    /// puts the new ones in the outbox too (an import that must reach the server).
    bool insertForeign(const QList<Event> &events, bool queueForPush, int *inserted,
                       QString *error, const QString &checkpointKey = QString(),
                       const QString &checkpointValue = QString());

    QList<Event> caseEvents(const QString &caseId);
    bool hasEvent(const QString &id);
    qint64 eventCount();

    /// Local events not yet confirmed by the server, oldest first.
    QList<Event> unpushed(int limit);
    qint64 unpushedCount();
    bool markPushed(const QStringList &ids, QString *error);
    /// The outbox after the event afterId (from the start when empty), oldest first: a page
    /// the server refused stays queued without hiding the events behind it.
    QList<Event> unpushedAfter(const QString &afterId, int limit);
    /// Puts every event this workstation wrote back in the outbox and sets the sync value
    /// key, in one transaction: the server database was recreated and must get them again.
    bool requeueLocal(const QString &key, const QString &value, QString *error);

    /// Every event in storage order; the callback returns false to stop.
    bool forEach(const std::function<bool(const Event &)> &visit, QString *error);

    QString syncValue(const QString &key);
    bool setSyncValue(const QString &key, const QString &value, QString *error);

private:
    bool insertRow(const Event &event, bool local, bool queue, bool *inserted, QString *error);
    /// What the clock showed at this device's previous write, when remembered.
    QDateTime lastReading(const QString &device);
    bool rememberReading(const QString &device, const QDateTime &reading, QString *error);
    struct ChainHead
    {
        QString hash;
        QDateTime at;
    };
    ChainHead chainHead(const QString &device);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace certdesk

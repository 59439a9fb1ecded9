#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Event.h"

namespace certdesk {

class Clock;
class Database;

/// One document of a page pulled from the server, as the replicator read it.
struct PulledDocument
{
    QString id;
    QString rev; ///< the server's revision (identifies a server-side change)
    bool deleted = false; ///< a tombstone
    bool readable = false; ///< event holds the event; otherwise problem says why not
    Event event;
    QString problem;
};

/// A document of the server set aside because this version cannot read it.
struct QuarantinedDocument
{
    QString id;
    QString reason;
    QDateTime firstSeen;
    QString reader; ///< the version that could not read it
};

/// An event that the server holds otherwise than this database does.
struct ServerAnomaly
{
    enum class Kind { Changed, Deleted };
    QString eventId;
    QString serverRev;
    Kind kind = Kind::Changed;
    QString caseId;
    QString detail; ///< changed: the fields that differ, comma-separated
    QDateTime firstSeen;

    static QString kindName(Kind kind); ///< "changed", "deleted" (JSON, the board's codes)
};

/// What one page did.
struct InboxResult
{
    int inserted = 0; ///< events new to this database
    int quarantined = 0; ///< unreadable documents (new or seen again)
    int anomalies = 0; ///< server-side changes and deletions seen for the first time
    int released = 0; ///< documents that left the quarantine: readable now
};

/// Where everything pulled from the server enters this database: new events are stored (and
/// their cases refreshed), an event that is already here is compared with the stored one by
/// its hash, a tombstone of a stored event is noted, and a document this version cannot read
/// is quarantined — all in one transaction with the checkpoint after the page. A stored event
/// is never overwritten: what the server holds otherwise becomes an anomaly for the
/// supervisor. Every pulled event passes here, so checks on pulled events belong here too.
class SyncInbox
{
public:
    SyncInbox(Database &database, const Clock &clock);

    /// Applies one page. checkpointKey empty: no checkpoint (a retry of quarantined ids).
    bool apply(const QList<PulledDocument> &documents, const QString &checkpointKey,
        const QString &checkpointValue, InboxResult *result, QString *error);

    /// This version's reader: a quarantined document is tried again when it differs.
    static QString reader();
    /// Ids quarantined by a reader other than this one: worth reading again.
    QStringList retryable();

    qint64 quarantineCount();
    QList<QuarantinedDocument> quarantined();
    qint64 anomalyCount();
    QList<ServerAnomaly> anomalies();

private:
    bool quarantine(const PulledDocument &document, const QString &now, QString *error);
    bool noteAnomaly(const ServerAnomaly &anomaly, const QString &now, bool *isNew, QString *error);
    bool compareWithStored(const Event &pulled, const QString &rev, const QString &now,
        InboxResult *result, QString *error);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace certdesk

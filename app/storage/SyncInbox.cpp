#include "storage/SyncInbox.h"

#include "domain/Clock.h"
#include "domain/Notice.h"
#include "storage/Database.h"
#include "storage/EventHash.h"
#include "storage/EventRow.h"
#include "storage/EventStore.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace certdesk {

namespace {

/// The fields in which two versions of one event differ, in the document's words.
QStringList differences(const Event &stored, const Event &pulled)
{
    QStringList out;
    if (stored.typeName != pulled.typeName)
        out.append(QStringLiteral("type"));
    if (stored.caseId != pulled.caseId)
        out.append(QStringLiteral("case_id"));
    if (stored.branch != pulled.branch)
        out.append(QStringLiteral("branch"));
    if (stored.at != pulled.at)
        out.append(QStringLiteral("at"));
    if (stored.by != pulled.by)
        out.append(QStringLiteral("by"));
    if (stored.device != pulled.device)
        out.append(QStringLiteral("device"));
    if (stored.v != pulled.v)
        out.append(QStringLiteral("v"));
    if (stored.data != pulled.data)
        out.append(QStringLiteral("data"));
    if (stored.prev != pulled.prev)
        out.append(QStringLiteral("prev"));
    return out;
}

} // namespace

QString ServerAnomaly::kindName(Kind kind)
{
    return kind == Kind::Deleted ? QStringLiteral("deleted") : QStringLiteral("changed");
}

SyncInbox::SyncInbox(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

QString SyncInbox::reader()
{
    return QStringLiteral("%1/v%2").arg(QStringLiteral(CERTDESK_VERSION)).arg(Event::SchemaVersion);
}

bool SyncInbox::apply(const QList<PulledDocument> &documents, const QString &checkpointKey,
    const QString &checkpointValue, InboxResult *result, QString *error)
{
    InboxResult done;
    // A page is a copy of what the server keeps, stored in one transaction with the position
    // after it: a power cut that loses the commit loses the position too, and the page is read
    // again. So its commit does not wait for the disk (a pull of a large branch waited on
    // one flush a page); the workstation's own writes still do.
    const Database::CommitsWithoutFlush copies(m_database);
    const Database::LargePageCache group(m_database);
    if (!Transaction::run(m_database, error, [&](Transaction &tx) {
        const QString now = Event::formatTime(m_clock.nowUtc());
        QList<Event> events;
        QList<const PulledDocument *> sources;
        events.reserve(documents.size());
        for (const PulledDocument &d : documents) {
            if (d.deleted) {
                // A tombstone of an event stored here: deleted on the server, which events never
                // are. A tombstone of anything else (never an event here) is nobody's business.
                const QString hash = EventStore(m_database, m_clock).storedHash(d.id);
                if (hash.isEmpty())
                    continue;
                QSqlQuery q(m_database.db());
                q.prepare(QStringLiteral("SELECT case_id FROM events WHERE id = ?"));
                q.addBindValue(d.id);
                ServerAnomaly a;
                a.eventId = d.id;
                a.serverRev = d.rev;
                a.kind = ServerAnomaly::Kind::Deleted;
                a.caseId = q.exec() && q.next() ? q.value(0).toString() : QString();
                bool isNew = false;
                if (!noteAnomaly(a, now, &isNew, error))
                    return false;
                done.anomalies += isNew ? 1 : 0;
            } else if (!d.readable) {
                if (!quarantine(d, now, error))
                    return false;
                ++done.quarantined;
            } else {
                events.append(d.event);
                sources.append(&d);
            }
        }
        EventStore store(m_database, m_clock);
        QList<int> present;
        if (!store.insertForeignInTransaction(tx, events, false, &done.inserted, &present, error))
            return false;
        // The hash chain makes the comparison cheap: only events already here are looked at,
        // and only their stored hash is read unless it differs.
        for (int i : std::as_const(present)) {
            if (!compareWithStored(events.at(i), sources.at(i)->rev, now, &done, error))
                return false;
        }
        // Whatever arrived readable is no longer set aside (one look when nothing is, instead
        // of a statement per event of every page).
        QSqlQuery release(m_database.db());
        const bool anySetAside = !events.isEmpty()
            && release.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_quarantine)"))
            && release.next() && release.value(0).toBool();
        if (anySetAside) {
            release.prepare(QStringLiteral("DELETE FROM sync_quarantine WHERE doc_id = ?"));
            for (const Event &e : std::as_const(events)) {
                release.bindValue(0, e.id);
                if (!execOrFail(release,
                        QStringLiteral("releasing %1 from quarantine").arg(e.id), error))
                    return false;
                done.released += release.numRowsAffected() > 0 ? 1 : 0;
            }
        }
        if (!checkpointKey.isEmpty() && !store.setSyncValue(checkpointKey, checkpointValue, error))
            return false;
        return true;
    }))
        return false;
    if (result)
        *result = done;
    return true;
}

bool SyncInbox::compareWithStored(const Event &pulled, const QString &rev, const QString &now,
    InboxResult *result, QString *error)
{
    EventStore store(m_database, m_clock);
    if (store.storedHash(pulled.id) == QString::fromLatin1(EventHash::of(pulled)))
        return true; // the same event again: a repeated change, a re-read after a recreation
    QSqlQuery q(m_database.db());
    q.prepare(
        QStringLiteral("SELECT %1 FROM events WHERE id = ?").arg(QLatin1String(kEventColumns)));
    q.addBindValue(pulled.id);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = QStringLiteral("reading event %1 failed").arg(pulled.id);
        return false;
    }
    const Event stored = eventFromRow(q);
    // Two workstations that queued one notice before seeing each other's each keep their own
    // copy under its derived id (docs/sync.md, "SMS notices"): one notice, not a change.
    if (Notice::sameQueued(stored, pulled))
        return true;
    ServerAnomaly a;
    a.eventId = pulled.id;
    a.serverRev = rev;
    a.kind = ServerAnomaly::Kind::Changed;
    a.caseId = stored.caseId;
    QStringList fields = differences(stored, pulled);
    if (fields.isEmpty())
        fields.append(QStringLiteral("hash")); // the stored row itself no longer matches
    a.detail = fields.join(u',');
    bool isNew = false;
    if (!noteAnomaly(a, now, &isNew, error))
        return false;
    result->anomalies += isNew ? 1 : 0;
    return true;
}

bool SyncInbox::noteAnomaly(const ServerAnomaly &a, const QString &now, bool *isNew, QString *error)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_anomalies(event_id, server_rev, kind, "
                             "case_id, detail, first_seen) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.eventId);
    q.addBindValue(nonNull(a.serverRev));
    q.addBindValue(ServerAnomaly::kindName(a.kind));
    q.addBindValue(nonNull(a.caseId));
    q.addBindValue(nonNull(a.detail));
    q.addBindValue(now);
    if (!execOrFail(
            q, QStringLiteral("noting the server's change of event %1").arg(a.eventId), error))
        return false;
    *isNew = q.numRowsAffected() > 0;
    return true;
}

bool SyncInbox::quarantine(const PulledDocument &d, const QString &now, QString *error)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "INSERT INTO sync_quarantine(doc_id, reason, first_seen, reader) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(doc_id) DO UPDATE SET reason = excluded.reason, reader = excluded.reader"));
    q.addBindValue(d.id);
    q.addBindValue(nonNull(d.problem));
    q.addBindValue(now);
    q.addBindValue(reader());
    return execOrFail(q, QStringLiteral("setting document %1 aside").arg(d.id), error);
}

QStringList SyncInbox::retryable()
{
    QStringList ids;
    QSqlQuery q(m_database.db());
    q.prepare(
        QStringLiteral("SELECT doc_id FROM sync_quarantine WHERE reader <> ? ORDER BY doc_id"));
    q.addBindValue(reader());
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return ids;
}

qint64 SyncInbox::quarantineCount()
{
    QSqlQuery q(m_database.db());
    return q.exec(QStringLiteral("SELECT count(*) FROM sync_quarantine")) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

QList<QuarantinedDocument> SyncInbox::quarantined()
{
    QList<QuarantinedDocument> out;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT doc_id, reason, first_seen, reader FROM sync_quarantine "
                               "ORDER BY first_seen, doc_id")))
        return out;
    while (q.next()) {
        out.append(QuarantinedDocument {q.value(0).toString(), q.value(1).toString(),
            Event::parseTime(q.value(2).toString()), q.value(3).toString()});
    }
    return out;
}

qint64 SyncInbox::anomalyCount()
{
    QSqlQuery q(m_database.db());
    return q.exec(QStringLiteral("SELECT count(*) FROM sync_anomalies")) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

QList<ServerAnomaly> SyncInbox::anomalies()
{
    QList<ServerAnomaly> out;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT event_id, server_rev, kind, case_id, detail, first_seen "
                               "FROM sync_anomalies ORDER BY first_seen, event_id")))
        return out;
    while (q.next()) {
        ServerAnomaly a;
        a.eventId = q.value(0).toString();
        a.serverRev = q.value(1).toString();
        a.kind = q.value(2).toString() == QLatin1String("deleted") ? ServerAnomaly::Kind::Deleted
                                                                   : ServerAnomaly::Kind::Changed;
        a.caseId = q.value(3).toString();
        a.detail = q.value(4).toString();
        a.firstSeen = Event::parseTime(q.value(5).toString());
        out.append(a);
    }
    return out;
}

} // namespace certdesk

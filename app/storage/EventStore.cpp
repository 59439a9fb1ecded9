#include "storage/EventStore.h"

#include "domain/CanonicalEvent.h"
#include "domain/Clock.h"
#include "domain/EventText.h"
#include "domain/RuleChanges.h"
#include "storage/CaseProjection.h"
#include "storage/CloneDetector.h"
#include "storage/Database.h"
#include "storage/EventHash.h"
#include "storage/EventRow.h"
#include "storage/RulesStore.h"
#include "storage/SettingsStore.h"
#include "storage/SqlError.h"
#include "storage/SqliteStatement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace certdesk {

Event eventFromRow(const QSqlQuery &q)
{
    return eventFromValues(eventRowValues(q));
}

EventRowValues eventRowValues(const QSqlQuery &q)
{
    EventRowValues values;
    for (int i = 0; i < int(values.size()); ++i)
        values[size_t(i)] = q.value(i);
    return values;
}

Event eventFromValues(const EventRowValues &values)
{
    Event e;
    e.id = values[0].toString();
    e.typeName = values[1].toString();
    e.type = eventTypeFromName(e.typeName);
    e.caseId = values[2].toString();
    e.branch = values[3].toString();
    e.at = Event::parseTime(values[4].toString());
    e.by = values[5].toString();
    e.device = values[6].toString();
    e.v = values[7].toInt();
    e.data = QJsonDocument::fromJson(values[8].toByteArray()).object();
    e.prev = values[9].toString();
    return e;
}

namespace {

constexpr const char *kInsertEvent
    = "INSERT OR IGNORE INTO events(id, type, case_id, branch, at, by_user, device, v, data, "
      "prev, hash, local) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kQueueEvent = "INSERT INTO outbox(n) VALUES (?)";

} // namespace

EventStore::EventStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

EventStore::ChainHead EventStore::chainHead(const QString &device)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "SELECT hash, at FROM events WHERE device = ? AND local = 1 ORDER BY n DESC LIMIT 1"));
    q.addBindValue(device);
    ChainHead head;
    if (q.exec() && q.next()) {
        head.hash = q.value(0).toString();
        head.at = Event::parseTime(q.value(1).toString());
    }
    return head;
}

bool EventStore::insertRow(const Event &e, bool local, bool queue, bool *inserted, QString *error)
{
    // The last door: text that SQLite would give back changed is never stored, whoever wrote
    // it, so no event can read as edited to the audit.
    QString textError;
    if (!EventText::check(e, &textError)) {
        if (error)
            *error = QStringLiteral("event %1 was not saved: %2").arg(e.id, textError);
        return false;
    }
    // The data is serialised once: the stored text is the compact form the hash is taken
    // over (CanonicalEvent), as Event::hash() would serialise it again.
    const QByteArray data = CanonicalEvent::compactData(e.data);
    const QByteArray hash = EventHash::of(e, data);
    const QString type = e.typeName.isEmpty() ? eventTypeName(e.type) : e.typeName;
    // Prepared once per connection: a pull stores thousands of events in a row. Through
    // SQLite's own API where the build allows it (no QVariant per column).
    if (SqliteStatement *s = m_database.direct(kInsertEvent)) {
        SqliteStatement::Use use(*s);
        const QString *texts[] = {&e.id, &type, &e.caseId, &e.branch};
        for (int i = 0; i < 4; ++i)
            s->bindText(i, texts[i]->toUtf8());
        s->bindText(4, Event::formatTime(e.at).toUtf8());
        s->bindText(5, e.by.toUtf8());
        s->bindText(6, e.device.toUtf8());
        s->bindInt(7, e.v);
        s->bindText(8, data);
        s->bindText(9, e.prev.toUtf8());
        s->bindText(10, hash);
        s->bindInt(11, local ? 1 : 0);
        if (s->step() != SqliteStatement::Step::Done) {
            if (error)
                *error = QStringLiteral("storing event %1 failed: %2").arg(e.id, s->errorMessage());
            return false;
        }
        *inserted = s->changes() > 0;
        if (*inserted && queue) {
            SqliteStatement *o = m_database.direct(kQueueEvent);
            if (!o) {
                if (error)
                    *error = QStringLiteral("queueing event %1 for sending failed").arg(e.id);
                return false;
            }
            SqliteStatement::Use queued(*o);
            o->bindInt(0, s->lastInsertRowId());
            if (o->step() != SqliteStatement::Step::Done) {
                if (error)
                    *error = QStringLiteral("queueing event %1 for sending failed: %2")
                                 .arg(e.id, o->errorMessage());
                return false;
            }
        }
        return true;
    }
    QSqlQuery &q = m_database.preparedWrite(QString::fromLatin1(kInsertEvent));
    q.bindValue(0, e.id);
    q.bindValue(1, type);
    q.bindValue(2, nonNull(e.caseId));
    q.bindValue(3, nonNull(e.branch));
    q.bindValue(4, Event::formatTime(e.at));
    q.bindValue(5, nonNull(e.by));
    q.bindValue(6, nonNull(e.device));
    q.bindValue(7, e.v);
    q.bindValue(8, QString::fromUtf8(data));
    q.bindValue(9, nonNull(e.prev));
    q.bindValue(10, QString::fromLatin1(hash));
    q.bindValue(11, local ? 1 : 0);
    if (!q.exec()) {
        if (error)
            *error = QStringLiteral("storing event %1 failed: %2").arg(e.id, q.lastError().text());
        return false;
    }
    *inserted = q.numRowsAffected() > 0;
    if (*inserted && queue) {
        const QVariant n = q.lastInsertId();
        QSqlQuery &o = m_database.preparedWrite(QString::fromLatin1(kQueueEvent));
        o.bindValue(0, n);
        if (!o.exec()) {
            if (error)
                *error = QStringLiteral("queueing event %1 for sending failed: %2")
                             .arg(e.id, o.lastError().text());
            return false;
        }
    }
    return true;
}

bool EventStore::append(QList<Event> &events, const Actor &actor, QString *error)
{
    return Transaction::run(m_database, error,
        [&](Transaction &tx) { return appendInTransaction(tx, events, actor, error); });
}

QDateTime EventStore::lastReading(const QString &device)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("clock_reading:") + device);
    return q.exec() && q.next() ? Event::parseTime(q.value(0).toString()) : QDateTime();
}

bool EventStore::rememberReading(const QString &device, const QDateTime &reading, QString *error)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    q.addBindValue(QStringLiteral("clock_reading:") + device);
    q.addBindValue(Event::formatTime(reading));
    return execOrFail(q, QStringLiteral("remembering the clock's time"), error);
}

bool EventStore::appendInTransaction(
    Transaction &tx, QList<Event> &events, const Actor &actor, QString *error)
{
    const ChainHead head = chainHead(actor.device);
    QString prev = head.hash;
    // The fold orders by (at, id): a workstation's own events get strictly increasing times,
    // so the order it wrote them in is the order they fold in, even when the clock stands
    // still (tests) or steps back (a corrected system clock).
    const QDateTime reading = m_clock.nowUtc();
    QDateTime at = reading;
    QSet<QString> touched;
    auto place = [&](Event &e) {
        if (e.id.isEmpty())
            e.id = Event::newId();
        if (e.typeName.isEmpty())
            e.typeName = eventTypeName(e.type);
        if (head.at.isValid() && at <= head.at)
            at = head.at.addMSecs(1);
        e.at = at;
        at = at.addMSecs(1);
        e.by = actor.login;
        e.device = actor.device;
        e.branch = actor.branch;
        e.v = Event::SchemaVersion;
        e.prev = prev;
        // Typed or pasted here: what storage would not give back as written goes before the
        // hash is taken (docs/events.md, "Text").
        e.data = EventText::cleaned(e.data);
        bool inserted = false;
        if (!insertRow(e, true, true, &inserted, error))
            return false;
        if (!inserted) {
            if (error)
                *error = QStringLiteral("event %1 already exists; nothing was saved").arg(e.id);
            return false;
        }
        prev = QString::fromLatin1(EventHash::of(e));
        touched.insert(e.caseId);
        return true;
    };

    // The clock behind what it showed at this workstation's previous write moved back: the
    // stamps above keep the order, and this record tells the supervisor (and the audit) that
    // the times around it cannot be trusted. Compared with the previous reading, not the
    // previous stamp, so a clock that runs on from its new time is reported once.
    QDateTime previous = lastReading(actor.device);
    if (!previous.isValid())
        previous = head.at;
    if (previous.isValid() && reading.msecsTo(previous) >= ClockStepMs) {
        Event step;
        step.typeName = clockMovedBack(); // not a case type: the folds never see it
        step.caseId = clockStream();
        step.data = QJsonObject {
            {QStringLiteral("clock"), Event::formatTime(reading)},
            {QStringLiteral("previous"), Event::formatTime(previous)},
            {QStringLiteral("last_record"), Event::formatTime(head.at)},
            {QStringLiteral("behind_seconds"), reading.secsTo(previous)},
            {QStringLiteral("workstation"), SettingsStore(m_database).workstationNumber()},
            {QStringLiteral("date"), m_clock.toLocal(reading).date().toString(Qt::ISODate)},
        };
        if (!place(step))
            return false;
    }
    for (Event &e : events) {
        if (!place(e))
            return false;
    }
    if (!rememberReading(actor.device, reading, error))
        return false;
    return CaseProjection::refresh(tx, touched, error);
}

bool EventStore::insertForeign(const QList<Event> &events, bool queueForPush, int *inserted,
    QString *error, const QString &checkpointKey, const QString &checkpointValue)
{
    int count = 0;
    const bool stored = Transaction::run(m_database, error, [&](Transaction &tx) {
        return insertForeignInTransaction(tx, events, queueForPush, &count, nullptr, error)
            && (checkpointKey.isEmpty() || setSyncValue(checkpointKey, checkpointValue, error));
    });
    if (stored && inserted)
        *inserted = count;
    return stored;
}

bool EventStore::insertForeignInTransaction(Transaction &tx, const QList<Event> &events,
    bool queueForPush, int *inserted, QList<int> *present, QString *error)
{
    // A copy of this database writing under its id, or another counter with its number, is
    // noticed here, where every pulled or imported event is stored.
    CloneDetector clones(m_database, m_clock);
    if (!clones.before(tx, events, error))
        return false;
    QSet<QString> touched;
    QHash<QString, QList<Event>> stored; // what was stored, by case: folded without reading back
    int count = 0;
    for (int i = 0; i < events.size(); ++i) {
        const Event &e = events.at(i);
        bool added = false;
        if (!insertRow(e, false, queueForPush, &added, error))
            return false;
        if (added) {
            ++count;
            touched.insert(e.caseId);
            stored[e.caseId].append(e);
        } else if (present) {
            present->append(i);
        }
    }
    if (!CaseProjection::refresh(tx, touched, stored, error) || !clones.after(tx, error))
        return false;
    // Another workstation's rules change: the calendar in force is written with it.
    if (touched.contains(RuleChanges::stream())
        && !RulesStore(m_database).projectInTransaction(tx, error))
        return false;
    if (inserted)
        *inserted = count;
    return true;
}

QString EventStore::storedHash(const QString &id)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT hash FROM events WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<Event> EventStore::caseEvents(const QString &caseId)
{
    QList<Event> out;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE case_id = ? ORDER BY at, id")
                  .arg(QLatin1String(kEventColumns)));
    q.addBindValue(caseId);
    if (q.exec()) {
        while (q.next())
            out.append(eventFromRow(q));
    }
    return out;
}

bool EventStore::hasEvent(const QString &id)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT 1 FROM events WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

qint64 EventStore::eventCount()
{
    QSqlQuery q(m_database.db());
    return q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

QList<Event> EventStore::unpushed(int limit)
{
    QList<Event> out;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox JOIN events USING (n) ORDER BY n LIMIT ?")
                  .arg(QLatin1String(kEventColumns)));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append(eventFromRow(q));
    }
    return out;
}

qint64 EventStore::unpushedCount()
{
    QSqlQuery q(m_database.db());
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

bool EventStore::markPushed(const QStringList &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    return Transaction::run(m_database, error, [&](Transaction &) {
        QSqlQuery q(m_database.db());
        q.prepare(
            QStringLiteral("DELETE FROM outbox WHERE n = (SELECT n FROM events WHERE id = ?)"));
        for (const QString &id : ids) {
            q.addBindValue(id);
            if (!execOrFail(q, QStringLiteral("marking event %1 as sent").arg(id), error))
                return false;
        }
        return true;
    });
}

QList<Event> EventStore::unpushedAfter(const QString &afterId, int limit)
{
    if (afterId.isEmpty())
        return unpushed(limit);
    QList<Event> out;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox JOIN events USING (n) "
                             "WHERE n > (SELECT n FROM events WHERE id = ?) ORDER BY n LIMIT ?")
                  .arg(QLatin1String(kEventColumns)));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append(eventFromRow(q));
    }
    return out;
}

bool EventStore::requeueAll(const QString &key, const QString &value, QString *error)
{
    return Transaction::run(m_database, error, [&](Transaction &) {
        QSqlQuery q(m_database.db());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO outbox(n) SELECT n FROM events"));
        return execOrFail(q, QStringLiteral("queueing every event again"), error)
            && setSyncValue(key, value, error);
    });
}

bool EventStore::forEach(const std::function<bool(const Event &)> &visit, QString *error)
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM events ORDER BY n").arg(QLatin1String(kEventColumns)))) {
        if (error)
            *error = QStringLiteral("reading events failed: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        if (!visit(eventFromRow(q)))
            break;
    }
    return true;
}

QString EventStore::syncValue(const QString &key)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool EventStore::setSyncValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return execOrFail(q, QStringLiteral("saving the sync position"), error);
}

} // namespace certdesk

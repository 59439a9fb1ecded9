#include "storage/NoticeStore.h"

#include "domain/CaseState.h"
#include "domain/Clock.h"
#include "domain/NoticeText.h"
#include "storage/Database.h"
#include "storage/EventRow.h"
#include "storage/SettingsStore.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace certdesk {

namespace {

const QString kNoticeTypes
    = QStringLiteral("type IN ('notice_queued', 'notice_sent', 'notice_failed')");

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

NoticeStore::NoticeStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
    , m_store(database, clock)
{
}

Actor NoticeStore::machineActor()
{
    return {Event::systemAuthor(), m_database.deviceId(), SettingsStore(m_database).branchCode()};
}

bool NoticeStore::queueDue(int *queued, QString *error)
{
    QStringList ids;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT case_id FROM cases WHERE status = 'at_branch'"))) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return queue(ids, queued, error);
}

bool NoticeStore::queueDueOn(const QString &caseId, int *queued, QString *error)
{
    return queue({caseId}, queued, error);
}

bool NoticeStore::queue(const QStringList &caseIds, int *queued, QString *error)
{
    int made = 0;
    const QDate today = m_clock.today();
    const Actor actor = machineActor();
    const bool ok = Transaction::run(m_database, error, [&](Transaction &tx) {
        QList<Event> events;
        for (const QString &caseId : caseIds) {
            const CaseState state
                = CaseFold::fold(m_store.caseEvents(caseId), m_clock.utcOffsetSeconds());
            for (const Notice &n : Notice::due(state, today)) {
                const QString id = n.id();
                // Queued here before, or by another workstation and pulled: the same id.
                if (m_store.hasEvent(id))
                    continue;
                Event e = Event::make(EventType::NoticeQueued, caseId);
                e.id = id;
                e.data = QJsonObject {{QStringLiteral("notice"), Notice::kindName(n.kind)},
                    {QStringLiteral("trigger"), n.trigger}, {QStringLiteral("phone"), n.phone},
                    {QStringLiteral("language"), n.language},
                    {QStringLiteral("text"), NoticeText::text(n)}};
                if (n.until.isValid())
                    e.data.insert(QStringLiteral("until"), n.until.toString(Qt::ISODate));
                events.append(e);
            }
        }
        made = int(events.size());
        return events.isEmpty() || m_store.appendInTransaction(tx, events, actor, error);
    });
    if (queued)
        *queued = ok ? made : 0;
    return ok;
}

QList<Event> NoticeStore::noticeEvents(const QString &caseId)
{
    QList<Event> out;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM events WHERE %2")
                      .arg(QLatin1String(kEventColumns), kNoticeTypes);
    if (!caseId.isEmpty())
        sql += QStringLiteral(" AND case_id = ?");
    q.prepare(sql);
    if (!caseId.isEmpty())
        q.addBindValue(caseId);
    if (q.exec()) {
        while (q.next())
            out.append(eventFromRow(q));
    }
    return out;
}

QList<NoticeEntry> NoticeStore::notices(const QString &caseId)
{
    QList<NoticeEntry> out;
    const QDate today = m_clock.today();
    QHash<QString, CaseState> cases;
    for (const NoticeRecord &r : NoticeLog::fold(noticeEvents(caseId))) {
        auto it = cases.find(r.caseId);
        if (it == cases.end())
            it = cases.insert(
                r.caseId, CaseFold::fold(m_store.caseEvents(r.caseId), m_clock.utcOffsetSeconds()));
        NoticeEntry entry;
        entry.record = r;
        entry.receipt = it->receipt;
        entry.surname = it->surname;
        for (const Notice &n : Notice::due(*it, today)) {
            // Still wanted, to the same phone it was queued for.
            if (n.id() == r.id && n.phone == r.phone) {
                entry.stillDue = true;
                entry.due = n;
            }
        }
        out.append(entry);
    }
    return out;
}

QList<NoticeEntry> NoticeStore::dueToSend(const QDateTime &now)
{
    QList<NoticeEntry> out;
    for (const NoticeEntry &e : notices()) {
        if (e.stillDue && e.record.state() != NoticeRecord::State::Sent
            && (!e.record.nextAttemptAt.isValid() || e.record.nextAttemptAt <= now))
            out.append(e);
    }
    return out;
}

bool NoticeStore::recordSent(const QString &noticeId, const QString &reference, QString *error)
{
    return Transaction::run(m_database, error, [&](Transaction &tx) {
        for (const NoticeRecord &r : NoticeLog::fold(noticeEvents(QString()))) {
            if (r.id != noticeId)
                continue;
            if (r.sends > 0)
                return fail(error, tr("The notice %1 was already sent.").arg(noticeId));
            QList<Event> events {Event::make(EventType::NoticeSent, r.caseId,
                {{QStringLiteral("notice_id"), noticeId}, {QStringLiteral("phone"), r.phone},
                    {QStringLiteral("reference"), reference},
                    {QStringLiteral("attempt"), r.failures + 1}})};
            return m_store.appendInTransaction(tx, events, machineActor(), error);
        }
        return fail(error, tr("There is no notice %1.").arg(noticeId));
    });
}

bool NoticeStore::recordFailed(
    const QString &noticeId, const NoticeFailure &failure, QDateTime *nextAttempt, QString *error)
{
    return Transaction::run(m_database, error, [&](Transaction &tx) {
        for (const NoticeRecord &r : NoticeLog::fold(noticeEvents(QString()))) {
            if (r.id != noticeId)
                continue;
            const int attempt = r.failures + 1;
            const QDateTime next = m_clock.nowUtc().addSecs(NoticeLog::retryDelaySeconds(attempt));
            if (nextAttempt)
                *nextAttempt = next;
            QJsonObject data = failure.toEventData();
            data.insert(QStringLiteral("notice_id"), noticeId);
            data.insert(QStringLiteral("attempt"), attempt);
            data.insert(QStringLiteral("next_attempt"), Event::formatTime(next));
            QList<Event> events {Event::make(EventType::NoticeFailed, r.caseId, data)};
            return m_store.appendInTransaction(tx, events, machineActor(), error);
        }
        return fail(error, tr("There is no notice %1.").arg(noticeId));
    });
}

QList<NotifierDesignation> NoticeStore::designations()
{
    return NotifierDesignation::read(m_store.caseEvents(NotifierDesignation::stream()));
}

bool NoticeStore::designate(
    const QString &device, const QString &login, NotifierDesignation *made, QString *error)
{
    int workstation = 0;
    if (device == m_database.deviceId()) {
        workstation = SettingsStore(m_database).workstationNumber();
    } else {
        QSqlQuery q(m_database.db());
        q.prepare(QStringLiteral("SELECT workstation FROM workstation_sightings WHERE device = ? "
                                 "ORDER BY last_at DESC LIMIT 1"));
        q.addBindValue(device);
        if (q.exec() && q.next())
            workstation = q.value(0).toInt();
    }
    const Actor actor {login, m_database.deviceId(), SettingsStore(m_database).branchCode()};
    return Transaction::run(m_database, error, [&](Transaction &tx) {
        const QList<NotifierDesignation> all = designations();
        const QDateTime now = m_clock.nowUtc();
        Event e;
        e.typeName = NotifierDesignation::type(); // not a case type: the folds never see it
        e.caseId = NotifierDesignation::stream();
        e.data = QJsonObject {{QStringLiteral("device"), device},
            {QStringLiteral("workstation"), workstation},
            {QStringLiteral("effective_at"),
                Event::formatTime(NotifierDesignation::effectiveTime(all, device, now))},
            {QStringLiteral("previous_device"), NotifierDesignation::latest(all).device}};
        QList<Event> events {e};
        if (!m_store.appendInTransaction(tx, events, actor, error))
            return false;
        if (made) {
            const QList<NotifierDesignation> one = NotifierDesignation::read(events);
            *made = one.isEmpty() ? NotifierDesignation() : one.first();
        }
        return true;
    });
}

bool NoticeStore::inOutbox(const QString &eventId)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "SELECT 1 FROM outbox JOIN events ON events.n = outbox.n WHERE events.id = ?"));
    q.addBindValue(eventId);
    return q.exec() && q.next();
}

QDateTime NoticeStore::onServerSince(const NotifierDesignation &designation)
{
    const QString key = QStringLiteral("notifier_on_server:") + designation.eventId;
    const QString known = m_store.syncValue(key);
    if (!known.isEmpty())
        return Event::parseTime(known);
    if (inOutbox(designation.eventId))
        return QDateTime();
    const QDateTime now = m_clock.nowUtc();
    QString ignored;
    m_store.setSyncValue(key, Event::formatTime(now), &ignored);
    return now;
}

NotifierDesignation::Situation NoticeStore::situation(bool syncEnabled, const QString &syncDatabase)
{
    NotifierDesignation::Situation here;
    here.device = m_database.deviceId();
    here.now = m_clock.nowUtc();
    here.syncEnabled = syncEnabled;
    if (syncEnabled) {
        const QString last = m_store.syncValue(QStringLiteral("last_success:") + syncDatabase);
        here.lastSync = last.isEmpty() ? QDateTime() : Event::parseTime(last);
        const QList<NotifierDesignation> all = designations();
        // The one set last is looked at too, while it waits for its effective time: its
        // handover counts from the first time this workstation saw it on the server.
        const NotifierDesignation latest = NotifierDesignation::latest(all);
        if (latest.isValid())
            onServerSince(latest);
        const NotifierDesignation d = NotifierDesignation::current(all, here.now);
        if (d.isValid())
            here.onServerSince = onServerSince(d);
    }
    return here;
}

} // namespace certdesk

#include "storage/CaseProjection.h"

#include "storage/AppealProjection.h"
#include "storage/Database.h"
#include "storage/EventRow.h"
#include "storage/SettingsStore.h"
#include "storage/SqlError.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace certdesk {

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString CaseProjection::surnameKey(const QString &surname)
{
    QString key = surname.trimmed().toCaseFolded();
    key.replace(u'ё', u'е');
    return key;
}

bool CaseProjection::isCaseStream(const QString &caseId)
{
    return !caseId.startsWith(QLatin1String("user:"))
           && !caseId.startsWith(QLatin1String("system:"))
           && !caseId.startsWith(QLatin1String("appeal:"));
}

CaseState CaseProjection::foldCase(Database &database, const QList<Event> &events)
{
    return CaseFold::fold(events, SettingsStore(database).utcOffsetSeconds());
}

qint64 CaseProjection::count(Database &database)
{
    QSqlQuery q(database.db());
    return q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next() ? q.value(0).toLongLong()
                                                                           : 0;
}

bool CaseProjection::store(Database &database, const CaseState &s, QString *error)
{
    QSqlQuery &q = database.preparedWrite(QStringLiteral(
        "INSERT OR REPLACE INTO cases(case_id, receipt, iin, surname, surname_key, given_name, "
        "patronymic, status, purpose, paper, channel, submitted_at, due_date, arrived_on, "
        "branch_custody_until, provider_custody_until, return_due, interim_due, interim_given, "
        "closed_on, anomalies, overrides, last_event_at, state) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.caseId);
    q.addBindValue(s.receipt);
    q.addBindValue(s.iin);
    q.addBindValue(s.surname);
    q.addBindValue(surnameKey(s.surname));
    q.addBindValue(s.givenName);
    q.addBindValue(s.patronymic);
    q.addBindValue(caseStatusName(s.status));
    q.addBindValue(s.purpose);
    q.addBindValue(s.paper ? 1 : 0);
    q.addBindValue(s.channel);
    q.addBindValue(s.submittedAt.isValid() ? Event::formatTime(s.submittedAt) : QString());
    q.addBindValue(iso(s.dueDate));
    q.addBindValue(iso(s.arrivedOn));
    q.addBindValue(iso(s.branchCustodyUntil));
    q.addBindValue(iso(s.providerCustodyUntil));
    q.addBindValue(iso(s.returnDue));
    q.addBindValue(iso(s.interimDue));
    q.addBindValue(s.interimGiven ? 1 : 0);
    q.addBindValue(iso(s.closedOn));
    q.addBindValue(int(s.anomalies.size()));
    q.addBindValue(s.overrides);
    q.addBindValue(s.lastEventAt.isValid() ? Event::formatTime(s.lastEventAt) : QString());
    q.addBindValue(QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact)));
    return execOrFail(q, QStringLiteral("updating case %1").arg(s.caseId), error);
}

bool CaseProjection::refresh(Database &database, const QSet<QString> &caseIds, QString *error)
{
    const int offset = SettingsStore(database).utcOffsetSeconds();
    QSqlQuery q(database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE case_id = ? ORDER BY at, id")
                  .arg(QLatin1String(kEventColumns)));
    for (const QString &caseId : caseIds) {
        if (!isCaseStream(caseId))
            continue;
        q.addBindValue(caseId);
        if (!execOrFail(q, QStringLiteral("reading case %1").arg(caseId), error))
            return false;
        QList<Event> events;
        while (q.next())
            events.append(eventFromRow(q));
        q.finish();
        if (!store(database, CaseFold::fold(events, offset), error))
            return false;
    }
    // Appeals share the event log and this write path; their own table is kept the same way.
    return AppealProjection::refresh(database, caseIds, error);
}

bool CaseProjection::rebuild(Database &database, QString *error,
                             const std::function<void(qint64, qint64)> &progress)
{
    Transaction tx(database);
    if (!tx.isActive()) {
        if (error)
            *error = QStringLiteral("the database is busy; the rebuild did not start");
        return false;
    }
    if (!execOrFail(database.db(), QStringLiteral("DELETE FROM cases"), error))
        return false;
    qint64 total = 0;
    {
        QSqlQuery count(database.db());
        if (count.exec(QStringLiteral("SELECT count(*) FROM events")) && count.next())
            total = count.value(0).toLongLong();
    }
    QSqlQuery q(database.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM events ORDER BY case_id, at, id")
                    .arg(QLatin1String(kEventColumns)))) {
        if (error)
            *error = QStringLiteral("reading events failed: %1").arg(q.lastError().text());
        return false;
    }
    const int offset = SettingsStore(database).utcOffsetSeconds();
    // Events come grouped by case; each case is folded whole, so the fold's own ordering
    // rules apply exactly as on every everyday write.
    QString caseId;
    QList<Event> events;
    qint64 done = 0;
    auto flush = [&]() {
        if (caseId.isEmpty() || !isCaseStream(caseId))
            return true;
        return store(database, CaseFold::fold(events, offset), error);
    };
    while (q.next()) {
        Event e = eventFromRow(q);
        if (e.caseId != caseId) {
            if (!flush())
                return false;
            caseId = e.caseId;
            events.clear();
        }
        events.append(std::move(e));
        if (progress && (++done % 10000) == 0)
            progress(done, total);
    }
    if (!flush())
        return false;
    if (!AppealProjection::rebuildInTransaction(database, error))
        return false;
    if (progress)
        progress(total, total);
    return tx.commit(error);
}

} // namespace certdesk

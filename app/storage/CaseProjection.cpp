#include "storage/CaseProjection.h"

#include "storage/AppealProjection.h"
#include "storage/CaseRow.h"
#include "storage/Database.h"
#include "storage/EventRow.h"
#include "storage/IndexSuspension.h"
#include "storage/ReceiptClashes.h"
#include "storage/SettingsStore.h"
#include "storage/SqlError.h"
#include "storage/WorkstationSightings.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <future>
#include <vector>

namespace certdesk {

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
    return storeRow(database, CaseRow::from(s), error);
}

bool CaseProjection::storeRow(Database &database, const CaseRow &row, QString *error)
{
    QSqlQuery &q = database.preparedWrite(QStringLiteral(
        "INSERT OR REPLACE INTO cases(case_id, receipt, iin, surname, surname_key, given_name, "
        "patronymic, status, purpose, paper, channel, submitted_at, due_date, arrived_on, "
        "branch_custody_until, provider_custody_until, return_due, interim_due, interim_given, "
        "closed_on, anomalies, overrides, last_event_at, anomaly_list, returned_on) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < row.values.size(); ++i)
        q.bindValue(int(i), row.values.at(i));
    // The message is built only on failure: a rebuild writes a million rows.
    if (q.exec())
        return true;
    if (error)
        *error = QStringLiteral("updating case %1 failed: %2")
                     .arg(row.values.value(0).toString(), q.lastError().text());
    return false;
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
    return ReceiptClashes::refresh(database, caseIds, error)
        && AppealProjection::refresh(database, caseIds, error);
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
    // Inside the transaction: a failure rolls the dropped indexes back with everything else.
    IndexSuspension indexes(database);
    if (!indexes.suspend({QStringLiteral("cases")}, error))
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

    // Two stages on two cores: this thread (the connection's) reads a batch of cases and
    // writes the rows of the batch before it, while a worker parses and folds. Each case is
    // folded whole, so the fold's own ordering rules apply exactly as on everyday writes.
    using RawCase = std::vector<EventRowValues>;
    auto foldBatch = [offset](std::vector<RawCase> batch) {
        std::vector<CaseRow> rows;
        rows.reserve(batch.size());
        QList<Event> events;
        for (const RawCase &raw : batch) {
            events.clear();
            for (const EventRowValues &values : raw)
                events.append(eventFromValues(values));
            rows.push_back(CaseRow::from(CaseFold::fold(events, offset)));
        }
        return rows;
    };
    std::future<std::vector<CaseRow>> folding;
    auto writeFolded = [&]() {
        if (!folding.valid())
            return true;
        const std::vector<CaseRow> rows = folding.get();
        for (const CaseRow &row : rows) {
            if (!storeRow(database, row, error))
                return false;
        }
        return true;
    };

    constexpr size_t kBatch = 2000;
    std::vector<RawCase> batch;
    qint64 done = 0;
    bool more = q.next();
    while (more) {
        // One case: its rows are consecutive.
        const QString id = q.value(2).toString();
        RawCase raw;
        while (more && q.value(2).toString() == id) {
            raw.push_back(eventRowValues(q));
            if (progress && (++done % 10000) == 0)
                progress(done, total);
            more = q.next();
        }
        if (isCaseStream(id))
            batch.push_back(std::move(raw));
        if (batch.size() == kBatch || (!more && !batch.empty())) {
            if (!writeFolded())
                return false;
            folding = std::async(std::launch::async, foldBatch, std::move(batch));
            batch = {};
        }
    }
    if (!writeFolded())
        return false;
    if (!indexes.restore(error))
        return false;
    if (!AppealProjection::rebuildInTransaction(database, error)
        || !ReceiptClashes::rebuild(database, error)
        || !WorkstationSightings(database).rebuild(error))
        return false;
    if (progress)
        progress(total, total);
    return tx.commit(error);
}

} // namespace certdesk

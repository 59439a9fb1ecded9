#include "storage/CaseProjection.h"

#include "storage/AppealProjection.h"
#include "storage/BoundValues.h"
#include "storage/CaseRow.h"
#include "storage/Database.h"
#include "storage/EventReader.h"
#include "storage/EventRow.h"
#include "storage/IndexSuspension.h"
#include "storage/ProjectionFold.h"
#include "storage/ReceiptClashes.h"
#include "storage/SettingsStore.h"
#include "storage/SightingsRecount.h"
#include "storage/SqlError.h"
#include "storage/SqliteStatement.h"

#include <QJsonDocument>
#include <QSqlQuery>

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
    return q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

bool CaseProjection::store(Database &database, const CaseState &s, QString *error)
{
    return storeRow(database, CaseRow::from(s), error);
}

namespace {

constexpr const char *kInsertCase
    = "INSERT OR REPLACE INTO cases(case_id, receipt, iin, surname, surname_key, given_name, "
      "patronymic, status, purpose, paper, channel, submitted_at, due_date, arrived_on, "
      "branch_custody_until, provider_custody_until, return_due, interim_due, interim_given, "
      "closed_on, anomalies, overrides, last_event_at, anomaly_list, returned_on) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

constexpr const char *kCaseEvents = "SELECT id, type, case_id, branch, at, by_user, device, v, "
                                    "data, prev FROM events WHERE case_id = ?";

/// How many events of the case are stored (its index alone is read).
qsizetype storedEventCount(Database &database, const QString &caseId)
{
    static constexpr const char *kCount = "SELECT count(*) FROM events WHERE case_id = ?";
    if (SqliteStatement *s = database.direct(kCount)) {
        SqliteStatement::Use use(*s);
        s->bindText(0, caseId.toUtf8());
        return s->step() == SqliteStatement::Step::Row ? qsizetype(s->integer(0)) : -1;
    }
    QSqlQuery q(database.db());
    q.prepare(QString::fromLatin1(kCount));
    q.addBindValue(caseId);
    return q.exec() && q.next() ? qsizetype(q.value(0).toLongLong()) : -1;
}

} // namespace

bool CaseProjection::storeRow(Database &database, const CaseRow &row, QString *error)
{
    if (database.direct(kInsertCase))
        return storeBound(database, BoundValues::from(row.values), error);
    QSqlQuery &q = database.preparedWrite(QString::fromLatin1(kInsertCase));
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

bool CaseProjection::storeBound(Database &database, const BoundValues &row, QString *error)
{
    SqliteStatement *s = database.direct(kInsertCase);
    if (!s) {
        if (error)
            *error = QStringLiteral("updating cases failed: no direct statement");
        return false;
    }
    SqliteStatement::Use use(*s);
    row.bind(*s);
    if (s->step() == SqliteStatement::Step::Done)
        return true;
    if (error) {
        const BoundValues::Value &id = row.values.front();
        *error = QStringLiteral("updating case %1 failed: %2")
                     .arg(QString::fromUtf8(row.text.constData() + id.offset, id.size),
                         s->errorMessage());
    }
    return false;
}

bool CaseProjection::hasDirectWrites(Database &database)
{
    return database.direct(kInsertCase) != nullptr;
}

bool CaseProjection::refresh(Transaction &tx, const QSet<QString> &caseIds, QString *error)
{
    return refresh(tx, caseIds, {}, error);
}

bool CaseProjection::refresh(Transaction &tx, const QSet<QString> &caseIds,
    const QHash<QString, QList<Event>> &storedNow, QString *error)
{
    Database &database = tx.database();
    const int offset = SettingsStore(database).utcOffsetSeconds();
    for (const QString &caseId : caseIds) {
        if (!isCaseStream(caseId))
            continue;
        // Held events are folded as they are: the fold orders them itself, and what storing
        // keeps of an event (EventText::check lets through only text that reads back the same)
        // is what it was given. `audit verify` folds the stored rows and compares.
        const auto held = storedNow.constFind(caseId);
        if (held != storedNow.cend() && storedEventCount(database, caseId) == held->size()) {
            if (!store(database, CaseFold::fold(*held, offset), error))
                return false;
            continue;
        }
        EventReader reader(database, kCaseEvents);
        reader.bindText(0, caseId);
        if (!reader.exec(error))
            return false;
        QList<Event> events;
        while (reader.next())
            events.append(reader.event());
        if (!reader.error().isEmpty()) {
            if (error)
                *error = QStringLiteral("reading case %1 failed: %2").arg(caseId, reader.error());
            return false;
        }
        reader.finish();
        if (!store(database, CaseFold::fold(events, offset), error))
            return false;
    }
    // Appeals share the event log and this write path; their own table is kept the same way.
    return ReceiptClashes::refresh(tx, caseIds, error)
        && AppealProjection::refresh(tx, caseIds, error);
}

bool CaseProjection::rebuild(
    Database &database, QString *error, const std::function<void(qint64, qint64)> &progress)
{
    return Transaction::run(database, error, [&](Transaction &tx) {
        if (!execOrFail(database.db(), QStringLiteral("DELETE FROM cases"), error)
            || !execOrFail(database.db(), QStringLiteral("DELETE FROM appeals"), error))
            return false;
        // Inside the transaction: a failure — or the process dying — rolls the dropped
        // indexes back with everything else.
        IndexSuspension indexes(tx);
        if (!indexes.suspend({QStringLiteral("cases")}, error)
            || !ProjectionFold::run(database, ProjectionFold::Streams::All, error, progress))
            return false;
        // Building the indexes takes one core; the sightings are counted on the other.
        SightingsRecount sightings(tx);
        return indexes.restore(error) && ReceiptClashes::rebuild(tx, error)
            && sightings.store(error);
    });
}

} // namespace certdesk

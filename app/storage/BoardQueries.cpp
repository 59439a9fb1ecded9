#include "storage/BoardQueries.h"

#include "domain/Event.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/SqlError.h"
#include "storage/RowReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace certdesk {

namespace {

// The WHERE clauses repeat the partial indexes' own conditions word for word: SQLite only
// uses a partial index when the query states its condition as literally as the index does.
const char *const kAtProvider = "status = 'at_provider'";
// A paper at the branch is kept until the end of branch custody, or, sent back by the
// provider, until the end of the whole custody: two ranges of the same index.
const char *const kAtBranchNotReturned = "status = 'at_branch' AND returned_on = ''";
const char *const kAtBranchReturned = "status = 'at_branch' AND returned_on <> ''";
const char *const kReturnRequested = "status = 'return_requested'";
const char *const kInterimPending = "status = 'additional_check' AND interim_given = 0";
// An impossible sequence stays on the board whatever the case's state; an override only while
// the case is open (closed ones are history, kept in the audit log). The partial index holds
// just these rows (migration 9), not every override in the branch's history.
const char *const kFlagged = "anomalies > 0 OR (overrides > 0 AND closed_on = '')";
const char *const kIssued = "status = 'issued' AND closed_on BETWEEN ? AND ?";
// No result yet, and the deadline passed. Read through cases_by_status (status, due_date): two
// index ranges, one per status, bounded by the day, so the cost follows the late cases alone.
const char *const kLate = "status IN ('submitted', 'additional_check') AND due_date <> '' "
                          "AND due_date < ?";

} // namespace

QString BoardRow::fullName() const
{
    QStringList parts {surname, givenName, patronymic};
    parts.removeAll(QString());
    return parts.join(u' ');
}

BoardQueries::BoardQueries(Database &database)
    : m_database(database)
{
}

QString BoardQueries::statement(const QString &where, const QString &order, Columns columns)
{
    // The custody buckets read nothing but their partial index, which carries every column
    // named here (migration 10): the rows themselves stay on disk. The anomaly list is read
    // only where it is shown (the flagged bucket, a pickup search).
    // Every text column costs a conversion per row in the driver: the custody buckets leave
    // out what they never show (the status is the bucket's, the times belong to the flagged).
    const bool index = columns == Columns::FromIndex;
    return QStringLiteral(
        "SELECT case_id, receipt, %3, surname, given_name, patronymic, arrived_on, "
        "branch_custody_until, provider_custody_until, return_due, interim_due, returned_on, "
        "%4, anomalies, overrides, %5, %6 FROM cases WHERE %1 ORDER BY %2")
        .arg(where, order, index ? QStringLiteral("NULL") : QStringLiteral("status"),
            index ? QStringLiteral("NULL, NULL") : QStringLiteral("submitted_at, last_event_at"),
            index ? QStringLiteral("NULL")
                  : QStringLiteral("CASE WHEN anomalies > 0 THEN anomaly_list END"),
            index ? QStringLiteral("NULL") : QStringLiteral("due_date"));
}

namespace {

/// The one mapping of a board row's columns (BoardQueries::statement) to a BoardRow, from
/// Qt's driver or SQLite's own API alike: text(i) gives column i as text, number(i) as an
/// integer.
template<typename Text, typename Number> BoardRow boardRow(const Text &text, const Number &number)
{
    BoardRow r;
    r.caseId = text(0);
    r.receipt = text(1);
    r.status = text(2);
    r.surname = text(3);
    r.givenName = text(4);
    r.patronymic = text(5);
    r.arrivedOn = Event::parseDate(text(6));
    r.branchCustodyUntil = Event::parseDate(text(7));
    r.providerCustodyUntil = Event::parseDate(text(8));
    r.returnDue = Event::parseDate(text(9));
    r.interimDue = Event::parseDate(text(10));
    r.returnedOn = Event::parseDate(text(11));
    r.submittedAt = Event::parseTime(text(12));
    r.lastEventAt = Event::parseTime(text(13));
    r.anomalies = int(number(14));
    r.overrides = int(number(15));
    if (r.anomalies > 0) {
        const QJsonArray list = QJsonDocument::fromJson(text(16).toUtf8()).array();
        QStringList codes;
        for (const QJsonValue &a : list) {
            const QJsonObject o = a.toObject();
            codes.append(o.value(QLatin1String("code")).toString());
            const QDateTime at = Event::parseTime(o.value(QLatin1String("at")).toString());
            if (at.isValid() && (!r.firstAnomalyAt.isValid() || at < r.firstAnomalyAt))
                r.firstAnomalyAt = at;
        }
        codes.removeDuplicates();
        r.anomalyCodes = codes.join(u',');
    }
    r.dueDate = Event::parseDate(text(17));
    return r;
}

} // namespace

bool BoardQueries::select(const QString &where, const QString &order, const QList<QString> &binds,
    QList<BoardRow> *rows, QString *error, Columns columns) const
{
    return selectValues(where, order, QVariantList(binds.cbegin(), binds.cend()), rows, error, columns);
}

bool BoardQueries::selectValues(const QString &where, const QString &order,
    const QVariantList &values, QList<BoardRow> *rows, QString *error, Columns columns) const
{
    return readRows(m_database, statement(where, order, columns), values, rows,
        [](const auto &text, const auto &number) { return boardRow(text, number); },
        QStringLiteral("reading the board"), error);
}

bool BoardQueries::serverAnomalies(QList<BoardRow> *rows, QString *error) const
{
    rows->clear();
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT a.case_id, coalesce(c.receipt, ''), coalesce(c.surname, ''), "
                           "coalesce(c.given_name, ''), coalesce(c.patronymic, ''), count(*), "
                           "group_concat(DISTINCT 'server_' || a.kind), min(a.first_seen) "
                           "FROM sync_anomalies a LEFT JOIN cases c ON c.case_id = a.case_id "
                           "GROUP BY a.case_id ORDER BY min(a.first_seen) DESC, a.case_id"))
        || !execOrFail(q, QStringLiteral("reading the server's anomalies"), error)) {
        if (error && error->isEmpty())
            *error = QStringLiteral("reading the server's anomalies failed: %1")
                         .arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        BoardRow r;
        r.caseId = q.value(0).toString();
        r.receipt = q.value(1).toString();
        r.surname = q.value(2).toString();
        r.givenName = q.value(3).toString();
        r.patronymic = q.value(4).toString();
        r.anomalies = q.value(5).toInt();
        r.anomalyCodes = q.value(6).toString();
        r.firstAnomalyAt = Event::parseTime(q.value(7).toString());
        rows->append(r);
    }
    return true;
}

bool BoardQueries::keptRange(const char *where, const char *until, const QDate &asOf,
    const BoardCursor &after, int limit, QList<BoardRow> *rows, QString *error) const
{
    QString condition = QStringLiteral("%1 AND %2 >= ?").arg(QLatin1String(where), QLatin1String(until));
    QVariantList binds {asOf.toString(Qt::ISODate)};
    if (after.due.isValid()) {
        condition += QStringLiteral(" AND (%1, receipt, case_id) > (?, ?, ?)").arg(QLatin1String(until));
        binds << after.due.toString(Qt::ISODate) << after.receipt << after.caseId;
    }
    // The limit is bound, never written into the text: each text stays prepared on the
    // connection (Database::direct), one per page size would pile up over a day.
    QString order = QStringLiteral("%1, receipt, case_id").arg(QLatin1String(until));
    if (limit >= 0) {
        order += QStringLiteral(" LIMIT ?");
        binds << limit;
    }
    return selectValues(condition, order, binds, rows, error, Columns::FromIndex);
}

bool BoardQueries::atBranchKept(const QDate &asOf, const BoardCursor &after, int limit,
    QList<BoardRow> *rows, QString *error) const
{
    QList<BoardRow> returned;
    if (!keptRange(kAtBranchNotReturned, "branch_custody_until", asOf, after, limit, rows, error)
        || !keptRange(kAtBranchReturned, "provider_custody_until", asOf, after, limit, &returned,
            error))
        return false;
    if (returned.isEmpty())
        return true;
    // The papers sent back are few: merged into the page by the day they are kept until.
    const auto keptUntil = [](const BoardRow &r) {
        return r.returnedOn.isValid() ? r.providerCustodyUntil : r.branchCustodyUntil;
    };
    rows->append(returned);
    std::stable_sort(rows->begin(), rows->end(), [&](const BoardRow &a, const BoardRow &b) {
        return std::make_tuple(keptUntil(a), a.receipt, a.caseId)
            < std::make_tuple(keptUntil(b), b.receipt, b.caseId);
    });
    if (limit >= 0 && rows->size() > limit)
        rows->resize(limit);
    return true;
}

bool BoardQueries::atBranchOver(const QDate &asOf, QList<BoardRow> *rows, QString *error) const
{
    const QList<QString> day {asOf.toString(Qt::ISODate)};
    QList<BoardRow> returned;
    if (!select(QStringLiteral("%1 AND branch_custody_until < ?").arg(QLatin1String(kAtBranchNotReturned)),
            QStringLiteral("branch_custody_until, receipt, case_id"), day, rows, error,
            Columns::FromIndex)
        || !select(QStringLiteral("%1 AND provider_custody_until < ?").arg(QLatin1String(kAtBranchReturned)),
            QStringLiteral("provider_custody_until, receipt, case_id"), day, &returned, error,
            Columns::FromIndex))
        return false;
    rows->append(returned);
    return true;
}

bool BoardQueries::atProviderKept(const QDate &asOf, const BoardCursor &after, int limit,
    QList<BoardRow> *rows, QString *error) const
{
    return keptRange(kAtProvider, "provider_custody_until", asOf, after, limit, rows, error);
}

bool BoardQueries::atProviderOver(const QDate &asOf, QList<BoardRow> *rows, QString *error) const
{
    return select(QStringLiteral("%1 AND provider_custody_until < ?").arg(QLatin1String(kAtProvider)),
        QStringLiteral("provider_custody_until, receipt, case_id"), {asOf.toString(Qt::ISODate)},
        rows, error, Columns::FromIndex);
}

bool BoardQueries::keptCounts(
    const QDate &asOf, qsizetype *atBranch, qsizetype *atProvider, QString *error) const
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM cases WHERE %1 AND branch_custody_until >= ?) "
        "+ (SELECT count(*) FROM cases WHERE %2 AND provider_custody_until >= ?), "
        "(SELECT count(*) FROM cases WHERE %3 AND provider_custody_until >= ?)")
                  .arg(QLatin1String(kAtBranchNotReturned), QLatin1String(kAtBranchReturned),
                      QLatin1String(kAtProvider)));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(asOf.toString(Qt::ISODate));
    if (!execOrFail(q, QStringLiteral("counting the papers in custody"), error))
        return false;
    if (!q.next()) {
        if (error)
            *error = QStringLiteral("counting the papers in custody gave no row");
        return false;
    }
    *atBranch = q.value(0).toLongLong();
    *atProvider = q.value(1).toLongLong();
    return true;
}

bool BoardQueries::returnRequested(QList<BoardRow> *rows, QString *error) const
{
    return select(QLatin1String(kReturnRequested), QStringLiteral("return_due, receipt"), {}, rows,
        error, Columns::FromIndex);
}

bool BoardQueries::interimPending(QList<BoardRow> *rows, QString *error) const
{
    return select(QLatin1String(kInterimPending), QStringLiteral("interim_due, receipt"), {}, rows,
        error, Columns::FromIndex);
}

bool BoardQueries::flagged(QList<BoardRow> *rows, QString *error) const
{
    return select(
        QLatin1String(kFlagged), QStringLiteral("last_event_at DESC, receipt"), {}, rows, error);
}

bool BoardQueries::sharedReceipts(QList<BoardRow> *rows, QString *error) const
{
    return select(QStringLiteral("case_id IN (SELECT case_id FROM receipt_clashes)"),
        QStringLiteral("receipt, submitted_at"), {}, rows, error);
}

bool BoardQueries::lateResults(const QDate &asOf, QList<BoardRow> *rows, QString *error) const
{
    return select(QLatin1String(kLate), QStringLiteral("due_date, receipt"),
        {asOf.toString(Qt::ISODate)}, rows, error);
}

bool BoardQueries::clockSteps(QList<ClockStepRow> *rows, QString *error) const
{
    rows->clear();
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, device, by_user, data FROM events WHERE case_id = ? "
                             "AND type = ? ORDER BY at DESC, id"));
    q.addBindValue(EventStore::clockStream());
    q.addBindValue(EventStore::clockMovedBack());
    if (!execOrFail(q, QStringLiteral("reading the clock records"), error))
        return false;
    while (q.next()) {
        const QJsonObject d = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        ClockStepRow r;
        r.eventId = q.value(0).toString();
        r.device = q.value(1).toString();
        r.by = q.value(2).toString();
        r.workstation = d.value(QLatin1String("workstation")).toInt();
        r.clock = Event::parseTime(d.value(QLatin1String("clock")).toString());
        r.previous = Event::parseTime(d.value(QLatin1String("previous")).toString());
        // Any device's event: a number beyond qint64 reads as 0, never a cast out of range.
        r.behindSeconds = d.value(QLatin1String("behind_seconds")).toInteger(0);
        r.date = Event::parseDate(d.value(QLatin1String("date")).toString());
        rows->append(r);
    }
    return true;
}

bool BoardQueries::issuedBetween(
    const QDate &from, const QDate &to, QList<BoardRow> *rows, QString *error) const
{
    return select(QLatin1String(kIssued), QStringLiteral("closed_on, last_event_at"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}, rows, error);
}

bool BoardQueries::byReceipt(
    const QStringList &spellings, QList<BoardRow> *rows, QString *error) const
{
    QStringList marks;
    for (qsizetype i = 0; i < spellings.size(); ++i)
        marks.append(QStringLiteral("?"));
    return select(QStringLiteral("receipt IN (%1)").arg(marks.join(u',')),
        QStringLiteral("submitted_at DESC"), spellings, rows, error);
}

bool BoardQueries::byIin(const QString &iin, QList<BoardRow> *rows, QString *error) const
{
    return select(
        QStringLiteral("iin = ?"), QStringLiteral("submitted_at DESC"), {iin}, rows, error);
}

QString BoardQueries::lastTransferAct(const QString &device, bool writtenHere) const
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT json_extract(data, '$.act') FROM events "
                             "WHERE device = ? AND type = 'transferred' AND local >= ? "
                             "ORDER BY n DESC LIMIT 1"));
    q.addBindValue(device);
    q.addBindValue(writtenHere ? 1 : 0);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QStringList BoardQueries::queryPlans() const
{
    const std::tuple<const char *, const char *, Columns> queries[] = {
        {"status = 'at_branch' AND returned_on = '' AND branch_custody_until >= ? "
         "AND (branch_custody_until, receipt, case_id) > (?, ?, ?)",
            "branch_custody_until, receipt, case_id LIMIT 100", Columns::FromIndex},
        {"status = 'at_provider' AND provider_custody_until >= ? "
         "AND (provider_custody_until, receipt, case_id) > (?, ?, ?)",
            "provider_custody_until, receipt, case_id LIMIT 100", Columns::FromIndex},
        {kReturnRequested, "return_due, receipt", Columns::FromIndex},
        {kInterimPending, "interim_due, receipt", Columns::FromIndex},
        {kFlagged, "last_event_at DESC, receipt", Columns::WithAnomalyList},
        {kIssued, "closed_on, last_event_at", Columns::WithAnomalyList},
        {kLate, "due_date, receipt", Columns::WithAnomalyList},
    };
    QStringList plans;
    for (const auto &[where, order, columns] : queries) {
        QSqlQuery q(m_database.db());
        q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ")
            + statement(QLatin1String(where), QLatin1String(order), columns));
        const int binds = QString::fromLatin1(where).count(u'?');
        for (int i = 0; i < binds; ++i)
            q.addBindValue(QStringLiteral("2026-01-01"));
        QStringList steps;
        if (q.exec()) {
            while (q.next())
                steps.append(q.value(3).toString());
        } else {
            steps.append(q.lastError().text());
        }
        plans.append(steps.join(QLatin1String("; ")));
    }
    return plans;
}

} // namespace certdesk

#include "storage/CaseQueries.h"

#include "domain/Event.h"
#include "storage/CaseProjection.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace certdesk {

namespace {

constexpr const char *kColumns =
    "rowid, case_id, receipt, iin, surname, given_name, patronymic, status, purpose, paper, "
    "channel, submitted_at, due_date, anomalies, overrides";

const char *sortColumn(CaseSort sort)
{
    switch (sort) {
    case CaseSort::Submitted: return "submitted_at";
    case CaseSort::Due: return "due_date";
    case CaseSort::Surname: return "surname_key";
    case CaseSort::Receipt: return "receipt";
    case CaseSort::Status: return "status";
    }
    return "submitted_at";
}

CaseSummary fromRow(const QSqlQuery &q)
{
    CaseSummary s;
    s.row = q.value(0).toLongLong();
    s.caseId = q.value(1).toString();
    s.receipt = q.value(2).toString();
    s.iin = q.value(3).toString();
    s.surname = q.value(4).toString();
    s.givenName = q.value(5).toString();
    s.patronymic = q.value(6).toString();
    s.status = caseStatusFromName(q.value(7).toString());
    s.purpose = q.value(8).toString();
    s.paper = q.value(9).toInt() != 0;
    s.channel = q.value(10).toString();
    s.submittedAt = Event::parseTime(q.value(11).toString());
    s.dueDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    s.anomalies = q.value(13).toInt();
    s.overrides = q.value(14).toInt();
    return s;
}

/// The UTC moment a branch-local day starts, in the stored text form.
QString dayStartUtc(const QDate &day, int offsetSeconds)
{
    return Event::formatTime(QDateTime(day, QTime(0, 0), QTimeZone(offsetSeconds)));
}

} // namespace

QString CaseSummary::fullName() const
{
    QStringList parts;
    for (const QString &p : {surname, givenName, patronymic}) {
        if (!p.isEmpty())
            parts.append(p);
    }
    return parts.join(u' ');
}

CaseCursor CaseCursor::after(const CaseSummary &last, CaseSort sort)
{
    return CaseCursor{false, CaseQueries::sortValue(last, sort), last.row};
}

CaseQueries::CaseQueries(Database &database)
    : m_database(database)
{
}

QString CaseQueries::sortValue(const CaseSummary &row, CaseSort sort)
{
    switch (sort) {
    case CaseSort::Submitted:
        return row.submittedAt.isValid() ? Event::formatTime(row.submittedAt) : QString();
    case CaseSort::Due: return row.dueDate.isValid() ? row.dueDate.toString(Qt::ISODate) : QString();
    case CaseSort::Surname: return CaseProjection::surnameKey(row.surname);
    case CaseSort::Receipt: return row.receipt;
    case CaseSort::Status: return caseStatusName(row.status);
    }
    return QString();
}

bool CaseQueries::select(const QString &tail, const QVariantList &binds,
                         QList<CaseSummary> *rows, QString *error) const
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM cases %2").arg(QLatin1String(kColumns), tail));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!execOrFail(q, QStringLiteral("searching cases"), error))
        return false;
    rows->clear();
    while (q.next())
        rows->append(fromRow(q));
    return true;
}

bool CaseQueries::byReceipt(const QString &digits, QList<CaseSummary> *rows, QString *error) const
{
    return select(QStringLiteral("WHERE receipt = ? ORDER BY rowid LIMIT 10"), {digits}, rows, error);
}

bool CaseQueries::byIin(const QString &iin, int limit, QList<CaseSummary> *rows,
                        QString *error) const
{
    return select(QStringLiteral("WHERE iin = ? ORDER BY submitted_at DESC, rowid DESC LIMIT ?"),
                  {iin, limit}, rows, error);
}

bool CaseQueries::bySurnamePrefix(const QString &prefix, int limit, QList<CaseSummary> *rows,
                                  QString *error) const
{
    const QString key = CaseProjection::surnameKey(prefix);
    if (key.isEmpty()) {
        rows->clear();
        return true;
    }
    // A range on the indexed key instead of LIKE, which SQLite cannot serve from an index
    // for non-ASCII text: every key starting with the prefix sorts below prefix + U+10FFFF.
    const QString upper = key + QString::fromUcs4(U"\U0010FFFF", 1);
    return select(QStringLiteral("INDEXED BY cases_by_surname WHERE surname_key >= ? AND "
                                 "surname_key < ? ORDER BY surname_key, rowid LIMIT ?"),
                  {key, upper, limit}, rows, error);
}

QString CaseQueries::pageStatement(const CaseFilter &filter, CaseSort sort, Qt::SortOrder order,
                                   const CaseCursor &cursor, int limit, QVariantList *binds)
{
    const QString column = QLatin1String(sortColumn(sort));
    const bool ascending = order == Qt::AscendingOrder;
    QStringList where;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const CaseStatus s : filter.statuses) {
            marks.append(QStringLiteral("?"));
            binds->append(caseStatusName(s));
        }
        where.append(QStringLiteral("status IN (%1)").arg(marks.join(u',')));
    }
    if (filter.submittedFrom.isValid()) {
        where.append(QStringLiteral("submitted_at >= ?"));
        binds->append(dayStartUtc(filter.submittedFrom, filter.utcOffsetSeconds));
    }
    if (filter.submittedTo.isValid()) {
        where.append(QStringLiteral("submitted_at < ?"));
        binds->append(dayStartUtc(filter.submittedTo.addDays(1), filter.utcOffsetSeconds));
    }
    if (!cursor.atStart) {
        // "key >= v" lets SQLite start the index scan at the cursor; the rest drops the rows
        // of equal keys already shown.
        where.append(ascending ? QStringLiteral("%1 >= ? AND (%1 > ? OR rowid > ?)").arg(column)
                               : QStringLiteral("%1 <= ? AND (%1 < ? OR rowid < ?)").arg(column));
        binds->append(cursor.value);
        binds->append(cursor.value);
        binds->append(cursor.row);
    }
    binds->append(limit);
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral("%1 ORDER BY %2 %3, rowid %3 LIMIT ?")
        .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
             column, direction);
}

bool CaseQueries::page(const CaseFilter &filter, CaseSort sort, Qt::SortOrder order,
                       const CaseCursor &cursor, int limit, QList<CaseSummary> *rows,
                       QString *error) const
{
    QVariantList binds;
    const QString tail = pageStatement(filter, sort, order, cursor, limit, &binds);
    return select(tail, binds, rows, error);
}

QStringList CaseQueries::queryPlans() const
{
    QStringList plans;
    auto explain = [&](const QString &tail, const QVariantList &binds) {
        QSqlQuery q(m_database.db());
        q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT %1 FROM cases %2")
                      .arg(QLatin1String(kColumns), tail));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        QStringList steps;
        if (q.exec()) {
            while (q.next())
                steps.append(q.value(3).toString());
        }
        plans.append(steps.join(QStringLiteral(" | ")));
    };
    explain(QStringLiteral("WHERE receipt = ? ORDER BY rowid LIMIT 10"), {QString()});
    explain(QStringLiteral("WHERE iin = ? ORDER BY submitted_at DESC, rowid DESC LIMIT ?"), {QString(), 1});
    explain(QStringLiteral("INDEXED BY cases_by_surname WHERE surname_key >= ? AND "
                           "surname_key < ? ORDER BY surname_key, rowid LIMIT ?"),
            {QString(), QString(), 1});
    for (CaseSort sort : {CaseSort::Submitted, CaseSort::Surname, CaseSort::Receipt}) {
        for (bool start : {true, false}) {
            QVariantList binds;
            CaseCursor cursor;
            cursor.atStart = start;
            const QString tail = pageStatement(CaseFilter(), sort, Qt::DescendingOrder, cursor, 100, &binds);
            explain(tail, binds);
        }
    }
    return plans;
}

} // namespace certdesk

#include "storage/CaseQueries.h"

#include "domain/Event.h"
#include "storage/CaseProjection.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/RowReader.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace certdesk {

namespace {

/// Up to this many cases in a filtered period, it is read whole and sorted for each page
/// (about 45 ms at 10,000; a week of a busy branch). Beyond, the sort's index is walked.
constexpr int kSmallPeriod = 10000;

constexpr const char *kColumns =
    "rowid, case_id, receipt, iin, surname, given_name, patronymic, status, purpose, paper, "
    "channel, submitted_at, due_date, anomalies, overrides";

/// Between the two parts of the status sort's cursor value; below every character of a key.
constexpr QChar kKeySeparator = QChar(0x1f);

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

/// The one mapping of a row's columns (kColumns) to a CaseSummary, from Qt's driver or
/// SQLite's own API alike: text(i) gives column i as text, number(i) as an integer.
template<typename Text, typename Number>
CaseSummary summaryFrom(const Text &text, const Number &number)
{
    CaseSummary s;
    s.row = number(0);
    s.caseId = text(1);
    s.receipt = text(2);
    s.iin = text(3);
    s.surname = text(4);
    s.givenName = text(5);
    s.patronymic = text(6);
    s.status = caseStatusFromName(text(7));
    s.purpose = text(8);
    s.paper = number(9) != 0;
    s.channel = text(10);
    s.submittedAt = Event::parseTime(text(11));
    s.dueDate = Event::parseDate(text(12));
    s.anomalies = int(number(13));
    s.overrides = int(number(14));
    return s;
}

/// The UTC moment a branch-local day starts, in the stored text form. Only called with a
/// filter whose offset was checked (periodReadable).
QString dayStartUtc(const QDate &day, const CaseFilter &filter)
{
    Q_ASSERT(filter.utcOffsetSeconds);
    return Event::formatTime(
        QDateTime(day, QTime(0, 0), QTimeZone(filter.utcOffsetSeconds.value_or(0))));
}

/// A period can be read only in branch time.
bool periodReadable(const CaseFilter &filter, QString *error)
{
    if (!filter.hasPeriod() || filter.utcOffsetSeconds)
        return true;
    if (error)
        *error = QStringLiteral("a period of submission dates needs the branch's UTC offset");
    return false;
}

/// A cursor value as bound: an empty key (a case without a due date) is '', never NULL,
/// which would compare with nothing.
QString bindable(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/// SQLite's BINARY order of two texts (the order of their UTF-8 bytes).
int compareKeys(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return x.compare(y);
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
    case CaseSort::Status:
        // The status sort reads cases_by_status (status, due_date): both go into the cursor.
        return caseStatusName(row.status) + kKeySeparator
               + (row.dueDate.isValid() ? row.dueDate.toString(Qt::ISODate) : QString());
    }
    return QString();
}

bool CaseQueries::select(const QString &tail, const QVariantList &binds,
                         QList<CaseSummary> *rows, QString *error) const
{
    return readRows(m_database,
        QStringLiteral("SELECT %1 FROM cases %2").arg(QLatin1String(kColumns), tail), binds, rows,
        [](const auto &text, const auto &number) { return summaryFrom(text, number); },
        QStringLiteral("searching cases"), error);
}

bool CaseQueries::byReceipt(const QString &digits, QList<CaseSummary> *rows, QString *error) const
{
    return select(QStringLiteral("WHERE receipt = ? ORDER BY rowid LIMIT 10"), {digits}, rows, error);
}

bool CaseQueries::sharingReceipt(
    const QString &caseId, QList<CaseSummary> *rows, QString *error) const
{
    return select(QStringLiteral("WHERE case_id IN (SELECT other.case_id FROM receipt_clashes me "
                                 "JOIN receipt_clashes other ON other.receipt = me.receipt "
                                 "WHERE me.case_id = ? AND other.case_id <> me.case_id) "
                                 "ORDER BY rowid"),
        {caseId}, rows, error);
}

bool CaseQueries::byIin(const QString &iin, int limit, QList<CaseSummary> *rows,
                        QString *error) const
{
    return select(QStringLiteral("WHERE iin = ? ORDER BY submitted_at DESC, rowid DESC LIMIT ?"),
                  {iin, limit}, rows, error);
}

bool CaseQueries::byCaseIds(
    const QStringList &caseIds, QList<CaseSummary> *rows, QString *error) const
{
    rows->clear();
    if (caseIds.isEmpty())
        return true;
    QStringList marks;
    QVariantList binds;
    for (const QString &id : caseIds) {
        marks.append(QStringLiteral("?"));
        binds.append(id);
    }
    return select(
        QStringLiteral("WHERE case_id IN (%1)").arg(marks.join(u',')), binds, rows, error);
}

bool CaseQueries::bySurnamePrefix(
    const QString &prefix, int limit, QList<CaseSummary> *rows, QString *error) const
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
                                   const CaseCursor &cursor, int limit, QVariantList *binds,
                                   bool periodFirst)
{
    const QString column = QLatin1String(sortColumn(sort));
    const bool ascending = order == Qt::AscendingOrder;
    // A short period sorted by another column: the period's rows are read from the submitted
    // index and sorted (at most kSmallPeriod of them) instead of walking the sort's index
    // past every case outside the period.
    const QString head = !periodFirst ? QString()
                         : filter.statuses.size() == 1 ? QStringLiteral("INDEXED BY cases_by_status_submitted ")
                                                       : QStringLiteral("INDEXED BY cases_by_submitted ");
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
        binds->append(dayStartUtc(filter.submittedFrom, filter));
    }
    if (filter.submittedTo.isValid()) {
        where.append(QStringLiteral("submitted_at < ?"));
        binds->append(dayStartUtc(filter.submittedTo.addDays(1), filter));
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (sort == CaseSort::Status) {
        // Within a status, by due date: the order of cases_by_status, read as a row value.
        if (!cursor.atStart) {
            const QStringList parts = cursor.value.split(kKeySeparator);
            where.append(ascending ? QStringLiteral("(status, due_date, rowid) > (?, ?, ?)")
                                   : QStringLiteral("(status, due_date, rowid) < (?, ?, ?)"));
            binds->append(bindable(parts.value(0)));
            binds->append(bindable(parts.value(1)));
            binds->append(cursor.row);
        }
        binds->append(limit);
        return head + QStringLiteral("%1 ORDER BY status %2, due_date %2, rowid %2 LIMIT ?")
            .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                 direction);
    }
    if (!cursor.atStart) {
        // "key >= v" lets SQLite start the index scan at the cursor; the rest drops the rows
        // of equal keys already shown.
        where.append(ascending ? QStringLiteral("%1 >= ? AND (%1 > ? OR rowid > ?)").arg(column)
                               : QStringLiteral("%1 <= ? AND (%1 < ? OR rowid < ?)").arg(column));
        binds->append(bindable(cursor.value));
        binds->append(bindable(cursor.value));
        binds->append(cursor.row);
    }
    binds->append(limit);
    return head + QStringLiteral("%1 ORDER BY %2 %3, rowid %3 LIMIT ?")
        .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
             column, direction);
}

bool CaseQueries::page(const CaseFilter &filter, CaseSort sort, Qt::SortOrder order,
                       const CaseCursor &cursor, int limit, QList<CaseSummary> *rows,
                       QString *error) const
{
    if (!periodReadable(filter, error))
        return false;
    if (filter.statuses.size() <= 1)
        return pageOne(filter, sort, order, cursor, limit, rows, error);
    // Several statuses: SQLite would sort every matching row for "status IN (...) ORDER BY
    // x". Each status alone is read in order from its (status, x) index instead, and the
    // pages of at most limit rows each are merged here.
    QList<CaseSummary> merged;
    for (const CaseStatus status : filter.statuses) {
        CaseFilter one = filter;
        one.statuses = {status};
        QList<CaseSummary> part;
        if (!pageOne(one, sort, order, cursor, limit, &part, error))
            return false;
        merged.append(part);
    }
    const bool ascending = order == Qt::AscendingOrder;
    std::stable_sort(merged.begin(), merged.end(), [&](const CaseSummary &a, const CaseSummary &b) {
        const int c = compareKeys(sortValue(a, sort), sortValue(b, sort));
        const bool less = c != 0 ? c < 0 : a.row < b.row;
        const bool greater = c != 0 ? c > 0 : a.row > b.row;
        return ascending ? less : greater;
    });
    *rows = merged.mid(0, limit);
    return true;
}

bool CaseQueries::isShortPeriod(const CaseFilter &filter) const
{
    // Counts at most kSmallPeriod index entries: the cost of asking stays bounded too.
    QStringList where;
    QVariantList binds;
    if (filter.statuses.size() == 1) {
        where.append(QStringLiteral("status = ?"));
        binds.append(caseStatusName(filter.statuses.constFirst()));
    }
    if (filter.submittedFrom.isValid()) {
        where.append(QStringLiteral("submitted_at >= ?"));
        binds.append(dayStartUtc(filter.submittedFrom, filter));
    }
    if (filter.submittedTo.isValid()) {
        where.append(QStringLiteral("submitted_at < ?"));
        binds.append(dayStartUtc(filter.submittedTo.addDays(1), filter));
    }
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM cases WHERE %1 LIMIT %2)")
                  .arg(where.join(QStringLiteral(" AND ")))
                  .arg(kSmallPeriod));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec() && q.next() && q.value(0).toInt() < kSmallPeriod;
}

int CaseQueries::smallPeriod()
{
    return kSmallPeriod;
}

bool CaseQueries::servesSort(const CaseFilter &filter, CaseSort sort) const
{
    const bool period = filter.hasPeriod();
    return !period || sort == CaseSort::Submitted
        || (periodReadable(filter, nullptr) && isShortPeriod(filter));
}

bool CaseQueries::pageOne(const CaseFilter &filter, CaseSort sort, Qt::SortOrder order,
                          const CaseCursor &cursor, int limit, QList<CaseSummary> *rows,
                          QString *error) const
{
    // A period holding many cases is dense enough that the sort's own index finds a page
    // of them quickly; a short one (today, a week) is read whole and sorted.
    const bool period = filter.submittedFrom.isValid() || filter.submittedTo.isValid();
    const bool periodFirst = period && sort != CaseSort::Submitted && isShortPeriod(filter);
    QVariantList binds;
    const QString tail = pageStatement(filter, sort, order, cursor, limit, &binds, periodFirst);
    return select(tail, binds, rows, error);
}

QString CaseQueries::plan(const QString &tail, const QVariantList &binds) const
{
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
    return steps.join(QStringLiteral(" | "));
}

QStringList CaseQueries::queryPlans() const
{
    QStringList plans;
    auto explain = [&](const QString &tail, const QVariantList &binds) {
        plans.append(plan(tail, binds));
    };
    explain(QStringLiteral("WHERE receipt = ? ORDER BY rowid LIMIT 10"), {QString()});
    explain(QStringLiteral("WHERE iin = ? ORDER BY submitted_at DESC, rowid DESC LIMIT ?"), {QString(), 1});
    explain(QStringLiteral("INDEXED BY cases_by_surname WHERE surname_key >= ? AND "
                           "surname_key < ? ORDER BY surname_key, rowid LIMIT ?"),
        {QString(), QString(), 1});
    explain(QStringLiteral("WHERE case_id IN (?,?)"), {QString(), QString()});
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

QStringList CaseQueries::pagePlans() const
{
    // Every sort the list offers, both ways, from the start and after a cursor, with no
    // filter and with one status (a several-status filter runs one of these per status).
    QStringList plans;
    for (CaseSort sort : {CaseSort::Submitted, CaseSort::Due, CaseSort::Surname,
                          CaseSort::Receipt, CaseSort::Status}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (int filtered = 0; filtered < 4; ++filtered) {
                for (bool start : {true, false}) {
                    // 0: none, 1: one status, 2: a short period, 3: a status and a short period
                    CaseFilter filter;
                    filter.utcOffsetSeconds = 0; // the plans are the same at any offset
                    if (filtered % 2 == 1)
                        filter.statuses = {CaseStatus::AtBranch};
                    if (filtered >= 2)
                        filter.submittedFrom = QDate(2026, 3, 1);
                    CaseCursor cursor;
                    cursor.atStart = start;
                    cursor.value = QStringLiteral("x");
                    QVariantList binds;
                    const QString tail = pageStatement(filter, sort, order, cursor, 100, &binds,
                                                       filtered >= 2 && sort != CaseSort::Submitted);
                    plans.append(tail + QStringLiteral(" => ") + plan(tail, binds));
                }
            }
        }
    }
    return plans;
}

} // namespace certdesk

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
/// Up to this many cases found by a search, they are read whole and sorted for each page. A
/// search's cases lie anywhere in the table, each row a page of its own to read (about 80 ms
/// at 10,000 in a million cases, 15 ms at 2,000); beyond, they are listed by their key.
constexpr int kSmallSearch = 2000;

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

/// The filter's conditions on the cases table, their values appended to binds in order.
QStringList conditions(const CaseFilter &filter, QVariantList *binds)
{
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
    if (!filter.receipt.isEmpty()) {
        where.append(QStringLiteral("receipt = ?"));
        binds->append(filter.receipt);
    }
    if (!filter.iin.isEmpty()) {
        where.append(QStringLiteral("iin = ?"));
        binds->append(filter.iin);
    }
    if (!filter.surnamePrefix.isEmpty()) {
        // A range on the indexed key instead of LIKE, which SQLite cannot serve from an index
        // for non-ASCII text: every key starting with the prefix sorts below prefix + U+10FFFF.
        // A text with no letter of a surname in it starts no surname (never every one).
        const QString key = CaseProjection::surnameKey(filter.surnamePrefix);
        where.append(QStringLiteral("surname_key >= ? AND surname_key < ?"));
        binds->append(key.isEmpty() ? QStringLiteral("\U0010FFFF") : key);
        binds->append(key + QString::fromUcs4(U"\U0010FFFF", 1));
    }
    return where;
}

/// The index that reads the filter's cases when they are read whole (sortedWhole: a search,
/// or a short period sorted by another column), instead of walking the sort's index past
/// every case outside them. Empty: SQLite's choice, the sort's own index.
QString indexHint(const CaseFilter &filter, bool sortedWhole)
{
    const bool oneStatus = filter.statuses.size() == 1;
    if (!filter.receipt.isEmpty())
        return QStringLiteral("INDEXED BY cases_by_receipt");
    if (!filter.iin.isEmpty())
        return QStringLiteral("INDEXED BY cases_by_iin");
    if (!filter.surnamePrefix.isEmpty())
        return oneStatus ? QStringLiteral("INDEXED BY cases_by_status_surname")
                         : QStringLiteral("INDEXED BY cases_by_surname");
    if (!sortedWhole || !filter.hasPeriod())
        return QString();
    return oneStatus ? QStringLiteral("INDEXED BY cases_by_status_submitted")
                     : QStringLiteral("INDEXED BY cases_by_submitted");
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

QString CaseQueries::pageStatement(const CaseFilter &filter, CaseSort sort, Qt::SortOrder order,
                                   const CaseCursor &cursor, int limit, QVariantList *binds,
                                   bool sortedWhole)
{
    const QString column = QLatin1String(sortColumn(sort));
    const bool ascending = order == Qt::AscendingOrder;
    const QString hint = indexHint(filter, sortedWhole);
    const QString head = hint.isEmpty() ? QString() : hint + u' ';
    QStringList where = conditions(filter, binds);
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

bool CaseQueries::countUpTo(const CaseFilter &filter, int cap, int *count, QString *error) const
{
    if (!periodReadable(filter, error))
        return false;
    QVariantList binds;
    const QStringList where = conditions(filter, &binds);
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM cases %1 %2 LIMIT %3)")
                  .arg(indexHint(filter, true),
                      where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
                  .arg(cap));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!execOrFail(q, QStringLiteral("counting cases"), error))
        return false;
    *count = q.next() ? q.value(0).toInt() : 0;
    return true;
}

bool CaseQueries::isSmallSelection(const CaseFilter &filter) const
{
    int count = 0;
    const int small = smallSelection(filter);
    return countUpTo(filter, small, &count, nullptr) && count < small;
}

int CaseQueries::smallSelection(const CaseFilter &filter)
{
    return filter.hasKey() ? kSmallSearch : kSmallPeriod;
}

CaseSort CaseQueries::indexOrder(const CaseFilter &filter)
{
    return filter.surnamePrefix.isEmpty() ? CaseSort::Submitted : CaseSort::Surname;
}

bool CaseQueries::servesSort(const CaseFilter &filter, CaseSort sort) const
{
    if (!filter.hasPeriod() && !filter.hasKey())
        return true; // every column's own index reads the whole table in order
    return sort == indexOrder(filter) || (periodReadable(filter, nullptr) && isSmallSelection(filter));
}

bool CaseQueries::pageOne(const CaseFilter &filter, CaseSort sort, Qt::SortOrder order,
                          const CaseCursor &cursor, int limit, QList<CaseSummary> *rows,
                          QString *error) const
{
    // A search's cases are always read from its key's index (sorted, unless in the index's
    // order). A period holding many cases is dense enough that the sort's own index finds a
    // page of them quickly; a short one (today, a week) is read whole and sorted.
    const bool sortedWhole = filter.hasKey()
        || (filter.hasPeriod() && sort != CaseSort::Submitted && isSmallSelection(filter));
    QVariantList binds;
    const QString tail = pageStatement(filter, sort, order, cursor, limit, &binds, sortedWhole);
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
    // filter, with one status (a several-status filter runs one of these per status), a
    // period, and each search.
    QStringList plans;
    for (CaseSort sort : {CaseSort::Submitted, CaseSort::Due, CaseSort::Surname,
                          CaseSort::Receipt, CaseSort::Status}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (int filtered = 0; filtered < 7; ++filtered) {
                for (bool start : {true, false}) {
                    // 0: none, 1: one status, 2: a short period, 3: a status and a short
                    // period; the searches: 4 a receipt, 5 an IIN, 6 a surname's start
                    CaseFilter filter;
                    filter.utcOffsetSeconds = 0; // the plans are the same at any offset
                    if (filtered == 1 || filtered == 3)
                        filter.statuses = {CaseStatus::AtBranch};
                    if (filtered == 2 || filtered == 3)
                        filter.submittedFrom = QDate(2026, 3, 1);
                    if (filtered == 4)
                        filter.receipt = QStringLiteral("00000000000000000");
                    if (filtered == 5)
                        filter.iin = QStringLiteral("000000000000");
                    if (filtered == 6)
                        filter.surnamePrefix = QStringLiteral("x");
                    CaseCursor cursor;
                    cursor.atStart = start;
                    cursor.value = QStringLiteral("x");
                    QVariantList binds;
                    const bool sortedWhole = filter.hasKey()
                        || (filter.hasPeriod() && sort != CaseSort::Submitted);
                    const QString tail
                        = pageStatement(filter, sort, order, cursor, 100, &binds, sortedWhole);
                    plans.append(tail + QStringLiteral(" => ") + plan(tail, binds));
                }
            }
        }
    }
    return plans;
}

} // namespace certdesk

#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/CaseState.h"

namespace certdesk {

class Database;

/// One line of the case list or of a search result: the projection's columns, no fold.
struct CaseSummary
{
    qint64 row = 0; ///< the table's rowid: the tie-breaker of keyset paging
    QString caseId;
    QString receipt;
    QString iin;
    QString surname;
    QString givenName;
    QString patronymic;
    CaseStatus status = CaseStatus::None;
    QString purpose;
    bool paper = false;
    QString channel;
    QDateTime submittedAt; ///< UTC
    QDate dueDate;
    int anomalies = 0;
    int overrides = 0;

    QString fullName() const;
};

/// Which cases the list shows.
struct CaseFilter
{
    QList<CaseStatus> statuses;   ///< empty: every status
    QDate submittedFrom;          ///< branch-local dates, inclusive; invalid: open
    QDate submittedTo;
    /// The branch's offset, which says when a branch-local day starts. Set by the service
    /// from the session's clock; a period without it is refused, never read at an assumed one.
    std::optional<int> utcOffsetSeconds;

    bool hasPeriod() const { return submittedFrom.isValid() || submittedTo.isValid(); }
};

enum class CaseSort { Submitted, Due, Surname, Receipt, Status };

/// Where the next page starts: the sort value and rowid of the last row already shown.
struct CaseCursor
{
    bool atStart = true;
    QString value;
    qint64 row = 0;

    static CaseCursor after(const CaseSummary &last, CaseSort sort);
};

/// The counter's questions to the cases table: search by receipt, IIN or surname prefix on
/// their indexes, and the case list in pages by keyset (WHERE key > last shown ... LIMIT n),
/// so no question reads the whole table into memory and a page costs the same on the first
/// day and after a million cases.
class CaseQueries
{
public:
    explicit CaseQueries(Database &database);

    bool byReceipt(const QString &digits, QList<CaseSummary> *rows, QString *error) const;
    /// The other cases carrying the receipt number of caseId (ReceiptClashes): empty for an
    /// ordinary case.
    bool sharingReceipt(const QString &caseId, QList<CaseSummary> *rows, QString *error) const;
    /// Newest first.
    bool byIin(const QString &iin, int limit, QList<CaseSummary> *rows, QString *error) const;
    /// The rows of these cases (those that exist), to show a change at once.
    bool byCaseIds(const QStringList &caseIds, QList<CaseSummary> *rows, QString *error) const;
    /// Surnames starting with prefix, compared as CaseProjection::surnameKey does.
    bool bySurnamePrefix(const QString &prefix, int limit, QList<CaseSummary> *rows,
                         QString *error) const;

    /// Up to this many cases, a period is read whole and sorted by any column.
    static int smallPeriod();
    /// Whether pages in this sort stay cheap under this filter whatever the database holds:
    /// a period of more cases than smallPeriod() is listed by submission time only (its own
    /// index reads it in order; another column's index would walk every case outside it).
    bool servesSort(const CaseFilter &filter, CaseSort sort) const;
    /// One page of the case list after cursor.
    bool page(const CaseFilter &filter, CaseSort sort, Qt::SortOrder order,
              const CaseCursor &cursor, int limit, QList<CaseSummary> *rows,
              QString *error) const;

    /// SQLite's plan for each statement, for the test that keeps them on their indexes.
    QStringList queryPlans() const;
    /// The plan of the case list's page for every sort and order, with no filter, a status,
    /// a short period and both, each as "statement => plan", for the test that keeps every
    /// page on an index (in its order, or the short period's range).
    QStringList pagePlans() const;

    /// The sort column's value as the cursor stores it.
    static QString sortValue(const CaseSummary &row, CaseSort sort);

private:
    bool select(const QString &tail, const QVariantList &binds, QList<CaseSummary> *rows,
                QString *error) const;
    static QString pageStatement(const CaseFilter &filter, CaseSort sort, Qt::SortOrder order,
                                 const CaseCursor &cursor, int limit, QVariantList *binds,
                                 bool periodFirst = false);
    bool pageOne(const CaseFilter &filter, CaseSort sort, Qt::SortOrder order,
                 const CaseCursor &cursor, int limit, QList<CaseSummary> *rows,
                 QString *error) const;
    bool isShortPeriod(const CaseFilter &filter) const;
    /// SQLite's plan of one list statement, its steps joined by " | ".
    QString plan(const QString &tail, const QVariantList &binds) const;

    Database &m_database;
};

} // namespace certdesk

Q_DECLARE_TYPEINFO(certdesk::CaseSummary, Q_RELOCATABLE_TYPE); // every member moves by its bytes

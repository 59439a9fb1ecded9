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

/// Which cases the list shows: the filter the clerk set, or what a search found.
struct CaseFilter
{
    QList<CaseStatus> statuses;   ///< empty: every status
    QDate submittedFrom;          ///< branch-local dates, inclusive; invalid: open
    QDate submittedTo;
    /// The branch's offset, which says when a branch-local day starts. Set by the service
    /// from the session's clock; a period without it is refused, never read at an assumed one.
    std::optional<int> utcOffsetSeconds;

    // A search's key (CaseService::search), each read from its own index; empty: none.
    QString receipt;        ///< the receipt's 17 digits
    QString iin;            ///< the person's IIN
    QString surnamePrefix;  ///< the start of a surname, compared as CaseProjection::surnameKey does

    bool hasPeriod() const { return submittedFrom.isValid() || submittedTo.isValid(); }
    bool hasKey() const { return !receipt.isEmpty() || !iin.isEmpty() || !surnamePrefix.isEmpty(); }
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

/// The counter's questions to the cases table: the case list and the searches (receipt, IIN
/// or surname prefix, each on its index) in pages by keyset (WHERE key > last shown ... LIMIT n),
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
    /// The rows of these cases (those that exist), to show a change at once.
    bool byCaseIds(const QStringList &caseIds, QList<CaseSummary> *rows, QString *error) const;

    /// Up to this many cases, the filter's (a period's, a search's) are read whole and sorted
    /// by any column: fewer for a search, whose rows lie anywhere in the table.
    static int smallSelection(const CaseFilter &filter);
    /// The order the filter's own index gives its cases in: a surname's start by surname,
    /// anything else by submission time.
    static CaseSort indexOrder(const CaseFilter &filter);
    /// Whether pages in this sort stay cheap under this filter whatever the database holds:
    /// a period or a search of more cases than smallSelection() is listed in indexOrder()
    /// only (another column's index would walk every case outside it, or every case found
    /// would be sorted for each page).
    bool servesSort(const CaseFilter &filter, CaseSort sort) const;
    /// How many cases the filter holds, counted up to cap (cap: that many or more). Reads at
    /// most cap index entries, so the question costs the same however many there are.
    bool countUpTo(const CaseFilter &filter, int cap, int *count, QString *error) const;
    /// One page of the case list, or of a search's cases (a filter with a key), after cursor.
    bool page(const CaseFilter &filter, CaseSort sort, Qt::SortOrder order,
              const CaseCursor &cursor, int limit, QList<CaseSummary> *rows,
              QString *error) const;

    /// SQLite's plan for each statement, for the test that keeps them on their indexes.
    QStringList queryPlans() const;
    /// The plan of the case list's page for every sort and order, with no filter, a status,
    /// a short period and both, and each search's key, each as "statement => plan", for the
    /// test that keeps every page on an index (in its order, or the short period's range, or
    /// the search key's).
    QStringList pagePlans() const;

    /// The sort column's value as the cursor stores it.
    static QString sortValue(const CaseSummary &row, CaseSort sort);

private:
    bool select(const QString &tail, const QVariantList &binds, QList<CaseSummary> *rows,
                QString *error) const;
    static QString pageStatement(const CaseFilter &filter, CaseSort sort, Qt::SortOrder order,
                                 const CaseCursor &cursor, int limit, QVariantList *binds,
                                 bool sortedWhole = false);
    bool pageOne(const CaseFilter &filter, CaseSort sort, Qt::SortOrder order,
                 const CaseCursor &cursor, int limit, QList<CaseSummary> *rows,
                 QString *error) const;
    /// Whether the filter's cases are few enough to be sorted (a period or a search).
    bool isSmallSelection(const CaseFilter &filter) const;
    /// SQLite's plan of one list statement, its steps joined by " | ".
    QString plan(const QString &tail, const QVariantList &binds) const;

    Database &m_database;
};

} // namespace certdesk

Q_DECLARE_TYPEINFO(certdesk::CaseSummary, Q_RELOCATABLE_TYPE); // every member moves by its bytes

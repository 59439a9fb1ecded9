#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace certdesk {

class Database;

/// One case as the supervisor board lists it: the projection's columns, no fold.
struct BoardRow
{
    QString caseId;
    QString receipt;
    QString status;
    QString surname;
    QString givenName;
    QString patronymic;
    QDate arrivedOn;
    QDate branchCustodyUntil;
    QDate providerCustodyUntil;
    QDate returnDue;
    QDate interimDue;
    QDate returnedOn; ///< set once the provider sent the paper back
    QDate dueDate; ///< the service deadline (late results only)
    QDateTime submittedAt; ///< UTC
    QDateTime lastEventAt; ///< UTC
    int anomalies = 0;
    int overrides = 0;
    QString anomalyCodes; ///< flagged rows only: the codes, comma-separated
    QDateTime firstAnomalyAt; ///< flagged rows only, UTC

    QString fullName() const;
};

/// A workstation's clock found to have moved back (EventStore::clockMovedBack): the record's
/// fields, read from the events (there is no case).
struct ClockStepRow
{
    QString eventId;
    QString device;
    QString by;
    int workstation = 0;
    QDateTime clock; ///< what the clock showed, UTC
    QDateTime previous; ///< what it had shown at the workstation's previous write, UTC
    qint64 behindSeconds = 0;
    QDate date; ///< the branch date the clock showed
};

/// Where the next page of a custody bucket starts: the last entry already shown, by its due
/// day (the day its custody runs to), receipt and case. The default: the first page.
struct BoardCursor
{
    QDate due;
    QString receipt;
    QString caseId;
};

/// The board's questions to the cases table. Each one reads a single partial index
/// (Migrations steps 5 and 10; the custody buckets' indexes carry every column they show),
/// so the cost follows the number of open cases in that state, never the size of the
/// branch's history. Dates and clocks are the caller's business.
class BoardQueries
{
public:
    explicit BoardQueries(Database &database);

    /// Papers at the branch kept there on asOf or later, in (kept until, receipt, case) order:
    /// at most limit of them (every one: limit < 0) after the cursor. A paper is kept until
    /// the end of branch custody; one the provider sent back, until the end of the whole
    /// custody (provider_custody_until). Each part is a range of the bucket's index.
    bool atBranchKept(const QDate &asOf, const BoardCursor &after, int limit,
        QList<BoardRow> *rows, QString *error) const;
    /// Papers at the branch kept until a day before asOf: due for transfer. Every one.
    bool atBranchOver(const QDate &asOf, QList<BoardRow> *rows, QString *error) const;
    /// Papers with the provider whose custody runs to asOf or later, paged as atBranchKept.
    bool atProviderKept(const QDate &asOf, const BoardCursor &after, int limit,
        QList<BoardRow> *rows, QString *error) const;
    /// Papers with the provider whose custody ended before asOf: to be archived. Every one.
    bool atProviderOver(const QDate &asOf, QList<BoardRow> *rows, QString *error) const;
    /// How many rows atBranchKept and atProviderKept give in all, counted on their indexes.
    bool keptCounts(
        const QDate &asOf, qsizetype *atBranch, qsizetype *atProvider, QString *error) const;
    /// The person asked for the paper back, earliest due first.
    bool returnRequested(QList<BoardRow> *rows, QString *error) const;
    /// Additional checks whose interim notice was not given yet, earliest due first.
    bool interimPending(QList<BoardRow> *rows, QString *error) const;
    /// Cases with an impossible sequence, and open cases with an override; most recent first.
    bool flagged(QList<BoardRow> *rows, QString *error) const;
    /// Cases whose receipt number another case carries too (ReceiptClashes), by receipt.
    bool sharedReceipts(QList<BoardRow> *rows, QString *error) const;
    /// Cases with no result (submitted, or under an additional check) whose service deadline
    /// is before asOf: the provider is late. The most overdue first.
    bool lateResults(const QDate &asOf, QList<BoardRow> *rows, QString *error) const;
    /// Every record of a workstation clock that moved back, from any workstation (they come
    /// with sync), the latest first.
    bool clockSteps(QList<ClockStepRow> *rows, QString *error) const;
    /// One row per case (or stream) of which the server holds an event otherwise than this
    /// database (sync_anomalies): codes "server_changed" / "server_deleted", anomalies the
    /// number of such events, firstAnomalyAt when the first was seen. Newest first.
    bool serverAnomalies(QList<BoardRow> *rows, QString *error) const;
    /// Cases issued on a day in [from, to], in day order.
    bool issuedBetween(
        const QDate &from, const QDate &to, QList<BoardRow> *rows, QString *error) const;

    /// Cases whose receipt is one of the spellings given (digits, grouped), for the pickup.
    bool byReceipt(const QStringList &spellings, QList<BoardRow> *rows, QString *error) const;
    /// Cases about the person with this IIN, newest first, for the pickup.
    bool byIin(const QString &iin, QList<BoardRow> *rows, QString *error) const;

    /// The act number of the latest transfer this workstation wrote, or empty: the next act
    /// continues its numbering. Walks the device's events newest first, so it stops at the
    /// last monthly batch instead of reading the whole history.
    /// writtenHere: only acts this database wrote (an id it left may be another copy's now).
    QString lastTransferAct(const QString &device, bool writtenHere = false) const;

    /// SQLite's plan for each board query, for the test that keeps them on their indexes.
    QStringList queryPlans() const;

private:
    /// What a query reads: only columns its partial index carries, or also the anomaly list
    /// from the state text.
    enum class Columns { FromIndex, WithAnomalyList };
    bool select(const QString &where, const QString &order, const QList<QString> &binds,
        QList<BoardRow> *rows, QString *error, Columns columns = Columns::WithAnomalyList) const;
    bool selectValues(const QString &where, const QString &order, const QVariantList &values,
        QList<BoardRow> *rows, QString *error, Columns columns) const;
    static QString statement(const QString &where, const QString &order, Columns columns);
    /// One range of a custody bucket's index from asOf on, in (until, receipt, case) order,
    /// after the cursor, at most limit rows (all: limit < 0).
    bool keptRange(const char *where, const char *until, const QDate &asOf,
        const BoardCursor &after, int limit, QList<BoardRow> *rows, QString *error) const;

    Database &m_database;
};

} // namespace certdesk

Q_DECLARE_TYPEINFO(certdesk::BoardRow, Q_RELOCATABLE_TYPE); // every member moves by its bytes

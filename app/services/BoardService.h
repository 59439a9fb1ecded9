#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>

#include "storage/WorkstationAlerts.h"

namespace certdesk {

class BoardQueries;
class Session;

/// The supervisor board's buckets, in the order the board shows them. Their names are the
/// keys of `certdeskctl board` (docs/certdeskctl.md, "board and sweep"): never rename one.
enum class BoardBucket {
    AtBranch, ///< paper in branch custody (or returned and waiting for the person)
    DueForTransfer, ///< branch custody over: the supervisor sends it to the provider
    AtProvider, ///< paper in the provider's custody
    ReturnRequested, ///< the person came; the provider owes the paper back
    ToArchive, ///< provider custody over: the provider files it away
    InterimNoticeDue, ///< additional check running, interim notice not given yet
    LateResults, ///< past the service deadline with no result: the provider is late
    Anomalies, ///< impossible sequences, overrides, workstation clocks that moved back
};
inline constexpr int BoardBucketCount = 8;

QString boardBucketName(BoardBucket bucket);
bool boardBucketFromName(const QString &name, BoardBucket *bucket);

/// Another case with the same receipt number (two workstations issued it twice).
struct BoardPeer
{
    QString caseId;
    QString name;
};

/// One line of a bucket.
struct BoardEntry
{
    QString caseId;
    QString receipt;
    QString name; ///< the person the certificate is about
    QDate due; ///< the bucket's date (docs/certdeskctl.md says which for each)
    int daysLeft = 0; ///< calendar days from the board's date to due; negative = overdue
    bool overdue = false;
    bool today = false; ///< due equals the board's date
    bool returned = false; ///< the provider already sent this paper back once
    /// A deadline counted in working days that falls in a year the working-day calendar has
    /// no holidays for: counted with weekends alone, it may be wrong.
    bool calendarUnknown = false;
    QDate arrivedOn;
    int anomalies = 0;
    int overrides = 0;
    QString codes; ///< anomalies: the fold's codes, comma-separated
    /// anomalies: the other cases carrying this case's receipt number (code receipt_shared)
    QList<BoardPeer> sharedWith;

    // A workstation's clock that moved back (code clock_moved_back) is an anomaly with no case:
    // which workstation, who was writing, and what its clock showed then and before.
    QString device;
    int workstation = 0;
    QString by;
    QDateTime clockAt; ///< UTC
    QDateTime previousAt; ///< UTC
    qint64 behindSeconds = 0;
    bool isClockStep() const { return !device.isEmpty(); }

    QJsonObject toJson(BoardBucket bucket) const;
};

/// What the workstation noticed about another computer writing as it, in plain words.
struct BoardAlert
{
    WorkstationAlert alert;
    QString message;
};

/// The board at one date: every bucket, each sorted the way the supervisor works it.
struct Board
{
    QDate asOf;
    std::array<QList<BoardEntry>, BoardBucketCount> buckets;
    /// Open alerts of this workstation (README, "Receipt numbers"); not part of a sweep. In
    /// the JSON only when there is one (key workstation_alerts).
    QList<BoardAlert> workstationAlerts;
    bool actionsOnly = false; ///< a sweep: only the action buckets exist
    /// How many entries each bucket has in all. A board holds every entry of every bucket;
    /// an overview (BoardService::overview) only the first page of the paged buckets, whose
    /// further pages BoardService::page reads.
    std::array<qsizetype, BoardBucketCount> totals {};

    qsizetype total(BoardBucket b) const { return totals[size_t(b)]; }
    /// Whether every entry of the bucket is held.
    bool isWhole(BoardBucket b) const { return bucket(b).size() >= total(b); }

    /// The years of the deadlines on this board that are counted without a working-day
    /// calendar (entries with calendarUnknown), ascending.
    QList<int> yearsWithoutCalendar() const;

    /// The buckets that hold actions a person takes on a day (the sweep's keys).
    static QList<BoardBucket> actionBuckets();
    /// The buckets an overview holds a page of: the papers whose custody runs, the largest
    /// by far (thousands at a busy branch) and none of them an action. Every other bucket is
    /// always held whole.
    static QList<BoardBucket> pagedBuckets();

    QList<BoardEntry> &bucket(BoardBucket b) { return buckets[size_t(b)]; }
    const QList<BoardEntry> &bucket(BoardBucket b) const { return buckets[size_t(b)]; }
    /// { bucket name: [entries] } for every bucket (a sweep's four), empty ones included.
    QJsonObject toJson() const;
    /// Every entry as one CSV line (RFC 4180, comma-separated, a header first), for a
    /// spreadsheet: bucket, case_id, receipt, name, due, days_left, overdue, today, returned,
    /// arrived_on, codes.
    QString toCsv() const;
    /// Only what needs a person's action on asOf: the action buckets' entries due on or
    /// before it. The anomalies and the two custody-running buckets are left out.
    Board sweep() const;
};

/// Builds the supervisor board from the case projection and the live calendar. Reads only:
/// nothing is ever transferred or archived without a person's action.
class BoardService
{
    Q_DECLARE_TR_FUNCTIONS(BoardService)

public:
    explicit BoardService(Session &session);

    /// Every bucket whole, clocks evaluated on asOf. Cases are taken as they stand now.
    bool board(const QDate &asOf, Board *out, QString *error);
    /// The board as its screen shows it: every bucket whole except the paged buckets, of
    /// which the first firstPage entries (and every bucket's total).
    bool overview(const QDate &asOf, int firstPage, Board *out, QString *error);
    /// Up to limit entries of a paged bucket after the entry given (a default entry: from the
    /// first), in the bucket's order: custody ending first, then by receipt.
    bool page(BoardBucket bucket, const QDate &asOf, const BoardEntry &after, int limit,
        QList<BoardEntry> *out, QString *error);
    /// board(asOf).sweep()
    bool sweep(const QDate &asOf, Board *out, QString *error);

private:
    /// The board, the paged buckets limited to firstPage entries (all: firstPage < 0).
    bool read(const QDate &asOf, int firstPage, Board *out, QString *error);
    static bool addSharedReceipts(const BoardQueries &queries, int utcOffset, const QDate &asOf,
        QList<BoardEntry> *anomalies, QHash<QString, QDateTime> *lastEvent, QString *error);

    Session &m_session;
};

} // namespace certdesk

// Every member moves by its bytes (Qt's value types are relocatable): a bucket of thousands of
// papers grows by reallocating, not by moving each entry.
Q_DECLARE_TYPEINFO(certdesk::BoardEntry, Q_RELOCATABLE_TYPE);

#pragma once

#include <QAbstractTableModel>

#include <functional>

#include "services/BoardService.h"

namespace certdesk {

class Clock;

/// The lines of one board bucket for a table view: receipt (a link to the case), name, due
/// date, days left, what is late, arrival. SortRole gives dates and numbers, not their text,
/// so every column sorts the way a supervisor expects. A paged bucket (Board::pagedBuckets)
/// comes with its first page and brings the next ones as the view scrolls (canFetchMore /
/// fetchMore), PageSize at a time, in the bucket's own order.
class BoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Receipt, Name, Due, DaysLeft, State, Arrived, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, CaseIdRole };
    /// The entries of a paged bucket read at a time.
    static constexpr int PageSize = 100;
    /// Reads up to limit entries of the bucket after the one given.
    using Fetch = std::function<bool(
        const BoardEntry &after, int limit, QList<BoardEntry> *more, QString *error)>;

    /// clock: for the branch time of a workstation clock's record.
    explicit BoardModel(const Clock &clock, QObject *parent = nullptr);

    /// The bucket's entries held now; total: how many it has in all (more than held: fetch
    /// reads the others).
    void setEntries(BoardBucket bucket, const QList<BoardEntry> &entries, qsizetype total = -1,
        Fetch fetch = {});
    const QList<BoardEntry> &entries() const { return m_entries; }
    qsizetype total() const { return m_total; }
    /// Reads every entry still to come (a sort by another column needs them all).
    bool fetchAll();
    BoardBucket bucket() const { return m_bucket; }

    /// What the state column says for an entry of a bucket ("due today", "overdue by 3 days").
    QString stateText(BoardBucket bucket, const BoardEntry &entry) const;
    /// The bucket's name as the supervisor reads it.
    static QString bucketTitle(BoardBucket bucket);
    /// A length of time in its largest whole unit: "3 days", "5 hours", "40 seconds".
    static QString durationText(qint64 seconds);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void failed(const QString &error);

private:
    /// Appends up to limit entries from fetch; false (and failed()) when it fails.
    bool readMore(int limit);

    const Clock &m_clock;
    BoardBucket m_bucket = BoardBucket::AtBranch;
    QList<BoardEntry> m_entries;
    qsizetype m_total = 0;
    Fetch m_fetch;
};

} // namespace certdesk

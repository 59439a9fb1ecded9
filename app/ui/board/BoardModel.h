#pragma once

#include <QAbstractTableModel>

#include "services/BoardService.h"

namespace certdesk {

class Clock;

/// The lines of one board bucket for a table view: receipt (a link to the case), name, due
/// date, days left, what is late, arrival. SortRole gives dates and numbers, not their text,
/// so every column sorts the way a supervisor expects.
class BoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Receipt, Name, Due, DaysLeft, State, Arrived, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, CaseIdRole };

    /// clock: for the branch time of a workstation clock's record.
    explicit BoardModel(const Clock &clock, QObject *parent = nullptr);

    void setEntries(BoardBucket bucket, const QList<BoardEntry> &entries);
    const QList<BoardEntry> &entries() const { return m_entries; }
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

private:
    const Clock &m_clock;
    BoardBucket m_bucket = BoardBucket::AtBranch;
    QList<BoardEntry> m_entries;
};

} // namespace certdesk

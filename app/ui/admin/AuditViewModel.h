#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "storage/AuditLog.h"

namespace certdesk {

class Clock;

/// The lines of the audit log for a table: time in branch time, who, what, which case, which
/// workstation, and the details with everything personal removed.
class AuditViewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        ActionColumn,
        CaseColumn,
        DeviceColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit AuditViewModel(const Clock &clock, QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Clock &m_clock;
    QList<AuditEntry> m_entries;
    QList<QString> m_details; ///< computed once per entry
};

} // namespace certdesk

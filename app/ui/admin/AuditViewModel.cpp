#include "ui/admin/AuditViewModel.h"

#include "domain/Clock.h"
#include "domain/Event.h"
#include "services/AuditService.h"
#include "ui/common/AuthorText.h"

namespace certdesk {

AuditViewModel::AuditViewModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
}

void AuditViewModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_details.clear();
    for (const AuditEntry &e : std::as_const(m_entries))
        m_details.append(AuditService::summary(e.event));
    endResetModel();
}

int AuditViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditViewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditViewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == CaseColumn)
        return e.event.caseId;
    if (role == Qt::ToolTipRole && index.column() == DeviceColumn)
        return e.event.device;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case TimeColumn:
        return m_clock.toLocal(e.event.at).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn:
        return AuthorText::of(e.event.by);
    case ActionColumn:
        return e.event.typeName;
    case CaseColumn:
        return e.receipt.isEmpty() ? e.event.caseId : e.receipt;
    case DeviceColumn:
        return e.event.device.left(8);
    case DetailsColumn:
        return m_details.at(index.row());
    default:
        return QVariant();
    }
}

QVariant AuditViewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case CaseColumn:
        return tr("Receipt or case");
    case DeviceColumn:
        return tr("Workstation");
    case DetailsColumn:
        return tr("Details");
    default:
        return QVariant();
    }
}

} // namespace certdesk

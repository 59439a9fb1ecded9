#include "ui/CaseListModel.h"

#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "domain/ReceiptNumber.h"
#include "services/CaseService.h"
#include "ui/CaseTexts.h"

#include <QBrush>

#include <algorithm>

namespace certdesk {

CaseListModel::CaseListModel(CaseService &service, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_clock(clock)
{
    m_filter.utcOffsetSeconds = clock.utcOffsetSeconds();
}

bool CaseListModel::isSortable(int column)
{
    return column != Iin && column != Purpose;
}

int CaseListModel::columnOf(CaseSort sort)
{
    switch (sort) {
    case CaseSort::Receipt: return Receipt;
    case CaseSort::Surname: return Name;
    case CaseSort::Status: return Status;
    case CaseSort::Submitted: return Submitted;
    case CaseSort::Due: return Due;
    }
    return Submitted;
}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    m_filter.utcOffsetSeconds = m_clock.utcOffsetSeconds();
    m_search = false;
    reload();
}

void CaseListModel::showSearch(const QList<CaseSummary> &rows)
{
    beginResetModel();
    m_search = true;
    m_rows = rows;
    m_exhausted = true;
    endResetModel();
}

void CaseListModel::reload()
{
    if (m_search)
        return;
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    endResetModel();
    if (canFetchMore(QModelIndex()))
        fetchMore(QModelIndex());
}

int CaseListModel::rowOf(const QString &caseId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).caseId == caseId)
            return int(i);
    }
    return -1;
}

QList<CaseSummary> CaseListModel::fetchPage(QString *error) const
{
    const CaseCursor cursor = m_rows.isEmpty() ? CaseCursor() : CaseCursor::after(m_rows.last(), m_sort);
    QList<CaseSummary> page;
    if (!m_service.page(m_filter, m_sort, m_order, cursor, PageSize, &page, error))
        return {};
    return page;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    QString error;
    const QList<CaseSummary> page = fetchPage(&error);
    if (!error.isEmpty()) {
        m_exhausted = true;
        Q_EMIT failed(error);
        return;
    }
    if (page.size() < PageSize)
        m_exhausted = true;
    if (page.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    CaseSort key = m_sort;
    switch (column) {
    case Receipt: key = CaseSort::Receipt; break;
    case Name: key = CaseSort::Surname; break;
    case Status: key = CaseSort::Status; break;
    case Submitted: key = CaseSort::Submitted; break;
    case Due: key = CaseSort::Due; break;
    default:
        // IIN and purpose have no index to sort by: keep the order storage can give.
        Q_EMIT sortChanged(columnOf(m_sort), m_order);
        return;
    }
    if (key == m_sort && order == m_order)
        return;
    m_sort = key;
    m_order = order;
    if (m_search) {
        beginResetModel();
        std::stable_sort(m_rows.begin(), m_rows.end(), [this](const CaseSummary &a, const CaseSummary &b) {
            const QString x = CaseQueries::sortValue(a, m_sort);
            const QString y = CaseQueries::sortValue(b, m_sort);
            return m_order == Qt::AscendingOrder ? x < y : y < x;
        });
        endResetModel();
    } else {
        reload();
    }
    Q_EMIT sortChanged(column, order);
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseSummary &c = m_rows.at(index.row());
    if (role == CaseIdRole)
        return c.caseId;
    if (role == Qt::ForegroundRole && c.anomalies > 0)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && c.anomalies > 0)
        return tr("This case has %n anomaly(ies) for the supervisor.", nullptr, c.anomalies);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Receipt: return ReceiptNumber::format(c.receipt);
    case Name: return c.fullName();
    case Iin: return IdNumber::masked(c.iin);
    case Purpose: return CaseTexts::purpose(c.purpose);
    case Status: return CaseTexts::status(c.status);
    case Submitted:
        return c.submittedAt.isValid()
                   ? m_clock.toLocal(c.submittedAt).toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                   : QString();
    case Due: return c.dueDate.isValid() ? c.dueDate.toString(QStringLiteral("dd.MM.yyyy")) : QString();
    default: return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Receipt: return tr("Receipt");
    case Name: return tr("Person");
    case Iin: return tr("IIN");
    case Purpose: return tr("Purpose");
    case Status: return tr("Status");
    case Submitted: return tr("Submitted");
    case Due: return tr("Due");
    default: return {};
    }
}

} // namespace certdesk

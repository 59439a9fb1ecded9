#include "ui/case/CaseListModel.h"

#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "domain/ReceiptNumber.h"
#include "services/CaseService.h"
#include "ui/case/CaseTexts.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

namespace certdesk {

CaseListModel::CaseListModel(CaseService &service, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_clock(clock)
{
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
    m_search = false;
    reload();
}

void CaseListModel::showSearch(const CaseFilter &found)
{
    m_searchFilter = found;
    m_search = true;
    reload();
}

const CaseFilter &CaseListModel::shown() const
{
    return m_search ? m_searchFilter : m_filter;
}

void CaseListModel::refreshCases(const QStringList &caseIds)
{
    QStringList wanted = caseIds;
    if (wanted.isEmpty()) {
        for (const QList<CaseSummary> &rows : std::as_const(m_pages)) {
            for (const CaseSummary &c : rows)
                wanted.append(c.caseId);
        }
    }
    QList<CaseSummary> fresh;
    QString error;
    if (wanted.isEmpty() || !m_service.summaries(wanted, &fresh, &error)) {
        if (!error.isEmpty())
            Q_EMIT failed(error);
        return;
    }
    QHash<QString, CaseSummary> byId;
    for (const CaseSummary &c : std::as_const(fresh))
        byId.insert(c.caseId, c);
    auto update = [&](QList<CaseSummary> &rows, int first) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const auto it = byId.constFind(rows.at(i).caseId);
            if (it == byId.cend())
                continue;
            rows[i] = it.value();
            Q_EMIT dataChanged(index(first + int(i), 0), index(first + int(i), ColumnCount - 1));
        }
    };
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
        update(it.value(), it.key() * PageSize);
}

void CaseListModel::clearRows()
{
    m_pageEnds.clear();
    m_pages.clear();
    m_recent.clear();
    m_rowCount = 0;
}

void CaseListModel::reload()
{
    // The clerk's order, wherever it can be served; where it cannot, the shown cases' own for
    // this list only: the next list or search comes in the clerk's order again.
    const CaseSort natural = CaseQueries::indexOrder(shown());
    const CaseSort wasSort = m_sort;
    const Qt::SortOrder wasOrder = m_order;
    m_sort = m_wantedSort;
    m_order = m_wantedOrder;
    if (m_sort != natural && !m_service.servesSort(shown(), m_sort)) {
        // Another column's order over a long period would walk every case outside it, over a
        // long search sort every case found for each page: they are listed in the order their
        // own index gives, and the clerk is told why.
        m_sort = natural;
        if (natural == CaseSort::Surname)
            m_order = Qt::AscendingOrder; // from A, as a clerk reads a list of names
        Q_EMIT notice(m_search
                ? tr("The search finds %n or more cases, so they are listed by surname. Type "
                     "more of the surname to sort them by another column.",
                    nullptr, CaseQueries::smallSelection(shown()))
                : tr("This period holds more than %n case(s), so it is listed by submission "
                     "time. Narrow the period to sort it by another column.",
                    nullptr, CaseQueries::smallSelection(shown())));
        Q_EMIT sortChanged(columnOf(m_sort), m_order);
    } else if (m_sort != wasSort || m_order != wasOrder) {
        Q_EMIT sortChanged(columnOf(m_sort), m_order);
    }
    beginResetModel();
    clearRows();
    // A refused search shows no case at all; any other filter, its pages.
    m_exhausted = m_search && !m_searchFilter.hasKey();
    endResetModel();
    if (canFetchMore(QModelIndex()))
        fetchMore(QModelIndex());
}

int CaseListModel::rowOf(const QString &caseId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).caseId == caseId)
                return it.key() * PageSize + int(i);
        }
    }
    return -1;
}

int CaseListModel::heldRows() const
{
    int held = 0;
    for (const QList<CaseSummary> &rows : m_pages)
        held += int(rows.size());
    return held;
}

CaseSummary CaseListModel::summary(int row) const
{
    const CaseSummary *c = rowAt(row);
    return c ? *c : CaseSummary();
}

const CaseSummary *CaseListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const QList<CaseSummary> *rows = page(row / PageSize);
    const int at = row % PageSize;
    return rows && at < rows->size() ? &rows->at(at) : nullptr;
}

QList<CaseSummary> CaseListModel::readPage(int index, QString *error) const
{
    const CaseCursor cursor = index == 0 ? CaseCursor() : m_pageEnds.value(index - 1);
    QList<CaseSummary> rows;
    if (!m_service.page(shown(), m_sort, m_order, cursor, PageSize, &rows, error))
        return {};
    return rows;
}

void CaseListModel::keep(int index, const QList<CaseSummary> &rows) const
{
    m_pages.insert(index, rows);
    m_recent.removeOne(index);
    m_recent.append(index);
    while (m_recent.size() > MaxCachedPages)
        m_pages.remove(m_recent.takeFirst());
}

const QList<CaseSummary> *CaseListModel::page(int index) const
{
    auto it = m_pages.constFind(index);
    if (it != m_pages.cend()) {
        if (m_recent.constLast() != index) {
            m_recent.removeOne(index);
            m_recent.append(index);
        }
        return &it.value();
    }
    // Scrolled back to a page whose rows were let go: read it again from its anchor. Cases
    // added or changed meanwhile may shift it; the next reload() lines everything up again.
    QString error;
    const QList<CaseSummary> rows = readPage(index, &error);
    if (!error.isEmpty())
        return nullptr;
    keep(index, rows);
    return &m_pages.find(index).value();
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    const int index = int(m_pageEnds.size());
    QString error;
    const QList<CaseSummary> rows = readPage(index, &error);
    if (!error.isEmpty()) {
        m_exhausted = true;
        Q_EMIT failed(error);
        return;
    }
    if (rows.size() < PageSize)
        m_exhausted = true;
    if (rows.isEmpty())
        return;
    beginInsertRows(QModelIndex(), m_rowCount, m_rowCount + int(rows.size()) - 1);
    m_pageEnds.append(CaseCursor::after(rows.constLast(), m_sort));
    keep(index, rows);
    m_rowCount += int(rows.size());
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
    if (key == m_wantedSort && order == m_wantedOrder && key == m_sort && order == m_order)
        return;
    m_wantedSort = key;
    m_wantedOrder = order;
    reload(); // says the order it lists in (sortChanged) when that is not the one shown
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount)
        return {};
    const CaseSummary *row = rowAt(index.row());
    if (!row)
        return {};
    const CaseSummary &c = *row;
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

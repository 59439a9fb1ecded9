#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "storage/CaseQueries.h"

namespace certdesk {

class CaseService;
class Clock;

/// The case list over storage: pages of PageSize rows fetched on demand (canFetchMore /
/// fetchMore) by keyset, so the view only ever holds what was scrolled to, whatever the size
/// of the branch's history. Sorting asks storage again; a search shows its rows instead.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Receipt, Name, Iin, Purpose, Status, Submitted, Due, ColumnCount };
    static constexpr int PageSize = 100;
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    CaseListModel(CaseService &service, const Clock &clock, QObject *parent = nullptr);

    /// Shows the list of every case matching the filter (leaves search mode).
    void setFilter(const CaseFilter &filter);
    CaseFilter filter() const { return m_filter; }
    /// Shows these rows only (the result of a search).
    void showSearch(const QList<CaseSummary> &rows);
    bool isSearch() const { return m_search; }
    /// Reads the first page again (after a new case or an action).
    void reload();

    CaseSummary summary(int row) const { return m_rows.value(row); }
    int rowOf(const QString &caseId) const;
    CaseSort sortKey() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }
    /// Whether a column can be sorted by storage (the others keep the current order).
    static bool isSortable(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void failed(const QString &error);
    /// The sort storage actually uses (after a click on an unsortable column: the old one).
    void sortChanged(int column, Qt::SortOrder order);

private:
    QList<CaseSummary> fetchPage(QString *error) const;
    static int columnOf(CaseSort sort);

    CaseService &m_service;
    const Clock &m_clock;
    CaseFilter m_filter;
    CaseSort m_sort = CaseSort::Submitted;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<CaseSummary> m_rows;
    bool m_exhausted = false;
    bool m_search = false;
};

} // namespace certdesk

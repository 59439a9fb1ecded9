#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "storage/CaseQueries.h"

namespace certdesk {

class CaseService;
class Clock;

/// The case list over storage: pages of PageSize rows fetched on demand (canFetchMore /
/// fetchMore) by keyset. Memory stays bounded whatever was scrolled: only the MaxCachedPages
/// pages used last keep their rows; of every other page scrolled past only its keyset anchor
/// is kept, and the page is read again by it (one indexed query) when the view shows it
/// again. No question counts the table. Sorting asks storage again; a search's cases are
/// paged the same way.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Receipt, Name, Iin, Purpose, Status, Submitted, Due, ColumnCount };
    static constexpr int PageSize = 100;
    /// Pages whose rows are held at once (a screen shows well under one page).
    static constexpr int MaxCachedPages = 8;
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    CaseListModel(CaseService &service, const Clock &clock, QObject *parent = nullptr);

    /// Shows the list of every case matching the filter (leaves search mode).
    void setFilter(const CaseFilter &filter);
    CaseFilter filter() const { return m_filter; }
    /// Shows the cases a search found (CaseService::Search::filter), paged as the list is and
    /// in its order (newest first unless the clerk sorted by another column). A filter without
    /// a key shows no case: a search refused or fruitless.
    void showSearch(const CaseFilter &found);
    bool isSearch() const { return m_search; }
    /// Reads the first page again (after a new case), of the list or of the search shown.
    void reload();
    /// Reads the rows of these cases again where they are shown (after an action on them; an
    /// empty list: every row held): the list keeps its place, its selection and its rows.
    void refreshCases(const QStringList &caseIds);

    CaseSummary summary(int row) const;
    /// The row of a case among the rows held now (-1: not held).
    int rowOf(const QString &caseId) const;
    /// How many rows are held in memory now (at most MaxCachedPages * PageSize in the list).
    int heldRows() const;
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
    /// The sort storage actually uses (after a click on an unsortable column: the old one;
    /// for a long period: submission time).
    void sortChanged(int column, Qt::SortOrder order);
    /// Something the clerk should know about the list (not an error).
    void notice(const QString &text);

private:
    /// The rows of page index (read again by its anchor when evicted); null on a failure.
    const QList<CaseSummary> *page(int index) const;
    QList<CaseSummary> readPage(int index, QString *error) const;
    const CaseSummary *rowAt(int row) const;
    void keep(int index, const QList<CaseSummary> &rows) const;
    void clearRows();
    /// The filter whose cases are shown: the search's, or the list's.
    const CaseFilter &shown() const;
    static int columnOf(CaseSort sort);

    CaseService &m_service;
    const Clock &m_clock;
    CaseFilter m_filter;
    /// The order the cases are listed in now.
    CaseSort m_sort = CaseSort::Submitted;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    /// The order the clerk chose (newest first until a column is clicked): the list's order
    /// wherever storage serves it (CaseQueries::servesSort).
    CaseSort m_wantedSort = CaseSort::Submitted;
    Qt::SortOrder m_wantedOrder = Qt::DescendingOrder;
    /// Where each page read so far ends: the keyset anchor of the page after it.
    QList<CaseCursor> m_pageEnds;
    int m_rowCount = 0;
    /// Held pages by index, and their indexes, used last at the back. Mutable: data() reads
    /// an evicted page again.
    mutable QHash<int, QList<CaseSummary>> m_pages;
    mutable QList<int> m_recent;
    /// What the search shown found (m_search), read in pages as the list is.
    CaseFilter m_searchFilter;
    bool m_exhausted = false;
    bool m_search = false;
};

} // namespace certdesk

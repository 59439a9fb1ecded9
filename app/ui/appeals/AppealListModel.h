#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include "storage/AppealQueries.h"

namespace certdesk {

class AppealService;

/// The appeals register as a table: the order is the service's (overdue first, then by the
/// next term), an overdue row in red. Reloaded after every record and when the filter changes.
class AppealListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Received, What, Applicant, Next, Due, Status, ColumnCount };
    enum Roles { AppealIdRole = Qt::UserRole + 1, OverdueRole };

    /// The rows listed at most: a branch files a few hundred a year, so only a filter over
    /// years finds more, and the register then says they are only the first.
    static constexpr int MaxRows = 2000;

    AppealListModel(AppealService &service, QObject *parent = nullptr);

    void setFilter(const AppealFilter &filter, const QDate &asOf);
    void reload();
    /// Whether the filter finds more appeals than the MaxRows listed.
    bool hasMore() const { return m_more; }
    const AppealRow &row(int index) const { return m_rows.at(index); }
    /// The row of an appeal, or -1.
    int rowOf(const QString &appealId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(const AppealRow &row);
    /// What it is about, short enough for a column.
    static QString whatText(const QString &about);

Q_SIGNALS:
    void failed(const QString &error);

private:
    AppealService &m_service;
    AppealFilter m_filter;
    QDate m_asOf;
    QList<AppealRow> m_rows;
    bool m_more = false;
};

} // namespace certdesk

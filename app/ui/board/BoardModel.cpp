#include "ui/board/BoardModel.h"

#include "domain/CaseState.h"
#include "domain/ReceiptNumber.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>

namespace certdesk {

BoardModel::BoardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BoardModel::setEntries(BoardBucket bucket, const QList<BoardEntry> &entries)
{
    beginResetModel();
    m_bucket = bucket;
    m_entries = entries;
    endResetModel();
}

QString BoardModel::bucketTitle(BoardBucket bucket)
{
    switch (bucket) {
    case BoardBucket::AtBranch:
        return tr("At the branch");
    case BoardBucket::DueForTransfer:
        return tr("Due for transfer");
    case BoardBucket::AtProvider:
        return tr("With the provider");
    case BoardBucket::ReturnRequested:
        return tr("Return requested");
    case BoardBucket::ToArchive:
        return tr("To be archived");
    case BoardBucket::InterimNoticeDue:
        return tr("Interim notice due");
    case BoardBucket::Anomalies:
        return tr("Anomalies and overrides");
    }
    return QString();
}

QString BoardModel::stateText(BoardBucket bucket, const BoardEntry &e)
{
    if (bucket == BoardBucket::Anomalies) {
        QStringList parts;
        for (const QString &code : e.codes.split(u',', Qt::SkipEmptyParts)) {
            const char *text = CaseFold::codeText(code);
            parts.append(text ? QCoreApplication::translate("CaseFold", text) : code);
        }
        if (e.overrides > 0)
            parts.append(tr("%n override(s)", nullptr, e.overrides));
        return parts.join(QLatin1String("; "));
    }
    QString text;
    if (e.overdue)
        text = tr("overdue by %n day(s)", nullptr, -e.daysLeft);
    else if (e.today)
        text = tr("due today");
    else if (bucket == BoardBucket::AtBranch || bucket == BoardBucket::AtProvider)
        text = tr("%n day(s) left", nullptr, e.daysLeft);
    else
        text = tr("due in %n day(s)", nullptr, e.daysLeft);
    if (e.returned)
        text += tr(" (returned by the provider)");
    return text;
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const BoardEntry &e = m_entries.at(index.row());
    if (role == CaseIdRole)
        return e.caseId;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Receipt:
            return sort ? e.receipt : ReceiptNumber::format(e.receipt);
        case Name:
            return e.name;
        case Due:
            return sort ? QVariant(e.due) : QVariant(e.due.toString(QStringLiteral("dd.MM.yyyy")));
        case DaysLeft:
            return m_bucket == BoardBucket::Anomalies ? QVariant() : QVariant(e.daysLeft);
        case State:
            return sort ? QVariant(e.daysLeft) : QVariant(stateText(m_bucket, e));
        case Arrived:
            return sort ? QVariant(e.arrivedOn)
                        : QVariant(e.arrivedOn.toString(QStringLiteral("dd.MM.yyyy")));
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Receipt)
            return QBrush(QColor(0, 90, 180));
        if (e.overdue)
            return QBrush(QColor(176, 0, 32));
    }
    if (role == Qt::FontRole && index.column() == Receipt) {
        // The receipt reads as a link: one click opens the case.
        QFont f;
        f.setUnderline(true);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == Receipt)
        return tr("Open the case");
    return QVariant();
}

QVariant BoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Receipt:
        return tr("Receipt");
    case Name:
        return tr("Name");
    case Due:
        return m_bucket == BoardBucket::Anomalies ? tr("Flagged on") : tr("Due");
    case DaysLeft:
        return tr("Days left");
    case State:
        return tr("State");
    case Arrived:
        return tr("Arrived");
    }
    return QVariant();
}

} // namespace certdesk

#include "ui/appeals/AppealListModel.h"

#include "domain/Appeal.h"
#include "domain/AppealNumber.h"
#include "domain/AppealState.h"
#include "services/AppealService.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace certdesk {

namespace {


QString dmy(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

} // namespace

AppealListModel::AppealListModel(AppealService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

void AppealListModel::setFilter(const AppealFilter &filter, const QDate &asOf)
{
    m_filter = filter;
    m_asOf = asOf;
    reload();
}

void AppealListModel::reload()
{
    QList<AppealRow> rows;
    QString error;
    // One more than is listed: whether the list is the whole register or only its start.
    if (!m_service.list(m_asOf, m_filter, MaxRows + 1, &rows, &error))
        Q_EMIT failed(error);
    beginResetModel();
    m_more = rows.size() > MaxRows;
    if (m_more)
        rows.resize(MaxRows);
    m_rows = rows;
    endResetModel();
}

int AppealListModel::rowOf(const QString &appealId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).appealId == appealId)
            return i;
    }
    return -1;
}

int AppealListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AppealListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AppealListModel::statusText(const AppealRow &r)
{
    QStringList parts;
    if (r.status == QLatin1String("open"))
        parts.append(tr("being considered"));
    else if (r.status == QLatin1String("referred"))
        parts.append(tr("referred"));
    else if (r.status == QLatin1String("decided"))
        parts.append(tr("decided"));
    else if (r.status == QLatin1String("withdrawn"))
        parts.append(tr("withdrawn"));
    if (r.complianceOpen > 0)
        parts.append(tr("%n point(s) to bring into compliance", nullptr, r.complianceOpen));
    if (r.filedLate && !r.termRestored)
        parts.append(tr("filed late"));
    if (r.anomalies > 0)
        parts.append(tr("impossible records"));
    return parts.join(QStringLiteral(", "));
}

QString AppealListModel::whatText(const QString &about)
{
    if (about == QLatin1String("decision"))
        return tr("Complaint: decision");
    if (about == QLatin1String("action"))
        return tr("Complaint: action");
    if (about == QLatin1String("inaction"))
        return tr("Complaint: inaction");
    return tr("Appeal");
}

QVariant AppealListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const AppealRow &r = m_rows.at(index.row());
    const bool overdue = r.isOverdue(m_asOf);
    switch (role) {
    case AppealIdRole: return r.appealId;
    case OverdueRole: return overdue;
    case Qt::ForegroundRole:
        return overdue ? QVariant(QBrush(QColor(0xb0, 0x00, 0x20))) : QVariant();
    case Qt::FontRole:
        if (overdue) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default: return QVariant();
    }
    switch (index.column()) {
    case Number: return AppealNumber::format(r.number);
    case Received: return dmy(r.receivedOn);
    case What: return whatText(r.about);
    case Applicant: return r.applicant;
    case Next:
        if (r.nextWhat == QLatin1String("decision") && overdue)
            return AppealState::flagText(QStringLiteral("deemed_refusal"));
        return r.nextWhat.isEmpty() ? QString() : AppealState::deadlineText(r.nextWhat);
    case Due:
        if (!r.nextDue.isValid())
            return QString();
        return overdue ? tr("%1 (overdue)").arg(dmy(r.nextDue)) : dmy(r.nextDue);
    case Status: return statusText(r);
    default: return QVariant();
    }
}

QVariant AppealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Number: return tr("Number");
    case Received: return tr("Received");
    case What: return tr("What");
    case Applicant: return tr("Applicant");
    case Next: return tr("Next term");
    case Due: return tr("Due");
    case Status: return tr("State");
    default: return QVariant();
    }
}

} // namespace certdesk

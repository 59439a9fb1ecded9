#include "ui/board/BoardModel.h"

#include "domain/SafeCount.h"

#include "domain/CaseState.h"
#include "domain/Clock.h"
#include "domain/ReceiptNumber.h"
#include "services/RulesService.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>

#include <algorithm>

namespace certdesk {

BoardModel::BoardModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
}

void BoardModel::setEntries(
    BoardBucket bucket, const QList<BoardEntry> &entries, qsizetype total, Fetch fetch)
{
    beginResetModel();
    m_bucket = bucket;
    m_entries = entries;
    m_total = std::max(total, entries.size());
    m_fetch = m_total > entries.size() ? std::move(fetch) : Fetch();
    endResetModel();
}

bool BoardModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetch && m_entries.size() < m_total && !m_entries.isEmpty();
}

void BoardModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        readMore(PageSize);
}

bool BoardModel::fetchAll()
{
    while (canFetchMore(QModelIndex())) {
        if (!readMore(int(std::min<qsizetype>(m_total - m_entries.size(), 10000))))
            return false;
    }
    return true;
}

bool BoardModel::readMore(int limit)
{
    QList<BoardEntry> more;
    QString error;
    if (!m_fetch(m_entries.constLast(), limit, &more, &error)) {
        m_fetch = Fetch(); // no retry at every scroll: the next refresh reads the board again
        Q_EMIT failed(error);
        return false;
    }
    if (more.size() < limit)
        m_total = m_entries.size() + more.size(); // fewer now than counted: the end is here
    else
        m_total = std::max(m_total, m_entries.size() + more.size());
    if (more.isEmpty())
        return true;
    beginInsertRows(QModelIndex(), int(m_entries.size()), int(m_entries.size() + more.size()) - 1);
    m_entries.append(more);
    endInsertRows();
    return true;
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
    case BoardBucket::LateResults:
        return tr("Late results");
    case BoardBucket::Anomalies:
        return tr("Anomalies and overrides");
    }
    return QString();
}

QString BoardModel::durationText(qint64 seconds)
{
    if (seconds >= 86400)
        return tr("%n day(s)", nullptr, int(seconds / 86400));
    if (seconds >= 3600)
        return tr("%n hour(s)", nullptr, int(seconds / 3600));
    if (seconds >= 60)
        return tr("%n minute(s)", nullptr, int(seconds / 60));
    return tr("%n second(s)", nullptr, int(seconds));
}

QString BoardModel::stateText(BoardBucket bucket, const BoardEntry &e) const
{
    if (e.isClockStep()) {
        return tr("clock moved back by %1 (previous record %2): check the date and time")
            .arg(durationText(e.behindSeconds),
                m_clock.toLocal(e.previousAt).toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    }
    if (bucket == BoardBucket::LateResults)
        return tr("result late by %n day(s)", nullptr, -e.daysLeft);
    if (bucket == BoardBucket::Anomalies) {
        QStringList parts;
        QStringList codes = e.codes.split(u',', Qt::SkipEmptyParts);
        if (codes.removeAll(QStringLiteral("receipt_shared")) > 0) {
            QStringList names;
            for (const BoardPeer &p : e.sharedWith)
                names.append(p.name);
            parts.append(tr("the same receipt number as %1").arg(names.join(QStringLiteral(", "))));
        }
        if (codes.removeAll(SafeCount::missingCode()) > 0)
            parts.append(tr("missing at the count of the safe on %1")
                             .arg(e.due.toString(QStringLiteral("dd.MM.yyyy"))));
        for (const QString &code : std::as_const(codes)) {
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
            if (e.isClockStep())
                return tr("Workstation %1").arg(e.workstation, 2, 10, QLatin1Char('0'));
            return sort ? e.receipt : ReceiptNumber::format(e.receipt);
        case Name:
            if (e.isClockStep())
                return tr("Computer clock (signed in: %1)").arg(e.by);
            return e.name;
        case Due:
            if (sort)
                return e.due;
            // Marked: counted with weekends alone (the tooltip says why).
            return e.calendarUnknown ? e.due.toString(QStringLiteral("dd.MM.yyyy")) + QStringLiteral(" \u26a0")
                                     : e.due.toString(QStringLiteral("dd.MM.yyyy"));
        case DaysLeft:
            if (m_bucket == BoardBucket::Anomalies)
                return QVariant();
            // A late result counts the days it is late, as the column says.
            return m_bucket == BoardBucket::LateResults ? QVariant(-e.daysLeft)
                                                        : QVariant(e.daysLeft);
        case State:
            return sort ? QVariant(e.daysLeft) : QVariant(stateText(m_bucket, e));
        case Arrived:
            return sort ? QVariant(e.arrivedOn)
                        : QVariant(e.arrivedOn.toString(QStringLiteral("dd.MM.yyyy")));
        }
    }
    if (role == Qt::ForegroundRole) {
        if (e.isClockStep())
            return QBrush(QColor(176, 0, 32));
        if (index.column() == Receipt)
            return QBrush(QColor(0, 90, 180));
        if (e.overdue)
            return QBrush(QColor(176, 0, 32));
    }
    if (e.isClockStep() && role == Qt::ToolTipRole)
        return stateText(m_bucket, e);
    if (e.caseId.isEmpty())
        return QVariant(); // nothing to open
    if (role == Qt::FontRole && index.column() == Receipt) {
        // The receipt reads as a link: one click opens the case.
        QFont f;
        f.setUnderline(true);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == Receipt)
        return tr("Open the case");
    if (role == Qt::ToolTipRole && index.column() == Due && e.calendarUnknown)
        return RulesService::calendarWarning(QList<int> {e.due.year()});
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
        return m_bucket == BoardBucket::LateResults ? tr("Days late") : tr("Days left");
    case State:
        return tr("State");
    case Arrived:
        return tr("Arrived");
    }
    return QVariant();
}

} // namespace certdesk

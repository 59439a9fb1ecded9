#include "storage/AuditLog.h"

#include "storage/Database.h"
#include "storage/EventRow.h"
#include "storage/SqlError.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace certdesk {

AuditLog::AuditLog(Database &database)
    : m_database(database)
{
}

bool AuditLog::find(const AuditFilter &f, QList<AuditEntry> *entries, QString *error) const
{
    entries->clear();
    QStringList where;
    QVariantList values;
    if (!f.user.isEmpty()) {
        where.append(QStringLiteral("e.by_user = ?"));
        values.append(f.user);
    }
    if ((f.from.isValid() || f.to.isValid()) && !f.utcOffsetSeconds) {
        if (error)
            *error = QStringLiteral("dates of the audit log need the branch's UTC offset");
        return false;
    }
    const QTimeZone zone(f.utcOffsetSeconds.value_or(0));
    if (f.from.isValid()) {
        where.append(QStringLiteral("e.at >= ?"));
        values.append(Event::formatTime(QDateTime(f.from, QTime(0, 0), zone)));
    }
    if (f.to.isValid()) {
        where.append(QStringLiteral("e.at < ?"));
        values.append(Event::formatTime(QDateTime(f.to.addDays(1), QTime(0, 0), zone)));
    }
    if (!f.caseOrReceipt.isEmpty()) {
        where.append(QStringLiteral(
            "(e.case_id = ? OR e.case_id IN (SELECT case_id FROM cases WHERE receipt = ?))"));
        values.append(f.caseOrReceipt);
        values.append(f.caseOrReceipt);
    }
    if (!f.action.isEmpty()) {
        where.append(QStringLiteral("e.type = ?"));
        values.append(f.action);
    }
    QString sql = QStringLiteral("SELECT %1, e.n, e.local, coalesce(c.receipt, '') FROM events e "
                                 "LEFT JOIN cases c ON c.case_id = e.case_id")
                      .arg(QStringLiteral("e.")
                           + QString::fromLatin1(kEventColumns)
                                 .split(QStringLiteral(", "))
                                 .join(QStringLiteral(", e.")));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY e.at DESC, e.id DESC LIMIT ?");
    values.append(f.limit);

    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!execOrFail(q, QStringLiteral("reading the audit log"), error))
        return false;
    while (q.next()) {
        AuditEntry entry;
        entry.event = eventFromRow(q);
        entry.n = q.value(10).toLongLong();
        entry.local = q.value(11).toInt() != 0;
        entry.receipt = q.value(12).toString();
        entries->append(entry);
    }
    return true;
}

QStringList AuditLog::distinct(const QString &column) const
{
    QStringList out;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    // A skip-scan over the column's index (events_by_user, events_by_type): one probe per
    // distinct value, where SELECT DISTINCT would read every event of the branch.
    if (q.exec(QStringLiteral("WITH RECURSIVE v(x) AS (SELECT min(%1) FROM events UNION ALL "
                              "SELECT (SELECT min(%1) FROM events WHERE %1 > x) FROM v "
                              "WHERE x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL")
                   .arg(column))) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

bool AuditLog::writtenHereWithPrefix(
    const QString &prefix, QList<Event> *events, QString *error) const
{
    events->clear();
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    // A range on the indexed case_id instead of LIKE, whose wildcards a prefix may contain.
    // In the order this database wrote them: the row order, which no clock can change.
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE case_id >= ? AND case_id < ? "
                             "AND local = 1 ORDER BY n")
                  .arg(QLatin1String(kEventColumns)));
    q.addBindValue(prefix);
    q.addBindValue(prefix + QChar(0xFFFF));
    if (!execOrFail(q, QStringLiteral("reading the account events"), error))
        return false;
    while (q.next())
        events->append(eventFromRow(q));
    return true;
}

QDateTime AuditLog::lastEventAt(const QString &stream, const QString &type,
                                const QString &device) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT max(at) FROM events WHERE case_id = ? AND type = ? "
                             "AND device = ?"));
    q.addBindValue(stream);
    q.addBindValue(type);
    q.addBindValue(device);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return Event::parseTime(q.value(0).toString());
    return QDateTime();
}

QStringList AuditLog::users() const
{
    return distinct(QStringLiteral("by_user"));
}

QStringList AuditLog::actions() const
{
    return distinct(QStringLiteral("type"));
}

} // namespace certdesk

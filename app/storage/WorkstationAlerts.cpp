#include "storage/WorkstationAlerts.h"

#include "domain/Event.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace certdesk {

WorkstationAlerts::WorkstationAlerts(Database &database)
    : m_database(database)
{
}

bool WorkstationAlerts::raise(const WorkstationAlert &a, QString *error)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "INSERT INTO workstation_alerts(kind, detected_at, branch, workstation, device, "
        "new_device, event_id) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
        "workstation_alerts WHERE cleared_at = '' AND kind = ? AND device = ? AND branch = ? "
        "AND workstation = ?)"));
    for (const QVariant &v : {QVariant(a.kind), QVariant(Event::formatTime(a.detectedAt)),
             QVariant(nonNull(a.branch)), QVariant(a.workstation), QVariant(nonNull(a.device)),
             QVariant(nonNull(a.newDevice)), QVariant(nonNull(a.eventId)), QVariant(a.kind),
             QVariant(nonNull(a.device)), QVariant(nonNull(a.branch)), QVariant(a.workstation)})
        q.addBindValue(v);
    return execOrFail(q, QStringLiteral("recording what this workstation noticed"), error);
}

QList<WorkstationAlert> WorkstationAlerts::select(const QString &where, int limit) const
{
    QList<WorkstationAlert> out;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, kind, detected_at, branch, workstation, device, "
                             "new_device, event_id, cleared_at, cleared_by, cleared_how "
                             "FROM workstation_alerts %1 ORDER BY id DESC LIMIT ?")
                  .arg(where));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        WorkstationAlert a;
        a.id = q.value(0).toLongLong();
        a.kind = q.value(1).toString();
        a.detectedAt = Event::parseTime(q.value(2).toString());
        a.branch = q.value(3).toString();
        a.workstation = q.value(4).toInt();
        a.device = q.value(5).toString();
        a.newDevice = q.value(6).toString();
        a.eventId = q.value(7).toString();
        a.clearedAt = Event::parseTime(q.value(8).toString());
        a.clearedBy = q.value(9).toString();
        a.clearedHow = q.value(10).toString();
        out.append(a);
    }
    return out;
}

QList<WorkstationAlert> WorkstationAlerts::open() const
{
    return select(QStringLiteral("WHERE cleared_at = ''"), 1000);
}

QList<WorkstationAlert> WorkstationAlerts::all(int limit) const
{
    return select(QString(), limit);
}

bool WorkstationAlerts::clear(
    qint64 id, const QDateTime &at, const QString &by, const QString &how, QString *error)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("UPDATE workstation_alerts SET cleared_at = ?, cleared_by = ?, "
                             "cleared_how = ? WHERE id = ? AND cleared_at = ''"));
    q.addBindValue(Event::formatTime(at));
    q.addBindValue(nonNull(by));
    q.addBindValue(how);
    q.addBindValue(id);
    return execOrFail(q, QStringLiteral("closing a workstation alert"), error);
}

} // namespace certdesk

#include "storage/WorkstationSightings.h"

#include "domain/Event.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace certdesk {

namespace {

// The branch code and workstation number each kind of event was made with: receipts
// (0101 03 261124 0042 7), transfer acts (0101-03-261124-1), appeal numbers (A 0101 03 ...),
// and the data of device renewals and workstation settings (DeviceLineage, WorkstationService).
// Received rows count unless they are this database's own: a current id (the demo generator
// writes its own desk's rows as received), or a former id's rows stored before it was left,
// or, after a restore, rows the restored database had written before the restore itself.
const char *const kInsert = R"(
INSERT INTO workstation_sightings(branch, workstation, device, first_at, last_at, events))";
const char *const kCount = R"(
SELECT branch, CAST(workstation AS INTEGER), device, min(at), max(at), count(*) FROM (
    SELECT e.device AS device, e.at AS at,
        CASE e.type
            WHEN 'received' THEN substr(json_extract(e.data, '$.receipt'), 1, 4)
            WHEN 'appeal_received' THEN substr(json_extract(e.data, '$.number'), 2, 4)
            WHEN 'transferred' THEN substr(json_extract(e.data, '$.act'), 1, 4)
            ELSE json_extract(e.data, '$.branch') END AS branch,
        CASE e.type
            WHEN 'received' THEN substr(json_extract(e.data, '$.receipt'), 5, 2)
            WHEN 'appeal_received' THEN substr(json_extract(e.data, '$.number'), 6, 2)
            WHEN 'transferred' THEN substr(json_extract(e.data, '$.act'), 6, 2)
            ELSE printf('%02d', json_extract(e.data, '$.workstation')) END AS workstation
    FROM events e LEFT JOIN device_ids d ON d.device = e.device
    WHERE e.n > {after} AND e.local = 0
        AND {type}e.type IN ('received', 'appeal_received', 'transferred', 'device_renewed',
                       'workstation_set')
        AND (d.device IS NULL
             OR (d.until <> '' AND e.n > d.until_n
                 AND NOT (d.reason = 'restored' AND e.at < d.until))))
WHERE branch GLOB '[0-9][0-9][0-9][0-9]' AND workstation GLOB '[0-9][0-9]' AND workstation <> '00'
GROUP BY 1, 2, 3)";
const char *const kMerge = R"(
ON CONFLICT (branch, workstation, device) DO UPDATE SET
    first_at = min(first_at, excluded.first_at),
    last_at = max(last_at, excluded.last_at),
    events = events + excluded.events)";

} // namespace

WorkstationSightings::WorkstationSightings(Database &database)
    : m_database(database)
{
}

QString WorkstationSightings::countStatement(qint64 afterRow)
{
    // After a stored batch the new rows are a short range at the end of the table: "+type"
    // keeps SQLite on that range instead of the type index, which would walk every receipt of
    // the branch's history for each pulled page. From scratch, the type index is the short way.
    // Filled by name: QString::arg would read printf's '%02d' as its own marker %2.
    return QString::fromLatin1(kCount)
        .replace(QLatin1String("{after}"), QString::number(afterRow))
        .replace(QLatin1String("{type}"), afterRow > 0 ? QStringLiteral("+") : QString());
}

QString WorkstationSightings::collectStatement(qint64 afterRow)
{
    return QLatin1String(kInsert) + countStatement(afterRow) + QLatin1String(kMerge);
}

QString WorkstationSightings::addStatement()
{
    return QLatin1String(kInsert) + QStringLiteral("\nVALUES (?, ?, ?, ?, ?, ?)")
        + QLatin1String(kMerge);
}

bool WorkstationSightings::collect(qint64 afterRow, QString *error)
{
    return execOrFail(m_database.db(), collectStatement(afterRow), error);
}

bool WorkstationSightings::rebuild(Transaction &, QString *error)
{
    return execOrFail(m_database.db(), QStringLiteral("DELETE FROM workstation_sightings"), error)
        && collect(0, error);
}

QList<WorkstationSighting> WorkstationSightings::inBranch(const QString &branch) const
{
    QList<WorkstationSighting> out;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT workstation, device, first_at, last_at, events "
                             "FROM workstation_sightings WHERE branch = ?"));
    q.addBindValue(branch);
    if (!q.exec())
        return out;
    while (q.next()) {
        WorkstationSighting s;
        s.branch = branch;
        s.workstation = q.value(0).toInt();
        s.device = q.value(1).toString();
        s.firstAt = Event::parseTime(q.value(2).toString());
        s.lastAt = Event::parseTime(q.value(3).toString());
        s.events = q.value(4).toInt();
        out.append(s);
    }
    return out;
}

QList<DeviceSuccession> WorkstationSightings::successions() const
{
    QList<DeviceSuccession> out;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT json_extract(data, '$.previous'), device, at FROM events "
                               "WHERE type = 'device_renewed' AND local = 0")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(),
            Event::parseTime(q.value(2).toString())});
    return out;
}

WorkstationClaims WorkstationSightings::claims(const QString &branch) const
{
    return WorkstationClaims(inBranch(branch), successions());
}

WorkstationSightings::Evidence WorkstationSightings::latestOf(const QString &device) const
{
    // Newest first along the device's own index: one row.
    Evidence out;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, by_user, at, coalesce(json_extract(data, '$.receipt'), "
        "json_extract(data, '$.act'), json_extract(data, '$.number'), '') FROM events "
        "WHERE device = ? AND local = 0 AND type IN ('received', 'appeal_received', "
        "'transferred', 'device_renewed', 'workstation_set') ORDER BY n DESC LIMIT 1"));
    q.addBindValue(device);
    if (q.exec() && q.next()) {
        out.eventId = q.value(0).toString();
        out.by = q.value(1).toString();
        out.at = Event::parseTime(q.value(2).toString());
        out.number = q.value(3).toString();
    }
    return out;
}

} // namespace certdesk

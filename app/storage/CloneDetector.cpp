#include "storage/CloneDetector.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/DeviceLineage.h"
#include "storage/SettingsStore.h"
#include "storage/Transaction.h"
#include "storage/WorkstationAlerts.h"
#include "storage/WorkstationSightings.h"

#include <QSqlQuery>

#include <algorithm>

namespace certdesk {

CloneDetector::CloneDetector(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

bool CloneDetector::before(Transaction &tx, const QList<Event> &events, QString *error)
{
    {
        QSqlQuery q(m_database.db());
        m_lastRow = q.exec(QStringLiteral("SELECT coalesce(max(n), 0) FROM events")) && q.next()
            ? q.value(0).toLongLong()
            : 0;
    }
    // This database's own id on an event it does not have: someone else wrote it, under the
    // same id, so the file was copied. A repeat of an event it wrote itself is already here.
    const QString own = m_database.deviceId();
    QSqlQuery present(m_database.db());
    present.prepare(QStringLiteral("SELECT 1 FROM events WHERE id = ?"));
    for (const Event &e : events) {
        if (e.device != own)
            continue;
        present.addBindValue(e.id);
        const bool here = present.exec() && present.next();
        present.finish();
        if (here)
            continue;
        // The new id's chain starts before the foreign rows are stored, so they, and all that
        // follow, are counted as another writer's (WorkstationSightings).
        return DeviceLineage(m_database, m_clock)
            .renew(tx, DeviceLineage::Reason::Shared, DeviceLineage::systemAuthor(), e.id, nullptr, error);
    }
    return true;
}

bool CloneDetector::after(Transaction &tx, QString *error)
{
    return WorkstationSightings(m_database).collect(m_lastRow, error)
        && reconcile(tx, m_clock, error);
}

bool CloneDetector::reconcile(Transaction &tx, const Clock &clock, QString *error)
{
    Database &database = tx.database();
    const SettingsStore settings(database);
    const QString branch = settings.branchCode();
    const int workstation = settings.workstationNumber();
    const WorkstationSightings sightings(database);
    const QList<WorkstationSighting> holders
        = sightings.claims(branch).holders(branch, workstation);
    WorkstationAlerts alerts(database);
    const QDateTime now = clock.nowUtc();
    for (const WorkstationAlert &open : alerts.open()) {
        if (open.kind != WorkstationAlert::workstationShared())
            continue;
        const bool still = open.branch == branch && open.workstation == workstation
            && std::any_of(holders.cbegin(), holders.cend(),
                [&open](const WorkstationSighting &s) { return s.device == open.device; });
        if (!still && !alerts.clear(open.id, now, QString(), QStringLiteral("other_moved"), error))
            return false;
    }
    for (const WorkstationSighting &s : holders) {
        WorkstationAlert a;
        a.kind = WorkstationAlert::workstationShared();
        a.detectedAt = now;
        a.branch = branch;
        a.workstation = workstation;
        a.device = s.device;
        a.eventId = sightings.latestOf(s.device).eventId;
        if (!alerts.raise(a, error))
            return false;
    }
    return true;
}

} // namespace certdesk

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace certdesk {

/// A workstation number seen in events another writer wrote: receipts, transfer acts and
/// appeal numbers carry the branch code and the workstation number they were made with.
struct WorkstationSighting
{
    QString branch;
    int workstation = 0;
    QString device;
    QDateTime firstAt; ///< UTC
    QDateTime lastAt; ///< UTC
    int events = 0;
};

/// Another database said its id continues an earlier one (a device_renewed event it wrote).
struct DeviceSuccession
{
    QString previous;
    QString device;
    QDateTime at; ///< UTC
};

/// Which other writers hold a workstation number now (README, "Receipt numbers"). A writer
/// holds the number of its latest sighting; a later renewal of its id by the database that
/// wrote it hands the id on, so the old id's sightings stop counting once the successor's
/// renewal is later than them (the successor is then judged by its own sightings). Pure.
class WorkstationClaims
{
public:
    WorkstationClaims(QList<WorkstationSighting> sightings, QList<DeviceSuccession> successions);

    /// The latest sighting of every writer whose latest number in branch is workstation.
    QList<WorkstationSighting> holders(const QString &branch, int workstation) const;
    /// The numbers other writers of branch hold now, ascending.
    QList<int> heldNumbers(const QString &branch) const;

private:
    /// Each writer's latest sighting in branch, without the ids handed on to a successor.
    QList<WorkstationSighting> current(const QString &branch) const;

    QList<WorkstationSighting> m_sightings;
    QList<DeviceSuccession> m_successions;
};

} // namespace certdesk

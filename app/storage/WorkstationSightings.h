#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/WorkstationClaims.h"

namespace certdesk {

class Database;
class Transaction;

/// The workstation numbers other writers used, as this database has seen them (table
/// workstation_sightings, a projection of the events): every received receipt, transfer act,
/// appeal number, device renewal and workstation setting names the branch and workstation it
/// was made with. Rows this database wrote itself are left out, and so are received rows of
/// its own ids from before it left them (DeviceLineage): what is left was written by someone
/// else. The same statement fills it from scratch and after every stored batch.
class WorkstationSightings
{
public:
    explicit WorkstationSightings(Database &database);

    /// The statement that adds the sightings of events stored after row afterRow.
    static QString collectStatement(qint64 afterRow);
    /// Its SELECT alone: one row (branch, workstation, device, first_at, last_at, events)
    /// per writer seen in the events stored after row afterRow.
    static QString countStatement(qint64 afterRow);
    /// Adds one such row, bound in that order, to what the table holds.
    static QString addStatement();
    /// Adds the sightings of the events stored after row afterRow; inside the caller's
    /// transaction.
    bool collect(qint64 afterRow, QString *error);
    /// Computes the table again from every event (after a rebuild, a renewal of the id).
    bool rebuild(Transaction &tx, QString *error);

    QList<WorkstationSighting> inBranch(const QString &branch) const;
    /// The renewals other databases announced (device_renewed events received).
    QList<DeviceSuccession> successions() const;
    /// Who else holds numbers in branch now (WorkstationClaims over the two above).
    WorkstationClaims claims(const QString &branch) const;

    /// The latest number-bearing event a writer sent here, to tell people which computer it is.
    struct Evidence
    {
        QString eventId;
        QString number; ///< receipt, act or appeal number as stored; empty for a setting
        QString by;
        QDateTime at;
    };
    Evidence latestOf(const QString &device) const;

private:
    Database &m_database;
};

} // namespace certdesk

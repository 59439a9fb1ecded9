#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/WorkstationClaims.h"
#include "storage/WorkstationAlerts.h"

namespace certdesk {

class Database;
class Session;

/// Whether this workstation may issue receipt numbers now, and, when not, why and who can
/// fix it, in plain words (README, "Receipt numbers").
struct WorkstationStatus
{
    QString branch;
    int workstation = 0;
    QString device;
    bool stopped = false;
    /// Other writers holding this branch and workstation number now.
    QList<WorkstationSighting> holders;
    /// Open alerts: a copied file or a shared id waits for a supervisor to confirm the number.
    QList<WorkstationAlert> alerts;
    QStringList reasons; ///< what happened, a sentence each
    QString remedy; ///< who can fix it, and how

    /// "Receipt numbers are stopped…", the reasons and the remedy; empty when not stopped.
    QString message() const;
};

/// What a technician or supervisor changes in what receipt numbers are made of. Empty (or
/// 0) parts stay as they are.
struct BranchChange
{
    QString code;
    int workstation = 0;
    QString name;
    QString category; ///< regional | district
    QString utcOffsetMinutes; ///< the branch's offset from UTC, checked by the caller
};

/// The workstation's identity as receipt numbers need it: the branch code and workstation
/// number a supervisor sets (refused when another writer holds that number, which this
/// database has seen in its events), the device id a technician renews after copying a file,
/// and the stop of receipt numbers while two counters believe they are one (CloneDetector,
/// DeviceLineage). A number set by a supervisor is an event (workstation_set), so the other
/// counters learn that the clash is over.
class WorkstationService
{
    Q_DECLARE_TR_FUNCTIONS(WorkstationService)

public:
    static QString settingEventType() { return QStringLiteral("workstation_set"); }
    static QString stream() { return QStringLiteral("system:workstation"); }

    explicit WorkstationService(Session &session);

    /// Anyone may read it: the clerk is told why the counter stopped.
    WorkstationStatus status() const;
    static WorkstationStatus status(Database &database);

    /// Sets what the receipt numbers are made of, as a supervisor or administrator, in one
    /// transaction. A new (or the same) code or number is refused when another writer of the
    /// branch holds it; when accepted it answers the open alerts and is recorded as
    /// workstation_set.
    /// refused (optional) tells a rule's no (a number held, no permission, a value that
    /// cannot be part of a receipt number) from a database that cannot be written.
    bool setBranch(const BranchChange &change, QString *error, bool *refused = nullptr);
    bool setWorkstation(const QString &code, int workstation, QString *error);
    /// The same at the counter, where a clerk is signed in: a supervisor's login and password
    /// authorize it (recorded as supervisor_confirmed; the password is kept nowhere).
    bool setWorkstationConfirmed(
        const QString &login, const QString &password, int workstation, QString *error);
    /// Gives this database a new device id (the documented way after copying a file).
    bool renewDevice(QString *newId, QString *error);

    /// An alert in plain words, for the board and the clerk.
    static QString describe(const WorkstationAlert &alert, Database &database);
    /// Who else holds a number, in plain words: "receipt 0101-03-… by clerk2 at 10:14".
    static QString describeHolder(const WorkstationSighting &holder, Database &database);

private:
    static QString sharedNumber(const WorkstationSighting &holder, Database &database);

    Session &m_session;
};

} // namespace certdesk

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace certdesk {

class Clock;
class Database;
class Transaction;

/// One device id this database has written its audit chain under.
struct DeviceIdEntry
{
    QString device;
    QDateTime since; ///< UTC; invalid when unknown (an id older than the table)
    QDateTime until; ///< UTC; invalid for the id in use
    qint64 untilRow = 0; ///< the last event row stored before the id was left
    QString reason; ///< why it was left: new_machine | shared | restored | command

    bool isCurrent() const { return !until.isValid(); }
};

/// This database's device id, the ids it had before (table device_ids), and the computer it
/// runs on (meta machine_id). A copied file must not keep writing into another computer's
/// audit chain: the copy takes a new id when it is first started on another computer, when
/// its id turns up in events it did not write, after a restore, or by hand. The old chain
/// stays as it was; a device_renewed event, the first of the new chain, says which id and
/// which chain head the new one continues (docs/events.md), so every database that receives
/// both chains can tell the story (AuditChain).
class DeviceLineage
{
public:
    enum class Reason { NewMachine, Shared, Restored, Command };
    enum class MachineCheck { Same, Adopted, Unknown, Moved };

    static QString reasonName(Reason reason);
    static QString eventType() { return QStringLiteral("device_renewed"); }
    static QString stream() { return QStringLiteral("system:device"); }
    /// Who writes the records a workstation makes by itself (the server accepts "system"
    /// from a workstation account for the system: streams, docs/sync.md).
    static QString systemAuthor() { return QStringLiteral("system"); }

    /// This computer's identity: QSysInfo::machineUniqueId() (the machine-id file on Linux,
    /// MachineGuid on Windows), or CERTDESK_MACHINE_ID where it is set; empty when the system
    /// has none.
    static QString currentMachine();

    DeviceLineage(Database &database, const Clock &clock);

    /// Oldest first; the last one is in use.
    QList<DeviceIdEntry> entries() const;
    QString machine() const;

    /// Gives the database a new device id inside the caller's transaction: the old one ends
    /// after the rows stored so far, the new one starts with a device_renewed event written
    /// by author. evidence: the event that showed the id was shared (Shared only). Every
    /// reason but Restored raises an alert the supervisor answers by confirming the number.
    bool renew(Transaction &tx, Reason reason, const QString &author, const QString &evidence, QString *newId,
        QString *error);

    /// At the start of a workstation: remembers the machine the first time, and renews the id
    /// when the file is now on another one (its own transaction). Unknown: the system gives no
    /// identity, and nothing is done (the sync-time check remains).
    bool checkMachine(
        const QString &machine, const QString &author, MachineCheck *result, QString *error);
    /// After a restore onto this computer: the restored file takes a new id (the server
    /// holds what it wrote after the backup under the old one), records this machine, and
    /// raises the new-machine alert too when the backup came from another computer.
    bool renewAfterRestore(
        Transaction &tx, const QString &machine, const QString &author, QString *error);
    /// Records machine as the computer this database belongs to (after a renewal by hand);
    /// inside the caller's transaction. Nothing when machine is empty.
    bool adoptMachine(Transaction &tx, const QString &machine, QString *error);

private:
    qint64 lastRow() const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace certdesk

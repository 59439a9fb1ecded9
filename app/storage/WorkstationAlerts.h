#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk {

class Database;

/// Something this database noticed about who else writes as it (table workstation_alerts):
/// the record the supervisor's board shows, and, while open, a reason receipt numbers stop.
struct WorkstationAlert
{
    /// Another writer's events carry this branch and workstation number.
    static QString workstationShared() { return QStringLiteral("workstation_shared"); }
    /// Events of this database's own device id arrived that it did not write: the file was
    /// copied and both copies wrote. The id was renewed at once.
    static QString deviceShared() { return QStringLiteral("device_shared"); }
    /// The file was first started on another computer than the one it was used on.
    static QString newMachine() { return QStringLiteral("new_machine"); }
    /// The id was renewed by hand (certdeskctl device renew).
    static QString deviceRenewed() { return QStringLiteral("device_renewed"); }

    qint64 id = 0;
    QString kind;
    QDateTime detectedAt; ///< UTC
    QString branch;
    int workstation = 0;
    QString device; ///< the other writer, or the id this database left
    QString newDevice; ///< this database's id after a renewal
    QString eventId; ///< the event that showed it
    QDateTime clearedAt; ///< invalid while open
    QString clearedBy;
    QString clearedHow; ///< number_set | other_moved

    bool isOpen() const { return !clearedAt.isValid(); }
};

/// The alerts table: raised by CloneDetector and DeviceLineage, cleared when a supervisor
/// sets the workstation number or the other writer moves to another one.
class WorkstationAlerts
{
public:
    explicit WorkstationAlerts(Database &database);

    /// Records an alert unless one of the same kind about the same writer and number is open.
    bool raise(const WorkstationAlert &alert, QString *error);
    QList<WorkstationAlert> open() const;
    /// Newest first.
    QList<WorkstationAlert> all(int limit = 200) const;
    bool clear(
        qint64 id, const QDateTime &at, const QString &by, const QString &how, QString *error);

private:
    QList<WorkstationAlert> select(const QString &where, int limit) const;

    Database &m_database;
};

} // namespace certdesk

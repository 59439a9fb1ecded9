#include "storage/DeviceLineage.h"

#include "domain/Clock.h"
#include "domain/Event.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"
#include "storage/SqlError.h"
#include "storage/WorkstationAlerts.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

namespace certdesk {

QString DeviceLineage::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::NewMachine:
        return QStringLiteral("new_machine");
    case Reason::Shared:
        return QStringLiteral("shared");
    case Reason::Restored:
        return QStringLiteral("restored");
    case Reason::Command:
        return QStringLiteral("command");
    }
    return QString();
}

QString DeviceLineage::currentMachine()
{
    const QString configured = qEnvironmentVariable("CERTDESK_MACHINE_ID").trimmed();
    if (!configured.isEmpty())
        return configured;
    return QString::fromLatin1(QSysInfo::machineUniqueId()).trimmed();
}

DeviceLineage::DeviceLineage(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

QList<DeviceIdEntry> DeviceLineage::entries() const
{
    m_database.deviceId(); // the first id is made on first use
    QList<DeviceIdEntry> out;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT device, since, until, until_n, reason FROM device_ids "
                               "ORDER BY until = '', until, rowid")))
        return out;
    while (q.next()) {
        DeviceIdEntry e;
        e.device = q.value(0).toString();
        e.since = Event::parseTime(q.value(1).toString());
        e.until = Event::parseTime(q.value(2).toString());
        e.untilRow = q.value(3).toLongLong();
        e.reason = q.value(4).toString();
        out.append(e);
    }
    return out;
}

QString DeviceLineage::machine() const
{
    QSqlQuery q(m_database.db());
    return q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'machine_id'")) && q.next()
        ? q.value(0).toString()
        : QString();
}

bool DeviceLineage::adoptMachine(Transaction &, const QString &machine, QString *error)
{
    if (machine.isEmpty())
        return true;
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('machine_id', ?)"));
    q.addBindValue(machine);
    return execOrFail(q, QStringLiteral("remembering this computer"), error);
}

qint64 DeviceLineage::lastRow() const
{
    QSqlQuery q(m_database.db());
    return q.exec(QStringLiteral("SELECT coalesce(max(n), 0) FROM events")) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

bool DeviceLineage::renew(Transaction &tx,
    Reason reason, const QString &author, const QString &evidence, QString *newId, QString *error)
{
    const QString old = m_database.deviceId();
    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = m_clock.nowUtc();
    const QString nowText = Event::formatTime(now);

    QString head;
    {
        // The last link this database wrote under the old id: where the new chain's story
        // starts. Along the device's index, newest first.
        QSqlQuery q(m_database.db());
        q.prepare(QStringLiteral(
            "SELECT hash FROM events WHERE device = ? AND local = 1 ORDER BY n DESC LIMIT 1"));
        q.addBindValue(old);
        if (q.exec() && q.next())
            head = q.value(0).toString();
    }
    QSqlQuery leave(m_database.db());
    leave.prepare(QStringLiteral(
        "UPDATE device_ids SET until = ?, until_n = ?, reason = ? WHERE device = ?"));
    leave.addBindValue(nowText);
    leave.addBindValue(lastRow());
    leave.addBindValue(reasonName(reason));
    leave.addBindValue(old);
    QSqlQuery add(m_database.db());
    add.prepare(QStringLiteral("INSERT INTO device_ids(device, since) VALUES (?, ?)"));
    add.addBindValue(fresh);
    add.addBindValue(nowText);
    QSqlQuery meta(m_database.db());
    meta.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'device_id'"));
    meta.addBindValue(fresh);
    if (!execOrFail(leave, QStringLiteral("leaving the old device id"), error)
        || !execOrFail(add, QStringLiteral("recording the new device id"), error)
        || !execOrFail(meta, QStringLiteral("switching to the new device id"), error))
        return false;

    const SettingsStore settings(m_database);
    Event e;
    e.typeName = eventType();
    e.caseId = stream();
    e.data = QJsonObject {{QStringLiteral("previous"), old},
        {QStringLiteral("previous_head"), head}, {QStringLiteral("reason"), reasonName(reason)},
        {QStringLiteral("branch"), settings.branchCode()},
        {QStringLiteral("workstation"), settings.workstationNumber()}};
    if (!evidence.isEmpty())
        e.data.insert(QStringLiteral("evidence"), evidence);
    QList<Event> events {e};
    if (!EventStore(m_database, m_clock)
             .appendInTransaction(tx, events, Actor {author, fresh, settings.branchCode()}, error))
        return false;

    if (reason != Reason::Restored) {
        WorkstationAlert alert;
        alert.kind = reason == Reason::Shared ? WorkstationAlert::deviceShared()
            : reason == Reason::NewMachine    ? WorkstationAlert::newMachine()
                                              : WorkstationAlert::deviceRenewed();
        alert.detectedAt = now;
        alert.branch = settings.branchCode();
        alert.workstation = settings.workstationNumber();
        alert.device = old;
        alert.newDevice = fresh;
        alert.eventId = evidence.isEmpty() ? events.first().id : evidence;
        if (!WorkstationAlerts(m_database).raise(alert, error))
            return false;
    }
    if (newId)
        *newId = fresh;
    return true;
}

bool DeviceLineage::checkMachine(
    const QString &machine, const QString &author, MachineCheck *result, QString *error)
{
    *result = MachineCheck::Unknown;
    if (machine.isEmpty())
        return true;
    const QString known = this->machine();
    if (known == machine) {
        *result = MachineCheck::Same;
        return true;
    }
    // The first start of this file anywhere (or of a file older than this check): the
    // computer it runs on is the one it belongs to.
    const bool adopt = known.isEmpty();
    if (!Transaction::run(m_database, error, [&](Transaction &tx) {
            return (adopt || renew(tx, Reason::NewMachine, author, QString(), nullptr, error))
                && adoptMachine(tx, machine, error);
        }))
        return false;
    *result = adopt ? MachineCheck::Adopted : MachineCheck::Moved;
    return true;
}

bool DeviceLineage::renewAfterRestore(
    Transaction &tx, const QString &machine, const QString &author, QString *error)
{
    // Restored, wherever: what the old id wrote before this moment is this database's own
    // past coming back from the server. On another computer the number must be confirmed,
    // too: the computer the backup came from may still be at work.
    const QString known = this->machine();
    const QString old = m_database.deviceId();
    QString fresh;
    if (!renew(tx, Reason::Restored, author, QString(), &fresh, error))
        return false;
    if (!machine.isEmpty() && !known.isEmpty() && known != machine) {
        const SettingsStore settings(m_database);
        WorkstationAlert alert;
        alert.kind = WorkstationAlert::newMachine();
        alert.detectedAt = m_clock.nowUtc();
        alert.branch = settings.branchCode();
        alert.workstation = settings.workstationNumber();
        alert.device = old;
        alert.newDevice = fresh;
        if (!WorkstationAlerts(m_database).raise(alert, error))
            return false;
    }
    return adoptMachine(tx, machine, error);
}

} // namespace certdesk

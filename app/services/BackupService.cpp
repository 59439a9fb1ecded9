#include "services/BackupService.h"

#include "domain/Clock.h"
#include "services/AuditTrail.h"
#include "services/Session.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/DeviceLineage.h"
#include "storage/SettingsStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace certdesk {

namespace {

const QString kTopic = QStringLiteral("backup");

} // namespace

BackupService::BackupService(Session &session)
    : m_session(session)
{
}

QString BackupService::folder(Database &database)
{
    const QString configured = SettingsStore(database).value(QStringLiteral("backup.folder"));
    if (!configured.isEmpty())
        return configured;
    return QFileInfo(database.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupService::fileNameFor(const QDateTime &localTime)
{
    return QStringLiteral("certdesk-%1.db")
        .arg(localTime.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QDateTime BackupService::lastBackup(Database &database)
{
    return AuditLog(database).lastEventAt(AuditTrail::systemStream(kTopic),
                                          AuditTrail::backupMade(), database.deviceId());
}

bool BackupService::write(Database &database, const Clock &clock, const QString &login,
                          const QString &path, QString *error)
{
    if (!Backup::write(database, path, error))
        return false;
    const Backup::Inspection written = Backup::inspect(path);
    if (!written.ok) {
        if (error)
            *error = tr("The backup %1 was written but does not read back: %2")
                         .arg(path, written.error);
        return false;
    }
    const QJsonObject data {{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
        {QStringLiteral("bytes"), QFileInfo(path).size()},
        {QStringLiteral("events"), written.events}};
    QString why;
    if (Transaction::run(database, &why, [&](Transaction &tx) {
            return AuditTrail::record(tx, clock, login, AuditTrail::systemStream(kTopic),
                AuditTrail::backupMade(), data, &why);
        }))
        return true;
    if (error)
        *error = tr("The backup %1 was written, but it could not be recorded: %2").arg(path, why);
    return false;
}

bool BackupService::backupNow(const QString &path, QString *written, QString *error)
{
    if (!m_session.require(Permission::Backup, error))
        return false;
    Database &db = m_session.database();
    const QString target =
        path.isEmpty() ? QDir(folder(db)).filePath(fileNameFor(m_session.clock().nowLocal()))
                       : path;
    if (!write(db, m_session.clock(), m_session.user().login, target, error))
        return false;
    if (written)
        *written = target;
    return true;
}

bool BackupService::backupIfDue(Database &database, const Clock &clock, QString *written,
                                QString *error)
{
    if (written)
        written->clear();
    SettingsStore settings(database);
    const int hours = settings.intValue(QStringLiteral("backup.interval_hours"),
                                        DefaultIntervalHours);
    if (hours <= 0)
        return true; // switched off
    const QDateTime last = lastBackup(database);
    const QDateTime now = clock.nowUtc();
    if (last.isValid() && last.secsTo(now) < qint64(hours) * 3600)
        return true;
    const QDir dir(folder(database));
    const QString path = dir.filePath(fileNameFor(clock.nowLocal()));
    // The schedule is the workstation's own duty, not the signed-in clerk's action.
    if (!write(database, clock, QStringLiteral("system"), path, error))
        return false;
    if (written)
        *written = path;
    const int keep = settings.intValue(QStringLiteral("backup.keep"), DefaultKeep);
    const QStringList files = dir.entryList({QStringLiteral("certdesk-*.db")}, QDir::Files,
                                            QDir::Name | QDir::Reversed);
    for (qsizetype i = keep; keep > 0 && i < files.size(); ++i)
        QFile::remove(dir.filePath(files.at(i)));
    return true;
}

bool BackupService::restore(const QString &backup, const QString &target, const Clock &clock,
                            const QString &login, QString *keptAs, QString *error)
{
    QString kept;
    if (!Backup::restore(backup, target, &kept, error))
        return false;
    if (keptAs)
        *keptAs = kept;
    Database database;
    if (database.open(target, error) != Database::OpenResult::Ok)
        return false;
    return recordRestore(database, clock, login, backup, kept, error);
}

bool BackupService::recordRestore(Database &database, const Clock &clock, const QString &login,
    const QString &backup, const QString &kept, QString *error)
{
    const QJsonObject data {{QStringLiteral("from"), QFileInfo(backup).absoluteFilePath()},
        {QStringLiteral("replaced"), kept}};
    // The server holds what the database wrote after the backup, under its id: the restored
    // file continues under an id of its own, so the two never fork one chain (README,
    // "Receipt numbers").
    return Transaction::run(database, error, [&](Transaction &tx) {
        return DeviceLineage(database, clock)
                   .renewAfterRestore(tx, DeviceLineage::currentMachine(), login, error)
            && AuditTrail::record(tx, clock, login, AuditTrail::systemStream(kTopic),
            AuditTrail::restored(), data, error);
    });
}

} // namespace certdesk

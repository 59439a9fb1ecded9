#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace certdesk {

class Clock;
class Database;
class Session;

/// Backups on demand (supervisors and administrators) and on a schedule (the workstation
/// itself, whoever is signed in), and restoring one. Settings: "backup.folder" (default: a
/// "backups" folder beside the database), "backup.interval_hours" (24), "backup.keep" (14).
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    static constexpr int DefaultIntervalHours = 24;
    static constexpr int DefaultKeep = 14;

    explicit BackupService(Session &session);

    /// Needs the Backup permission. An empty path writes into the backup folder.
    bool backupNow(const QString &path, QString *written, QString *error);

    /// Writes a backup into the folder when the last one is older than the interval, then
    /// keeps only the newest backup.keep files there. *written stays empty when none was due.
    static bool backupIfDue(Database &database, const Clock &clock, QString *written,
                            QString *error);
    /// Writes path and records backup_made by login.
    static bool write(Database &database, const Clock &clock, const QString &login,
        const QString &path, QString *error);
    /// Replaces the content of the database target with backup's (Backup::restore: refused
    /// while anything has the file open) and records "restored" in the restored database.
    /// What was replaced is kept in keptAs. Only the clock's UTC time is read.
    static bool restore(const QString &backup, const QString &target, const Clock &clock,
        const QString &login, QString *keptAs, QString *error);
    /// Records "restored" in a database Backup::restore just filled.
    static bool recordRestore(Database &database, const Clock &clock, const QString &login,
        const QString &backup, const QString &kept, QString *error);

    static QString folder(Database &database);
    /// The time of the last backup this workstation wrote (invalid when none).
    static QDateTime lastBackup(Database &database);
    static QString fileNameFor(const QDateTime &localTime);

private:
    Session &m_session;
};

} // namespace certdesk

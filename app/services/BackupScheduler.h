#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace certdesk {

class Clock;
class Database;

/// The workstation's own backup duty while the window is open: looks every few minutes
/// whether a backup is due (BackupService::backupIfDue) and writes it. It reports through
/// signals; the window decides what to show.
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    BackupScheduler(Database &database, const Clock &clock, QObject *parent = nullptr);

    /// How often to look (default 10 minutes; the interval of the backups is a setting).
    void setCheckInterval(int milliseconds);
    void start();
    void stop();

public Q_SLOTS:
    /// Looks now; returns false when a due backup failed.
    bool checkNow();

Q_SIGNALS:
    void backedUp(const QString &file);
    void failed(const QString &message);

private:
    Database &m_database;
    const Clock &m_clock;
    QTimer m_timer;
};

} // namespace certdesk

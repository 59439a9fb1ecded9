#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace certdesk {

class Clock;
class Database;
class DatabaseJob;

/// The workstation's own backup duty while the window is open: looks every few minutes
/// whether a backup is due (BackupService::backupIfDue) and writes it. The timer's backups run
/// on a worker thread with a connection of their own (VACUUM INTO copies the whole file:
/// seconds to minutes on a big one), never on the window's thread. It reports through
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
    /// Looks now, on the calling thread; returns false when a due backup failed.
    bool checkNow();
    /// Looks on a worker thread (what the timer does); reports through the signals.
    void checkInBackground();

Q_SIGNALS:
    /// A background look began (the window may show it is busy); finished() follows.
    void started();
    void finished();
    void backedUp(const QString &file);
    void failed(const QString &message);

private:
    Database &m_database;
    const Clock &m_clock;
    QTimer m_timer;
    DatabaseJob *m_job = nullptr;
};

} // namespace certdesk

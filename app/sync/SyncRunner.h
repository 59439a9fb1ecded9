#pragma once

#include <QObject>
#include <QString>

#include "sync/SyncConfig.h"
#include "sync/SyncStatus.h"
#include "sync/SyncSummary.h"

class QThread;

namespace certdesk {

class Clock;
class Replicator;

/// Runs the replicator on a thread of its own with a database connection of its own, so a
/// new workstation reading years of a branch's history never holds up the window: pages are
/// parsed and stored there while the counter goes on. Commands are queued to that thread;
/// its signals are emitted from it (a receiver on another thread gets them queued, a direct
/// connection runs on the sync thread), and the last status is kept here for the window.
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    /// databasePath: the branch file, opened a second time on the sync thread.
    SyncRunner(const QString &databasePath, const Clock &clock, QObject *parent = nullptr);
    /// Stops the replicator, closes its connection and ends the thread (waits for it).
    ~SyncRunner() override;

    /// Checks the configuration here (false with a reason) and hands it to the replicator.
    bool configure(const SyncConfig &config, const QString &password, QString *error);
    void setOptions(const SyncOptions &options);
    void startLive();
    void syncOnce();
    void syncNow();
    void stop();

    /// The last status the replicator reported (updated on this object's thread).
    const SyncStatus &status() const { return m_status; }
    /// The thread the replicator runs on.
    QThread *syncThread() const { return m_thread; }

Q_SIGNALS:
    void statusChanged(const certdesk::SyncStatus &status);
    void progress(qint64 pushed, qint64 pulled, qint64 pending);
    void eventRefused(const QString &eventId, const QString &reason);
    void eventsArrived(int count);
    void finished(const certdesk::SyncSummary &summary);

private:
    /// Runs work with the replicator on the sync thread, in order with earlier commands.
    void post(std::function<void(Replicator &)> work);

    QThread *m_thread;
    QObject *m_context; ///< lives on the sync thread: the receiver of queued commands
    struct Worker;
    Worker *m_worker = nullptr; ///< made, used and deleted on the sync thread only
    SyncStatus m_status;
};

} // namespace certdesk

#include "services/BackupScheduler.h"

#include "domain/Clock.h"
#include "services/BackupService.h"
#include "services/DatabaseJob.h"
#include "storage/Database.h"

namespace certdesk {

BackupScheduler::BackupScheduler(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
    m_timer.setInterval(10 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::checkInBackground);
    m_job = new DatabaseJob(this);
    connect(m_job, &DatabaseJob::finished, this,
            [this](bool ok, const QString &written, const QString &error) {
                Q_EMIT finished();
                if (!ok)
                    Q_EMIT failed(error);
                else if (!written.isEmpty())
                    Q_EMIT backedUp(written);
            });
}

void BackupScheduler::setCheckInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void BackupScheduler::start()
{
    m_timer.start();
}

void BackupScheduler::stop()
{
    m_timer.stop();
}

void BackupScheduler::checkInBackground()
{
    // A connection that refuses writes belongs to a file found damaged: no backup of it.
    if (m_job->isRunning() || m_database.writesRefused())
        return;
    // The worker reads a still picture of the clock: the window's thread may change the
    // branch's UTC offset meanwhile.
    FixedClock still(m_clock.utcOffsetSeconds(), m_clock.nowUtc());
    if (m_job->start(m_database.path(), [still](Database &db, QString *written, QString *error) {
            return BackupService::backupIfDue(db, still, written, error);
        }))
        Q_EMIT started();
}

bool BackupScheduler::checkNow()
{
    QString written;
    QString error;
    if (!BackupService::backupIfDue(m_database, m_clock, &written, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    if (!written.isEmpty())
        Q_EMIT backedUp(written);
    return true;
}

} // namespace certdesk

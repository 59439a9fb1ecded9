#include "services/BackupScheduler.h"

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
    const Clock &clock = m_clock;
    if (m_job->start(m_database.path(), [&clock](Database &db, QString *written, QString *error) {
            return BackupService::backupIfDue(db, clock, written, error);
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

#include "services/BackupScheduler.h"

#include "services/BackupService.h"

namespace certdesk {

BackupScheduler::BackupScheduler(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
    m_timer.setInterval(10 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::checkNow);
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

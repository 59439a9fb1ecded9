#include "services/DatabaseJob.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QPointer>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace certdesk {

DatabaseJob::DatabaseJob(QObject *parent)
    : QObject(parent)
{
}

DatabaseJob::~DatabaseJob()
{
    wait();
}

bool DatabaseJob::isRunning() const
{
    return m_thread != nullptr;
}

bool DatabaseJob::start(const QString &path, Work work)
{
    if (m_thread)
        return false;
    QPointer<DatabaseJob> self(this);
    m_thread = QThread::create([self, path, work = std::move(work)]() {
#if defined(Q_OS_LINUX)
        // Linux ignores Qt's thread priorities below normal (one SCHED_OTHER level), and
        // IdlePriority (SCHED_IDLE) could starve the job on a busy machine: a niceness of 10
        // leaves the window's thread about nine tenths of a shared core.
        setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
        bool ok = false;
        QString result;
        QString error;
        {
            Database database;
            if (database.openCheckingLater(path, &error) == Database::OpenResult::Ok)
                ok = work(database, &result, &error);
        }
        // Delivered on the starting thread; dropped when the job was deleted meanwhile
        // (the destructor waits, so self stays valid up to here).
        QMetaObject::invokeMethod(
            self.data(),
            [self, ok, result, error]() {
                if (!self)
                    return;
                self->wait();
                Q_EMIT self->finished(ok, result, error);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("certdesk-database-job"));
    // Below the window's thread (on Windows: THREAD_PRIORITY_BELOW_NORMAL; on Linux the
    // niceness set above), never starved.
    m_thread->start(QThread::LowPriority);
    return true;
}

void DatabaseJob::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace certdesk

#include "services/DatabaseJob.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QPointer>

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
    // Idle: on Linux the worker then gets a core only when the window's thread leaves it
    // (SCHED_IDLE); elsewhere the lowest priority the system offers.
    m_thread->start(QThread::IdlePriority);
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

#include "sync/SyncRunner.h"

#include "storage/Database.h"
#include "sync/Replicator.h"

#include <QThread>

#include <memory>

namespace certdesk {

struct SyncRunner::Worker
{
    Database database;
    std::unique_ptr<Replicator> replicator;
    QString openError;
};

SyncRunner::SyncRunner(const QString &databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_context(new QObject)
{
    qRegisterMetaType<certdesk::SyncStatus>();
    qRegisterMetaType<certdesk::SyncSummary>();
    m_thread->setObjectName(QStringLiteral("certdesk-sync"));
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_context,
        [this, databasePath, &clock] {
            auto *worker = new Worker;
            // A connection of its own: a Database belongs to the thread that opened it. The
            // window's connection already migrated and checked the file.
            if (worker->database.openCheckingLater(databasePath, &worker->openError)
                != Database::OpenResult::Ok) {
                SyncStatus failed;
                failed.state = SyncStatus::State::Error;
                failed.reason
                    = tr("Sync cannot open the branch database (%1).").arg(worker->openError);
                m_worker = worker;
                QMetaObject::invokeMethod(this, [this, failed] {
                    m_status = failed;
                    Q_EMIT statusChanged(failed);
                });
                return;
            }
            worker->replicator = std::make_unique<Replicator>(worker->database, clock);
            Replicator *r = worker->replicator.get();
            // Emitted on the sync thread: receivers elsewhere get them queued.
            connect(r, &Replicator::progress, this, &SyncRunner::progress, Qt::DirectConnection);
            connect(r, &Replicator::eventRefused, this, &SyncRunner::eventRefused,
                Qt::DirectConnection);
            connect(r, &Replicator::eventsArrived, this, &SyncRunner::eventsArrived,
                Qt::DirectConnection);
            connect(r, &Replicator::finished, this, &SyncRunner::finished, Qt::DirectConnection);
            connect(
                r, &Replicator::statusChanged, this,
                [this](const SyncStatus &status) {
                    m_status = status;
                    Q_EMIT statusChanged(status);
                },
                Qt::QueuedConnection);
            m_worker = worker;
        },
        Qt::QueuedConnection);
}

SyncRunner::~SyncRunner()
{
    // The replicator and its connection go on their own thread, before it ends.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_worker && m_worker->replicator)
                m_worker->replicator->stop();
            delete m_worker;
            m_worker = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SyncRunner::post(std::function<void(Replicator &)> work)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, work = std::move(work)] {
            if (m_worker && m_worker->replicator)
                work(*m_worker->replicator);
        },
        Qt::QueuedConnection);
}

bool SyncRunner::configure(const SyncConfig &config, const QString &password, QString *error)
{
    if (!Replicator::check(config, error))
        return false;
    post([config, password](Replicator &r) {
        QString ignored; // checked above; the CA file is read again there
        r.configure(config, password, &ignored);
    });
    return true;
}

void SyncRunner::setOptions(const SyncOptions &options)
{
    post([options](Replicator &r) { r.setOptions(options); });
}

void SyncRunner::startLive()
{
    post([](Replicator &r) { r.startLive(); });
}

void SyncRunner::syncOnce()
{
    post([](Replicator &r) { r.syncOnce(); });
}

void SyncRunner::syncNow()
{
    post([](Replicator &r) { r.syncNow(); });
}

void SyncRunner::stop()
{
    post([](Replicator &r) { r.stop(); });
}

} // namespace certdesk

#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

namespace certdesk {

class Database;

/// Runs one piece of work that reads the whole database file (the start's quick check, a
/// scheduled backup, the audit verification) on a worker thread with a connection of its own
/// — a Database belongs to the thread that opened it — and reports on the thread that started
/// it, so the window stays responsive however big the file is. One job at a time.
class DatabaseJob : public QObject
{
    Q_OBJECT

public:
    /// Runs on the worker: true when it succeeded; *result and *error go to finished().
    using Work = std::function<bool(Database &database, QString *result, QString *error)>;

    explicit DatabaseJob(QObject *parent = nullptr);
    /// Waits for a running job: its connection must close before the file may go.
    ~DatabaseJob() override;

    /// Opens path again on a worker thread (without a second quick check) and runs work
    /// there. False when a job is still running.
    bool start(const QString &path, Work work);
    bool isRunning() const;
    /// Tests and shutdown: blocks until the running job has reported.
    void wait();

Q_SIGNALS:
    void finished(bool ok, const QString &result, const QString &error);

private:
    QThread *m_thread = nullptr;
};

} // namespace certdesk

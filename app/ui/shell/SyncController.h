#pragma once

#include <QObject>

#include "sync/SyncConfig.h"
#include "sync/SyncRunner.h"
#include "sync/SyncStatus.h"

namespace certdesk {

class Clock;
class Database;

/// Runs sync for the GUI: reads the settings, finds the password in the credential store (or
/// asks the window for it through passwordNeeded), keeps the replicator live on its own thread
/// (SyncRunner), and applies a new configuration from the settings page. No dialogs here: the
/// window decides.
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(Database &database, const Clock &clock, QObject *parent = nullptr);

    /// Starts live sync when a server is configured and its password is known; otherwise
    /// reports NotConfigured, or emits passwordNeeded.
    void start();
    /// The password typed after passwordNeeded: kept in memory (and in the credential store
    /// when remember is set), then sync starts.
    void providePassword(const QString &password, bool remember);
    /// Saves a configuration from the settings page (by: the signed-in login) and restarts
    /// sync with it. An empty password keeps the one already known.
    bool applySettings(const SyncConfig &config, const QString &password, bool remember,
        const QString &by, QString *error);

    SyncConfig config() const { return m_config; }
    const SyncStatus &status() const { return m_runner.status(); }
    SyncRunner &runner() { return m_runner; }

public Q_SLOTS:
    void syncNow();
    /// Sync stops for good (the file was found damaged: nothing may be written to it).
    void halt();

Q_SIGNALS:
    void statusChanged(const certdesk::SyncStatus &status);
    /// Events from the server were stored: views of cases may want to look again.
    void eventsArrived(int count);
    /// Ask the person for the sync password of account; reason says why in plain words.
    void passwordNeeded(const QString &account, const QString &reason);

private:
    bool startWith(const QString &password, QString *error);

    Database &m_database;
    SyncRunner m_runner;
    bool m_halted = false;
    SyncConfig m_config;
    QString m_password;
};

} // namespace certdesk

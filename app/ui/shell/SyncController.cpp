#include "ui/shell/SyncController.h"

#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "sync/CredentialStore.h"

namespace certdesk {

SyncController::SyncController(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_runner(database.path(), clock)
{
    connect(&m_runner, &SyncRunner::statusChanged, this, &SyncController::statusChanged);
    connect(&m_runner, &SyncRunner::eventsArrived, this, &SyncController::eventsArrived);
}

void SyncController::start()
{
    if (m_halted)
        return;
    m_config = SyncConfig::load(SettingsStore(m_database));
    if (!m_config.isEnabled()) {
        m_runner.stop();
        SyncStatus off;
        Q_EMIT statusChanged(off);
        return;
    }
    QString password = m_password;
    QString why;
    if (password.isEmpty()
        && !CredentialStore::readPassword(m_config.credentialKey(), &password, &why)) {
        Q_EMIT passwordNeeded(m_config.user, why);
        return;
    }
    QString error;
    if (!startWith(password, &error)) {
        SyncStatus failed;
        failed.state = SyncStatus::State::Error;
        failed.reason = error;
        failed.nextStep = tr("Open Settings → Sync and correct it.");
        Q_EMIT statusChanged(failed);
    }
}

bool SyncController::startWith(const QString &password, QString *error)
{
    m_runner.stop();
    if (!m_runner.configure(m_config, password, error))
        return false;
    m_password = password;
    m_runner.startLive();
    return true;
}

void SyncController::providePassword(const QString &password, bool remember)
{
    m_password = password;
    if (remember) {
        QString ignored; // without a store the password simply stays in memory
        CredentialStore::writePassword(m_config.credentialKey(), password, &ignored);
    }
    start();
}

bool SyncController::applySettings(const SyncConfig &config, const QString &password, bool remember,
    const QString &by, QString *error)
{
    SettingsStore settings(m_database);
    if (!config.save(settings, by, error))
        return false;
    const bool sameAccount = config.credentialKey() == m_config.credentialKey();
    m_config = config;
    if (!password.isEmpty())
        m_password = password;
    else if (!sameAccount)
        m_password.clear();
    if (remember && !password.isEmpty()) {
        QString why;
        if (!CredentialStore::writePassword(config.credentialKey(), password, &why) && error)
            *error = why; // saved and running; only remembering failed
    }
    start();
    return true;
}

void SyncController::syncNow()
{
    if (!m_config.isEnabled()) {
        start();
        return;
    }
    m_runner.syncNow();
}

void SyncController::halt()
{
    m_halted = true;
    m_runner.stop();
}

} // namespace certdesk

#include "ui/shell/NoticeController.h"

#include "services/NoticeService.h"
#include "services/Session.h"
#include "storage/SettingsStore.h"
#include "sync/CredentialStore.h"
#include "sync/SyncConfig.h"

namespace certdesk {

NoticeController::NoticeController(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sender(session.database(), session.clock())
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &NoticeController::runPass);
    connect(&m_sender, &NoticeSender::finished, this, &NoticeController::passComplete);
}

void NoticeController::start()
{
    m_config = SmsGatewayConfig::load(SettingsStore(m_session.database()));
    if (m_config.isEnabled() && m_secret.isEmpty()) {
        QString ignored; // no store, or nothing stored: the settings dialog asks for it
        CredentialStore::readPassword(m_config.credentialKey(), &m_secret, &ignored);
    }
    m_sender.configure(m_config, m_secret);
    m_timer.start();
    QTimer::singleShot(0, this, &NoticeController::runPass);
}

void NoticeController::runPass()
{
    QString error;
    int queued = 0;
    NoticeService(m_session).queueDue(&queued, &error);
    if (!m_config.isEnabled() || m_sender.isBusy())
        return;
    const SyncConfig sync = SyncConfig::load(SettingsStore(m_session.database()));
    m_sender.setSync(sync.isEnabled(), sync.database);
    m_sender.sendDue();
}

bool NoticeController::applySettings(
    const SmsGatewayConfig &config, const QString &secret, QString *error)
{
    if (!m_session.require(Permission::EditSettings, error))
        return false;
    SettingsStore settings(m_session.database());
    if (!config.save(settings, m_session.user().login, error))
        return false;
    if (config.credentialKey() != m_config.credentialKey())
        m_secret.clear();
    m_config = config;
    if (!secret.isEmpty()) {
        m_secret = secret;
        QString why;
        if (!CredentialStore::writePassword(config.credentialKey(), secret, &why) && error)
            *error = tr("The settings are saved, but the secret could not be kept in the "
                        "system's credential store (%1): this window sends with it until it is "
                        "closed.")
                         .arg(why);
    }
    m_sender.configure(m_config, m_secret);
    runPass();
    return true;
}

} // namespace certdesk

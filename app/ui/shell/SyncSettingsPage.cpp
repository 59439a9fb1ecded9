#include "ui/shell/SyncSettingsPage.h"

#include "sync/CredentialStore.h"
#include "ui_SyncSettingsPage.h"

#include <QFileDialog>

namespace certdesk {

SyncSettingsPage::SyncSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SyncSettingsPage>())
{
    m_ui->setupUi(this);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &SyncSettingsPage::chooseCaFile);
    if (CredentialStore::isCompiledIn()) {
        m_ui->storeNoteLabel->setText(
            tr("The password is kept only in this computer's credential store, never in "
               "CertDesk's files. Without it, CertDesk asks for the password after sign-in."));
    } else {
        m_ui->rememberCheck->setChecked(false);
        m_ui->rememberCheck->setEnabled(false);
        m_ui->storeNoteLabel->setText(
            tr("This CertDesk cannot use a credential store, so the password is never saved: "
               "it is asked for after each sign-in."));
    }
}

SyncSettingsPage::~SyncSettingsPage() = default;

void SyncSettingsPage::setConfig(const SyncConfig &config)
{
    m_ui->serverEdit->setText(config.server.toString());
    m_ui->databaseEdit->setText(config.database);
    m_ui->userEdit->setText(config.user);
    m_ui->caFileEdit->setText(config.caFile);
    m_ui->passwordEdit->clear();
    m_ui->messageLabel->clear();
}

SyncConfig SyncSettingsPage::config() const
{
    SyncConfig c;
    SyncConfig::fromTyped(m_ui->serverEdit->text(), m_ui->databaseEdit->text(),
        m_ui->userEdit->text(), m_ui->caFileEdit->text(), &c, nullptr);
    return c;
}

QString SyncSettingsPage::password() const
{
    return m_ui->passwordEdit->text();
}

bool SyncSettingsPage::rememberPassword() const
{
    return m_ui->rememberCheck->isEnabled() && m_ui->rememberCheck->isChecked();
}

bool SyncSettingsPage::validate(QString *error)
{
    QString message;
    SyncConfig checked;
    SyncConfig::fromTyped(m_ui->serverEdit->text(), m_ui->databaseEdit->text(),
        m_ui->userEdit->text(), m_ui->caFileEdit->text(), &checked, &message);
    m_ui->messageLabel->setText(message);
    if (error)
        *error = message;
    return message.isEmpty();
}

void SyncSettingsPage::chooseCaFile()
{
    const QString file
        = QFileDialog::getOpenFileName(this, tr("CA certificate of the central server"),
            m_ui->caFileEdit->text(), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileEdit->setText(file);
}

} // namespace certdesk

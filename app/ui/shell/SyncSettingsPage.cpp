#include "ui/shell/SyncSettingsPage.h"

#include "sync/CredentialStore.h"
#include "ui_SyncSettingsPage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>

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
    const QString server = m_ui->serverEdit->text().trimmed();
    if (!server.isEmpty())
        c.server = QUrl(server);
    c.database = m_ui->databaseEdit->text().trimmed();
    c.user = m_ui->userEdit->text().trimmed();
    c.caFile = m_ui->caFileEdit->text().trimmed();
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
    const SyncConfig c = config();
    // CouchDB's own rule for database names.
    static const QRegularExpression dbName(QStringLiteral("^[a-z][a-z0-9_$()+/-]*$"));
    if (m_ui->serverEdit->text().trimmed().isEmpty()) {
        message.clear(); // no server: sync stays off, which is a valid choice
    } else if (!c.server.isValid()
        || (c.server.scheme() != QLatin1String("https")
            && c.server.scheme() != QLatin1String("http"))
        || c.server.host().isEmpty()) {
        message = tr("Server address: \"%1\" is not a web address. Write it as "
                     "https://name:port, as the administrator gave it.")
                      .arg(m_ui->serverEdit->text());
    } else if (!dbName.match(c.database).hasMatch()) {
        message = tr("Branch database: \"%1\" is not a database name. Use lower-case letters, "
                     "digits and _ as in certdesk_branch_0101.")
                      .arg(c.database);
    } else if (c.user.isEmpty()) {
        message = tr("Account: it is empty. Enter the workstation's account on the server.");
    } else if (!c.caFile.isEmpty() && !QFileInfo(c.caFile).isReadable()) {
        message = tr("CA certificate: the file %1 cannot be read. Choose the file again, or "
                     "leave the field empty to trust the system's certificates.")
                      .arg(c.caFile);
    }
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

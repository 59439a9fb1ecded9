#include "ui/shell/NoticeSettingsDialog.h"

#include "ui_NoticeSettingsDialog.h"

#include "services/NoticeService.h"
#include "services/Session.h"
#include "storage/SettingsStore.h"
#include "sync/SyncConfig.h"
#include "ui/board/NoticeBoardPanel.h"
#include "ui/common/MessageBox.h"
#include "ui/shell/NoticeController.h"

#include <QPushButton>

namespace certdesk {

NoticeSettingsDialog::NoticeSettingsDialog(
    Session &session, NoticeController &notices, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_notices(notices)
    , m_ui(std::make_unique<Ui::NoticeSettingsDialog>())
{
    m_ui->setupUi(this);
    const SmsGatewayConfig &c = notices.config();
    m_ui->urlEdit->setText(c.url.toString());
    m_ui->senderEdit->setText(c.sender);
    m_ui->loginEdit->setText(c.login);
    m_ui->secretEdit->setPlaceholderText(tr("leave empty to keep the stored one"));
    connect(m_ui->notifierButton, &QPushButton::clicked, this, &NoticeSettingsDialog::makeNotifier);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NoticeSettingsDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showNotifier();
}

NoticeSettingsDialog::~NoticeSettingsDialog() = default;

QString NoticeSettingsDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

QString NoticeSettingsDialog::notifierText() const
{
    return m_ui->notifierLabel->text();
}

void NoticeSettingsDialog::showNotifier()
{
    m_ui->notifierLabel->setText(NoticeBoardPanel::whoSends(m_session));
    // Offered only when it would change something: a second press writes nothing.
    const SyncConfig sync = SyncConfig::load(SettingsStore(m_session.database()));
    const NotifierStatus s = NoticeService(m_session).status(sync.isEnabled(), sync.database);
    const bool offer = !s.thisWorkstationDesignated;
    if (!offer && m_ui->notifierButton->hasFocus())
        m_ui->urlEdit->setFocus();
    m_ui->notifierButton->setEnabled(offer);
}

void NoticeSettingsDialog::makeNotifier()
{
    QString error;
    if (!NoticeService(m_session).setNotifier(QString(), nullptr, &error)) {
        m_ui->errorLabel->setText(error);
        return;
    }
    m_ui->errorLabel->clear();
    showNotifier();
}

void NoticeSettingsDialog::save()
{
    SmsGatewayConfig config;
    QString error;
    if (!SmsGatewayConfig::fromTyped(m_ui->urlEdit->text(), m_ui->senderEdit->text(),
            m_ui->loginEdit->text(), &config, &error)
        || !m_notices.applySettings(config, m_ui->secretEdit->text(), &error)) {
        m_ui->errorLabel->setText(error);
        return;
    }
    if (!error.isEmpty())
        MessageBox::information(this, windowTitle(), error);
    accept();
}

} // namespace certdesk

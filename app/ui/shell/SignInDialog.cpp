#include "ui/shell/SignInDialog.h"

#include "services/AuthService.h"
#include "storage/SettingsStore.h"
#include "ui/shell/LanguageSelector.h"
#include "ui_SignInDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace certdesk {

SignInDialog::SignInDialog(Database &database, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_database(database)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    const SettingsStore settings(database);
    m_branch = settings.branchName().isEmpty() ? settings.branchCode() : settings.branchName();
    m_workstation = settings.workstationNumber();
    // The language is chosen here, before anything else: the clerk signs in reading their own.
    auto *languageRow = new QHBoxLayout;
    languageRow->addStretch();
    languageRow->addWidget(new LanguageSelector(this));
    m_ui->layout->insertLayout(0, languageRow);
    retranslate();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    m_ui->loginEdit->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        // After the button box has put its own standard texts back (it hears the same event).
        QMetaObject::invokeMethod(this, &SignInDialog::retranslate, Qt::QueuedConnection);
        // A message in the previous language would be the only text left in it.
        m_ui->errorLabel->clear();
    }
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_ui->branchLabel->setText(tr("Branch %1, workstation %2").arg(m_branch).arg(m_workstation));
}

void SignInDialog::accept()
{
    if (m_ui->loginEdit->text().trimmed().isEmpty()) {
        m_ui->errorLabel->setText(tr("Login: enter your login."));
        m_ui->loginEdit->setFocus();
        return;
    }
    if (m_ui->passwordEdit->text().isEmpty()) {
        m_ui->errorLabel->setText(tr("Password: enter your password."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    AuthService auth(m_database, m_clock);
    const SignInResult result = auth.signIn(m_ui->loginEdit->text(), m_ui->passwordEdit->text());
    m_ui->passwordEdit->clear();
    if (!result.ok()) {
        m_ui->errorLabel->setText(result.error);
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_user = result.user;
    QDialog::accept();
}

} // namespace certdesk

#include "ui/shell/FirstRunDialog.h"

#include "domain/PasswordPolicy.h"
#include "services/AuthService.h"
#include "ui_FirstRunDialog.h"

#include <QPushButton>

namespace certdesk {

FirstRunDialog::FirstRunDialog(Database &database, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
    , m_database(database)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create and sign in"));
    m_ui->policyLabel->setText(PasswordPolicy::description());
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    m_ui->loginEdit->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::accept()
{
    const QString password = m_ui->passwordEdit->text();
    if (password != m_ui->repeatEdit->text()) {
        m_ui->errorLabel->setText(
            tr("Repeat: the two passwords differ; type the same password twice."));
        m_ui->repeatEdit->clear();
        m_ui->repeatEdit->setFocus();
        return;
    }
    User admin;
    admin.login = AuthService::normalizeLogin(m_ui->loginEdit->text());
    admin.fullName = m_ui->nameEdit->text();
    admin.position = m_ui->positionEdit->text();
    admin.role = Role::Administrator;
    AuthService auth(m_database, m_clock);
    QString error;
    if (!auth.createFirstAdministrator(admin, password, &error)) {
        m_ui->errorLabel->setText(error);
        return;
    }
    const SignInResult signedIn = auth.signIn(admin.login, password);
    m_ui->passwordEdit->clear();
    m_ui->repeatEdit->clear();
    if (!signedIn.ok()) {
        m_ui->errorLabel->setText(signedIn.error);
        return;
    }
    m_user = signedIn.user;
    QDialog::accept();
}

} // namespace certdesk

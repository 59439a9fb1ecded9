#include "ui/admin/UsersDialog.h"

#include "domain/Clock.h"
#include "domain/PasswordPolicy.h"
#include "services/UserService.h"
#include "ui_UsersDialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace certdesk {

namespace {

void fillRoles(QComboBox *combo)
{
    for (Role role : {Role::Clerk, Role::Supervisor, Role::Administrator})
        combo->addItem(roleText(role), int(role));
}

} // namespace

UsersDialog::UsersDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UsersDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_model.setHorizontalHeaderLabels(
        {tr("Login"), tr("Full name"), tr("Position"), tr("Role"), tr("State")});
    m_ui->usersView->setModel(&m_model);
    m_ui->usersView->horizontalHeader()->setStretchLastSection(true);
    m_ui->usersView->verticalHeader()->hide();
    fillRoles(m_ui->roleCombo);
    fillRoles(m_ui->newRoleCombo);
    m_ui->policyLabel->setText(PasswordPolicy::description());
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &UsersDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, &UsersDialog::addAccount);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_ui->roleButton, &QPushButton::clicked, this, &UsersDialog::changeRole);
    connect(m_ui->activeButton, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersDialog::updateSelection);
    reload();
}

UsersDialog::~UsersDialog() = default;

QString UsersDialog::message() const
{
    return m_ui->messageLabel->text();
}

void UsersDialog::reload()
{
    const QString keep = selectedLogin();
    QString error;
    m_users.clear();
    m_model.removeRows(0, m_model.rowCount());
    if (!UserService(m_session).list(&m_users, &error)) {
        report(false, error, QString());
        setEnabled(false);
        return;
    }
    const Clock &clock = m_session.clock();
    for (const UserRecord &u : std::as_const(m_users)) {
        QString state = u.active ? tr("enabled") : tr("disabled");
        if (u.lockedUntil.isValid() && clock.nowUtc() < u.lockedUntil)
            state = tr("locked until %1").arg(clock.toLocal(u.lockedUntil).toString(QStringLiteral("HH:mm")));
        QList<QStandardItem *> row{new QStandardItem(u.login), new QStandardItem(u.fullName),
                                   new QStandardItem(u.position), new QStandardItem(roleText(u.role)),
                                   new QStandardItem(state)};
        m_model.appendRow(row);
    }
    m_ui->usersView->resizeColumnsToContents();
    select(keep);
    updateSelection();
}

void UsersDialog::select(const QString &login)
{
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (m_model.item(row, LoginColumn)->text() == login) {
            m_ui->usersView->selectRow(row);
            return;
        }
    }
}

QString UsersDialog::selectedLogin() const
{
    const QModelIndexList rows = m_ui->usersView->selectionModel()
                                     ? m_ui->usersView->selectionModel()->selectedRows()
                                     : QModelIndexList();
    return rows.isEmpty() ? QString() : m_model.item(rows.first().row(), LoginColumn)->text();
}

void UsersDialog::updateSelection()
{
    const QString login = selectedLogin();
    m_ui->selectedGroup->setEnabled(!login.isEmpty());
    for (const UserRecord &u : std::as_const(m_users)) {
        if (u.login != login)
            continue;
        m_ui->selectedGroup->setTitle(tr("Selected account: %1").arg(login));
        m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(u.role)));
        m_ui->activeButton->setText(u.active ? tr("&Disable") : tr("&Enable"));
    }
}

void UsersDialog::report(bool ok, const QString &error, const QString &done)
{
    m_ui->messageLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_ui->messageLabel->setText(ok ? done : error);
}

void UsersDialog::addAccount()
{
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text()) {
        report(false, tr("Repeat: the two passwords differ; type the same password twice."), {});
        return;
    }
    User user;
    user.login = m_ui->loginEdit->text();
    user.fullName = m_ui->nameEdit->text();
    user.position = m_ui->positionEdit->text();
    user.role = Role(m_ui->newRoleCombo->currentData().toInt());
    QString error;
    const bool ok = UserService(m_session).addUser(user, m_ui->passwordEdit->text(), &error);
    m_ui->passwordEdit->clear();
    m_ui->repeatEdit->clear();
    report(ok, error, tr("The account %1 was added.").arg(user.login.trimmed().toLower()));
    if (ok) {
        m_ui->loginEdit->clear();
        m_ui->nameEdit->clear();
        m_ui->positionEdit->clear();
        reload();
        select(user.login.trimmed().toLower());
    }
}

void UsersDialog::resetPassword()
{
    const QString login = selectedLogin();
    if (m_ui->resetEdit->text() != m_ui->resetRepeatEdit->text()) {
        report(false, tr("Repeat: the two passwords differ; type the same password twice."), {});
        return;
    }
    QString error;
    const bool ok = UserService(m_session).resetPassword(login, m_ui->resetEdit->text(), &error);
    m_ui->resetEdit->clear();
    m_ui->resetRepeatEdit->clear();
    report(ok, error, tr("The password of %1 was reset; give it to them in person.").arg(login));
    reload();
}

void UsersDialog::changeRole()
{
    const QString login = selectedLogin();
    const Role role = Role(m_ui->roleCombo->currentData().toInt());
    QString error;
    const bool ok = UserService(m_session).setRole(login, role, &error);
    report(ok, error, tr("%1 is now a %2.").arg(login, roleText(role)));
    reload();
}

void UsersDialog::toggleActive()
{
    const QString login = selectedLogin();
    bool active = true;
    for (const UserRecord &u : std::as_const(m_users)) {
        if (u.login == login)
            active = u.active;
    }
    QString error;
    const bool ok = UserService(m_session).setActive(login, !active, &error);
    report(ok, error, active ? tr("The account %1 is disabled.").arg(login)
                             : tr("The account %1 is enabled.").arg(login));
    reload();
}

} // namespace certdesk

#pragma once

#include <QDialog>
#include <QStandardItemModel>

#include <memory>

#include "storage/UserStore.h"

namespace Ui {
class UsersDialog;
}

namespace certdesk {

class Session;

/// Account administration for an administrator: the list of who has access, and adding an
/// account, resetting a password, changing a role, disabling or enabling. Everything goes
/// through UserService, so the core's checks and messages apply; the dialog shows them.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { LoginColumn, NameColumn, PositionColumn, RoleColumn, StateColumn, ColumnCount };

    explicit UsersDialog(Session &session, QWidget *parent = nullptr);
    ~UsersDialog() override;

    QAbstractItemModel *model() { return &m_model; }
    /// Selects the row of login (tests, and after a change).
    void select(const QString &login);
    QString message() const;

public Q_SLOTS:
    void reload();
    void addAccount();
    void resetPassword();
    void changeRole();
    void toggleActive();

private:
    QString selectedLogin() const;
    void updateSelection();
    void report(bool ok, const QString &error, const QString &done);

    std::unique_ptr<Ui::UsersDialog> m_ui;
    Session &m_session;
    QStandardItemModel m_model;
    QList<UserRecord> m_users;
};

} // namespace certdesk

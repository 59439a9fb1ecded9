#pragma once

#include <QDialog>

#include <memory>

#include "services/Session.h"

namespace Ui {
class SignInDialog;
}

namespace certdesk {

class Clock;
class Database;

/// Asks for a login and password and checks them with AuthService (lockout after repeated
/// failures); on success user() is who signed in. Errors stay in the dialog, in words.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Database &database, const Clock &clock, QWidget *parent = nullptr);
    ~SignInDialog() override;

    User user() const { return m_user; }

public Q_SLOTS:
    void accept() override;

protected:
    /// Re-sets every text when the clerk picks another language in the dialog.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    Database &m_database;
    const Clock &m_clock;
    User m_user;
    QString m_branch;
    int m_workstation = 0;
};

} // namespace certdesk

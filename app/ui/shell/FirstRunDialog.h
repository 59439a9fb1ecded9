#pragma once

#include <QDialog>

#include <memory>

#include "services/Session.h"

namespace Ui {
class FirstRunDialog;
}

namespace certdesk {

class Clock;
class Database;

/// The first start on a database without accounts: asks for the administrator's account,
/// creates it (AuthService::createFirstAdministrator) and signs them in; user() is who
/// signed in. Refused entries stay in the dialog with the reason.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    FirstRunDialog(Database &database, const Clock &clock, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    User user() const { return m_user; }

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    Database &m_database;
    const Clock &m_clock;
    User m_user;
};

} // namespace certdesk

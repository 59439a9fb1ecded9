#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

#include "services/PasswordHasher.h"
#include "services/Session.h"
#include "storage/UserStore.h"

namespace certdesk {

class Clock;
class Database;
class Transaction;

/// Account administration: add, reset a password, change role, details, enable or disable.
/// Every call needs the ManageUsers permission of the signed-in administrator and records an
/// event in the account's stream ("user:<login>").
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(Session &session);

    /// iterations is lowered by tests only; the product always uses ProductIterations.
    bool addUser(const User &user, const QString &password, QString *error,
                 int iterations = PasswordHasher::ProductIterations);
    /// Sets a new password chosen by the administrator and lifts a lockout.
    bool resetPassword(const QString &login, const QString &password, QString *error,
                       int iterations = PasswordHasher::ProductIterations);
    bool setRole(const QString &login, Role role, QString *error);
    bool setDetails(const QString &login, const QString &fullName, const QString &position,
                    QString *error);
    bool setActive(const QString &login, bool active, QString *error);
    /// Everyone who has access to this database (the list Law 94-V asks for). Administrators
    /// and supervisors (who see the audit) may read it.
    bool list(QList<UserRecord> *users, QString *error) const;

    /// Empty when the login may be used; otherwise what is wrong with it.
    static QString checkLogin(const QString &login);
    /// Creates an account without a session: the first administrator (by empty: only while
    /// the database has no account at all) and the demo generator. Validates like addUser
    /// and records account_created.
    static bool createAccount(Database &database, const Clock &clock, const User &user,
        const QString &password, const QString &by, QString *error,
        int iterations = PasswordHasher::ProductIterations);
    /// The same inside the caller's transaction (the demo generator's one load).
    static bool createAccount(Transaction &tx, const Clock &clock, const User &user,
        const QString &password, const QString &by, QString *error,
        int iterations = PasswordHasher::ProductIterations);

private:
    /// Validates a new account and stretches its password (slow: outside any transaction).
    static bool prepareAccount(const User &user, const QString &password, int iterations,
        UserRecord *record, QString *error);
    static bool insertAccount(
        Transaction &tx, const Clock &clock, UserRecord record, const QString &by, QString *error);
    bool change(const QString &login, const QJsonObject &what, const QString &eventType,
                const std::function<bool(UserStore &, const UserRecord &, QString *)> &apply,
                QString *error);

    Session &m_session;
};

} // namespace certdesk

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

#include "domain/Role.h"

namespace certdesk {

class Database;

/// A derived password as stored: PBKDF2 output, its salt and its iteration count.
struct PasswordCredentials
{
    QByteArray salt;
    QByteArray hash;
    int iterations = 0;
};

/// One row of the users table: who may sign in at this workstation, and their lockout state.
struct UserRecord
{
    QString login;
    QString fullName;
    QString position;
    Role role = Role::Clerk;
    PasswordCredentials credentials;
    int failedAttempts = 0;
    QDateTime lockedUntil; ///< UTC; invalid when not locked
    bool active = true;
    QDateTime createdAt;   ///< UTC
};

/// The accounts of this database. Plain reads and writes: the services above decide who may
/// call them, hash the passwords and hold the transaction (a single call outside one is its
/// own transaction, which is what a demo generator creating users needs).
class UserStore
{
public:
    explicit UserStore(Database &database);

    std::optional<UserRecord> find(const QString &login) const;
    /// Every account, sorted by login.
    QList<UserRecord> all() const;
    qint64 count() const;
    /// Active administrators: the last one may not be demoted or deactivated.
    qint64 activeAdministrators() const;

    /// Adds an account; fails with a message when the login is taken.
    bool insert(const UserRecord &user, QString *error);
    bool setCredentials(const QString &login, const PasswordCredentials &credentials,
                        QString *error);
    bool setDetails(const QString &login, const QString &fullName, const QString &position,
                    QString *error);
    bool setRole(const QString &login, Role role, QString *error);
    bool setActive(const QString &login, bool active, QString *error);
    /// Stores the failure counter and the end of the lock (invalid = not locked).
    bool setLockout(const QString &login, int failedAttempts, const QDateTime &lockedUntil,
                    QString *error);

private:
    bool updateOne(const QString &sql, const QVariantList &values, const QString &what,
                   QString *error);

    Database &m_database;
};

} // namespace certdesk

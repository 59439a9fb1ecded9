#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "services/PasswordHasher.h"
#include "services/Session.h"

namespace certdesk {

class Clock;
class Database;

/// The answer to a sign-in: the user, or why not in words a clerk understands.
struct SignInResult
{
    enum class Status { SignedIn, WrongCredentials, Locked, Disabled, Failed };

    Status status = Status::Failed;
    User user;             ///< filled when signed in
    QDateTime lockedUntil; ///< UTC, when locked
    QString error;

    bool ok() const { return status == Status::SignedIn; }
};

/// Signing in, unlocking the screen, changing one's own password and creating the very first
/// administrator. Five wrong passwords in a row lock an account for fifteen minutes of the
/// injectable clock; every outcome on a known account is an audit event (docs/events.md).
/// The sign-in dialog, the lock screen, an override and certdeskctl all count through check():
/// one attempt per password typed, and an empty password is no attempt at all.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    static constexpr int MaxFailures = 5;
    static constexpr int LockMinutes = 15;

    AuthService(Database &database, const Clock &clock);

    /// Checks login and password; records signed_in, sign_in_failed or account_locked.
    SignInResult signIn(const QString &login, const QString &password);
    /// The same check for the idle lock screen; a success records screen_unlocked.
    SignInResult unlock(const QString &login, const QString &password);
    /// Records that login's counter was locked (screen_locked); reason is "idle" or "by_hand".
    bool recordLock(const QString &login, const QString &reason, QString *error);
    /// The same check when a supervisor authorizes something at another user's session (an
    /// intake override): same lockout; a success records supervisor_confirmed.
    SignInResult confirm(const QString &login, const QString &password);

    /// Changes the signed-in user's own password after checking the current one.
    /// iterations is lowered by tests only.
    bool changePassword(const Session &session, const QString &current, const QString &next,
                        QString *error, int iterations = PasswordHasher::ProductIterations);

    /// True while the database has no account at all: the first start asks for one.
    bool needsFirstAdministrator() const;
    /// Creates the first administrator; refused once any account exists.
    bool createFirstAdministrator(const User &user, const QString &password, QString *error,
                                  int iterations = PasswordHasher::ProductIterations);

    /// A login as stored: trimmed and lower-case.
    static QString normalizeLogin(const QString &login);

private:
    SignInResult check(const QString &login, const QString &password, const QString &successType);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace certdesk

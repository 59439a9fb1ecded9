#include "services/AuthService.h"

#include "domain/Clock.h"
#include "domain/PasswordPolicy.h"
#include "services/AuditTrail.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/UserStore.h"

#include <QJsonObject>

namespace certdesk {

AuthService::AuthService(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

QString AuthService::normalizeLogin(const QString &login)
{
    return login.trimmed().toLower();
}

SignInResult AuthService::signIn(const QString &login, const QString &password)
{
    return check(login, password, AuditTrail::signedIn());
}

SignInResult AuthService::unlock(const QString &login, const QString &password)
{
    return check(login, password, AuditTrail::screenUnlocked());
}

bool AuthService::recordLock(const QString &rawLogin, const QString &reason, QString *error)
{
    const QString login = normalizeLogin(rawLogin);
    // Busy or read-only: Transaction says so (nothing was saved), the caller shows it.
    return Transaction::run(m_database, error, [&](Transaction &tx) {
        return AuditTrail::record(tx, m_clock, login, AuditTrail::accountStream(login),
            AuditTrail::screenLocked(), {{QStringLiteral("reason"), reason}}, error);
    });
}

SignInResult AuthService::confirm(const QString &login, const QString &password)
{
    return check(login, password, AuditTrail::supervisorConfirmed());
}

SignInResult AuthService::check(const QString &rawLogin, const QString &password,
                                const QString &successType)
{
    SignInResult result;
    const QString login = normalizeLogin(rawLogin);
    const QString wrong = tr("The login or the password is wrong. Check the keyboard layout and "
                             "Caps Lock; after %n wrong password(s) in a row the account is "
                             "locked for %1.",
        nullptr, MaxFailures)
                              .arg(tr("%n minute(s)", nullptr, LockMinutes));
    if (password.isEmpty()) {
        // Enter on an empty field is not a guess: nothing is counted or recorded.
        result.status = SignInResult::Status::WrongCredentials;
        result.error = tr("Password: enter the password.");
        return result;
    }
    UserStore users(m_database);
    const std::optional<UserRecord> found = users.find(login);
    if (!found) {
        // Spend the same time as a real check, so the answer's delay does not tell which
        // logins exist. Nothing is recorded: a mistyped login may be a password.
        PasswordHasher::key(password, QByteArray(PasswordHasher::SaltBytes, '\0'),
                            PasswordHasher::ProductIterations);
        result.status = SignInResult::Status::WrongCredentials;
        result.error = wrong;
        return result;
    }
    const UserRecord &u = *found;
    const QDateTime now = m_clock.nowUtc();
    if (u.lockedUntil.isValid() && now < u.lockedUntil) {
        result.status = SignInResult::Status::Locked;
        result.lockedUntil = u.lockedUntil;
        result.error
            = tr("The account %1 is locked after %n wrong password(s) until %2. Wait "
                 "until then, or ask an administrator to reset the password.",
                nullptr, MaxFailures)
                  .arg(login, m_clock.toLocal(u.lockedUntil).toString(QStringLiteral("HH:mm")));
        return result;
    }

    const bool matches = PasswordHasher::verify(password, u.credentials);
    const QString stream = AuditTrail::accountStream(login);
    QString error;
    bool started = false;
    const bool recorded = Transaction::run(m_database, &error, [&](Transaction &tx) {
        started = true;
        if (!matches) {
            const int failures = u.failedAttempts + 1;
            if (failures >= MaxFailures) {
                result.status = SignInResult::Status::Locked;
                result.lockedUntil = now.addSecs(qint64(LockMinutes) * 60);
                result.error
                    = tr("%n wrong password(s) in a row: the account %1 is locked until %2. "
                         "Wait until then, or ask an administrator to reset the password.",
                        nullptr, failures)
                          .arg(login,
                              m_clock.toLocal(result.lockedUntil).toString(QStringLiteral("HH:mm")));
                return users.setLockout(login, 0, result.lockedUntil, &error)
                    && AuditTrail::record(tx, m_clock, login, stream, AuditTrail::accountLocked(),
                        {{QStringLiteral("failures"), failures},
                            {QStringLiteral("until"), Event::formatTime(result.lockedUntil)}},
                        &error);
            }
            result.status = SignInResult::Status::WrongCredentials;
            result.error = wrong;
            return users.setLockout(login, failures, QDateTime(), &error)
                && AuditTrail::record(tx, m_clock, login, stream, AuditTrail::signInFailed(),
                    {{QStringLiteral("failures"), failures}}, &error);
        }
        if (!u.active) {
            result.status = SignInResult::Status::Disabled;
            result.error
                = tr("The account %1 is disabled; ask an administrator to enable it.").arg(login);
            tx.rollBackAtEnd();
            return true;
        }
        if ((u.failedAttempts != 0 || u.lockedUntil.isValid())
            && !users.setLockout(login, 0, QDateTime(), &error))
            return false;
        if (!AuditTrail::record(tx, m_clock, login, stream, successType, {}, &error))
            return false;
        result.status = SignInResult::Status::SignedIn;
        result.user = User {u.login, u.fullName, u.position, u.role};
        return true;
    });
    if (!recorded) {
        // Nothing of this attempt was saved: no sign-in without its record.
        result.status = SignInResult::Status::Failed;
        result.user = User();
        result.lockedUntil = QDateTime();
        result.error = started ? error
                               : tr("The database is busy or read-only, so the sign-in cannot "
                                    "be recorded; try again in a moment.");
    }
    return result;
}

bool AuthService::changePassword(const Session &session, const QString &current,
                                 const QString &next, QString *error, int iterations)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString login = session.user().login;
    UserStore users(m_database);
    const std::optional<UserRecord> u = users.find(login);
    if (!u)
        return fail(tr("The account %1 no longer exists; sign in again.").arg(login));
    if (!PasswordHasher::verify(current, u->credentials))
        return fail(tr("The current password is wrong; type it again."));
    const QString why = PasswordPolicy::check(next, login);
    if (!why.isEmpty())
        return fail(why);
    if (next == current)
        return fail(tr("The new password is the same as the current one; choose a different "
                       "one."));
    // Stretched before the transaction: the write lock is not held for it.
    const PasswordCredentials credentials = PasswordHasher::derive(next, iterations);
    return Transaction::run(m_database, error, [&](Transaction &tx) {
        return users.setCredentials(login, credentials, error)
            && AuditTrail::record(tx, m_clock, login, AuditTrail::accountStream(login),
                AuditTrail::passwordChanged(),
                {{QStringLiteral("credentials"), PasswordHasher::fingerprint(credentials)}}, error);
    });
}

bool AuthService::needsFirstAdministrator() const
{
    return UserStore(m_database).count() == 0;
}

bool AuthService::createFirstAdministrator(const User &user, const QString &password,
                                           QString *error, int iterations)
{
    User admin = user;
    admin.role = Role::Administrator;
    return UserService::createAccount(m_database, m_clock, admin, password, QString(), error,
                                      iterations);
}

} // namespace certdesk

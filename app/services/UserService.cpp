#include "services/UserService.h"

#include "domain/Clock.h"
#include "domain/PasswordPolicy.h"
#include "services/AuditTrail.h"
#include "services/AuthService.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace certdesk {

namespace {

bool failWith(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

} // namespace

UserService::UserService(Session &session)
    : m_session(session)
{
}

QString UserService::checkLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (login.isEmpty())
        return tr("The login is empty; enter 2 to 32 Latin letters, digits, dots, hyphens or "
                  "underscores.");
    if (!pattern.match(login).hasMatch())
        return tr("The login \"%1\" may hold only 2 to 32 Latin letters, digits, dots, hyphens "
                  "and underscores, starting with a letter or digit; change it.")
            .arg(login);
    return QString();
}

bool UserService::prepareAccount(
    const User &user, const QString &password, int iterations, UserRecord *record, QString *error)
{
    record->login = AuthService::normalizeLogin(user.login);
    record->fullName = user.fullName.simplified();
    record->position = user.position.simplified();
    record->role = user.role;
    QString why = checkLogin(record->login);
    if (!why.isEmpty())
        return failWith(error, why);
    if (record->fullName.isEmpty())
        return failWith(error,
            tr("The full name is empty; enter the surname and name of the "
               "person who will use the account."));
    why = PasswordPolicy::check(password, record->login);
    if (!why.isEmpty())
        return failWith(error, why);
    if (iterations < 1)
        return failWith(error, tr("The password work factor must be positive."));
    record->credentials = PasswordHasher::derive(password, iterations);
    return true;
}

bool UserService::insertAccount(
    Transaction &tx, const Clock &clock, UserRecord record, const QString &by, QString *error)
{
    record.createdAt = clock.nowUtc();
    UserStore users(tx.database());
    if (by.isEmpty() && users.count() != 0)
        return failWith(error, tr("This database already has accounts; an administrator adds "
                                  "new ones."));
    if (users.find(record.login))
        return failWith(error, tr("The login \"%1\" is taken; choose another one.")
                                   .arg(record.login));
    const QJsonObject data{
        {QStringLiteral("role"), roleName(record.role)},
        {QStringLiteral("full_name"), record.fullName},
        {QStringLiteral("position"), record.position},
        {QStringLiteral("credentials"), PasswordHasher::fingerprint(record.credentials)}};
    return users.insert(record, error)
        && AuditTrail::record(tx, clock, by.isEmpty() ? record.login : by,
            AuditTrail::accountStream(record.login), AuditTrail::accountCreated(), data, error);
}

bool UserService::createAccount(Database &database, const Clock &clock, const User &user,
    const QString &password, const QString &by, QString *error, int iterations)
{
    // The password is stretched before the transaction: the write lock is not held for it.
    UserRecord record;
    if (!prepareAccount(user, password, iterations, &record, error))
        return false;
    return Transaction::run(database, error,
        [&](Transaction &tx) { return insertAccount(tx, clock, record, by, error); });
}

bool UserService::createAccount(Transaction &tx, const Clock &clock, const User &user,
    const QString &password, const QString &by, QString *error, int iterations)
{
    UserRecord record;
    return prepareAccount(user, password, iterations, &record, error)
        && insertAccount(tx, clock, record, by, error);
}

bool UserService::addUser(const User &user, const QString &password, QString *error,
                          int iterations)
{
    if (!m_session.require(Permission::ManageUsers, error))
        return false;
    return createAccount(m_session.database(), m_session.clock(), user, password,
                         m_session.user().login, error, iterations);
}

bool UserService::change(
    const QString &rawLogin, const QJsonObject &what, const QString &eventType,
    const std::function<bool(UserStore &, const UserRecord &, QString *)> &apply, QString *error)
{
    if (!m_session.require(Permission::ManageUsers, error))
        return false;
    const QString login = AuthService::normalizeLogin(rawLogin);
    return Transaction::run(m_session.database(), error, [&](Transaction &tx) {
        UserStore users(tx.database());
        const std::optional<UserRecord> u = users.find(login);
        if (!u)
            return failWith(error, tr("There is no account \"%1\"; check the login.").arg(login));
        return apply(users, *u, error)
            && AuditTrail::record(tx, m_session.clock(), m_session.user().login,
                AuditTrail::accountStream(login), eventType, what, error);
    });
}

bool UserService::resetPassword(const QString &login, const QString &password, QString *error,
                                int iterations)
{
    if (!m_session.require(Permission::ManageUsers, error))
        return false;
    const QString why = PasswordPolicy::check(password, AuthService::normalizeLogin(login));
    if (!why.isEmpty())
        return failWith(error, why);
    const PasswordCredentials credentials = PasswordHasher::derive(password, iterations);
    return change(
        login, {{QStringLiteral("credentials"), PasswordHasher::fingerprint(credentials)}},
        AuditTrail::passwordReset(),
        [&](UserStore &users, const UserRecord &u, QString *e) {
            return users.setCredentials(u.login, credentials, e);
        },
        error);
}

bool UserService::setRole(const QString &login, Role role, QString *error)
{
    return change(
        login, {{QStringLiteral("role"), roleName(role)}}, AuditTrail::accountChanged(),
        [&](UserStore &users, const UserRecord &u, QString *e) {
            if (u.role == Role::Administrator && role != Role::Administrator && u.active
                && users.activeAdministrators() <= 1)
                return failWith(e, tr("%1 is the last active administrator; make another "
                                      "account an administrator first.")
                                       .arg(u.login));
            return users.setRole(u.login, role, e);
        },
        error);
}

bool UserService::setDetails(const QString &login, const QString &fullName,
                             const QString &position, QString *error)
{
    const QString name = fullName.simplified();
    const QString pos = position.simplified();
    if (name.isEmpty())
        return failWith(error, tr("The full name is empty; enter the surname and name."));
    return change(
        login, {{QStringLiteral("full_name"), name}, {QStringLiteral("position"), pos}},
        AuditTrail::accountChanged(),
        [&](UserStore &users, const UserRecord &u, QString *e) {
            return users.setDetails(u.login, name, pos, e);
        },
        error);
}

bool UserService::setActive(const QString &login, bool active, QString *error)
{
    return change(
        login, {{QStringLiteral("active"), active}}, AuditTrail::accountChanged(),
        [&](UserStore &users, const UserRecord &u, QString *e) {
            if (!active && u.login == m_session.user().login)
                return failWith(e, tr("You cannot disable your own account; ask another "
                                      "administrator."));
            if (!active && u.role == Role::Administrator && u.active
                && users.activeAdministrators() <= 1)
                return failWith(e, tr("%1 is the last active administrator and cannot be "
                                      "disabled; make another account an administrator first.")
                                       .arg(u.login));
            return users.setActive(u.login, active, e);
        },
        error);
}

bool UserService::list(QList<UserRecord> *users, QString *error) const
{
    if (!m_session.can(Permission::ViewAudit) && !m_session.require(Permission::ManageUsers, error))
        return false;
    *users = UserStore(m_session.database()).all();
    // The list is for reading who has access: the password material stays in the table.
    for (UserRecord &u : *users)
        u.credentials = PasswordCredentials();
    return true;
}

} // namespace certdesk

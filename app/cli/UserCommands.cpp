// Accounts from the command line: the first administrator, and account administration
// acting as a signed-in administrator (--as LOGIN, password from a prompt or stdin).
#include "cli/UserCommands.h"

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "domain/PasswordPolicy.h"
#include "services/AuthService.h"
#include "services/UserService.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace certdesk::commands {

namespace {

/// The terminal's echo switched off for as long as the object lives.
class NoEcho
{
public:
    explicit NoEcho(int fd)
        : m_fd(fd)
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_mode)
                   && SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        m_active = tcgetattr(m_fd, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(m_fd, TCSAFLUSH, &quiet);
        }
#endif
    }
    ~NoEcho()
    {
#ifdef Q_OS_WIN
        if (m_active)
            SetConsoleMode(m_handle, m_mode);
#else
        if (m_active)
            tcsetattr(m_fd, TCSAFLUSH, &m_saved);
#endif
    }
    NoEcho(const NoEcho &) = delete;
    NoEcho &operator=(const NoEcho &) = delete;

private:
    int m_fd;
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

int terminalFd(Cli &cli)
{
    auto *file = qobject_cast<QFile *>(cli.in().device());
    if (!file || file->handle() < 0)
        return -1;
#ifdef Q_OS_WIN
    return _isatty(file->handle()) ? file->handle() : -1;
#else
    return isatty(file->handle()) ? file->handle() : -1;
#endif
}

/// Asks for a new password; on a terminal twice, so a typo does not lock anyone out.
bool readNewPassword(Cli &cli, const QString &login, QString *password)
{
    if (terminalFd(cli) >= 0)
        cli.err() << PasswordPolicy::description() << '\n';
    if (!readPassword(cli, QStringLiteral("New password for %1: ").arg(login), password))
        return false;
    if (terminalFd(cli) >= 0) {
        QString again;
        if (!readPassword(cli, QStringLiteral("The same password again: "), &again))
            return false;
        if (again != *password) {
            cli.fail(QStringLiteral("the two passwords differ; nothing was changed"));
            return false;
        }
    }
    return true;
}

QJsonObject userJson(const UserRecord &u)
{
    return {{QStringLiteral("login"), u.login},
            {QStringLiteral("full_name"), u.fullName},
            {QStringLiteral("position"), u.position},
            {QStringLiteral("role"), roleName(u.role)},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("failed_attempts"), u.failedAttempts},
            {QStringLiteral("locked_until"),
             u.lockedUntil.isValid() ? Event::formatTime(u.lockedUntil) : QString()},
            {QStringLiteral("created_at"), Event::formatTime(u.createdAt)}};
}

int add(Cli &cli, Database &db)
{
    const QString actor = takeActor(cli);
    User user;
    user.login = AuthService::normalizeLogin(cli.takeOption(QStringLiteral("--login")));
    user.fullName = cli.takeOption(QStringLiteral("--name"));
    user.position = cli.takeOption(QStringLiteral("--position"));
    const QString roleText = cli.takeOption(QStringLiteral("--role"));
    if (user.login.isEmpty() || user.fullName.isEmpty() || roleText.isEmpty()
        || !cli.args().isEmpty())
        return cli.fail(QStringLiteral("usage: certdeskctl --db FILE user add --login LOGIN "
                                       "--name \"FULL NAME\" [--position TEXT] --role "
                                       "clerk|supervisor|administrator [--as ADMIN]"));
    if (!roleFromName(roleText, &user.role))
        return cli.fail(QStringLiteral("--role \"%1\" is not a role: write clerk, supervisor or "
                                       "administrator").arg(roleText));
    AuthService auth(db, cli.clock());
    QString password;
    QString error;
    if (auth.needsFirstAdministrator()) {
        if (user.role != Role::Administrator)
            return cli.refuse(QStringLiteral("the database has no account yet: the first one "
                                               "must be an administrator (--role administrator)"));
        if (!readNewPassword(cli, user.login, &password))
            return Cli::UsageOrIoError;
        if (!auth.createFirstAdministrator(user, password, &error))
            return cli.refuse(error);
    } else {
        int code = Cli::Done;
        const std::optional<User> admin = signInAs(cli, db, actor, &code);
        if (!admin)
            return code;
        if (!readNewPassword(cli, user.login, &password))
            return Cli::UsageOrIoError;
        Session session(db, cli.clock(), *admin);
        if (!UserService(session).addUser(user, password, &error))
            return cli.refuse(error);
    }
    cli.printJson({{QStringLiteral("login"), user.login},
                   {QStringLiteral("role"), roleName(user.role)},
                   {QStringLiteral("created"), true}});
    return Cli::Done;
}

int list(Cli &cli, Database &db)
{
    const QString actor = takeActor(cli);
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("usage: certdeskctl --db FILE user list --as LOGIN"));
    int code = Cli::Done;
    const std::optional<User> who = signInAs(cli, db, actor, &code);
    if (!who)
        return code;
    Session session(db, cli.clock(), *who);
    QList<UserRecord> users;
    QString error;
    if (!UserService(session).list(&users, &error))
        return cli.refuse(error);
    for (const UserRecord &u : std::as_const(users))
        cli.printJson(userJson(u));
    return Cli::Done;
}

int passwd(Cli &cli, Database &db)
{
    const QString login = takeActor(cli);
    if (login.isEmpty() || !cli.args().isEmpty())
        return cli.fail(QStringLiteral("usage: certdeskctl --db FILE user passwd --as LOGIN"));
    QString current;
    if (!readPassword(cli, QStringLiteral("Current password for %1: ").arg(login), &current))
        return Cli::UsageOrIoError;
    AuthService auth(db, cli.clock());
    const SignInResult signedIn = auth.signIn(login, current);
    if (!signedIn.ok())
        return cli.refuse(signedIn.error);
    QString next;
    if (!readNewPassword(cli, signedIn.user.login, &next))
        return Cli::UsageOrIoError;
    Session session(db, cli.clock(), signedIn.user);
    QString error;
    if (!auth.changePassword(session, current, next, &error))
        return cli.refuse(error);
    cli.printJson({{QStringLiteral("login"), signedIn.user.login},
                   {QStringLiteral("done"), QStringLiteral("passwd")}});
    return Cli::Done;
}

int administer(Cli &cli, Database &db, const QString &sub)
{
    const QString actor = takeActor(cli);
    if (cli.args().isEmpty())
        return cli.fail(QStringLiteral("usage: certdeskctl --db FILE user %1 LOGIN%2 --as ADMIN")
                            .arg(sub, sub == QLatin1String("role") ? QStringLiteral(" ROLE")
                                                                   : QString()));
    const QString login = AuthService::normalizeLogin(cli.args().takeFirst());
    Role role = Role::Clerk;
    if (sub == QLatin1String("role")) {
        if (cli.args().isEmpty() || !roleFromName(cli.args().takeFirst(), &role))
            return cli.fail(QStringLiteral("user role LOGIN ROLE: write clerk, supervisor or "
                                           "administrator"));
    }
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("unexpected \"%1\"").arg(cli.args().first()));
    int code = Cli::Done;
    const std::optional<User> admin = signInAs(cli, db, actor, &code);
    if (!admin)
        return code;
    Session session(db, cli.clock(), *admin);
    UserService users(session);
    QString error;
    bool ok = false;
    if (sub == QLatin1String("reset")) {
        QString password;
        if (!readNewPassword(cli, login, &password))
            return Cli::UsageOrIoError;
        ok = users.resetPassword(login, password, &error);
    } else if (sub == QLatin1String("role")) {
        ok = users.setRole(login, role, &error);
    } else {
        ok = users.setActive(login, sub == QLatin1String("enable"), &error);
    }
    if (!ok)
        return cli.refuse(error);
    cli.printJson({{QStringLiteral("login"), login}, {QStringLiteral("done"), sub}});
    return Cli::Done;
}

} // namespace

bool readPassword(Cli &cli, const QString &prompt, QString *password)
{
    const int fd = terminalFd(cli);
    if (fd >= 0) {
        cli.err() << prompt;
        cli.err().flush();
        {
            NoEcho quiet(fd);
            *password = cli.in().readLine();
        }
        cli.err() << '\n';
        cli.err().flush();
    } else {
        if (cli.in().atEnd()) {
            cli.fail(QStringLiteral("a password was expected on stdin (one per line)"));
            return false;
        }
        *password = cli.in().readLine();
    }
    return true;
}

QString takeActor(Cli &cli)
{
    return cli.takeOption(QStringLiteral("--as"));
}

std::optional<User> signInAs(Cli &cli, Database &db, const QString &login, int *exitCode)
{
    if (login.isEmpty()) {
        *exitCode = cli.fail(QStringLiteral("this command acts as a person: add --as LOGIN (the "
                                            "password is asked for, or read from stdin)"));
        return std::nullopt;
    }
    QString password;
    if (!readPassword(cli, QStringLiteral("Password for %1: ").arg(login), &password)) {
        *exitCode = Cli::UsageOrIoError;
        return std::nullopt;
    }
    const SignInResult result = AuthService(db, cli.clock()).signIn(login, password);
    if (!result.ok()) {
        cli.fail(result.error);
        *exitCode = Cli::RuleSaysNo;
        return std::nullopt;
    }
    return result.user;
}

int user(Cli &cli)
{
    static const QString usage = QStringLiteral(
        "usage: certdeskctl --db FILE user add | list | passwd | reset | role | enable | "
        "disable (see docs/certdeskctl.md)");
    if (cli.args().isEmpty())
        return cli.fail(usage);
    const QString sub = cli.args().takeFirst();
    Database *db = sub == QLatin1String("list") ? cli.database() : cli.workstationDatabase();
    if (!db)
        return Cli::UsageOrIoError;
    if (sub == QLatin1String("add"))
        return add(cli, *db);
    if (sub == QLatin1String("list"))
        return list(cli, *db);
    if (sub == QLatin1String("passwd"))
        return passwd(cli, *db);
    if (sub == QLatin1String("reset") || sub == QLatin1String("role")
        || sub == QLatin1String("enable") || sub == QLatin1String("disable"))
        return administer(cli, *db, sub);
    return cli.fail(usage);
}

} // namespace certdesk::commands

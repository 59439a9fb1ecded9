#include "storage/UserStore.h"

#include "domain/Event.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace certdesk {

namespace {

constexpr const char *kColumns = "login, full_name, position, role, salt, hash, iterations, "
                                 "failed_attempts, locked_until, active, created_at";

// Qt binds a null QString as SQL NULL; the columns are NOT NULL with '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString timeText(const QDateTime &utc)
{
    return utc.isValid() ? Event::formatTime(utc) : QStringLiteral("");
}

UserRecord fromRow(const QSqlQuery &q)
{
    UserRecord u;
    u.login = q.value(0).toString();
    u.fullName = q.value(1).toString();
    u.position = q.value(2).toString();
    roleFromName(q.value(3).toString(), &u.role);
    u.credentials.salt = q.value(4).toByteArray();
    u.credentials.hash = q.value(5).toByteArray();
    u.credentials.iterations = q.value(6).toInt();
    u.failedAttempts = q.value(7).toInt();
    const QString locked = q.value(8).toString();
    u.lockedUntil = locked.isEmpty() ? QDateTime() : Event::parseTime(locked);
    u.active = q.value(9).toInt() != 0;
    u.createdAt = Event::parseTime(q.value(10).toString());
    return u;
}

} // namespace

UserStore::UserStore(Database &database)
    : m_database(database)
{
}

std::optional<UserRecord> UserStore::find(const QString &login) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE login = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(login);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

QList<UserRecord> UserStore::all() const
{
    QList<UserRecord> out;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM users ORDER BY login");
    if (q.exec(sql.arg(QLatin1String(kColumns)))) {
        while (q.next())
            out.append(fromRow(q));
    }
    return out;
}

qint64 UserStore::count() const
{
    QSqlQuery q(m_database.db());
    if (q.exec(QStringLiteral("SELECT count(*) FROM users")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 UserStore::activeAdministrators() const
{
    QSqlQuery q(m_database.db());
    return q.exec(QStringLiteral(
               "SELECT count(*) FROM users WHERE role = 'administrator' AND active = 1"))
                   && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

bool UserStore::insert(const UserRecord &u, QString *error)
{
    if (find(u.login)) {
        if (error)
            *error = QStringLiteral("the login \"%1\" is taken; choose another one").arg(u.login);
        return false;
    }
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT INTO users(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(u.login);
    q.addBindValue(text(u.fullName));
    q.addBindValue(text(u.position));
    q.addBindValue(roleName(u.role));
    q.addBindValue(u.credentials.salt);
    q.addBindValue(u.credentials.hash);
    q.addBindValue(u.credentials.iterations);
    q.addBindValue(u.failedAttempts);
    q.addBindValue(timeText(u.lockedUntil));
    q.addBindValue(u.active ? 1 : 0);
    q.addBindValue(timeText(u.createdAt));
    return execOrFail(q, QStringLiteral("adding the account %1").arg(u.login), error);
}

bool UserStore::updateOne(const QString &sql, const QVariantList &values, const QString &what,
                          QString *error)
{
    QSqlQuery q(m_database.db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!execOrFail(q, what, error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("%1 failed: there is no such account").arg(what);
        return false;
    }
    return true;
}

bool UserStore::setCredentials(const QString &login, const PasswordCredentials &c, QString *error)
{
    return updateOne(QStringLiteral("UPDATE users SET salt = ?, hash = ?, iterations = ?, "
                                    "failed_attempts = 0, locked_until = '' WHERE login = ?"),
                     {c.salt, c.hash, c.iterations, login},
                     QStringLiteral("changing the password of %1").arg(login), error);
}

bool UserStore::setDetails(const QString &login, const QString &fullName, const QString &position,
                           QString *error)
{
    return updateOne(QStringLiteral("UPDATE users SET full_name = ?, position = ? WHERE login = ?"),
                     {text(fullName), text(position), login},
                     QStringLiteral("changing the details of %1").arg(login), error);
}

bool UserStore::setRole(const QString &login, Role role, QString *error)
{
    return updateOne(QStringLiteral("UPDATE users SET role = ? WHERE login = ?"),
                     {roleName(role), login},
                     QStringLiteral("changing the role of %1").arg(login), error);
}

bool UserStore::setActive(const QString &login, bool active, QString *error)
{
    return updateOne(QStringLiteral("UPDATE users SET active = ? WHERE login = ?"),
                     {active ? 1 : 0, login},
                     QStringLiteral("%1 the account %2")
                         .arg(active ? QStringLiteral("enabling") : QStringLiteral("disabling"),
                              login),
                     error);
}

bool UserStore::setLockout(const QString &login, int failedAttempts, const QDateTime &lockedUntil,
                           QString *error)
{
    return updateOne(
        QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE login = ?"),
        {failedAttempts, timeText(lockedUntil), login},
        QStringLiteral("recording a sign-in attempt of %1").arg(login), error);
}

} // namespace certdesk

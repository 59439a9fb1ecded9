#pragma once

#include <QCoreApplication>
#include <QString>

#include "domain/Role.h"
#include "storage/EventStore.h"

namespace certdesk {

class Clock;
class Database;

/// A signed-in user as the core knows them.
struct User
{
    QString login;
    QString fullName; ///< "Surname Name Patronymic"
    QString position;
    Role role = Role::Clerk;
};

/// The signed-in user at this workstation, with the database and clock every service uses.
/// Services take a Session& and check its permission before they read or write anything.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    Session(Database &database, const Clock &clock, const User &user);

    Database &database() const { return m_database; }
    const Clock &clock() const { return m_clock; }
    const User &user() const { return m_user; }
    /// Author stamp for the events this session writes.
    Actor actor() const;

    /// Another person signed in at this counter's lock screen: the windows serve them now,
    /// and every later permission check and event is theirs.
    void setUser(const User &user) { m_user = user; }

    bool can(Permission permission) const { return roleAllows(m_user.role, permission); }
    /// False with "You are signed in as a clerk: only a supervisor may ..." in error.
    bool require(Permission permission, QString *error) const;

private:
    Database &m_database;
    const Clock &m_clock;
    User m_user;
};

} // namespace certdesk

#include "services/Session.h"

#include "storage/Database.h"
#include "storage/SettingsStore.h"

namespace certdesk {

Session::Session(Database &database, const Clock &clock, const User &user)
    : m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_device(database.deviceId())
    , m_branch(SettingsStore(database).branchCode())
{
}

Actor Session::actor() const
{
    return Actor{m_user.login, m_device, m_branch};
}

bool Session::require(Permission permission, QString *error) const
{
    if (can(permission))
        return true;
    if (error) {
        *error = tr("%1 is signed in as %2, who may not %3; ask a %4")
                     .arg(m_user.login, roleName(m_user.role), permissionText(permission),
                          permission == Permission::ManageUsers ? QStringLiteral("administrator")
                                                                : QStringLiteral("supervisor"));
    }
    return false;
}

} // namespace certdesk

#include "services/Session.h"

#include "storage/Database.h"
#include "storage/SettingsStore.h"

namespace certdesk {

Session::Session(Database &database, const Clock &clock, const User &user)
    : m_database(database)
    , m_clock(clock)
    , m_user(user)
{
}

Actor Session::actor() const
{
    // Read at every write, never kept: the device id changes when the database finds it was
    // copied (DeviceLineage), the branch code when a supervisor sets it, both possibly while
    // this session is open.
    return Actor {m_user.login, m_database.deviceId(), SettingsStore(m_database).branchCode()};
}

bool Session::require(Permission permission, QString *error) const
{
    if (can(permission))
        return true;
    if (error) {
        *error = tr("%1 is signed in as %2, who may not %3; ask a %4")
                     .arg(m_user.login, roleText(m_user.role), permissionText(permission),
                         roleText(permission == Permission::ManageUsers ? Role::Administrator
                                                                        : Role::Supervisor));
    }
    return false;
}

} // namespace certdesk

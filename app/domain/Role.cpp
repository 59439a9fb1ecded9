#include "domain/Role.h"

namespace certdesk {

bool roleAllows(Role role, Permission p)
{
    switch (role) {
    case Role::Clerk:
        return p == Permission::TakeApplication || p == Permission::RecordProgress
               || p == Permission::Issue || p == Permission::AcceptAppeal;
    case Role::Supervisor:
        return p != Permission::ManageUsers;
    case Role::Administrator:
        return p == Permission::ManageUsers || p == Permission::EditSettings
               || p == Permission::ViewAudit || p == Permission::Backup;
    }
    return false;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Administrator: return QStringLiteral("administrator");
    }
    return QString();
}

bool roleFromName(const QString &name, Role *role)
{
    if (name == QLatin1String("clerk"))
        *role = Role::Clerk;
    else if (name == QLatin1String("supervisor"))
        *role = Role::Supervisor;
    else if (name == QLatin1String("administrator"))
        *role = Role::Administrator;
    else
        return false;
    return true;
}

QString permissionText(Permission p)
{
    switch (p) {
    case Permission::TakeApplication: return QStringLiteral("take applications");
    case Permission::RecordProgress: return QStringLiteral("record results and arrivals");
    case Permission::Issue: return QStringLiteral("issue certificates");
    case Permission::Override: return QStringLiteral("override a check");
    case Permission::Transfer: return QStringLiteral("transfer documents to the provider");
    case Permission::Archive: return QStringLiteral("record archiving");
    case Permission::EditCalendar: return QStringLiteral("edit the working-day calendar");
    case Permission::EditSettings: return QStringLiteral("edit settings");
    case Permission::ViewBoard: return QStringLiteral("see the supervisor board");
    case Permission::ViewAudit: return QStringLiteral("see the audit log");
    case Permission::ManageUsers: return QStringLiteral("manage users");
    case Permission::Backup: return QStringLiteral("back up and restore");
    case Permission::AcceptAppeal: return QStringLiteral("accept appeals and complaints");
    case Permission::DecideAppeal:
        return QStringLiteral("record referrals, extensions and decisions on appeals");
    }
    return QString();
}

} // namespace certdesk

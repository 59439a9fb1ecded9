#include "domain/Role.h"

#include <QCoreApplication>

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

QString roleText(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("certdesk::Role", "clerk");
    case Role::Supervisor:
        return QCoreApplication::translate("certdesk::Role", "supervisor");
    case Role::Administrator:
        return QCoreApplication::translate("certdesk::Role", "administrator");
    }
    return QString();
}

QString permissionText(Permission p)
{
    switch (p) {
    case Permission::TakeApplication:
        return QCoreApplication::translate("certdesk::Role", "take applications");
    case Permission::RecordProgress:
        return QCoreApplication::translate("certdesk::Role", "record results and arrivals");
    case Permission::Issue:
        return QCoreApplication::translate("certdesk::Role", "issue certificates");
    case Permission::Override:
        return QCoreApplication::translate("certdesk::Role", "override a check");
    case Permission::Transfer:
        return QCoreApplication::translate("certdesk::Role", "transfer documents to the provider");
    case Permission::Archive:
        return QCoreApplication::translate("certdesk::Role", "record archiving");
    case Permission::EditCalendar:
        return QCoreApplication::translate("certdesk::Role", "edit the working-day calendar");
    case Permission::EditSettings:
        return QCoreApplication::translate("certdesk::Role", "edit settings");
    case Permission::ViewBoard:
        return QCoreApplication::translate("certdesk::Role", "see the supervisor board");
    case Permission::ViewAudit:
        return QCoreApplication::translate("certdesk::Role", "see the audit log");
    case Permission::ManageUsers:
        return QCoreApplication::translate("certdesk::Role", "manage users");
    case Permission::Backup:
        return QCoreApplication::translate("certdesk::Role", "back up and restore");
    case Permission::AcceptAppeal:
        return QCoreApplication::translate("certdesk::Role", "accept appeals and complaints");
    case Permission::DecideAppeal:
        return QCoreApplication::translate(
            "certdesk::Role", "record referrals, extensions and decisions on appeals");
    case Permission::CountSafe:
        return QCoreApplication::translate(
            "certdesk::Role", "count the paper certificates in the safe");
    }
    return QString();
}

} // namespace certdesk

#pragma once

#include <QString>

namespace certdesk {

/// What a signed-in user may do. The core checks these on every service call; the GUI only
/// hides what the core would refuse anyway.
enum class Role { Clerk, Supervisor, Administrator };

enum class Permission {
    TakeApplication, ///< intake at the counter
    RecordProgress,  ///< results, arrival, printing, return requests
    Issue,           ///< hand a paper certificate over
    Override,        ///< let a refused check pass, with a reason
    Transfer,        ///< send paper to the provider
    Archive,         ///< record the provider's archiving
    EditCalendar,
    EditSettings,
    ViewBoard,
    ViewAudit,
    ManageUsers,
    Backup,
    AcceptAppeal,    ///< register an appeal or complaint and give its receipt (never refused)
    DecideAppeal,    ///< record an appeal's referral, extension, term restoration, decision
    CountSafe,       ///< count the paper certificates in the safe; write off a missing one
};

bool roleAllows(Role role, Permission permission);
/// The stored word of a role ("clerk"): accounts, events, command-line output.
QString roleName(Role role);
/// The role as people read it, in the interface language ("оператор" in Kazakh and Russian).
QString roleText(Role role);
bool roleFromName(const QString &name, Role *role);
/// What a permission lets one do, for messages, in the interface language ("override a
/// check"); English where no translation is loaded (certdeskctl).
QString permissionText(Permission permission);

} // namespace certdesk

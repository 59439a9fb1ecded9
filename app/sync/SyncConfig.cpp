#include "sync/SyncConfig.h"

namespace certdesk {

QString SyncConfig::databaseNameForBranch(const QString &branchCode)
{
    return QStringLiteral("certdesk_branch_%1").arg(branchCode);
}

} // namespace certdesk

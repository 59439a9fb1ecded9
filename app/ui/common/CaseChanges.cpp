#include "ui/common/CaseChanges.h"

namespace certdesk {

CaseChanges &CaseChanges::instance()
{
    static CaseChanges hub;
    return hub;
}

void CaseChanges::announce(const QStringList &caseIds)
{
    Q_EMIT instance().changed(caseIds);
}

} // namespace certdesk

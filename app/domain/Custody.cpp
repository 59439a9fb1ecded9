#include "domain/Custody.h"

namespace certdesk {

QDate Custody::addMonths(const QDate &start, int months)
{
    // QDate::addMonths already clamps to the last day of a shorter month, which is exactly
    // the Civil Code rule; kept behind this name so the rule has one home and one test.
    return start.addMonths(months);
}

} // namespace certdesk

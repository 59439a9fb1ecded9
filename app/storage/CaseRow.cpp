#include "storage/CaseRow.h"

#include "domain/CaseStateJson.h"
#include "storage/CaseProjection.h"

namespace certdesk {

CaseRow CaseRow::from(const CaseState &s)
{
    CaseRow row;
    row.values.reserve(25);
    row.values << s.caseId << s.receipt << s.iin << s.surname
               << CaseProjection::surnameKey(s.surname) << s.givenName << s.patronymic
               << caseStatusName(s.status) << s.purpose << (s.paper ? 1 : 0) << s.channel
               << (s.submittedAt.isValid() ? Event::formatTime(s.submittedAt) : QString())
               << Event::formatDate(s.dueDate) << Event::formatDate(s.arrivedOn)
               << Event::formatDate(s.branchCustodyUntil)
               << Event::formatDate(s.providerCustodyUntil) << Event::formatDate(s.returnDue)
               << Event::formatDate(s.interimDue) << (s.interimGiven ? 1 : 0)
               << Event::formatDate(s.closedOn) << int(s.anomalies.size()) << s.overrides
               << (s.lastEventAt.isValid() ? Event::formatTime(s.lastEventAt) : QString())
               << QString::fromUtf8(CaseStateJson::anomalies(s)) << Event::formatDate(s.returnedOn);
    return row;
}

} // namespace certdesk

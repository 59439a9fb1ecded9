#include "storage/CaseRow.h"

#include "domain/CaseStateJson.h"
#include "storage/CaseProjection.h"

namespace certdesk {

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

CaseRow CaseRow::from(const CaseState &s)
{
    CaseRow row;
    row.values.reserve(25);
    row.values << s.caseId << s.receipt << s.iin << s.surname
               << CaseProjection::surnameKey(s.surname) << s.givenName << s.patronymic
               << caseStatusName(s.status) << s.purpose << (s.paper ? 1 : 0) << s.channel
               << (s.submittedAt.isValid() ? Event::formatTime(s.submittedAt) : QString())
               << iso(s.dueDate) << iso(s.arrivedOn) << iso(s.branchCustodyUntil)
               << iso(s.providerCustodyUntil) << iso(s.returnDue) << iso(s.interimDue)
               << (s.interimGiven ? 1 : 0) << iso(s.closedOn) << int(s.anomalies.size())
               << s.overrides
               << (s.lastEventAt.isValid() ? Event::formatTime(s.lastEventAt) : QString())
               << QString::fromUtf8(CaseStateJson::anomalies(s)) << iso(s.returnedOn);
    return row;
}

} // namespace certdesk

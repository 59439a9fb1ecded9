#include "domain/CaseStateJson.h"

#include "domain/JsonText.h"

namespace certdesk {

namespace {

void string(QByteArray &out, const char *key, const QString &value)
{
    JsonText::appendKey(out, key);
    JsonText::appendString(out, value);
    out.append(',');
}

void date(QByteArray &out, const char *key, const QDate &value)
{
    JsonText::appendKey(out, key);
    JsonText::appendDate(out, value);
    out.append(',');
}

void time(QByteArray &out, const char *key, const QDateTime &value)
{
    JsonText::appendKey(out, key);
    JsonText::appendTime(out, value);
    out.append(',');
}

void number(QByteArray &out, const char *key, int value)
{
    JsonText::appendKey(out, key);
    out.append(QByteArray::number(value));
    out.append(',');
}

void boolean(QByteArray &out, const char *key, bool value)
{
    JsonText::appendKey(out, key);
    out.append(value ? "true," : "false,");
}

} // namespace

void CaseStateJson::appendAnomalies(QByteArray &out, const CaseState &s)
{
    out.append('[');
    for (qsizetype i = 0; i < s.anomalies.size(); ++i) {
        const Anomaly &a = s.anomalies.at(i);
        out.append(i == 0 ? "{" : ",{");
        time(out, "at", a.at);
        string(out, "by", a.by);
        string(out, "code", a.code);
        string(out, "device", a.device);
        string(out, "event_id", a.eventId);
        string(out, "event_type", a.eventType);
        JsonText::appendKey(out, "message");
        JsonText::appendString(out, a.message);
        out.append('}');
    }
    out.append(']');
}

QByteArray CaseStateJson::anomalies(const CaseState &s)
{
    if (s.anomalies.isEmpty())
        return QByteArrayLiteral("[]");
    QByteArray out;
    appendAnomalies(out, s);
    return out;
}

QByteArray CaseStateJson::compact(const CaseState &s)
{
    QByteArray out;
    out.reserve(1200);
    // Keys in QJsonDocument's order (sorted); tst_casestatejson holds this to toJson().
    out.append("{\"anomalies\":");
    appendAnomalies(out, s);
    out.append(',');
    date(out, "archived_on", s.archivedOn);
    date(out, "arrived_on", s.arrivedOn);
    string(out, "branch", s.branch);
    date(out, "branch_custody_until", s.branchCustodyUntil);
    string(out, "case_id", s.caseId);
    date(out, "certificate_date", s.certificateDate);
    string(out, "certificate_number", s.certificateNumber);
    string(out, "channel", s.channel);
    date(out, "closed_on", s.closedOn);
    string(out, "country", s.country);
    time(out, "due_at", s.dueAt);
    date(out, "due_date", s.dueDate);
    number(out, "duplicates", s.duplicates);
    number(out, "event_count", s.eventCount);
    string(out, "given_name", s.givenName);
    string(out, "iin", s.iin);
    date(out, "interim_due", s.interimDue);
    boolean(out, "interim_given", s.interimGiven);
    date(out, "issued_on", s.issuedOn);
    string(out, "issued_to", s.issuedTo);
    time(out, "last_event_at", s.lastEventAt);
    string(out, "outcome", s.outcome);
    number(out, "overrides", s.overrides);
    boolean(out, "paper", s.paper);
    string(out, "patronymic", s.patronymic);
    string(out, "presenter_kind", s.presenterKind);
    number(out, "prints", s.prints);
    date(out, "provider_custody_until", s.providerCustodyUntil);
    string(out, "purpose", s.purpose);
    date(out, "reapply_from", s.reapplyFrom);
    string(out, "receipt", s.receipt);
    string(out, "refusal_reason", s.refusalReason);
    date(out, "return_due", s.returnDue);
    date(out, "return_requested_on", s.returnRequestedOn);
    date(out, "returned_on", s.returnedOn);
    string(out, "status", caseStatusName(s.status));
    time(out, "submitted_at", s.submittedAt);
    string(out, "submitted_by", s.submittedBy);
    string(out, "surname", s.surname);
    string(out, "transfer_act", s.transferAct);
    JsonText::appendKey(out, "transferred_on");
    JsonText::appendDate(out, s.transferredOn);
    out.append('}');
    return out;
}

} // namespace certdesk

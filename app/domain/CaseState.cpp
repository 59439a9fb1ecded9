#include "domain/CaseState.h"

#include "domain/Clock.h"
#include "domain/Custody.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <utility>

namespace certdesk {

namespace {

constexpr std::array<std::pair<CaseStatus, const char *>, 12> kStatusNames{{
    {CaseStatus::None, "none"},
    {CaseStatus::Submitted, "submitted"},
    {CaseStatus::AdditionalCheck, "additional_check"},
    {CaseStatus::ResultReady, "result_ready"},
    {CaseStatus::AtBranch, "at_branch"},
    {CaseStatus::AtProvider, "at_provider"},
    {CaseStatus::ReturnRequested, "return_requested"},
    {CaseStatus::Issued, "issued"},
    {CaseStatus::Completed, "completed"},
    {CaseStatus::Refused, "refused"},
    {CaseStatus::Archived, "archived"},
    {CaseStatus::Withdrawn, "withdrawn"},
}};

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(str(o, key), Qt::ISODate);
}

QString isoOrEmpty(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/// The business date of an event: data.date when the person recorded one, else the branch
/// date of the moment it was written.
QDate eventDate(const Event &e, int utcOffsetSeconds)
{
    const QDate explicitDate = date(e.data, "date");
    if (explicitDate.isValid())
        return explicitDate;
    return Clock::dateAt(e.at, utcOffsetSeconds);
}

void anomaly(CaseState &s, const Event &e, const char *code, const QString &message)
{
    Anomaly a;
    a.eventId = e.id;
    a.eventType = e.typeName.isEmpty() ? eventTypeName(e.type) : e.typeName;
    a.at = e.at;
    a.by = e.by;
    a.device = e.device;
    a.code = QString::fromLatin1(code);
    a.message = message;
    s.anomalies.append(a);
}

void readApplication(CaseState &s, const Event &e, int offset)
{
    const QJsonObject &d = e.data;
    s.receipt = str(d, "receipt");
    s.channel = e.type == EventType::OnlineOrder ? QStringLiteral("online")
                                                 : QStringLiteral("counter");
    s.purpose = str(d, "purpose");
    s.paper = s.purpose == QLatin1String("abroad") || s.purpose == QLatin1String("apostille")
              || d.value(QLatin1String("result_form")).toString() == QLatin1String("paper");
    s.country = str(d, "country");
    const QJsonObject subject = d.value(QLatin1String("subject")).toObject();
    s.iin = str(subject, "iin");
    s.surname = str(subject, "surname");
    s.givenName = str(subject, "given_name");
    s.patronymic = str(subject, "patronymic");
    s.presenterKind = str(d.value(QLatin1String("presenter")).toObject(), "kind");
    s.phone = str(d, "phone");
    s.noticeConsent = d.value(QLatin1String("notice_consent")).toBool(false);
    s.noticeLanguage = str(d, "notice_language") == QLatin1String("ru") ? QStringLiteral("ru")
                                                                          : QStringLiteral("kk");
    s.submittedAt = e.at;
    s.submittedBy = e.by;
    const QString due = str(d, "due");
    if (due.contains(u'T')) {
        s.dueAt = Event::parseTime(due);
        s.dueDate = Clock::dateAt(s.dueAt, offset);
    } else {
        s.dueDate = QDate::fromString(due, Qt::ISODate);
    }
}

void close(CaseState &s, CaseStatus status, const QDate &on)
{
    s.status = status;
    s.closedOn = on;
}

} // namespace

QString caseStatusName(CaseStatus status)
{
    for (const auto &[st, name] : kStatusNames) {
        if (st == status)
            return QString::fromLatin1(name);
    }
    return QString();
}

CaseStatus caseStatusFromName(const QString &name)
{
    for (const auto &[st, n] : kStatusNames) {
        if (name == QLatin1String(n))
            return st;
    }
    return CaseStatus::None;
}

bool CaseState::isClosed() const
{
    switch (status) {
    case CaseStatus::Issued:
    case CaseStatus::Completed:
    case CaseStatus::Refused:
    case CaseStatus::Archived:
    case CaseStatus::Withdrawn:
        return true;
    default:
        return false;
    }
}

QString CaseState::paperLocation() const
{
    switch (status) {
    case CaseStatus::AtBranch: return QStringLiteral("branch");
    case CaseStatus::AtProvider:
    case CaseStatus::ReturnRequested: return QStringLiteral("provider");
    case CaseStatus::Issued: return QStringLiteral("recipient");
    case CaseStatus::Archived: return QStringLiteral("archive");
    default: return QStringLiteral("none");
    }
}

QList<EventType> CaseState::allowedActions() const
{
    switch (status) {
    case CaseStatus::None:
        return {};
    case CaseStatus::Submitted:
        return {EventType::ResultRecorded, EventType::AdditionalCheck, EventType::Refused,
                EventType::Withdrawn, EventType::Note};
    case CaseStatus::AdditionalCheck:
        return interimGiven ? QList<EventType>{EventType::ResultRecorded, EventType::Refused,
                                               EventType::Withdrawn, EventType::Note}
                            : QList<EventType>{EventType::InterimNotice,
                                               EventType::ResultRecorded, EventType::Refused,
                                               EventType::Withdrawn, EventType::Note};
    case CaseStatus::ResultReady:
        return {EventType::Arrived, EventType::Printed, EventType::Refused, EventType::Note};
    case CaseStatus::AtBranch:
        return {EventType::Issued, EventType::Printed, EventType::Transferred, EventType::Note};
    case CaseStatus::AtProvider:
        return {EventType::ReturnRequested, EventType::Returned, EventType::Archived,
                EventType::Note};
    case CaseStatus::ReturnRequested:
        return {EventType::Returned, EventType::Archived, EventType::Note};
    case CaseStatus::Issued:
        return {EventType::Printed, EventType::Note};
    default:
        return {EventType::Note};
    }
}

bool CaseState::hasCounterApplication() const
{
    return status != CaseStatus::None && channel == QLatin1String("counter");
}

void CaseFold::sortEvents(QList<Event> &events)
{
    // The event that creates the case folds first whatever its time: the provider's clock
    // and the counter's are not the same clock, and a result stamped a minute "before" the
    // application must not leave the case stuck. Otherwise (at, id), as ARCHITECTURE.md says.
    auto creates = [](const Event &e) {
        return e.type == EventType::Received || e.type == EventType::OnlineOrder;
    };
    std::sort(events.begin(), events.end(), [&](const Event &a, const Event &b) {
        if (creates(a) != creates(b))
            return creates(a);
        if (a.at != b.at)
            return a.at < b.at;
        return a.id < b.id;
    });
}

CaseState CaseFold::fold(QList<Event> events, int utcOffsetSeconds)
{
    sortEvents(events);
    CaseState state;
    for (const Event &e : std::as_const(events))
        apply(state, e, utcOffsetSeconds);
    return state;
}

void CaseFold::apply(CaseState &s, const Event &e, int offset)
{
    if (s.caseId.isEmpty())
        s.caseId = e.caseId;
    if (s.branch.isEmpty())
        s.branch = e.branch;
    ++s.eventCount;
    s.lastEventAt = e.at;
    const QDate on = eventDate(e, offset);
    const QString status = caseStatusName(s.status);
    auto refuse = [&](const char *code, const QString &why) { anomaly(s, e, code, why); };
    auto notNow = [&]() {
        refuse("not_allowed_now",
               QStringLiteral("%1 cannot happen while the case is %2")
                   .arg(e.typeName.isEmpty() ? eventTypeName(e.type) : e.typeName, status));
    };

    if (isAppealEventType(e.type)) {
        // Appeals fold over their own "appeal:" streams (AppealFold); one found in a case's
        // stream was written there by mistake and must be seen, never applied.
        refuse("wrong_stream",
               QStringLiteral("%1 belongs to an appeal, not to a case").arg(e.typeName));
        return;
    }

    if (s.status == CaseStatus::None && e.type != EventType::Received
        && e.type != EventType::OnlineOrder && e.type != EventType::Note
        && e.type != EventType::Override) {
        refuse("before_received", QStringLiteral("%1 recorded before the application was received")
                                      .arg(e.typeName));
        return;
    }

    switch (e.type) {
    case EventType::Received:
    case EventType::OnlineOrder:
        if (s.status != CaseStatus::None) {
            refuse("received_twice", QStringLiteral("the application was already received"));
            return;
        }
        readApplication(s, e, offset);
        s.status = e.type == EventType::OnlineOrder ? CaseStatus::ResultReady
                                                    : CaseStatus::Submitted;
        if (e.type == EventType::OnlineOrder) {
            s.paper = true;
            s.certificateNumber = str(e.data, "certificate_number");
            s.certificateDate = date(e.data, "certificate_date");
            s.outcome = str(e.data, "outcome");
        }
        return;
    case EventType::AdditionalCheck:
        if (s.status != CaseStatus::Submitted)
            return notNow();
        s.status = CaseStatus::AdditionalCheck;
        s.interimDue = date(e.data, "interim_due");
        s.reapplyFrom = date(e.data, "reapply_from");
        if (date(e.data, "due").isValid())
            s.dueDate = date(e.data, "due");
        return;
    case EventType::InterimNotice:
        if (s.status != CaseStatus::AdditionalCheck)
            return notNow();
        s.interimGiven = true;
        return;
    case EventType::ResultRecorded:
        if (s.status != CaseStatus::Submitted && s.status != CaseStatus::AdditionalCheck)
            return notNow();
        s.certificateNumber = str(e.data, "certificate_number");
        s.certificateDate = date(e.data, "certificate_date");
        s.outcome = str(e.data, "outcome");
        if (s.paper)
            s.status = CaseStatus::ResultReady;
        else
            close(s, CaseStatus::Completed, on);
        return;
    case EventType::Refused:
        if (s.status != CaseStatus::Submitted && s.status != CaseStatus::AdditionalCheck
            && s.status != CaseStatus::ResultReady)
            return notNow();
        s.refusalReason = str(e.data, "reason");
        close(s, CaseStatus::Refused, on);
        return;
    case EventType::Arrived:
        if (s.status != CaseStatus::ResultReady)
            return notNow();
        s.status = CaseStatus::AtBranch;
        s.arrivedOn = on;
        s.custodyEventId = e.id;
        s.branchCustodyUntil = Custody::branchCustodyUntil(on);
        s.providerCustodyUntil = Custody::providerCustodyUntil(on);
        return;
    case EventType::Printed:
        if (s.status != CaseStatus::ResultReady && s.status != CaseStatus::AtBranch
            && s.status != CaseStatus::Issued)
            return notNow();
        ++s.prints;
        if (s.prints > 1)
            ++s.duplicates;
        if (s.status == CaseStatus::ResultReady) {
            // Printed at the branch from the result data: the paper exists here from now on,
            // so branch custody starts exactly as on arrival (or nothing would ever send it on).
            s.status = CaseStatus::AtBranch;
            s.arrivedOn = on;
            s.custodyEventId = e.id;
            s.branchCustodyUntil = Custody::branchCustodyUntil(on);
            s.providerCustodyUntil = Custody::providerCustodyUntil(on);
        }
        return;
    case EventType::Issued:
        if (s.status == CaseStatus::Issued) {
            refuse("issued_twice",
                   QStringLiteral("the certificate was already issued on %1; a second issue "
                                  "by %2 on %3 is impossible")
                       .arg(s.issuedOn.toString(Qt::ISODate), e.by, on.toString(Qt::ISODate)));
            return;
        }
        if (s.status != CaseStatus::AtBranch) {
            refuse("not_at_branch",
                   QStringLiteral("issued while the paper was not at the branch (%1)").arg(status));
            return;
        }
        s.issuedOn = on;
        s.issuedTo = str(e.data.value(QLatin1String("collector")).toObject(), "kind");
        close(s, CaseStatus::Issued, on);
        return;
    case EventType::Transferred:
        if (s.status != CaseStatus::AtBranch) {
            refuse("not_at_branch",
                   QStringLiteral("transferred while the paper was not at the branch (%1)")
                       .arg(status));
            return;
        }
        s.status = CaseStatus::AtProvider;
        s.transferredOn = on;
        s.transferAct = str(e.data, "act");
        return;
    case EventType::ReturnRequested:
        if (s.status != CaseStatus::AtProvider)
            return notNow();
        s.status = CaseStatus::ReturnRequested;
        s.returnRequestedOn = on;
        s.returnDue = date(e.data, "due");
        return;
    case EventType::Returned:
        if (s.status != CaseStatus::ReturnRequested && s.status != CaseStatus::AtProvider)
            return notNow();
        s.status = CaseStatus::AtBranch;
        s.returnedOn = on;
        s.returnedEventId = e.id;
        return;
    case EventType::Archived:
        if (s.status != CaseStatus::AtProvider && s.status != CaseStatus::ReturnRequested)
            return notNow();
        s.archivedOn = on;
        close(s, CaseStatus::Archived, on);
        return;
    case EventType::Withdrawn:
        if (s.status != CaseStatus::Submitted && s.status != CaseStatus::AdditionalCheck)
            return notNow();
        close(s, CaseStatus::Withdrawn, on);
        return;
    case EventType::Override:
        ++s.overrides;
        return;
    case EventType::Note:
        return;
    case EventType::NoticeQueued:
    case EventType::NoticeSent:
    case EventType::NoticeFailed:
        return; // told to the person; the paper is where it was (NoticeLog reads them)
    case EventType::ApplicationPrinted:
        if (s.channel != QLatin1String("counter"))
            return notNow();
        ++s.applicationPrints;
        return;
    case EventType::AppealReceived:
    case EventType::AppealAmended:
    case EventType::AppealReferred:
    case EventType::AppealNotified:
    case EventType::AppealExtended:
    case EventType::AppealTermRestored:
    case EventType::AppealDecided:
    case EventType::AppealWithdrawn:
        return; // turned away above
    case EventType::Unknown:
        refuse("unknown_type",
               QStringLiteral("event type \"%1\" is unknown to this version").arg(e.typeName));
        return;
    }
}

const char *CaseFold::codeText(const QString &code)
{
    static const std::pair<const char *, const char *> texts[] = {
        {"issued_twice", QT_TRANSLATE_NOOP("CaseFold", "issued twice")},
        {"not_at_branch",
            QT_TRANSLATE_NOOP("CaseFold", "recorded while the paper was not at the branch")},
        {"received_twice", QT_TRANSLATE_NOOP("CaseFold", "the application recorded twice")},
        {"before_received", QT_TRANSLATE_NOOP("CaseFold", "recorded before the application")},
        {"wrong_stream", QT_TRANSLATE_NOOP("CaseFold", "an appeal's event in the case")},
        {"unknown_type", QT_TRANSLATE_NOOP("CaseFold", "an event this version does not know")},
        {"not_allowed_now", QT_TRANSLATE_NOOP("CaseFold", "an action impossible at that step")},
    };
    for (const auto &[name, text] : texts)
        if (code == QLatin1String(name))
            return text;
    return nullptr;
}

QString CaseFold::describe(const Anomaly &anomaly, int utcOffsetSeconds, const QString &eventText)
{
    Anomaly a = anomaly;
    a.eventType = eventText.isEmpty() ? anomaly.eventType : eventText;
    // Branch time, as everywhere a person reads a time.
    const QString when = a.at.isValid()
        ? a.at.toTimeZone(QTimeZone(utcOffsetSeconds)).toString(QStringLiteral("dd.MM.yyyy HH:mm"))
        : QString();
    if (a.code == QLatin1String("issued_twice"))
        return tr("Issued a second time by %1 on %2 (workstation %3): the certificate had already "
                  "been issued. Find out which record is right and where the paper is.")
            .arg(a.by, when, a.device);
    if (a.code == QLatin1String("not_at_branch"))
        return tr("\"%1\" recorded by %2 on %3 while the paper was not at the branch.")
            .arg(a.eventType, a.by, when);
    if (a.code == QLatin1String("received_twice"))
        return tr("A second application record by %1 on %2 for the same case.").arg(a.by, when);
    if (a.code == QLatin1String("before_received"))
        return tr("\"%1\" recorded by %2 on %3, but the application itself is missing here.")
            .arg(a.eventType, a.by, when);
    if (a.code == QLatin1String("wrong_stream"))
        return tr("An appeal's event \"%1\" (written by %2 on %3) was recorded in this case "
                  "instead of in its appeal: tell the technician.")
            .arg(a.eventType, a.by, when);
    if (a.code == QLatin1String("unknown_type"))
        return tr("An event of type \"%1\" that this version does not know (written by %2 on "
                  "%3). Update CertDesk.")
            .arg(a.eventType, a.by, when);
    return tr("\"%1\" recorded by %2 on %3 cannot happen at this step of the case.")
        .arg(a.eventType, a.by, when);
}

QJsonObject CaseState::toJson() const
{
    QJsonArray anomalyList;
    for (const Anomaly &a : anomalies) {
        anomalyList.append(QJsonObject{{QLatin1String("event_id"), a.eventId},
                                       {QLatin1String("event_type"), a.eventType},
                                       {QLatin1String("at"), Event::formatTime(a.at)},
                                       {QLatin1String("by"), a.by},
                                       {QLatin1String("device"), a.device},
                                       {QLatin1String("code"), a.code},
                                       {QLatin1String("message"), a.message}});
    }
    QJsonObject o {
        {QLatin1String("case_id"), caseId},
        {QLatin1String("receipt"), receipt},
        {QLatin1String("branch"), branch},
        {QLatin1String("channel"), channel},
        {QLatin1String("status"), caseStatusName(status)},
        {QLatin1String("purpose"), purpose},
        {QLatin1String("paper"), paper},
        {QLatin1String("country"), country},
        {QLatin1String("iin"), iin},
        {QLatin1String("surname"), surname},
        {QLatin1String("given_name"), givenName},
        {QLatin1String("patronymic"), patronymic},
        {QLatin1String("presenter_kind"), presenterKind},
        {QLatin1String("submitted_at"),
            submittedAt.isValid() ? Event::formatTime(submittedAt) : QString()},
        {QLatin1String("submitted_by"), submittedBy},
        {QLatin1String("due_date"), isoOrEmpty(dueDate)},
        {QLatin1String("due_at"), dueAt.isValid() ? Event::formatTime(dueAt) : QString()},
        {QLatin1String("certificate_number"), certificateNumber},
        {QLatin1String("certificate_date"), isoOrEmpty(certificateDate)},
        {QLatin1String("outcome"), outcome},
        {QLatin1String("interim_due"), isoOrEmpty(interimDue)},
        {QLatin1String("reapply_from"), isoOrEmpty(reapplyFrom)},
        {QLatin1String("interim_given"), interimGiven},
        {QLatin1String("refusal_reason"), refusalReason},
        {QLatin1String("arrived_on"), isoOrEmpty(arrivedOn)},
        {QLatin1String("branch_custody_until"), isoOrEmpty(branchCustodyUntil)},
        {QLatin1String("provider_custody_until"), isoOrEmpty(providerCustodyUntil)},
        {QLatin1String("transferred_on"), isoOrEmpty(transferredOn)},
        {QLatin1String("transfer_act"), transferAct},
        {QLatin1String("return_requested_on"), isoOrEmpty(returnRequestedOn)},
        {QLatin1String("return_due"), isoOrEmpty(returnDue)},
        {QLatin1String("returned_on"), isoOrEmpty(returnedOn)},
        {QLatin1String("issued_on"), isoOrEmpty(issuedOn)},
        {QLatin1String("issued_to"), issuedTo},
        {QLatin1String("archived_on"), isoOrEmpty(archivedOn)},
        {QLatin1String("closed_on"), isoOrEmpty(closedOn)},
        {QLatin1String("prints"), prints},
        {QLatin1String("duplicates"), duplicates},
        {QLatin1String("application_prints"), applicationPrints},
        {QLatin1String("overrides"), overrides},
        {QLatin1String("event_count"), eventCount},
        {QLatin1String("last_event_at"),
            lastEventAt.isValid() ? Event::formatTime(lastEventAt) : QString()},
        {QLatin1String("anomalies"), anomalyList},
    };
    return o;
}

} // namespace certdesk

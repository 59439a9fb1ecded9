#include "domain/AppealState.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <utility>

namespace certdesk {

namespace {

constexpr std::array<std::pair<AppealStatus, const char *>, 5> kStatusNames{{
    {AppealStatus::None, "none"},
    {AppealStatus::Open, "open"},
    {AppealStatus::Referred, "referred"},
    {AppealStatus::Decided, "decided"},
    {AppealStatus::Withdrawn, "withdrawn"},
}};

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? Event::formatTime(t) : QString();
}

} // namespace

QString appealStatusName(AppealStatus status)
{
    for (const auto &[st, name] : kStatusNames) {
        if (st == status)
            return QString::fromLatin1(name);
    }
    return QString();
}

AppealStatus appealStatusFromName(const QString &name)
{
    for (const auto &[st, n] : kStatusNames) {
        if (name == QLatin1String(n))
            return st;
    }
    return AppealStatus::None;
}

const AppealExtension *AppealState::unnotifiedExtension() const
{
    if (extensions.isEmpty() || extensions.constLast().notifiedOn.isValid())
        return nullptr;
    return &extensions.constLast();
}

QList<AppealDeadline> AppealState::pending() const
{
    QList<AppealDeadline> out;
    if (status == AppealStatus::Open) {
        if (appeal.otherBody)
            out.append({QStringLiteral("referral"), referralDue});
        if (const AppealExtension *x = unnotifiedExtension())
            out.append({QStringLiteral("extension_notice"), x->noticeDue});
        if (!compliance.isEmpty() && complianceDue.isValid())
            out.append({QStringLiteral("compliance"), complianceDue});
        out.append({QStringLiteral("decision"), decisionDue});
    } else if (status == AppealStatus::Referred && !referralNotifiedOn.isValid()) {
        // "Referred ..., the applicant notified at the same time": the notice is owed by the
        // referral's own deadline.
        out.append({QStringLiteral("referral_notice"), referralDue});
    }
    out.erase(std::remove_if(out.begin(), out.end(),
                             [](const AppealDeadline &d) { return !d.due.isValid(); }),
              out.end());
    std::stable_sort(out.begin(), out.end(), [](const AppealDeadline &a, const AppealDeadline &b) {
        return a.due < b.due;
    });
    return out;
}

QDate AppealState::nextDue() const
{
    const QList<AppealDeadline> list = pending();
    return list.isEmpty() ? QDate() : list.constFirst().due;
}

bool AppealState::isOverdue(const QDate &asOf) const
{
    const QDate due = nextDue();
    return due.isValid() && asOf > due;
}

bool AppealState::isDeemedRefused(const QDate &asOf) const
{
    return status == AppealStatus::Open && decisionDue.isValid() && asOf > decisionDue;
}

QStringList AppealState::flags(const QDate &asOf) const
{
    QStringList out;
    if (isDeemedRefused(asOf))
        out.append(QStringLiteral("deemed_refusal"));
    for (const AppealDeadline &d : pending()) {
        if (asOf <= d.due || d.what == QLatin1String("decision"))
            continue;
        out.append(d.what + QStringLiteral("_overdue"));
    }
    // Restoring the term is for the body that considers it: not once it went elsewhere.
    if (filedLate() && !termRestored && status == AppealStatus::Open)
        out.append(QStringLiteral("term_restoration"));
    if (!anomalies.isEmpty())
        out.append(QStringLiteral("anomalies"));
    return out;
}

QList<EventType> AppealState::allowedActions() const
{
    QList<EventType> out;
    switch (status) {
    case AppealStatus::None:
        return out;
    case AppealStatus::Open:
        out = {EventType::AppealAmended, EventType::AppealReferred};
        if (unnotifiedExtension())
            out.append(EventType::AppealNotified);
        // Only within the limit stored at acceptance: a complaint accepted since complaints
        // are not extended has none (docs/appeals.md, "Readings").
        if (extensionLimit.isValid())
            out.append(EventType::AppealExtended);
        if (filedLate() && !termRestored)
            out.append(EventType::AppealTermRestored);
        out.append({EventType::AppealDecided, EventType::AppealWithdrawn, EventType::Note});
        return out;
    case AppealStatus::Referred:
        if (!referralNotifiedOn.isValid())
            out.append(EventType::AppealNotified);
        out.append({EventType::AppealWithdrawn, EventType::Note});
        return out;
    case AppealStatus::Decided:
    case AppealStatus::Withdrawn:
        return {EventType::Note};
    }
    return out;
}

QStringList AppealState::outcomes()
{
    return {QStringLiteral("satisfied"), QStringLiteral("partly_satisfied"),
            QStringLiteral("rejected"), QStringLiteral("not_considered")};
}

QString AppealState::outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("satisfied"))
        return tr("Satisfied");
    if (outcome == QLatin1String("partly_satisfied"))
        return tr("Partly satisfied");
    if (outcome == QLatin1String("rejected"))
        return tr("Rejected");
    if (outcome == QLatin1String("not_considered"))
        return tr("Left without consideration");
    return outcome;
}

QString AppealState::deadlineText(const QString &what)
{
    if (what == QLatin1String("referral"))
        return tr("Refer to the competent body and notify the applicant");
    if (what == QLatin1String("referral_notice"))
        return tr("Notify the applicant of the referral");
    if (what == QLatin1String("extension_notice"))
        return tr("Notify the applicant of the extension");
    if (what == QLatin1String("compliance"))
        return tr("Applicant's term to bring the appeal into compliance");
    if (what == QLatin1String("decision"))
        return tr("Decision");
    return what;
}

QString AppealState::flagText(const QString &flag)
{
    if (flag == QLatin1String("deemed_refusal"))
        return tr("No decision by the deadline: deemed a refusal");
    if (flag == QLatin1String("referral_overdue"))
        return tr("Not referred to the competent body within 3 working days");
    if (flag == QLatin1String("referral_notice_overdue"))
        return tr("Applicant not notified of the referral");
    if (flag == QLatin1String("extension_notice_overdue"))
        return tr("Applicant not notified of the extension within 3 working days");
    if (flag == QLatin1String("compliance_overdue"))
        return tr("The applicant's term to bring the appeal into compliance has passed");
    if (flag == QLatin1String("term_restoration"))
        return tr("Complaint filed after the 3-month term: restoration of the term to be decided");
    if (flag == QLatin1String("anomalies"))
        return tr("Impossible sequence of records: see the appeal's history");
    return flag;
}

QJsonObject AppealState::toJson() const
{
    QJsonArray anomalyList;
    for (const Anomaly &a : anomalies) {
        anomalyList.append(QJsonObject{{QLatin1String("event_id"), a.eventId},
                                       {QLatin1String("event_type"), a.eventType},
                                       {QLatin1String("at"), isoTime(a.at)},
                                       {QLatin1String("by"), a.by},
                                       {QLatin1String("device"), a.device},
                                       {QLatin1String("code"), a.code},
                                       {QLatin1String("message"), a.message}});
    }
    QJsonArray extensionList;
    for (const AppealExtension &x : extensions) {
        extensionList.append(QJsonObject{{QLatin1String("on"), iso(x.on)},
                                         {QLatin1String("until"), iso(x.until)},
                                         {QLatin1String("reason"), x.reason},
                                         {QLatin1String("notice_due"), iso(x.noticeDue)},
                                         {QLatin1String("notified_on"), iso(x.notifiedOn)}});
    }
    QJsonArray pendingList;
    for (const AppealDeadline &d : pending()) {
        pendingList.append(QJsonObject{{QLatin1String("what"), d.what},
                                       {QLatin1String("due"), iso(d.due)}});
    }
    return QJsonObject {
        {QLatin1String("appeal_id"), appealId},
        {QLatin1String("branch"), branch},
        {QLatin1String("number"), number},
        {QLatin1String("status"), appealStatusName(status)},
        {QLatin1String("appeal"), appeal.toJson()},
        {QLatin1String("case_id"), caseId},
        {QLatin1String("received_at"), isoTime(receivedAt)},
        {QLatin1String("accepted_at"), isoTime(acceptedAt)},
        {QLatin1String("received_on"), iso(receivedOn)},
        {QLatin1String("received_by"), receivedBy},
        {QLatin1String("clerk_name"), clerkName},
        {QLatin1String("clerk_position"), clerkPosition},
        {QLatin1String("referral_due"), iso(referralDue)},
        {QLatin1String("original_decision_due"), iso(originalDecisionDue)},
        {QLatin1String("decision_due"), iso(decisionDue)},
        {QLatin1String("extension_limit"), iso(extensionLimit)},
        {QLatin1String("filing_until"), iso(filingUntil)},
        {QLatin1String("filed_late"), filedLate()},
        {QLatin1String("compliance"), AppealChecks::toJson(compliance)},
        {QLatin1String("compliance_due"), iso(complianceDue)},
        {QLatin1String("complied_on"), iso(compliedOn)},
        {QLatin1String("referred_on"), iso(referredOn)},
        {QLatin1String("referred_to"), referredTo},
        {QLatin1String("referral_ref"), referralRef},
        {QLatin1String("referral_notified_on"), iso(referralNotifiedOn)},
        {QLatin1String("extensions"), extensionList},
        {QLatin1String("term_restored"), termRestored},
        {QLatin1String("term_restored_on"), iso(termRestoredOn)},
        {QLatin1String("term_restored_reason"), termRestoredReason},
        {QLatin1String("decided_on"), iso(decidedOn)},
        {QLatin1String("outcome"), outcome},
        {QLatin1String("decision_summary"), decisionSummary},
        {QLatin1String("withdrawn_on"), iso(withdrawnOn)},
        {QLatin1String("withdrawal_reason"), withdrawalReason},
        {QLatin1String("closed_on"), iso(closedOn)},
        {QLatin1String("pending"), pendingList},
        {QLatin1String("event_count"), eventCount},
        {QLatin1String("last_event_at"), isoTime(lastEventAt)},
        {QLatin1String("anomalies"), anomalyList},
    };
}

} // namespace certdesk

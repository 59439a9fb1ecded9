#include "domain/AppealFold.h"

#include "domain/Clock.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace certdesk {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDate dateOf(const QJsonObject &o, const char *key)
{
    return QDate::fromString(str(o, key), Qt::ISODate);
}

QString typeOf(const Event &e)
{
    return e.typeName.isEmpty() ? eventTypeName(e.type) : e.typeName;
}

/// The business date of an event: data.date when the person recorded one, else the branch
/// date of the moment it was written (the same rule as the case fold).
QDate eventDate(const Event &e, int utcOffsetSeconds)
{
    const QDate explicitDate = dateOf(e.data, "date");
    if (explicitDate.isValid())
        return explicitDate;
    return Clock::dateAt(e.at, utcOffsetSeconds);
}

void readReceived(AppealState &s, const Event &e, const QDate &on)
{
    const QJsonObject &d = e.data;
    s.status = AppealStatus::Open;
    s.appeal = Appeal::fromJson(d);
    s.number = str(d, "number");
    s.caseId = str(d, "case_id");
    s.receivedAt = e.at;
    // Written by older versions without it: the stored time is all there is.
    s.acceptedAt = Event::parseTime(str(d, "accepted_at"));
    if (!s.acceptedAt.isValid())
        s.acceptedAt = e.at;
    s.receivedOn = on;
    s.receivedBy = e.by;
    const QJsonObject clerk = d.value(QLatin1String("clerk")).toObject();
    s.clerkName = str(clerk, "name");
    s.clerkPosition = str(clerk, "position");
    s.referralDue = dateOf(d, "referral_due");
    s.originalDecisionDue = dateOf(d, "decision_due");
    s.decisionDue = s.originalDecisionDue;
    s.extensionLimit = dateOf(d, "extension_limit");
    s.filingUntil = dateOf(d, "filing_until");
    s.compliance = AppealChecks::fromJson(d.value(QLatin1String("compliance")).toArray());
    s.complianceDue = dateOf(d, "compliance_due");
}

} // namespace

QString AppealFold::newStreamId()
{
    return streamPrefix() + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void AppealFold::sortEvents(QList<Event> &events)
{
    // The appeal itself folds first whatever the clocks say, as the case fold does for its
    // application: two workstations' clocks are not one clock.
    auto creates = [](const Event &e) { return e.type == EventType::AppealReceived; };
    std::sort(events.begin(), events.end(), [&](const Event &a, const Event &b) {
        if (creates(a) != creates(b))
            return creates(a);
        if (a.at != b.at)
            return a.at < b.at;
        return a.id < b.id;
    });
}

AppealState AppealFold::fold(QList<Event> events, int utcOffsetSeconds)
{
    sortEvents(events);
    AppealState state;
    for (const Event &e : std::as_const(events))
        apply(state, e, utcOffsetSeconds);
    return state;
}

void AppealFold::apply(AppealState &s, const Event &e, int offset)
{
    if (s.appealId.isEmpty())
        s.appealId = e.caseId;
    if (s.branch.isEmpty())
        s.branch = e.branch;
    ++s.eventCount;
    s.lastEventAt = e.at;
    const QDate on = eventDate(e, offset);
    const QString status = appealStatusName(s.status);
    auto refuse = [&](const char *code, const QString &why) {
        Anomaly a;
        a.eventId = e.id;
        a.eventType = typeOf(e);
        a.at = e.at;
        a.by = e.by;
        a.device = e.device;
        a.code = QString::fromLatin1(code);
        a.message = why;
        s.anomalies.append(a);
    };
    auto notNow = [&]() {
        refuse("not_allowed_now",
               QStringLiteral("%1 cannot happen while the appeal is %2").arg(typeOf(e), status));
    };

    if (e.type == EventType::Unknown) {
        refuse("unknown_type",
               QStringLiteral("event type \"%1\" is unknown to this version").arg(e.typeName));
        return;
    }
    if (!isAppealEventType(e.type) && e.type != EventType::Note) {
        refuse("wrong_stream",
               QStringLiteral("%1 belongs to a case, not to an appeal").arg(typeOf(e)));
        return;
    }
    if (s.status == AppealStatus::None && e.type != EventType::AppealReceived
        && e.type != EventType::Note) {
        refuse("before_received",
               QStringLiteral("%1 recorded before the appeal was received").arg(typeOf(e)));
        return;
    }

    const QJsonObject &d = e.data;
    switch (e.type) {
    case EventType::AppealReceived:
        if (s.status != AppealStatus::None) {
            refuse("received_twice", QStringLiteral("the appeal was already received"));
            return;
        }
        readReceived(s, e, on);
        return;
    case EventType::AppealAmended:
        if (s.status != AppealStatus::Open)
            return notNow();
        s.appeal = Appeal::merged(s.appeal, d.value(QLatin1String("supplied")).toObject());
        // A day of learning supplied later gives the complaint its filing term then; whether it
        // was late is still judged on the day it was received.
        if (d.contains(QLatin1String("filing_until")))
            s.filingUntil = dateOf(d, "filing_until");
        if (d.contains(QLatin1String("compliance"))) {
            const bool hadPoints = !s.compliance.isEmpty();
            s.compliance = AppealChecks::fromJson(d.value(QLatin1String("compliance")).toArray());
            if (hadPoints && s.compliance.isEmpty())
                s.compliedOn = on;
        }
        return;
    case EventType::AppealReferred:
        if (s.status != AppealStatus::Open)
            return notNow();
        s.status = AppealStatus::Referred;
        s.referredOn = on;
        s.referredTo = str(d, "to");
        s.referralRef = str(d, "ref");
        s.referralNotifiedOn = dateOf(d, "notified_on");
        return;
    case EventType::AppealNotified: {
        const QString about = str(d, "about");
        if (about == QLatin1String("referral") && s.status == AppealStatus::Referred) {
            if (!s.referralNotifiedOn.isValid())
                s.referralNotifiedOn = on;
            return; // a second notice of the same referral is harmless
        }
        if (about == QLatin1String("extension") && s.status == AppealStatus::Open
            && !s.extensions.isEmpty()) {
            if (!s.extensions.last().notifiedOn.isValid())
                s.extensions.last().notifiedOn = on;
            return;
        }
        return notNow();
    }
    case EventType::AppealExtended: {
        if (s.status != AppealStatus::Open)
            return notNow();
        const QDate until = dateOf(d, "until");
        // Extended only within the limit stored at acceptance: a complaint accepted since
        // complaints are not extended has none (docs/appeals.md, "Readings"); one accepted
        // earlier keeps the limit it was accepted with.
        if (!s.extensionLimit.isValid()) {
            refuse("extension_not_allowed",
                QStringLiteral("no extension limit was set at acceptance: a complaint is "
                               "decided within its own term (%1) and is not extended")
                    .arg(s.decisionDue.toString(Qt::ISODate)));
            return;
        }
        if (on > s.decisionDue) {
            refuse("extended_after_due",
                   QStringLiteral("extended on %1, after the decision deadline %2 had passed")
                       .arg(on.toString(Qt::ISODate), s.decisionDue.toString(Qt::ISODate)));
            return;
        }
        if (!until.isValid() || until <= s.decisionDue) {
            refuse("extension_not_later",
                   QStringLiteral("the extension to %1 does not move the deadline %2")
                       .arg(until.toString(Qt::ISODate), s.decisionDue.toString(Qt::ISODate)));
            return;
        }
        if (until > s.extensionLimit) {
            refuse("extension_too_long",
                   QStringLiteral("the extension to %1 goes past the two-month limit %2")
                       .arg(until.toString(Qt::ISODate), s.extensionLimit.toString(Qt::ISODate)));
            return;
        }
        AppealExtension x;
        x.on = on;
        x.until = until;
        x.reason = str(d, "reason");
        x.noticeDue = dateOf(d, "notice_due");
        x.notifiedOn = dateOf(d, "notified_on");
        s.extensions.append(x);
        s.decisionDue = until;
        return;
    }
    case EventType::AppealTermRestored:
        if (s.status != AppealStatus::Open || !s.filedLate())
            return notNow();
        if (s.termRestored)
            return; // restored once is restored
        s.termRestored = true;
        s.termRestoredOn = on;
        s.termRestoredReason = str(d, "reason");
        return;
    case EventType::AppealDecided:
        if (s.status != AppealStatus::Open) {
            if (s.status == AppealStatus::Decided)
                refuse("decided_twice",
                       QStringLiteral("the appeal was already decided on %1")
                           .arg(s.decidedOn.toString(Qt::ISODate)));
            else
                notNow();
            return;
        }
        s.status = AppealStatus::Decided;
        s.decidedOn = on;
        s.outcome = str(d, "outcome");
        s.decisionSummary = str(d, "summary");
        s.closedOn = on;
        return;
    case EventType::AppealWithdrawn:
        if (s.status != AppealStatus::Open && s.status != AppealStatus::Referred)
            return notNow();
        s.status = AppealStatus::Withdrawn;
        s.withdrawnOn = on;
        s.withdrawalReason = str(d, "reason");
        s.closedOn = on;
        return;
    case EventType::Note:
        return;
    default:
        return; // turned away above
    }
}

QString AppealFold::describe(const Anomaly &a, int utcOffsetSeconds)
{
    const QString when = a.at.isValid()
        ? a.at.toTimeZone(QTimeZone(utcOffsetSeconds)).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        : QString();
    if (a.code == QLatin1String("received_twice"))
        return tr("A second record of the same appeal's receipt by %1 on %2.").arg(a.by, when);
    if (a.code == QLatin1String("before_received"))
        return tr("\"%1\" recorded by %2 on %3, but the appeal itself is missing here.")
            .arg(a.eventType, a.by, when);
    if (a.code == QLatin1String("decided_twice"))
        return tr("A second decision recorded by %1 on %2: find out which one was given.")
            .arg(a.by, when);
    if (a.code == QLatin1String("extended_after_due"))
        return tr("An extension recorded by %1 on %2 after the decision deadline had passed: "
                  "the appeal was already deemed refused.")
            .arg(a.by, when);
    if (a.code == QLatin1String("extension_not_later"))
        return tr("An extension recorded by %1 on %2 that does not move the deadline.")
            .arg(a.by, when);
    if (a.code == QLatin1String("extension_too_long"))
        return tr("An extension recorded by %1 on %2 beyond the two-month limit.").arg(a.by, when);
    if (a.code == QLatin1String("wrong_stream"))
        return tr("A case's event \"%1\" (written by %2 on %3) was recorded in this appeal: tell "
                  "the technician.")
            .arg(a.eventType, a.by, when);
    if (a.code == QLatin1String("unknown_type"))
        return tr("An event of type \"%1\" that this version does not know (written by %2 on "
                  "%3). Update CertDesk.")
            .arg(a.eventType, a.by, when);
    return tr("\"%1\" recorded by %2 on %3 cannot happen at this step of the appeal.")
        .arg(a.eventType, a.by, when);
}

} // namespace certdesk

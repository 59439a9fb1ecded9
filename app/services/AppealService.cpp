#include "services/AppealService.h"

#include "domain/AppealChecks.h"
#include "domain/AppealFold.h"
#include "domain/AppealNumber.h"
#include "domain/Clock.h"
#include "domain/Event.h"
#include "domain/ReceiptNumber.h"
#include "services/Refusal.h"
#include "services/Session.h"
#include "storage/AppealCounter.h"
#include "storage/AppealProjection.h"
#include "storage/CalendarStore.h"
#include "storage/CaseQueries.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"

#include <QJsonObject>

namespace certdesk {

namespace {

/// The keys of after that differ from before; nested objects compared key by key, so an
/// amendment records only what the applicant actually brought.
QJsonObject difference(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject out;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old == it.value())
            continue;
        if (old.isObject() && it.value().isObject()) {
            const QJsonObject inner = difference(old.toObject(), it.value().toObject());
            if (!inner.isEmpty())
                out.insert(it.key(), inner);
        } else {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

} // namespace

AppealService::AppealService(Session &session)
    : m_session(session)
{
}

WorkCalendar AppealService::calendar() const
{
    return CalendarStore(m_session.database()).load();
}

AppealService::Preview AppealService::preview(const Appeal &input) const
{
    Preview p;
    const WorkCalendar cal = calendar();
    const AppealTerms terms(cal);
    p.appeal = AppealChecks::normalized(input);
    p.received = m_session.clock().today();
    p.points = AppealChecks::points(p.appeal, p.received);
    const AppealTermsAtReceipt t = terms.atReceipt(p.appeal.kind(), p.received, p.appeal.learnedOn);
    p.complianceDue = p.points.isEmpty() ? QDate() : t.complianceDue;
    p.referralDue = t.referralDue;
    p.decisionDue = t.decisionDue;
    p.extensionLimit = t.extensionLimit;
    p.filingUntil = t.filingUntil;
    p.filedLate = t.filedLate;
    return p;
}

AppealService::Result AppealService::accept(const Appeal &appeal, const QDate &complianceDue)
{
    Result r;
    if (!m_session.require(Permission::AcceptAppeal, &r.error))
        return r;
    const Preview p = preview(appeal);
    QDate termForPoints = p.complianceDue;
    if (!p.points.isEmpty() && complianceDue.isValid()) {
        if (complianceDue <= p.received || complianceDue > p.decisionDue) {
            r.error = tr("Term for the missing points: %1 is not between tomorrow and the "
                         "decision deadline %2; pick a day in between (nothing was saved).")
                          .arg(shownDate(complianceDue), shownDate(p.decisionDue));
            return r;
        }
        termForPoints = complianceDue;
    }

    Database &db = m_session.database();
    const SettingsStore settings(db);
    // The moment of acceptance as the branch's clock shows it: the receipt prints it and the
    // number's date comes from it. The stored write time keeps this workstation's order and
    // may be later when the clock was set back (EventStore records that step).
    const QDateTime acceptedAt = m_session.clock().nowUtc();
    QJsonObject data = p.appeal.toJson();
    // The case it concerns, when the receipt number is one of this branch's cases.
    if (!p.appeal.caseReceipt.isEmpty()) {
        const QString digits = ReceiptNumber::normalize(p.appeal.caseReceipt);
        data.insert(QLatin1String("case_receipt"), digits);
        QList<CaseSummary> cases;
        if (ReceiptNumber::parse(digits).isValid()
            && CaseQueries(db).byReceipt(digits, &cases, nullptr) && !cases.isEmpty())
            data.insert(QLatin1String("case_id"), cases.constFirst().caseId);
    }
    data.insert(QLatin1String("date"), isoDate(p.received));
    data.insert(QLatin1String("accepted_at"), Event::formatTime(acceptedAt));
    data.insert(QLatin1String("referral_due"), isoDate(p.referralDue));
    data.insert(QLatin1String("decision_due"), isoDate(p.decisionDue));
    if (p.extensionLimit.isValid())
        data.insert(QLatin1String("extension_limit"), isoDate(p.extensionLimit));
    if (p.filingUntil.isValid())
        data.insert(QLatin1String("filing_until"), isoDate(p.filingUntil));
    data.insert(QLatin1String("compliance"), AppealChecks::toJson(p.points));
    if (!p.points.isEmpty())
        data.insert(QLatin1String("compliance_due"), isoDate(termForPoints));
    data.insert(QLatin1String("clerk"),
                QJsonObject{{QLatin1String("name"), m_session.user().fullName},
                            {QLatin1String("position"), m_session.user().position}});

    const QString appealId = AppealFold::newStreamId();
    QList<Event> events;
    bool started = false;
    const bool saved = Transaction::run(db, &r.error, [&](Transaction &tx) {
        started = true;
        QString number;
        if (!AppealCounter(db).allocate(tx, settings.branchCode(), settings.workstationNumber(),
                p.received, &number, &r.error))
            return false;
        data.insert(QLatin1String("number"), number);
        events = {Event::make(EventType::AppealReceived, appealId, data)};
        return EventStore(db, m_session.clock())
            .appendInTransaction(tx, events, m_session.actor(), &r.error);
    });
    if (!saved) {
        if (!started)
            r.error = tr("The database is busy or read-only; the appeal was not registered. "
                         "Try again in a moment: its acceptance may not be refused.");
        return r;
    }
    r.state = AppealProjection::foldAppeal(db, events);
    r.ok = true;
    return r;
}

bool AppealService::load(const QString &appealId, EventType action, AppealState *s,
                         QString *error) const
{
    if (!state(appealId, s, error))
        return false;
    if (action == EventType::Unknown || s->allowedActions().contains(action))
        return true;
    if (error) {
        const QString number = AppealNumber::format(s->number);
        switch (action) {
        case EventType::AppealNotified:
            *error = tr("Appeal %1: nobody is owed a notice now (no referral or extension "
                        "waits for one).")
                         .arg(number);
            break;
        case EventType::AppealTermRestored:
            *error = tr("Appeal %1 was filed in time (or its term was already restored): there "
                        "is no term to restore.")
                         .arg(number);
            break;
        default:
            *error = tr("Appeal %1 is %2: this cannot be recorded now.")
                         .arg(number, appealStatusName(s->status));
        }
    }
    return false;
}

bool AppealService::checkDay(const AppealState &s, const QDate &on, const QString &what,
                             QString *error) const
{
    const QDate today = m_session.clock().today();
    QString why;
    if (!on.isValid())
        why = tr("%1: the date is missing; enter the day it happened.").arg(what);
    else if (on > today)
        why = tr("%1: %2 is in the future; enter the day it happened.").arg(what, shownDate(on));
    else if (on < s.receivedOn)
        why = tr("%1: %2 is before the appeal was received (%3).")
                  .arg(what, shownDate(on), shownDate(s.receivedOn));
    if (why.isEmpty())
        return true;
    if (error)
        *error = why;
    return false;
}

bool AppealService::write(const QString &appealId, EventType type, QJsonObject data,
                          QString *error)
{
    QList<Event> events{Event::make(type, appealId, data)};
    return EventStore(m_session.database(), m_session.clock())
        .append(events, m_session.actor(), error);
}

bool AppealService::amend(const QString &appealId, const Appeal &amended, QString *error)
{
    if (!m_session.require(Permission::AcceptAppeal, error))
        return false;
    AppealState s;
    if (!load(appealId, EventType::AppealAmended, &s, error))
        return false;
    const Appeal a = AppealChecks::normalized(amended);
    if (a.about != s.appeal.about || a.otherBody != s.appeal.otherBody) {
        if (error)
            *error = tr("What the appeal is about and whom it is addressed to stay as accepted: "
                        "its deadlines were set by them. Register a new appeal instead.");
        return false;
    }
    const QJsonObject supplied = difference(s.appeal.toJson(), a.toJson());
    if (supplied.isEmpty()) {
        if (error)
            *error = tr("Nothing was changed: enter the details the applicant brought.");
        return false;
    }
    QJsonObject data{{QLatin1String("supplied"), supplied},
                     {QLatin1String("compliance"),
                      AppealChecks::toJson(AppealChecks::points(a, s.receivedOn))},
                     {QLatin1String("date"), isoDate(m_session.clock().today())}};
    if (a.kind() == Appeal::Kind::Complaint && a.learnedOn != s.appeal.learnedOn) {
        const WorkCalendar cal = calendar();
        const AppealTerms terms(cal);
        data.insert(QLatin1String("filing_until"),
                    a.learnedOn.isValid() && a.learnedOn <= s.receivedOn
                        ? isoDate(terms.filingUntil(a.learnedOn))
                        : QString());
    }
    return write(appealId, EventType::AppealAmended, data, error);
}

bool AppealService::refer(const QString &appealId, const QString &to, const QString &reference,
                          const QDate &on, const QDate &notifiedOn, QString *error)
{
    if (!m_session.require(Permission::DecideAppeal, error))
        return false;
    AppealState s;
    if (!load(appealId, EventType::AppealReferred, &s, error))
        return false;
    if (to.simplified().isEmpty()) {
        if (error)
            *error = tr("Competent body: enter the body the appeal is sent to.");
        return false;
    }
    if (!checkDay(s, on, tr("Day of referral"), error))
        return false;
    if (notifiedOn.isValid() && !checkDay(s, notifiedOn, tr("Day the applicant was notified"), error))
        return false;
    QJsonObject data{{QLatin1String("to"), to.simplified()},
                     {QLatin1String("ref"), reference.simplified()},
                     {QLatin1String("date"), isoDate(on)}};
    if (notifiedOn.isValid())
        data.insert(QLatin1String("notified_on"), isoDate(notifiedOn));
    return write(appealId, EventType::AppealReferred, data, error);
}

bool AppealService::notify(const QString &appealId, const QString &about, const QDate &on,
                           const QString &how, QString *error)
{
    if (!m_session.require(Permission::DecideAppeal, error))
        return false;
    if (about != QLatin1String("referral") && about != QLatin1String("extension")) {
        if (error)
            *error = tr("Notice: say whether it is about the referral or the extension.");
        return false;
    }
    AppealState s;
    if (!load(appealId, EventType::AppealNotified, &s, error))
        return false;
    if ((about == QLatin1String("referral")) != (s.status == AppealStatus::Referred)) {
        if (error)
            *error = about == QLatin1String("referral")
                         ? tr("The appeal was not referred: there is no referral to notify of.")
                         : tr("The appeal was referred: notify the applicant of the referral.");
        return false;
    }
    if (!checkDay(s, on, tr("Day the applicant was notified"), error))
        return false;
    return write(appealId, EventType::AppealNotified,
                 {{QLatin1String("about"), about},
                  {QLatin1String("how"), how.simplified()},
                  {QLatin1String("date"), isoDate(on)}},
                 error);
}

bool AppealService::extend(const QString &appealId, const QDate &until, const QString &reason,
                           const QDate &on, QString *error)
{
    if (!m_session.require(Permission::DecideAppeal, error))
        return false;
    AppealState s;
    if (!state(appealId, &s, error))
        return false;
    // Extended only within the limit stored at acceptance: none for a complaint accepted since
    // complaints are not extended (docs/appeals.md, "Readings").
    if (!s.extensionLimit.isValid())
        return refuse(error,
            tr("Complaint %1: a complaint is decided within its own term (by %2) "
               "and is not extended; record the decision by then.")
                .arg(AppealNumber::format(s.number), shownDate(s.decisionDue)));
    if (!load(appealId, EventType::AppealExtended, &s, error))
        return false;
    if (reason.simplified().size() < 10)
        return refuse(error, tr("Reason: an extension is a reasoned decision; write why the term is "
                       "extended (at least 10 characters)."));
    if (!checkDay(s, on, tr("Day of the extension decision"), error))
        return false;
    if (on > s.decisionDue)
        return refuse(error,
            tr("The decision deadline %1 has passed: the appeal is deemed refused and "
               "can no longer be extended. Record the decision.")
                .arg(shownDate(s.decisionDue)));
    const WorkCalendar cal = calendar();
    if (!until.isValid() || until <= s.decisionDue)
        return refuse(error,
            tr("New deadline: it must be later than the current deadline %1.")
                .arg(shownDate(s.decisionDue)));
    if (until > s.extensionLimit)
        return refuse(error,
            tr("New deadline: %1 makes the whole term longer than two months from "
               "the day the appeal was received (%2); the latest possible is %3.")
                .arg(shownDate(until), shownDate(s.receivedOn), shownDate(s.extensionLimit)));
    if (!cal.isWorkingDay(until))
        return refuse(error,
            tr("New deadline: %1 is not a working day; pick a working day.").arg(shownDate(until)));
    const AppealTerms terms(cal);
    return write(appealId, EventType::AppealExtended,
                 {{QLatin1String("until"), isoDate(until)},
                  {QLatin1String("reason"), reason.simplified()},
                  {QLatin1String("notice_due"), isoDate(terms.extensionNoticeDue(on))},
                  {QLatin1String("date"), isoDate(on)}},
                 error);
}

bool AppealService::restoreTerm(const QString &appealId, const QString &reason, const QDate &on,
                                QString *error)
{
    if (!m_session.require(Permission::DecideAppeal, error))
        return false;
    AppealState s;
    if (!load(appealId, EventType::AppealTermRestored, &s, error))
        return false;
    if (reason.simplified().size() < 5) {
        if (error)
            *error = tr("Reason: write the good reason the term is restored for (at least 5 "
                        "characters).");
        return false;
    }
    if (!checkDay(s, on, tr("Day of restoration"), error))
        return false;
    return write(appealId, EventType::AppealTermRestored,
                 {{QLatin1String("reason"), reason.simplified()}, {QLatin1String("date"), isoDate(on)}},
                 error);
}

bool AppealService::decide(const QString &appealId, const QString &outcome,
                           const QString &summary, const QDate &on, QString *error)
{
    if (!m_session.require(Permission::DecideAppeal, error))
        return false;
    if (!AppealState::outcomes().contains(outcome)) {
        if (error)
            *error = tr("Outcome: choose satisfied, partly satisfied, rejected or left without "
                        "consideration.");
        return false;
    }
    AppealState s;
    if (!load(appealId, EventType::AppealDecided, &s, error))
        return false;
    if (!checkDay(s, on, tr("Day of the decision"), error))
        return false;
    return write(appealId, EventType::AppealDecided,
                 {{QLatin1String("outcome"), outcome},
                  {QLatin1String("summary"), summary.trimmed()},
                  {QLatin1String("date"), isoDate(on)}},
                 error);
}

bool AppealService::withdraw(const QString &appealId, const QString &reason, const QDate &on,
                             QString *error)
{
    if (!m_session.require(Permission::AcceptAppeal, error))
        return false;
    AppealState s;
    if (!load(appealId, EventType::AppealWithdrawn, &s, error))
        return false;
    if (!checkDay(s, on, tr("Day of the written withdrawal"), error))
        return false;
    return write(appealId, EventType::AppealWithdrawn,
                 {{QLatin1String("reason"), reason.simplified()}, {QLatin1String("date"), isoDate(on)}},
                 error);
}

bool AppealService::note(const QString &appealId, const QString &text, QString *error)
{
    if (!m_session.require(Permission::AcceptAppeal, error))
        return false;
    AppealState s;
    if (!load(appealId, EventType::Note, &s, error))
        return false;
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = tr("Note: write the remark.");
        return false;
    }
    return write(appealId, EventType::Note, {{QLatin1String("text"), text.trimmed()}}, error);
}

bool AppealService::state(const QString &appealId, AppealState *out, QString *error) const
{
    if (!m_session.require(Permission::AcceptAppeal, error))
        return false;
    if (!AppealFold::isAppealStream(appealId)) {
        if (error)
            *error = tr("\"%1\" is not an appeal.").arg(appealId);
        return false;
    }
    const QList<Event> events
        = EventStore(m_session.database(), m_session.clock()).caseEvents(appealId);
    if (events.isEmpty()) {
        if (error)
            *error = tr("No appeal %1 is registered here.").arg(appealId);
        return false;
    }
    *out = AppealProjection::foldAppeal(m_session.database(), events);
    return true;
}

bool AppealService::list(const QDate &asOf, const AppealFilter &filter, int limit,
                         QList<AppealRow> *rows, QString *error) const
{
    if (!m_session.require(Permission::AcceptAppeal, error))
        return false;
    return AppealQueries(m_session.database()).list(asOf, filter, limit, rows, error);
}

bool AppealService::overdue(const QDate &asOf, QList<AppealRow> *rows, QString *error) const
{
    if (!m_session.require(Permission::ViewBoard, error))
        return false;
    return AppealQueries(m_session.database()).overdue(asOf, rows, error);
}

} // namespace certdesk

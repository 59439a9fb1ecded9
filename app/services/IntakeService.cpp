#include "services/IntakeService.h"

#include "domain/Clock.h"
#include "domain/Event.h"
#include "domain/RuleSet.h"
#include "services/AuthService.h"
#include "services/CaseActionService.h"
#include "services/RulesService.h"
#include "services/Session.h"
#include "services/WorkstationService.h"
#include "storage/CalendarStore.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/ReceiptCounter.h"
#include "storage/RulesStore.h"
#include "storage/SettingsStore.h"

#include <QJsonObject>
#include <QLocale>

namespace certdesk {

IntakeService::IntakeService(Session &session)
    : m_session(session)
{
}

IntakeChecks::Context IntakeService::context() const
{
    return IntakeChecks::Context{m_session.clock().today(), &countries()};
}

Application IntakeService::prepared(const Application &application) const
{
    Application a = IntakeChecks::normalized(application);
    if (a.purpose == Application::Purpose::Apostille) {
        const Application::Fee fee = apostilleFee();
        a.fee.amount = fee.amount;
        a.fee.mci = fee.mci;
    }
    return a;
}

QList<CheckResult> IntakeService::check(const Application &application) const
{
    return IntakeChecks::run(prepared(application), context());
}

void IntakeService::match(const QList<CheckResult> &results, const QList<OverrideGrant> &grants,
    QList<const OverrideGrant *> *used, QList<CheckResult> *blocking)
{
    for (const CheckResult &c : results) {
        if (!c.isProblem())
            continue;
        const OverrideGrant *grant = nullptr;
        for (const OverrideGrant &g : grants) {
            if (c.canOverride() && g.covers(c))
                grant = &g;
        }
        if (grant)
            used->append(grant);
        else if (blocking)
            blocking->append(c);
    }
}

QList<OverrideGrant> IntakeService::grantsInUse(
    const Application &application, const QList<OverrideGrant> &grants) const
{
    QList<const OverrideGrant *> used;
    match(check(application), grants, &used, nullptr);
    QList<OverrideGrant> out;
    for (const OverrideGrant *g : std::as_const(used))
        out.append(*g);
    return out;
}

Application::Fee IntakeService::apostilleFee() const
{
    Application::Fee fee;
    RuleSet::Fee computed;
    if (RulesStore(m_session.database()).inForce().apostilleFee(m_session.clock().today(), &computed,
                                                                nullptr)) {
        fee.amount = computed.amount;
        fee.mci = computed.mci;
    }
    return fee;
}

QString IntakeService::feeProblem() const
{
    RuleSet::Fee computed;
    QString error;
    if (RulesStore(m_session.database()).inForce().apostilleFee(m_session.clock().today(), &computed,
                                                                &error))
        return QString();
    return error;
}

QString IntakeService::feeText() const
{
    const QDate today = m_session.clock().today();
    RuleSet::Fee fee;
    QString error;
    if (!RulesStore(m_session.database()).inForce().apostilleFee(today, &fee, &error))
        return error;
    return tr("%1 ₸ (%2 MCI; MCI %3 = %4 ₸)")
        .arg(fee.amount)
        .arg(QLocale().toString(fee.share))
        .arg(today.year())
        .arg(fee.mci);
}

const ApostilleCountries &IntakeService::countries() const
{
    if (!m_countries)
        m_countries = RulesStore(m_session.database()).inForce().countries();
    return *m_countries;
}

QString IntakeService::calendarWarning(const ServiceTerms::Due &due) const
{
    if (due.isDateTime())
        return QString();
    const WorkCalendar calendar = CalendarStore(m_session.database()).load();
    return RulesService::calendarWarning(calendar, m_session.clock().today(), due.dueDate);
}

ServiceTerms::Kind IntakeService::termKind(const Application &application)
{
    switch (application.purpose) {
    case Application::Purpose::Domestic: return ServiceTerms::Kind::Electronic;
    case Application::Purpose::Abroad: return ServiceTerms::Kind::Paper;
    case Application::Purpose::Apostille: return ServiceTerms::Kind::Apostille;
    }
    return ServiceTerms::Kind::Electronic;
}

ServiceTerms::Due IntakeService::dueNow(const Application &application) const
{
    const SettingsStore settings(m_session.database());
    const WorkCalendar calendar = CalendarStore(m_session.database()).load();
    const QDate today = m_session.clock().today();
    const ServiceTerms terms(calendar, RulesStore(m_session.database()).inForce().termsOn(today));
    return terms.due(termKind(application), m_session.clock().nowLocal(),
                     settings.branchCategory());
}

QList<OverrideGrant> IntakeService::authorizeOverrides(const QList<CheckResult> &refusals,
                                                      const QString &login,
                                                      const QString &password,
                                                      const QString &reason, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QList<OverrideGrant>();
    };
    if (refusals.isEmpty())
        return fail(tr("There is no refused check to override."));
    for (const CheckResult &refusal : refusals) {
        if (refusal.outcome == CheckResult::Outcome::Barred)
            return fail(tr("%1 The law makes it useless, so no supervisor may let it pass.")
                            .arg(refusal.message));
        if (!refusal.canOverride())
            return fail(tr("%1 This is an error in what was entered, not a rule a supervisor "
                           "may waive: correct it.")
                            .arg(refusal.message));
    }
    const QString why = reason.simplified();
    if (why.size() < 5)
        return fail(tr("Reason: write why the check may be passed (at least 5 characters); it "
                       "is recorded with the case."));
    if (login.trimmed().isEmpty() || password.isEmpty())
        return fail(tr("Supervisor: enter the supervisor's login and password."));

    AuthService auth(m_session.database(), m_session.clock());
    const SignInResult result = auth.confirm(login, password);
    if (!result.ok())
        return fail(result.error);
    if (!roleAllows(result.user.role, Permission::Override))
        return fail(tr("%1 has the role %2, which may not override a check; ask a supervisor.")
                        .arg(result.user.login, roleText(result.user.role)));

    QList<OverrideGrant> grants;
    for (const CheckResult &refusal : refusals) {
        OverrideGrant g;
        g.m_rule = refusal.rule;
        g.m_field = refusal.field;
        g.m_message = refusal.message;
        g.m_reason = why;
        g.m_supervisor = result.user.login;
        g.m_supervisorName = result.user.fullName;
        grants.append(g);
    }
    return grants;
}

IntakeService::Result IntakeService::submit(const Application &application,
                                            const QList<OverrideGrant> &grants)
{
    Result r;
    if (!m_session.require(Permission::TakeApplication, &r.error))
        return r;

    Database &db = m_session.database();
    const SettingsStore settings(db);
    const Application a = prepared(application);
    if (a.purpose == Application::Purpose::Apostille) {
        // No fee is ever made up: a year whose MCI the rules lack stops the apostille here.
        const QString problem = feeProblem();
        if (!problem.isEmpty()) {
            r.error = tr("Nothing was saved: %1").arg(problem);
            return r;
        }
    }
    const QList<CheckResult> results = IntakeChecks::run(a, context());
    QList<const OverrideGrant *> used;
    match(results, grants, &used, &r.blocking);
    if (!r.blocking.isEmpty()) {
        QStringList lines;
        for (const CheckResult &c : std::as_const(r.blocking))
            lines.append(c.message);
        r.error = tr("Nothing was saved: %n problem(s) remain.", nullptr, int(r.blocking.size()))
                  + u'\n' + lines.join(u'\n');
        return r;
    }

    const QDateTime local = m_session.clock().nowLocal();
    const ServiceTerms::Due due = dueNow(a);
    QJsonObject data = a.toJson();
    data.insert(QLatin1String("due"), due.isDateTime()
                                          ? Event::formatTime(m_session.clock().toUtc(due.dueAt))
                                          : due.dueDate.toString(Qt::ISODate));
    data.insert(QLatin1String("branch_category"),
                ServiceTerms::categoryName(settings.branchCategory()));
    data.insert(QLatin1String("checks"), IntakeChecks::toJson(results));

    QString receipt;
    const QString caseId = Event::newId();
    QList<Event> events{Event::make(EventType::Received, caseId, data)};
    for (const OverrideGrant *g : std::as_const(used)) {
        events.append(Event::make(EventType::Override, caseId,
                                  QJsonObject{{QLatin1String("rule"), g->rule()},
                                              {QLatin1String("field"), g->field()},
                                              {QLatin1String("reason"), g->reason()},
                                              {QLatin1String("supervisor"), g->supervisor()}}));
    }
    // The receipt number and the events are one write: a rolled-back intake gives its
    // number back.
    bool started = false;
    const bool saved = Transaction::run(db, &r.error, [&](Transaction &tx) {
        started = true;
        // Two counters that believe they are one would give two people one number: none is
        // given while this database knows of another writer with its number (README).
        const WorkstationStatus workstation = WorkstationService::status(db);
        if (workstation.stopped) {
            r.error = tr("Nothing was saved. %1").arg(workstation.message());
            return false;
        }
        if (!ReceiptCounter(db).allocate(tx, settings.branchCode(), settings.workstationNumber(),
                local.date(), &receipt, &r.error))
            return false;
        events.first().data.insert(QLatin1String("receipt"), receipt);
        return EventStore(db, m_session.clock())
            .appendInTransaction(tx, events, m_session.actor(), &r.error);
    });
    if (!saved) {
        if (!started)
            r.error = tr("The database is busy or read-only; nothing was saved. Try again in a "
                         "moment.");
        return r;
    }

    r.ok = true;
    IntakeReceipt &out = r.receipt;
    out.caseId = caseId;
    out.receipt = receipt;
    // The time the event got (strictly after this workstation's previous one), as stored.
    out.submittedLocal = m_session.clock().toLocal(events.first().at);
    out.due = due;
    out.application = a;
    out.clerkName = m_session.user().fullName;
    out.clerkPosition = m_session.user().position;
    out.branchCode = settings.branchCode();
    out.branchName = settings.branchName();
    out.overrides = int(used.size());
    return r;
}

bool IntakeService::recordApplicationPrint(const QString &caseId, int copy, QString *error)
{
    CaseActionService actions(m_session);
    auto build = [&](const CaseState &, QJsonObject *data, QString *) {
        data->insert(QStringLiteral("date"), actions.today().toString(Qt::ISODate));
        data->insert(QStringLiteral("copy"), copy);
        return true;
    };
    return actions.act(
        Permission::TakeApplication, EventType::ApplicationPrinted, caseId, build, nullptr, error);
}

} // namespace certdesk

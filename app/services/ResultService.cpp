#include "services/ResultService.h"

#include "domain/Clock.h"
#include "domain/RuleSet.h"
#include "domain/ServiceTerms.h"
#include "services/CaseActionService.h"
#include "services/Refusal.h"
#include "services/Session.h"
#include "storage/RulesStore.h"

namespace certdesk {

ResultService::ResultService(Session &session)
    : m_session(session)
{
}

QString ResultService::outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("no_record"))
        return tr("no criminal record");
    if (outcome == QLatin1String("record_found"))
        return tr("a criminal record was found");
    return outcome;
}

bool ResultService::recordCertificate(
    const QString &caseId, const CertificateResult &result, CaseState *after, QString *error)
{
    CaseActionService actions(m_session);
    const QString number = result.number.trimmed();
    const QDate today = actions.today();
    auto build = [&](const CaseState &state, QJsonObject *data, QString *why) {
        if (number.isEmpty())
            return refuse(why,
                tr("Certificate number is empty; type the number printed on the "
                   "provider's certificate."));
        if (result.outcome != QLatin1String("no_record")
            && result.outcome != QLatin1String("record_found"))
            return refuse(why,
                tr("Result is not chosen; choose \"no criminal record\" or \"a "
                   "criminal record was found\"."));
        if (!result.date.isValid())
            return refuse(why,
                tr("Certificate date is missing; enter the date on the "
                   "provider's certificate."));
        if (result.date > today)
            return refuse(why,
                tr("Certificate date %1 is in the future; check the date on the "
                   "provider's certificate.")
                    .arg(shownDate(result.date)));
        const QDate submitted = m_session.clock().toLocal(state.submittedAt).date();
        if (state.submittedAt.isValid() && result.date < submitted)
            return refuse(why,
                tr("Certificate date %1 is before the application of %2; check "
                   "the date on the provider's certificate.")
                    .arg(shownDate(result.date), shownDate(submitted)));
        data->insert(QStringLiteral("certificate_number"), number);
        data->insert(QStringLiteral("certificate_date"), isoDate(result.date));
        data->insert(QStringLiteral("outcome"), result.outcome);
        if (!result.details.trimmed().isEmpty())
            data->insert(QStringLiteral("details"), result.details.trimmed());
        if (!result.apostilleNumber.trimmed().isEmpty()) {
            data->insert(QStringLiteral("apostille_number"), result.apostilleNumber.trimmed());
            data->insert(QStringLiteral("apostille_date"),
                isoDate(result.apostilleDate.isValid() ? result.apostilleDate : result.date));
        }
        return true;
    };
    return actions.act(
        Permission::RecordProgress, EventType::ResultRecorded, caseId, build, after, error);
}

bool ResultService::recordAdditionalCheck(const QString &caseId, CaseState *after, QString *error)
{
    CaseActionService actions(m_session);
    const WorkCalendar calendar = actions.calendar();
    const RuleSet rules = RulesStore(m_session.database()).inForce();
    auto build = [&](const CaseState &state, QJsonObject *data, QString *) {
        // The periods run from the day the provider received the application: the day the
        // branch submitted it, which is itself never counted.
        const QDateTime submitted = state.submittedAt.isValid()
            ? m_session.clock().toLocal(state.submittedAt)
            : m_session.clock().nowLocal();
        const ServiceTerms terms(calendar, rules.termsOn(submitted.date()));
        const ServiceTerms::Due due = terms.due(ServiceTerms::Kind::AdditionalCheck, submitted);
        data->insert(QStringLiteral("interim_due"), isoDate(due.interimDue));
        data->insert(QStringLiteral("reapply_from"), isoDate(due.reapplyFrom));
        data->insert(QStringLiteral("due"), isoDate(due.dueDate));
        return true;
    };
    return actions.act(
        Permission::RecordProgress, EventType::AdditionalCheck, caseId, build, after, error);
}

bool ResultService::recordInterimNotice(const QString &caseId, CaseState *after, QString *error)
{
    CaseActionService actions(m_session);
    const QDate today = actions.today();
    auto build = [&](const CaseState &, QJsonObject *data, QString *) {
        data->insert(QStringLiteral("date"), isoDate(today));
        return true;
    };
    return actions.act(
        Permission::RecordProgress, EventType::InterimNotice, caseId, build, after, error);
}

bool ResultService::recordRefusal(
    const QString &caseId, const QString &reason, CaseState *after, QString *error)
{
    CaseActionService actions(m_session);
    const QString text = reason.trimmed();
    auto build = [&](const CaseState &state, QJsonObject *data, QString *why) {
        if (state.purpose != QLatin1String("apostille"))
            return refuse(why,
                tr("Case %1 is not on the composite service with an apostille: "
                   "the law gives no grounds to refuse the certificate itself. "
                   "Record the provider's certificate instead.")
                    .arg(CaseActionService::caseLabel(state)));
        if (text.size() < 10)
            return refuse(why,
                tr("Reason of refusal is empty or too short; copy the provider's "
                   "motivated reasons in full."));
        data->insert(QStringLiteral("reason"), text);
        return true;
    };
    return actions.act(Permission::RecordProgress, EventType::Refused, caseId, build, after, error);
}

} // namespace certdesk

#include "services/CustodyService.h"

#include "domain/Clock.h"
#include "domain/Custody.h"
#include "services/CaseActionService.h"
#include "services/NoticeService.h"
#include "services/Refusal.h"
#include "services/Session.h"

namespace certdesk {

CustodyService::CustodyService(Session &session)
    : m_session(session)
{
}

bool CustodyService::recordArrival(
    const QString &caseId, const QDate &date, CaseState *after, QString *error)
{
    CaseActionService actions(m_session);
    auto build = [&](const CaseState &state, QJsonObject *data, QString *why) {
        QDate on;
        if (!actions.businessDate(date, state.certificateDate, tr("Arrival date"), &on, why))
            return false;
        data->insert(QStringLiteral("date"), isoDate(on));
        return true;
    };
    if (!actions.act(Permission::RecordProgress, EventType::Arrived, caseId, build, after, error))
        return false;
    NoticeService::queueAfter(m_session, caseId); // "the certificate is here"
    return true;
}

bool CustodyService::requestReturn(const QString &caseId, CaseState *after, QString *error)
{
    CaseActionService actions(m_session);
    const WorkCalendar calendar = actions.calendar();
    const QDate today = actions.today();
    auto build = [&](const CaseState &, QJsonObject *data, QString *) {
        data->insert(QStringLiteral("date"), isoDate(today));
        data->insert(QStringLiteral("due"), isoDate(Custody::returnDue(today, calendar)));
        return true;
    };
    return actions.act(
        Permission::RecordProgress, EventType::ReturnRequested, caseId, build, after, error);
}

bool CustodyService::recordReturned(
    const QString &caseId, const QDate &date, CaseState *after, QString *error)
{
    CaseActionService actions(m_session);
    auto build = [&](const CaseState &state, QJsonObject *data, QString *why) {
        const QDate since
            = state.returnRequestedOn.isValid() ? state.returnRequestedOn : state.transferredOn;
        QDate on;
        if (!actions.businessDate(date, since, tr("Return date"), &on, why))
            return false;
        data->insert(QStringLiteral("date"), isoDate(on));
        return true;
    };
    if (!actions.act(Permission::RecordProgress, EventType::Returned, caseId, build, after, error))
        return false;
    NoticeService::queueAfter(m_session, caseId); // "it is back at the branch"
    return true;
}

bool CustodyService::archive(const QStringList &caseIds, const QDate &date, const QString &record,
    QList<CaseState> *after, QString *error)
{
    CaseActionService actions(m_session);
    auto build = [&](const CaseState &state, QJsonObject *data, QString *why) {
        QDate on;
        if (!actions.businessDate(date, state.transferredOn, tr("Archiving date"), &on, why))
            return false;
        if (on <= state.providerCustodyUntil)
            return refuse(why,
                tr("Case %1: the provider keeps the paper until %2; it can be "
                   "archived from %3. Leave it in the provider's custody.")
                    .arg(CaseActionService::caseLabel(state), shownDate(state.providerCustodyUntil),
                        shownDate(state.providerCustodyUntil.addDays(1))));
        data->insert(QStringLiteral("date"), isoDate(on));
        if (!record.trimmed().isEmpty())
            data->insert(QStringLiteral("record"), record.trimmed());
        return true;
    };
    return actions.act(Permission::Archive, EventType::Archived, caseIds, build, after, error);
}

} // namespace certdesk

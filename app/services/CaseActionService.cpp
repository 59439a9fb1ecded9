#include "services/CaseActionService.h"

#include "domain/Clock.h"
#include "domain/ReceiptNumber.h"
#include "services/Refusal.h"
#include "services/Session.h"
#include "storage/CalendarStore.h"
#include "storage/CaseProjection.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"

namespace certdesk {

CaseActionService::CaseActionService(Session &session)
    : m_session(session)
{
}

QDate CaseActionService::today() const
{
    return m_session.clock().today();
}

WorkCalendar CaseActionService::calendar() const
{
    return CalendarStore(m_session.database()).load();
}

QString CaseActionService::branchName() const
{
    return SettingsStore(m_session.database()).branchName();
}

QString CaseActionService::branchCode() const
{
    return SettingsStore(m_session.database()).branchCode();
}

QString CaseActionService::setting(const QString &key) const
{
    return SettingsStore(m_session.database()).value(key);
}

bool CaseActionService::load(const QString &caseId, CaseState *state, QString *error) const
{
    EventStore store(m_session.database(), m_session.clock());
    const QList<Event> events = store.caseEvents(caseId);
    *state = CaseProjection::foldCase(m_session.database(), events);
    if (state->status == CaseStatus::None)
        return refuse(error,
            tr("There is no case %1 in this branch's database; check the "
               "receipt number and search again.")
                .arg(caseId));
    return true;
}

QString CaseActionService::caseLabel(const CaseState &state)
{
    return state.receipt.isEmpty() ? state.caseId : ReceiptNumber::format(state.receipt);
}

QString CaseActionService::statusText(CaseStatus status)
{
    switch (status) {
    case CaseStatus::None:
        return tr("not received");
    case CaseStatus::Submitted:
        return tr("waiting for the provider's result");
    case CaseStatus::AdditionalCheck:
        return tr("under an additional identification check");
    case CaseStatus::ResultReady:
        return tr("waiting for the paper certificate");
    case CaseStatus::AtBranch:
        return tr("at the branch");
    case CaseStatus::AtProvider:
        return tr("with the provider");
    case CaseStatus::ReturnRequested:
        return tr("being returned by the provider");
    case CaseStatus::Issued:
        return tr("already issued");
    case CaseStatus::Completed:
        return tr("completed electronically");
    case CaseStatus::Refused:
        return tr("refused");
    case CaseStatus::Archived:
        return tr("archived by the provider");
    case CaseStatus::Withdrawn:
        return tr("withdrawn");
    }
    return QString();
}

Permission CaseActionService::permissionFor(EventType action)
{
    switch (action) {
    case EventType::Transferred:
        return Permission::Transfer;
    case EventType::Archived:
        return Permission::Archive;
    case EventType::Issued:
        return Permission::Issue;
    default:
        return Permission::RecordProgress;
    }
}

bool CaseActionService::allowed(const CaseState &state, EventType action, QString *error)
{
    if (state.allowedActions().contains(action))
        return true;
    // Not an action button: printed with the receipt, or again from the case view.
    if (action == EventType::ApplicationPrinted && state.hasCounterApplication())
        return true;
    return refuse(error,
        tr("Case %1 is %2: \"%3\" cannot be recorded now. Open the case to see "
           "what it is waiting for.")
            .arg(caseLabel(state), statusText(state.status), eventTypeName(action)));
}

bool CaseActionService::businessDate(const QDate &requested, const QDate &notBefore,
    const QString &what, QDate *out, QString *error) const
{
    const QDate now = today();
    if (!requested.isValid()) {
        *out = now;
        return true;
    }
    if (requested > now)
        return refuse(error,
            tr("%1 %2 is in the future; enter today's date or an earlier one.")
                .arg(what, shownDate(requested)));
    if (notBefore.isValid() && requested < notBefore)
        return refuse(error,
            tr("%1 %2 is before %3, when the previous step happened; check the "
               "date.")
                .arg(what, shownDate(requested), shownDate(notBefore)));
    *out = requested;
    return true;
}

bool CaseActionService::act(Permission permission, EventType type, const QStringList &selected,
    const Builder &build, QList<CaseState> *after, QString *error)
{
    if (!m_session.require(permission, error))
        return false;
    QStringList caseIds = selected;
    caseIds.removeDuplicates();
    if (caseIds.isEmpty())
        return refuse(error, tr("No case is selected; select at least one case."));
    Database &db = m_session.database();
    // The state each action is checked against and the events it adds are one transaction:
    // nothing another workstation writes meanwhile slips in between.
    bool started = false;
    const bool saved = Transaction::run(db, error, [&](Transaction &tx) {
        started = true;
        QList<Event> events;
        for (const QString &caseId : caseIds) {
            CaseState state;
            if (!load(caseId, &state, error) || !allowed(state, type, error))
                return false;
            QJsonObject data;
            if (build && !build(state, &data, error))
                return false;
            events.append(Event::make(type, caseId, data));
        }
        EventStore store(db, m_session.clock());
        if (!store.appendInTransaction(tx, events, m_session.actor(), error))
            return false;
        if (after) {
            after->clear();
            for (const QString &caseId : caseIds) {
                CaseState state;
                load(caseId, &state, nullptr);
                after->append(state);
            }
        }
        return true;
    });
    if (!saved && !started)
        return refuse(error,
            tr("The database is busy or read-only; nothing was saved. Try again "
               "in a moment."));
    return saved;
}

bool CaseActionService::act(Permission permission, EventType type, const QString &caseId,
    const Builder &build, CaseState *after, QString *error)
{
    QList<CaseState> states;
    if (!act(permission, type, QStringList {caseId}, build, &states, error))
        return false;
    if (after && !states.isEmpty())
        *after = states.first();
    return true;
}

} // namespace certdesk

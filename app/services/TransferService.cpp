#include "services/TransferService.h"

#include "services/CaseActionService.h"
#include "services/Refusal.h"
#include "services/Session.h"
#include "storage/BoardQueries.h"
#include "storage/Database.h"
#include "storage/DeviceLineage.h"
#include "storage/SettingsStore.h"

namespace certdesk {

TransferService::TransferService(Session &session)
    : m_session(session)
{
}

QDate TransferService::transferableFrom(const CaseState &state)
{
    const QDate keptUntil
        = state.returnedOn.isValid() ? state.providerCustodyUntil : state.branchCustodyUntil;
    return keptUntil.addDays(1);
}

QString TransferService::nextActNumber(const QDate &day) const
{
    // branch-workstation-YYMMDD-n: unique across workstations without asking anyone, and
    // counted per day so the paper register reads 1, 2, 3.
    const SettingsStore settings(m_session.database());
    const QString prefix = QStringLiteral("%1-%2-%3-")
                               .arg(settings.branchCode())
                               .arg(settings.workstationNumber(), 2, 10, QLatin1Char('0'))
                               .arg(day.toString(QStringLiteral("yyMMdd")));
    // The numbering goes on across a renewal of the device id (DeviceLineage): the ids this
    // database had, newest first, and of the old ones only what it wrote itself.
    QString last;
    const QList<DeviceIdEntry> ids
        = DeviceLineage(m_session.database(), m_session.clock()).entries();
    for (auto it = ids.crbegin(); it != ids.crend() && last.isEmpty(); ++it)
        last = BoardQueries(m_session.database()).lastTransferAct(it->device, !it->isCurrent());
    int next = 1;
    if (last.startsWith(prefix))
        next = last.mid(prefix.size()).toInt() + 1;
    return prefix + QString::number(next);
}

bool TransferService::transfer(const QStringList &caseIds, TransferResult *out, QString *error)
{
    if (!m_session.require(Permission::Transfer, error))
        return false;
    CaseActionService actions(m_session);
    const QDate today = actions.today();
    const QString act = nextActNumber(today);
    auto build = [&](const CaseState &state, QJsonObject *data, QString *why) {
        const QDate from = transferableFrom(state);
        if (today < from)
            return refuse(why,
                tr("Case %1: the branch keeps the paper until %2; it can be sent "
                   "to the provider from %3. Leave it out of this act.")
                    .arg(CaseActionService::caseLabel(state), shownDate(from.addDays(-1)),
                        shownDate(from)));
        data->insert(QStringLiteral("date"), isoDate(today));
        data->insert(QStringLiteral("act"), act);
        return true;
    };
    QList<CaseState> after;
    if (!actions.act(Permission::Transfer, EventType::Transferred, caseIds, build, &after, error))
        return false;
    if (out) {
        out->act = act;
        out->date = today;
        out->cases = after;
    }
    return true;
}

} // namespace certdesk

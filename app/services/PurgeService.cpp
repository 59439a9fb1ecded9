#include "services/PurgeService.h"

#include "domain/Clock.h"
#include "services/AuditTrail.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/Purge.h"
#include "storage/SettingsStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certdesk {

PurgeService::PurgeService(Session &session)
    : m_session(session)
{
}

int PurgeService::retentionMonths(Database &database)
{
    return SettingsStore(database).intValue(QStringLiteral("privacy.retention_months"),
                                            DefaultRetentionMonths);
}

bool PurgeService::purge(const QDate &asOf, bool dryRun, PurgeResult *result, QString *error)
{
    if (!m_session.can(Permission::Backup)) {
        if (error)
            *error = tr("%1 is signed in as %2; removing personal data is for a supervisor or "
                        "an administrator.")
                         .arg(m_session.user().login, roleText(m_session.user().role));
        return false;
    }
    Database &db = m_session.database();
    *result = PurgeResult();
    result->asOf = asOf;
    result->retentionMonths = retentionMonths(db);
    if (result->retentionMonths < 1) {
        if (error)
            *error = tr("The retention setting privacy.retention_months is %1; set it to a "
                        "number of months of at least 1.")
                         .arg(result->retentionMonths);
        return false;
    }
    // Month arithmetic as everywhere in CertDesk: the same day-number, or the month's last.
    result->closedOnOrBefore = asOf.addMonths(-result->retentionMonths);

    return Transaction::run(db, error, [&](Transaction &tx) {
        Purge purge(db);
        const QStringList cases = purge.dueCases(result->closedOnOrBefore);
        const QStringList appeals = purge.dueAppeals(result->closedOnOrBefore);
        for (const QStringList *streams : {&cases, &appeals}) {
            for (const QString &streamId : *streams) {
                QJsonArray redacted;
                if (!purge.redactCase(tx, streamId, &redacted, error))
                    return false;
                ++(streams == &cases ? result->cases : result->appeals);
                result->eventsRedacted += int(redacted.size());
                const QJsonObject data {{QStringLiteral("case_id"), streamId},
                    {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                    {QStringLiteral("retention_months"), result->retentionMonths},
                    {QStringLiteral("events"), redacted}};
                if (!AuditTrail::record(tx, m_session.clock(), m_session.user().login,
                        Purge::stream(), Purge::eventType(), data, error))
                    return false;
            }
        }
        if (dryRun)
            tx.rollBackAtEnd(); // counted with the real statements, nothing kept
        return true;
    });
}

} // namespace certdesk

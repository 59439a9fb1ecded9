#include "sync/SyncSummary.h"

#include <QJsonArray>

namespace certdesk {

void SyncSummary::add(const SyncSummary &other)
{
    pushed += other.pushed;
    alreadyStored += other.alreadyStored;
    pulled += other.pulled;
    refused += other.refused;
    skipped += other.skipped;
    serverAnomalies += other.serverAnomalies;
    errors.append(other.errors);
    complete = other.complete;
    rulesChanged = rulesChanged || other.rulesChanged;
}

QJsonObject SyncSummary::toJson() const
{
    return {{QLatin1String("pushed"), pushed}, {QLatin1String("already_stored"), alreadyStored},
        {QLatin1String("pulled"), pulled}, {QLatin1String("refused"), refused},
        {QLatin1String("skipped"), skipped}, {QLatin1String("server_anomalies"), serverAnomalies},
        {QLatin1String("complete"), complete}, {QLatin1String("rules_changed"), rulesChanged},
        {QLatin1String("errors"), QJsonArray::fromStringList(errors)}};
}

} // namespace certdesk

#include "services/AuditTrail.h"

#include "domain/Event.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"

namespace certdesk {

QString AuditTrail::accountStream(const QString &login)
{
    return QStringLiteral("user:") + login;
}

QString AuditTrail::systemStream(const QString &topic)
{
    return QStringLiteral("system:") + topic;
}

bool AuditTrail::record(Transaction &tx, const Clock &clock, const QString &login,
    const QString &stream, const QString &type, const QJsonObject &data, QString *error)
{
    Event e;
    e.id = Event::newId();
    e.typeName = type; // not a case type: EventType stays Unknown and the fold never sees it
    e.caseId = stream;
    e.data = data;
    QList<Event> events {e};
    Database &database = tx.database();
    const Actor actor {login, database.deviceId(), SettingsStore(database).branchCode()};
    return EventStore(database, clock).appendInTransaction(tx, events, actor, error);
}

} // namespace certdesk

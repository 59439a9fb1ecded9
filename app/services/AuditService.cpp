#include "services/AuditService.h"

#include "domain/Clock.h"
#include "services/AuditTrail.h"
#include "services/PasswordHasher.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/Purge.h"
#include "storage/UserStore.h"

#include <QJsonDocument>
#include <QMap>

namespace certdesk {

namespace {

/// What the account events say an account should look like now.
struct AccountFromEvents
{
    bool created = false;
    QString role;
    QString fullName;
    QString position;
    bool active = true;
    QString credentials;
};

} // namespace

AuditService::AuditService(Session &session)
    : m_session(session)
{
}

bool AuditService::verify(AuditReport *report, QString *error) const
{
    if (!m_session.require(Permission::ViewAudit, error))
        return false;
    return verifyDatabase(m_session.database(), report, error);
}

bool AuditService::log(AuditFilter filter, QList<AuditEntry> *entries, QString *error) const
{
    if (!m_session.require(Permission::ViewAudit, error))
        return false;
    filter.utcOffsetSeconds = m_session.clock().utcOffsetSeconds();
    return AuditLog(m_session.database()).find(filter, entries, error);
}

bool AuditService::filterChoices(QStringList *users, QStringList *actions, QString *error) const
{
    if (!m_session.require(Permission::ViewAudit, error))
        return false;
    AuditLog log(m_session.database());
    *users = log.users();
    *actions = log.actions();
    return true;
}

bool AuditService::verifyDatabase(Database &database, AuditReport *report, QString *error)
{
    if (!AuditChain(database).verify(report, error))
        return false;
    checkAccounts(database, report);
    return true;
}

void AuditService::checkAccounts(Database &database, AuditReport *report)
{
    QMap<QString, AccountFromEvents> expected;
    QList<Event> events;
    QString error;
    // The users table is this database's own: only the account events it wrote itself
    // describe it. Those of another workstation (pulled, or imported from its export) are
    // about that one's table.
    if (!AuditLog(database).writtenHereWithPrefix(
            AuditTrail::accountStream(QString()), &events, &error)) {
        report->problems.append({QStringLiteral("account"), 0, QString(), QString(), error});
        return;
    }
    for (const Event &e : std::as_const(events)) {
        // In the order they were written here.
        const QString login = e.caseId.mid(AuditTrail::accountStream(QString()).size());
        const QString &type = e.typeName;
        const QJsonObject &d = e.data;
        AccountFromEvents &a = expected[login];
        if (type == AuditTrail::accountCreated()) {
            a.created = true;
            a.active = true;
        }
        if (type == AuditTrail::accountCreated() || type == AuditTrail::accountChanged()) {
            if (d.contains(QLatin1String("role")))
                a.role = d.value(QLatin1String("role")).toString();
            if (d.contains(QLatin1String("full_name")))
                a.fullName = d.value(QLatin1String("full_name")).toString();
            if (d.contains(QLatin1String("position")))
                a.position = d.value(QLatin1String("position")).toString();
            if (d.contains(QLatin1String("active")))
                a.active = d.value(QLatin1String("active")).toBool();
        }
        if (d.contains(QLatin1String("credentials")))
            a.credentials = d.value(QLatin1String("credentials")).toString();
    }
    auto problem = [report](const QString &message) {
        report->problems.append({QStringLiteral("account"), 0, QString(), QString(), message});
    };
    const QList<UserRecord> users = UserStore(database).all();
    for (const UserRecord &u : users) {
        const auto it = expected.constFind(u.login);
        if (it == expected.cend() || !it->created) {
            problem(tr("account %1 has no account_created event: it was added outside CertDesk")
                        .arg(u.login));
            continue;
        }
        QStringList differs;
        if (it->role != roleName(u.role))
            differs.append(tr("role %1 where its events say %2").arg(roleName(u.role), it->role));
        if (it->active != u.active)
            differs.append(u.active ? tr("enabled where its events say disabled")
                                    : tr("disabled where its events say enabled"));
        if (it->fullName != u.fullName || it->position != u.position)
            differs.append(tr("name or position"));
        if (!it->credentials.isEmpty()
            && it->credentials != PasswordHasher::fingerprint(u.credentials))
            differs.append(tr("password not set through CertDesk"));
        if (!differs.isEmpty())
            problem(tr("account %1 was changed outside CertDesk: %2")
                        .arg(u.login, differs.join(QStringLiteral("; "))));
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const bool present = std::any_of(users.cbegin(), users.cend(), [&](const UserRecord &u) {
            return u.login == it.key();
        });
        if (it->created && !present)
            problem(tr("account %1 has events but no row in the users table: it was deleted "
                       "outside CertDesk")
                        .arg(it.key()));
    }
}

QString AuditService::summary(const Event &event)
{
    QJsonObject data = Purge::redactData(event.data);
    data.remove(QStringLiteral("redacted"));
    if (data.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

} // namespace certdesk

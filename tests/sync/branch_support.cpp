#include "branch_support.h"

#include "domain/CaseState.h"
#include "storage/CaseProjection.h"
#include "sync/DesignDocument.h"
#include "sync/ServerSetup.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

namespace certdesk::test {

QString uniqueDatabaseName(const QString &hint)
{
    return QStringLiteral("certdesk_branch_%1_%2")
        .arg(hint, QUuid::createUuid().toString(QUuid::Id128).left(10));
}

SyncOptions quickOptions()
{
    SyncOptions o;
    o.pushBatch = 200;
    o.pullBatch = 200;
    o.pullGroup = 200; // a transaction a page, as the tests count them
    o.requestTimeoutMs = 4000;
    o.heartbeatMs = 1000;
    o.backoffBaseMs = 100;
    o.backoffMaxMs = 800;
    o.outboxCheckMs = 200;
    return o;
}

Branch::Branch(SyncServer &server, const QStringList &members)
    : m_server(server)
    , m_members(members)
    , m_database(uniqueDatabaseName(QStringLiteral("t")))
{
    m_admin.setServer(server.url());
    m_admin.setDatabase(m_database);
    m_admin.setCredentials(server.adminName(), server.adminPassword());
    m_admin.setAdministrator(true);
}

Branch::~Branch()
{
    m_admin.call(QByteArrayLiteral("DELETE"), m_admin.dbUrl(QString()));
}

QString Branch::role() const
{
    return SyncConfig::roleForDatabase(m_database);
}

bool Branch::init(QString *error)
{
    ServerSetup setup(m_admin);
    return setup.initDatabase(role(), m_members, nullptr, error);
}

bool Branch::addWorkstation(const QString &name, QString *error)
{
    return ServerSetup(m_admin).putUser(
               name, password(name), {role(), DesignDocument::workstationRole()}, error)
        && awaitRole(name, error);
}

bool Branch::addPerson(const QString &name, QString *error)
{
    return ServerSetup(m_admin).putUser(name, password(name), {role()}, error)
        && awaitRole(name, error);
}

bool Branch::awaitRole(const QString &name, QString *error)
{
    // Apache CouchDB reads accounts through a cache that follows _users a moment behind: an
    // account given this branch's role just after another test gave it its own could be
    // refused this database for that moment ("You are not allowed to access this db").
    // Signing in reads the account through that cache.
    CouchClient account;
    account.setServer(m_server.url());
    const QJsonObject credentials {
        {QStringLiteral("name"), name}, {QStringLiteral("password"), password(name)}};
    const QDeadlineTimer deadline(20000);
    for (;;) {
        const CouchResponse r = account.call(QByteArrayLiteral("POST"),
            account.serverUrl(QStringLiteral("/_session")), QJsonDocument(credentials));
        const QJsonArray roles = r.json.object().value(QLatin1String("roles")).toArray();
        if (roles.contains(role()))
            return true;
        if (deadline.hasExpired()) {
            *error = QStringLiteral("the server did not give %1 the role %2: %3")
                         .arg(name, role(), QString::fromUtf8(r.body));
            return false;
        }
        QTest::qWait(20);
    }
}

bool Branch::recreate(QString *error)
{
    const CouchResponse r = m_admin.call(QByteArrayLiteral("DELETE"), m_admin.dbUrl(QString()));
    if (!r.ok()) {
        *error = r.describe();
        return false;
    }
    return init(error);
}

qint64 Branch::eventDocCount()
{
    return serverEventIds().size();
}

QSet<QString> Branch::serverEventIds()
{
    QSet<QString> ids;
    const CouchResponse r
        = m_admin.call(QByteArrayLiteral("GET"), m_admin.dbUrl(QStringLiteral("/_all_docs")));
    const QJsonArray rows = r.json.object().value(QLatin1String("rows")).toArray();
    for (const QJsonValue &row : rows) {
        const QString id = row.toObject().value(QLatin1String("id")).toString();
        if (!id.startsWith(QLatin1String("_design/")))
            ids.insert(id);
    }
    return ids;
}

SyncConfig Branch::configFor(const QString &account) const
{
    SyncConfig c;
    c.server = m_server.url();
    c.database = m_database;
    c.user = account;
    return c;
}

Workstation::Workstation(const Branch &branch, const QString &account, const QString &device)
    : options(quickOptions())
    , m_store(m_db.db(), m_db.clock())
    , m_replicator(std::make_unique<Replicator>(m_db.db(), m_db.clock()))
    , m_device(device)
{
    QString error;
    m_replicator->configure(branch.configFor(account), branch.password(account), &error);
    m_replicator->setOptions(options);
}

bool Workstation::write(const QString &login, const QStringList &caseIds, int n, QString *error)
{
    QList<Event> events;
    for (int i = 0; i < n; ++i) {
        const QString caseId = caseIds.at(i % caseIds.size());
        events.append(Event::make(EventType::Note, caseId,
            {{QStringLiteral("text"),
                QStringLiteral("%1 note %2 on %3").arg(login).arg(i).arg(caseId)}}));
    }
    return m_store.append(events, Actor {login, m_device, QStringLiteral("0101")}, error);
}

SyncSummary Workstation::syncOnce(int timeoutMs)
{
    m_replicator->setOptions(options);
    QSignalSpy done(m_replicator.get(), &Replicator::finished);
    m_replicator->syncOnce();
    if (done.isEmpty() && !done.wait(timeoutMs)) {
        SyncSummary timedOut;
        timedOut.errors.append(
            QStringLiteral("the exchange did not end within %1 ms").arg(timeoutMs));
        return timedOut;
    }
    return done.takeFirst().at(0).value<SyncSummary>();
}

Snapshot Workstation::snapshot()
{
    Snapshot s;
    QSet<QString> caseIds;
    QString error;
    m_store.forEach(
        [&](const Event &e) {
            s.eventIds.insert(e.id);
            caseIds.insert(e.caseId);
            return true;
        },
        &error);
    for (const QString &id : std::as_const(caseIds)) {
        const CaseState state = CaseProjection::foldCase(m_db.db(), m_store.caseEvents(id));
        s.cases.insert(id, QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact));
    }
    s.projectedCases = CaseProjection::count(m_db.db());
    return s;
}

} // namespace certdesk::test

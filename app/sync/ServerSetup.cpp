#include "sync/ServerSetup.h"

#include "domain/Event.h"
#include "sync/CouchClient.h"
#include "sync/DesignDocument.h"

#include <QJsonArray>

namespace certdesk {

ServerSetup::ServerSetup(CouchClient &admin)
    : m_admin(admin)
{
}

bool ServerSetup::initDatabase(
    const QString &role, const QStringList &members, QJsonObject *report, QString *error)
{
    auto fail = [error](const QString &step, const CouchResponse &r) {
        if (error)
            *error = tr("%1 failed: %2").arg(step, r.describe());
        return false;
    };
    const QString db = m_admin.database();
    CouchResponse info = m_admin.call(QByteArrayLiteral("GET"), m_admin.dbUrl(QString()));
    bool created = false;
    if (info.status == 404) {
        const CouchResponse put = m_admin.call(QByteArrayLiteral("PUT"), m_admin.dbUrl(QString()));
        if (!put.ok() && put.status != 412)
            return fail(tr("Creating the database %1").arg(db), put);
        created = put.ok();
    } else if (!info.ok()) {
        return fail(tr("Reading the database %1").arg(db), info);
    }

    const QJsonObject nobody {
        {QLatin1String("names"), QJsonArray()}, {QLatin1String("roles"), QJsonArray()}};
    const QJsonObject security {{QLatin1String("admins"), nobody},
        {QLatin1String("members"),
            QJsonObject {{QLatin1String("names"), QJsonArray()},
                {QLatin1String("roles"), QJsonArray {role}}}}};
    const CouchResponse sec = m_admin.call(QByteArrayLiteral("PUT"),
        m_admin.dbUrl(QStringLiteral("/_security")), QJsonDocument(security));
    if (!sec.ok())
        return fail(tr("Limiting %1 to the role %2").arg(db, role), sec);

    QString rev;
    if (!putDocument(DesignDocument::id(), DesignDocument::document(members), &rev, error))
        return false;

    // The database's identity: clients notice a recreated database by its change, so a
    // database that has one keeps it. Read before writing: CouchDB 3 does not check _rev on
    // _local documents and a PUT over an existing one replaces it (pouchdb-server answers 409).
    const QUrl identityUrl = m_admin.dbUrl(QStringLiteral("/_local/certdesk_identity"));
    const CouchResponse current = m_admin.call(QByteArrayLiteral("GET"), identityUrl);
    QString uuid
        = current.ok() ? current.json.object().value(QLatin1String("uuid")).toString() : QString();
    const bool identityCreated = uuid.isEmpty();
    if (identityCreated) {
        if (!current.ok() && current.status != 404)
            return fail(tr("Reading the identity of %1").arg(db), current);
        uuid = Event::newId();
        const QJsonObject identity {{QLatin1String("uuid"), uuid}};
        const CouchResponse ident
            = m_admin.call(QByteArrayLiteral("PUT"), identityUrl, QJsonDocument(identity));
        if (!ident.ok())
            return fail(tr("Writing the identity of %1").arg(db), ident);
    }

    if (report) {
        QStringList sorted = members;
        sorted.sort();
        *report = {{QLatin1String("database"), db}, {QLatin1String("created"), created},
            {QLatin1String("role"), role},
            {QLatin1String("members"), QJsonArray::fromStringList(sorted)},
            {QLatin1String("design"), DesignDocument::id()}, {QLatin1String("design_rev"), rev},
            {QLatin1String("identity"), uuid},
            {QLatin1String("identity_created"), identityCreated}};
    }
    return true;
}

bool ServerSetup::putDocument(const QString &id, QJsonObject doc, QString *rev, QString *error)
{
    const QUrl url = m_admin.dbUrl(QLatin1Char('/') + id);
    const CouchResponse current = m_admin.call(QByteArrayLiteral("GET"), url);
    if (current.ok())
        doc.insert(QLatin1String("_rev"), current.json.object().value(QLatin1String("_rev")));
    else if (current.status != 404) {
        if (error)
            *error = tr("Reading %1 failed: %2").arg(id, current.describe());
        return false;
    }
    const CouchResponse put = m_admin.call(QByteArrayLiteral("PUT"), url, QJsonDocument(doc));
    if (!put.ok()) {
        if (error)
            *error = tr("Writing %1 failed: %2").arg(id, put.describe());
        return false;
    }
    if (rev)
        *rev = put.json.object().value(QLatin1String("rev")).toString();
    return true;
}

bool ServerSetup::putUser(
    const QString &name, const QString &password, const QStringList &roles, QString *error)
{
    const QUrl url = m_admin.serverUrl(QStringLiteral("/_users/org.couchdb.user:") + name);
    QJsonObject doc {{QLatin1String("_id"), QStringLiteral("org.couchdb.user:") + name},
        {QLatin1String("name"), name}, {QLatin1String("type"), QLatin1String("user")},
        {QLatin1String("roles"), QJsonArray::fromStringList(roles)},
        {QLatin1String("password"), password}};
    const CouchResponse current = m_admin.call(QByteArrayLiteral("GET"), url);
    if (current.ok())
        doc.insert(QLatin1String("_rev"), current.json.object().value(QLatin1String("_rev")));
    const CouchResponse put = m_admin.call(QByteArrayLiteral("PUT"), url, QJsonDocument(doc));
    if (!put.ok()) {
        if (error)
            *error = tr("Creating the server account %1 failed: %2").arg(name, put.describe());
        return false;
    }
    return true;
}

} // namespace certdesk

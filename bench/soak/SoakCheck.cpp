#include "SoakCheck.h"

#include "services/AuditService.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/ReadOnlyConnection.h"
#include "sync/CouchClient.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace certdesk::soak {

SoakCheck::SoakCheck(const QString &referenceFolder, CouchClient *server)
    : m_referenceFolder(referenceFolder)
    , m_server(server)
{
}

QStringList SoakCheck::schemaOf(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master "
                          "WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name"));
    while (q.next())
        out.append(QStringLiteral("%1 %2: %3")
                       .arg(q.value(0).toString(), q.value(1).toString(),
                           q.value(2).toString().simplified()));
    return out;
}

QStringList SoakCheck::missing(const QStringList &promised, const QStringList &present)
{
    QStringList out;
    for (const QString &entry : promised) {
        if (!present.contains(entry))
            out.append(entry.section(u':', 0, 0));
    }
    return out;
}

QStringList SoakCheck::promised(int version)
{
    const auto it = m_promised.constFind(version);
    if (it != m_promised.cend())
        return *it;
    const QString path
        = QDir(m_referenceFolder).filePath(QStringLiteral("schema-%1.db").arg(version));
    QStringList schema;
    {
        Database db;
        QString error;
        if (db.openAtVersion(path, version, &error) == Database::OpenResult::Ok)
            schema = schemaOf(db.db());
    }
    m_promised.insert(version, schema);
    return schema;
}

QStringList SoakCheck::check(const QString &path, const Acknowledged &acknowledged)
{
    m_incompleteOnDisk = false;
    if (!QFileInfo::exists(path))
        return {};
    QStringList problems;
    // As the file is on disk, before anyone opens it for writing.
    {
        const ReadOnlyConnection disk(path);
        const int version = disk.userVersion();
        if (version > 0)
            m_incompleteOnDisk = !missing(promised(version), schemaOf(disk.db())).isEmpty();
    }
    Database db;
    QString error;
    if (db.open(path, &error) != Database::OpenResult::Ok)
        return {QStringLiteral("open: %1").arg(error)};
    if (!db.quickCheck(&error))
        problems.append(QStringLiteral("quick_check: %1").arg(error));
    const QStringList lost = missing(promised(db.schemaVersion()), schemaOf(db.db()));
    if (!lost.isEmpty())
        problems.append(QStringLiteral("schema %1 is not whole after the open: %2 missing or "
                                       "altered")
                            .arg(db.schemaVersion())
                            .arg(lost.join(QStringLiteral(", "))));
    AuditReport report;
    if (!AuditService::verifyDatabase(db, &report, &error))
        problems.append(QStringLiteral("audit verify could not run: %1").arg(error));
    for (const AuditFinding &f : std::as_const(report.problems))
        problems.append(QStringLiteral("audit verify: %1").arg(f.message));

    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM cases WHERE receipt = ?"));
    for (const QString &receipt : acknowledged.receipts) {
        q.addBindValue(receipt);
        const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        if (n != 1)
            problems.append(QStringLiteral("acknowledged receipt %1 is in the cases table %2 "
                                           "times")
                                .arg(receipt)
                                .arg(n));
    }
    q.finish();
    if (q.exec(QStringLiteral("SELECT receipt, count(*) FROM cases WHERE receipt <> '' "
                              "GROUP BY receipt HAVING count(*) > 1"))) {
        while (q.next())
            problems.append(QStringLiteral("receipt number %1 is used by %2 cases")
                                .arg(q.value(0).toString())
                                .arg(q.value(1).toLongLong()));
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE case_id = ? AND type = 'result'"));
    for (const QString &caseId : acknowledged.results) {
        q.addBindValue(caseId);
        const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        if (n != 1)
            problems.append(QStringLiteral("acknowledged result of case %1 is stored %2 times")
                                .arg(caseId)
                                .arg(n));
    }
    q.finish();
    problems += checkOutbox(db);
    return problems;
}

QStringList SoakCheck::checkOutbox(Database &db)
{
    QStringList problems;
    QSqlQuery q(db.db());
    if (q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE n NOT IN (SELECT n FROM events)"))
        && q.next() && q.value(0).toLongLong() > 0)
        problems.append(QStringLiteral("the outbox holds %1 rows of no stored event")
                            .arg(q.value(0).toLongLong()));
    if (!m_server)
        return problems;
    // Sent: written here and no longer in the outbox. The server must have each of them.
    QJsonArray sent;
    if (q.exec(QStringLiteral("SELECT id FROM events WHERE local = 1 "
                              "AND n NOT IN (SELECT n FROM outbox)"))) {
        while (q.next())
            sent.append(q.value(0).toString());
    }
    if (sent.isEmpty())
        return problems;
    const CouchResponse r
        = m_server->call(QByteArrayLiteral("POST"), m_server->dbUrl(QStringLiteral("/_all_docs")),
            QJsonDocument(QJsonObject {{QStringLiteral("keys"), sent}}));
    if (!r.ok()) {
        problems.append(QStringLiteral("the server could not be asked for the sent events: %1")
                            .arg(r.describe()));
        return problems;
    }
    int absent = 0;
    QString first;
    for (const QJsonValue &row : r.json.object().value(QLatin1String("rows")).toArray()) {
        if (row.toObject().contains(QLatin1String("error"))) {
            if (absent++ == 0)
                first = row.toObject().value(QLatin1String("key")).toString();
        }
    }
    if (absent > 0)
        problems.append(QStringLiteral("%1 events left the outbox but are not on the server "
                                       "(the first: %2)")
                            .arg(absent)
                            .arg(first));
    return problems;
}

} // namespace certdesk::soak

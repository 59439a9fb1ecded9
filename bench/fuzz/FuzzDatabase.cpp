#include "FuzzDatabase.h"

#include "services/AuditService.h"
#include "storage/AuditChain.h"
#include "storage/EventStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

namespace certdesk::fuzz {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "certdesk-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

FuzzDatabase &FuzzDatabase::instance()
{
    static FuzzDatabase database;
    return database;
}

FuzzDatabase::FuzzDatabase()
    // In memory when the system has it: every input commits twice and is read back.
    : m_dir(QDir(QStringLiteral("/dev/shm")).exists()
            ? QStringLiteral("/dev/shm/certdesk-fuzz-XXXXXX")
            : QDir::tempPath() + QStringLiteral("/certdesk-fuzz-XXXXXX"))
{
    ensureApplication();
    QString error;
    if (!m_dir.isValid()
        || m_database.open(m_dir.filePath(QStringLiteral("branch.db")), &error)
            != Database::OpenResult::Ok)
        abortWith(QStringLiteral("cannot make the database: %1").arg(error));
    QSqlQuery q(m_database.db());
    q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
    while (q.next())
        m_triggers.append(q.value(0).toString());
}

void FuzzDatabase::storeAndVerify(const QList<Event> &events, const QString &checkpoint)
{
    EventStore store(m_database, m_clock);
    QString error;
    if (store.insertForeign(events, false, nullptr, &error,
            checkpoint.isEmpty() ? QString() : QStringLiteral("fuzz_checkpoint"), checkpoint)) {
        AuditReport report;
        if (!AuditService::verifyDatabase(m_database, &report, &error))
            abortWith(QStringLiteral("audit verify could not run: %1").arg(error));
        if (!report.ok())
            abortWith(QStringLiteral("audit verify after an accepted input:\n%1")
                          .arg(QString::fromUtf8(QJsonDocument(report.toJson()).toJson())));
    }
    reset();
}

void FuzzDatabase::reset()
{
    Transaction tx(m_database);
    QSqlQuery q(m_database.db());
    bool ok = tx.isActive();
    for (const QString &sql : std::as_const(m_triggers))
        ok = ok && q.exec(QStringLiteral("DROP TRIGGER ") + sql.section(u' ', 2, 2));
    for (const char *table : {"outbox", "events", "cases", "appeals", "sync_state"})
        ok = ok && q.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table));
    for (const QString &sql : std::as_const(m_triggers))
        ok = ok && q.exec(sql);
    QString error;
    if (!ok || !tx.commit(&error))
        abortWith(QStringLiteral("cannot empty the database again: %1 %2")
                      .arg(q.lastError().text(), error));
    // Events are never deleted in the product, and the open that audit verify makes holds
    // the journal to that (DatabaseFile): the emptied file is checkpointed, so the next
    // input's events are new rows of the file, not other events at the same row numbers.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        abortWith(QStringLiteral("cannot checkpoint: %1").arg(q.lastError().text()));
}

void FuzzDatabase::abortWith(const QString &what)
{
    std::fprintf(stderr, "certdesk-fuzz: %s\n", qPrintable(what));
    std::fflush(stderr);
    std::abort();
}

} // namespace certdesk::fuzz

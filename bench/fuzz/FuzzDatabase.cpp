#include "FuzzDatabase.h"

#include "services/AuditService.h"
#include "storage/AuditChain.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"
#include "storage/Transaction.h"

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
    , m_clock(0)
{
    ensureApplication();
    QString error;
    if (!m_dir.isValid()
        || m_database.open(m_dir.filePath(QStringLiteral("branch.db")), &error)
            != Database::OpenResult::Ok)
        abortWith(QStringLiteral("cannot make the database: %1").arg(error));
    // The events are stored in the branch's time as the product stores them.
    m_clock.setUtcOffsetSeconds(SettingsStore(m_database).utcOffsetSeconds());
    QSqlQuery q(m_database.db());
    q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
    while (q.next())
        m_triggers.append(q.value(0).toString());
}

void FuzzDatabase::storeAndVerify(const QList<Event> &events, const QString &checkpoint)
{
    EventStore store(m_database, m_clock);
    QString error;
    // A refused store rolled its transaction back: the database is still empty.
    if (!store.insertForeign(events, false, nullptr, &error,
            checkpoint.isEmpty() ? QString() : QStringLiteral("fuzz_checkpoint"), checkpoint))
        return;
    AuditReport report;
    if (!AuditService::verifyDatabase(m_database, &report, &error))
        abortWith(QStringLiteral("audit verify could not run: %1").arg(error));
    if (!report.ok())
        abortWith(QStringLiteral("audit verify after an accepted input:\n%1")
                      .arg(QString::fromUtf8(QJsonDocument(report.toJson()).toJson())));
    reset();
}

void FuzzDatabase::reset()
{
    QString error;
    QString statementError;
    const bool ok = Transaction::run(m_database, &error, [&](Transaction &) {
        QSqlQuery q(m_database.db());
        bool done = true;
        for (const QString &sql : std::as_const(m_triggers))
            done = done && q.exec(QStringLiteral("DROP TRIGGER ") + sql.section(u' ', 2, 2));
        for (const char *table : {"outbox", "events", "cases", "appeals", "sync_state"})
            done = done && q.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table));
        for (const QString &sql : std::as_const(m_triggers))
            done = done && q.exec(sql);
        if (!done)
            statementError = q.lastError().text();
        return done;
    });
    if (!ok)
        abortWith(
            QStringLiteral("cannot empty the database again: %1 %2").arg(statementError, error));
    QSqlQuery q(m_database.db());
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

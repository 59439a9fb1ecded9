#include "storage/PullIndexes.h"

#include "storage/Database.h"
#include "storage/SchemaCheck.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QStringList>

namespace certdesk {

namespace {

/// Read by the pull itself for every case it stores (the cases sharing its receipt): without
/// it each page would scan the whole table.
const QStringList kKept {QStringLiteral("cases_by_receipt")};

} // namespace

PullIndexes::PullIndexes(Database &database)
    : m_database(database)
{
}

bool PullIndexes::worthSuspending(qint64 coming)
{
    // The highest row number, not count(*): read from the end of the table's B-tree instead
    // of the whole of an index, and never less than the rows held.
    QSqlQuery q(m_database.db());
    const qint64 held = q.exec(QStringLiteral("SELECT coalesce(max(n), 0) FROM events")) && q.next()
        ? q.value(0).toLongLong()
        : -1;
    return held >= 0 && held * 4 <= coming;
}

bool PullIndexes::suspend(QString *error)
{
    if (m_suspended)
        return true;
    return Transaction::run(m_database, error, [&](Transaction &) {
        QStringList names;
        {
            QSqlQuery q(m_database.db());
            q.setForwardOnly(true);
            // The indexes SQLite makes for UNIQUE and PRIMARY KEY have no sql; one written as
            // CREATE UNIQUE INDEX is a rule, never dropped.
            q.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                     "AND tbl_name = 'cases' AND sql IS NOT NULL "
                                     "AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name"));
            if (!execOrFail(q, QStringLiteral("reading the indexes to suspend"), error))
                return false;
            while (q.next()) {
                const QString name = q.value(0).toString();
                if (!kKept.contains(name))
                    names.append(name);
            }
        }
        for (const QString &name : std::as_const(names)) {
            if (!execOrFail(m_database.db(), QStringLiteral("DROP INDEX \"%1\"").arg(name), error))
                return false;
        }
        m_suspended = true;
        return true;
    });
}

bool PullIndexes::restore(QString *error)
{
    if (!m_suspended)
        return true;
    QList<SchemaCheck::Difference> differences;
    if (!SchemaCheck::compare(m_database, m_database.schemaVersion(), &differences, error))
        return false;
    // Each CREATE INDEX sorts the whole table: a second sorter thread shortens the wait on a
    // two-core workstation. The connection's own value is put back afterwards.
    QSqlQuery q(m_database.db());
    const QString threads
        = q.exec(QStringLiteral("PRAGMA threads")) && q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (!threads.isEmpty())
        execOrFail(m_database.db(), QStringLiteral("PRAGMA threads=2"), nullptr);
    const bool ok = Transaction::run(m_database, error,
        [&](Transaction &tx) { return SchemaCheck::repair(tx, differences, error); });
    if (!threads.isEmpty())
        execOrFail(m_database.db(), QStringLiteral("PRAGMA threads=%1").arg(threads), nullptr);
    if (ok)
        m_suspended = false;
    return ok;
}

} // namespace certdesk

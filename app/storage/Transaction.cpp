#include "storage/Transaction.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace certdesk {

bool Transaction::run(
    Database &database, QString *error, const std::function<bool(Transaction &)> &work)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (error)
        error->clear();
    if (database.writesRefused())
        return fail(database.refusal());
    {
        // BEGIN IMMEDIATE takes the write lock up front, so two writers queue (busy_timeout)
        // instead of failing half-way with SQLITE_BUSY.
        QSqlQuery begin(database.db());
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return fail(tr("The database is busy or cannot be written; nothing was saved (%1).")
                            .arg(begin.lastError().text()));
    }
    Transaction tx(database);
    auto rollBack = [&database] {
        // Fails only when SQLite already rolled back on its own (a full disk, say).
        QSqlQuery q(database.db());
        q.exec(QStringLiteral("ROLLBACK"));
    };
    if (!work(tx)) {
        rollBack();
        if (error && error->isEmpty())
            *error = tr("Saving failed; nothing was saved.");
        return false;
    }
    if (tx.m_rollBack) {
        rollBack();
        return true;
    }
    QSqlQuery commit(database.db());
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QString why = commit.lastError().text();
        rollBack(); // a COMMIT refused as busy leaves the transaction open
        return fail(tr("Saving failed and nothing was written (%1).").arg(why));
    }
    return true;
}

} // namespace certdesk

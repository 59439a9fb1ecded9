#include "storage/BulkLoad.h"

#include "storage/Database.h"
#include "storage/IndexSuspension.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace certdesk {

namespace {

/// journal_mode answers with the mode it ended up in instead of failing.
bool setJournalMode(Database &database, const QString &mode, QString *error)
{
    QSqlQuery q(database.db());
    if (q.exec(QStringLiteral("PRAGMA journal_mode=%1").arg(mode)) && q.next()
        && q.value(0).toString().compare(mode, Qt::CaseInsensitive) == 0)
        return true;
    if (error)
        *error = QStringLiteral("%1 could not switch to journal mode %2 (is it open elsewhere?)")
                     .arg(database.path(), mode);
    return false;
}

} // namespace

bool BulkLoad::run(Database &database, const QStringList &tables, QString *error,
    const std::function<bool(Transaction &)> &load)
{
    bool ok = database.setBulkMode(true, error)
        && setJournalMode(database, QStringLiteral("TRUNCATE"), error)
        && Transaction::run(database, error, [&](Transaction &tx) {
               IndexSuspension indexes(tx);
               return indexes.suspend(tables, error) && load(tx) && indexes.restore(error);
           });
    // Back to what Database::open() sets, even when the load failed.
    ok = setJournalMode(database, QStringLiteral("WAL"), ok ? error : nullptr) && ok;
    ok = database.setBulkMode(false, ok ? error : nullptr) && ok;
    return ok;
}

} // namespace certdesk

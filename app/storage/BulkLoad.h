#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace certdesk {

class Database;
class Transaction;

/// A whole-database load (the demo generator), all or nothing: one transaction, with the
/// file in a rollback journal for its duration (a growing file journals almost nothing, where
/// WAL writes every page twice), no fsync and the secondary indexes of the loaded tables
/// dropped (IndexSuspension, with its large page cache). Killed at any moment, the file is as
/// it was before the load — the next open of any SQLite program rolls the journal back —
/// never half-loaded and never without an index. Afterwards, failed or not, the file is back
/// in WAL with synchronous=FULL, the state Database::open() leaves it in. Only for a
/// connection that is the file's sole user.
class BulkLoad
{
public:
    static bool run(Database &database, const QStringList &tables, QString *error,
        const std::function<bool(Transaction &)> &load);
};

} // namespace certdesk

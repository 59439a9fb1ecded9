#pragma once

#include <QString>

#include "storage/IndexSuspension.h"

namespace certdesk {

class Database;

/// A whole-database load (the demo generator): for its duration the file runs with a
/// rollback journal (a growing file journals almost nothing, where WAL writes every page
/// twice), no fsync and the secondary indexes of the loaded tables dropped (IndexSuspension,
/// with its large page cache). finish() — or the destructor, after a failure —
/// puts every index back and returns the file to WAL with synchronous=FULL, the state
/// Database::open() leaves it in. Only for a connection that is the file's sole user.
class BulkLoad
{
public:
    explicit BulkLoad(Database &database);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    bool begin(const QStringList &tables, QString *error);
    bool finish(QString *error);

private:
    Database &m_database;
    IndexSuspension m_indexes;
    bool m_active = false;
};

} // namespace certdesk

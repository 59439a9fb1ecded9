#pragma once

#include <QSqlQuery>
#include <QString>

#include "storage/BulkEncoder.h"

namespace certdesk {

class Database;

/// Writes whole cases at speed: events already folded and encoded (BulkEncoder) go in with
/// their case row, without re-reading anything. For generated and migrated data, where the
/// events of a case are known in full; everyday writes go through EventStore. The caller
/// holds the transaction (commit every few thousand cases).
class BulkWriter
{
public:
    explicit BulkWriter(Database &database);

    /// Stores the events (as written elsewhere: not queued for sending) and the case row.
    bool write(const BulkCase &bulkCase, QString *error);

private:
    Database &m_database;
    QSqlQuery m_insertEvent;
};

} // namespace certdesk

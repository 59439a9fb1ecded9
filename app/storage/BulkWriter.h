#pragma once

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include "domain/CaseState.h"

namespace certdesk {

class Database;

/// Writes whole cases at speed: events already folded by the caller go in with their case
/// row, without re-reading anything. For generated and migrated data, where the events of a
/// case are known in full; everyday writes go through EventStore. The caller holds the
/// transaction (commit every few thousand cases).
class BulkWriter
{
public:
    explicit BulkWriter(Database &database);

    /// Stores the events (as written elsewhere: not queued for sending), chaining each to
    /// the previous event of its device written through this writer, and the case row.
    bool writeCase(QList<Event> &events, const CaseState &state, QString *error);

private:
    Database &m_database;
    QSqlQuery m_insertEvent;
    QHash<QString, QString> m_chainHeads; ///< device -> hash of its last event
};

} // namespace certdesk

#pragma once

#include <QList>
#include <QString>

#include "domain/Event.h"

namespace certdesk {

class Clock;
class Database;
class Transaction;

/// Looks at events written elsewhere as they are stored (pulled or imported: one place,
/// EventStore::insertForeign, whatever brings them): events of this database's own device id
/// that it did not write mean its file was copied, and the id is renewed before they are
/// stored; events carrying this database's branch and workstation number from another writer
/// mean two counters issue the same receipt numbers. Both are recorded for the board
/// (WorkstationAlerts); WorkstationService turns them into the stop of receipt numbers.
/// Everything happens inside the storing transaction.
class CloneDetector
{
public:
    CloneDetector(Database &database, const Clock &clock);

    /// Before the batch is stored.
    bool before(Transaction &tx, const QList<Event> &events, QString *error);
    /// After it is stored: the sightings of its new rows, and the alerts they call for.
    bool after(Transaction &tx, QString *error);

    /// Raises an alert for every other writer holding this database's number now, and closes
    /// those of writers that moved to another number; inside the caller's transaction.
    static bool reconcile(Transaction &tx, const Clock &clock, QString *error);

private:
    Database &m_database;
    const Clock &m_clock;
    qint64 m_lastRow = 0;
};

} // namespace certdesk

#pragma once

#include <QString>

#include "domain/WorkCalendar.h"

namespace certdesk {

class Database;
class Transaction;

/// The live copy of the working-day calendar: seeded from the built-in data file on first
/// use, then edited by supervisors.
class CalendarStore
{
public:
    explicit CalendarStore(Database &database);

    /// Fills empty tables from WorkCalendar::builtIn(); a no-op once seeded.
    bool ensureSeeded(QString *error);
    WorkCalendar load() const;
    /// Replaces the whole calendar in one transaction.
    bool save(const WorkCalendar &calendar, QString *error);

private:
    bool write(Transaction &tx, const WorkCalendar &calendar, QString *error);

    Database &m_database;
};

} // namespace certdesk

#pragma once

#include <QString>

#include "domain/WorkCalendar.h"

namespace certdesk {

class Database;
class Transaction;

/// The live copy of the working-day calendar in force: the calendar of the rules in force
/// (RulesStore), written here whenever they change, for every screen that counts days.
class CalendarStore
{
public:
    explicit CalendarStore(Database &database);

    /// Fills empty tables from the rules in force, and writes them again when those changed
    /// (RulesStore::ensureProjected).
    bool ensureSeeded(QString *error);
    WorkCalendar load() const;
    /// Replaces the whole calendar in one transaction.
    bool save(const WorkCalendar &calendar, QString *error);
    /// The same inside the caller's transaction.
    bool write(Transaction &tx, const WorkCalendar &calendar, QString *error);

private:

    Database &m_database;
};

} // namespace certdesk

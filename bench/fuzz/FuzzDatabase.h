#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "domain/Clock.h"
#include "domain/Event.h"
#include "storage/Database.h"

namespace certdesk::fuzz {

/// The oracle of the targets that take events from outside (`events import`, a _changes
/// page): a branch database, made once per fuzzing process, into which every accepted input
/// is stored exactly as the product stores it (EventStore::insertForeign), then checked by
/// `audit verify` (AuditService::verifyDatabase). Any finding aborts the process, so
/// libFuzzer keeps the input as a crash. Afterwards the database is emptied again for the
/// next input: the protective triggers are taken off and put back with their own text, and
/// the journal is checkpointed.
class FuzzDatabase
{
public:
    /// The process-wide instance (libFuzzer calls the target from one thread).
    static FuzzDatabase &instance();

    /// Stores the events (and the checkpoint when given), verifies, empties the database.
    /// A refused store is the product saying no (not a finding); a failed verify aborts.
    void storeAndVerify(const QList<Event> &events, const QString &checkpoint = QString());

private:
    FuzzDatabase();
    void reset();
    [[noreturn]] void abortWith(const QString &what);

    QTemporaryDir m_dir;
    Database m_database;
    FixedClock m_clock;
    QStringList m_triggers; ///< CREATE TRIGGER statements as sqlite_master holds them
};

/// A QCoreApplication for the whole process (Qt SQL needs one for its plugins).
void ensureApplication();

} // namespace certdesk::fuzz

#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace certdesk {

class Database;

/// One write transaction (BEGIN IMMEDIATE): everything its work writes is saved together or
/// not at all. There is no way to hold one that did not start: run() calls the work only
/// after BEGIN succeeded, and the writers that must share their caller's transaction take it
/// as a parameter, so a statement can never run "inside" a transaction that is not open —
/// one by one on its own, or in someone else's, committed later with it.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    /// Begins, runs work and commits when work returns true; rolls back when it returns false
    /// (or asked for it: rollBackAtEnd()). False, with the reason in error, when BEGIN failed
    /// — the database busy, read-only, refused, or already inside a transaction: work never
    /// ran — when work failed (it says why), or when COMMIT failed.
    [[nodiscard]] static bool run(
        Database &database, QString *error, const std::function<bool(Transaction &)> &work);

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Database &database() const { return m_database; }
    /// Ends in a rollback even when the work succeeds: a dry run that counts with the real
    /// statements and keeps nothing.
    void rollBackAtEnd() { m_rollBack = true; }

private:
    explicit Transaction(Database &database)
        : m_database(database)
    {
    }

    Database &m_database;
    bool m_rollBack = false;
};

} // namespace certdesk

#pragma once

#include <QString>

namespace certdesk {

class Database;

/// The secondary indexes of the cases table that a large first pull goes without: dropped
/// before its pages are stored and built once at its end. A case's row is written again on
/// every page that brings one of its events, with its fifteen indexes each time, and a
/// branch's history pulled in order of writing spreads a case's events over many pages (a
/// sixth fewer instructions for such a pull under callgrind; README, "Sync throughput"). The
/// index the pull reads itself stays (the cases sharing a receipt), as do the UNIQUE and
/// PRIMARY KEY ones, which keep the data sound. The events table keeps its own: the pull reads
/// two of them, the others are written in order of time, near the end of their B-trees, and
/// building them again costs more than it saves (measured).
///
/// Unlike IndexSuspension this spans many transactions: each page commits on its own, so an
/// interrupted pull (the process killed, the server gone) leaves a file without some
/// indexes. Indexes hold no facts: any Database::open puts back each one the schema version
/// promises and lacks (SchemaCheck::repair), and the audit ignores them. Meanwhile other
/// connections (the window) read correctly, only slower, and what they write is indexed by
/// the build at the end.
class PullIndexes
{
public:
    explicit PullIndexes(Database &database);

    /// Whether a pull bringing about `coming` events is better made without the indexes: the
    /// database holds less than a quarter of that, so building them over everything costs
    /// less than keeping them up to date.
    bool worthSuspending(qint64 coming);
    /// Drops them, in a transaction of its own.
    bool suspend(QString *error);
    /// Creates again every index the schema promises and the file lacks, whoever dropped it
    /// (another connection's open may already have put them back); a no-op when none is
    /// missing.
    bool restore(QString *error);
    bool isSuspended() const { return m_suspended; }

private:
    Database &m_database;
    bool m_suspended = false;
};

} // namespace certdesk

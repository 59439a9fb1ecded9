#pragma once

#include <QString>

#include <functional>

namespace certdesk {

class Database;

/// The one way from the whole event log to the projection tables (cases, appeals): the
/// rebuild and audit verification both use it, so the same events give the same rows there
/// as in everyday writes, whatever clocks stamped them. Each stream is read whole and folded
/// by the fold the everyday writes use (CaseFold::fold, AppealFold::fold), which orders the
/// stream itself — never by the order rows happen to be read in. The folding runs on a second
/// core while the connection's thread writes the rows before it. Reading is one function in
/// ProjectionFold.cpp, so a faster row reader can take its place without touching callers.
class ProjectionFold
{
public:
    enum class Streams { All, AppealsOnly };

    /// Folds every case and appeal stream (or the appeal streams only) of the database's
    /// events and writes their rows with INSERT OR REPLACE into the cases and appeals tables
    /// the connection sees (the rebuild's, emptied first; or the audit's temporary ones,
    /// which shadow them). progress(events read, events in all) is called now and then.
    static bool run(Database &database, Streams streams, QString *error,
        const std::function<void(qint64, qint64)> &progress = {});
};

} // namespace certdesk

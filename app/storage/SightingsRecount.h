#pragma once

#include <QByteArray>
#include <QString>

#include <future>
#include <vector>

namespace certdesk {

class Transaction;

/// The workstation sightings of every event (WorkstationSightings), counted again for a
/// rebuild on a read-only connection of SQLite's own and on a thread of its own, while the
/// rebuild's transaction builds the cases' indexes on the other core: on a two-core counter
/// PC the two used to take turns, and counting was a fifth of a rebuild.
///
/// Sound because a rebuild writes no event and no device id, and its transaction (BEGIN
/// IMMEDIATE) lets no other writer in: a reader that begins inside it reads the events as the
/// transaction does. Where a second connection is not sound or cannot be had — Qt's driver on
/// another SQLite library than this program's (Database::directAllowed), a database without a
/// file, a file that does not open or a count that fails — store() counts inside the
/// transaction instead, as WorkstationSightings::rebuild does: the same rows either way.
class SightingsRecount
{
public:
    /// Starts counting; the transaction must not have changed events or device ids.
    explicit SightingsRecount(Transaction &tx);
    /// Waits for the count when store() did not.
    ~SightingsRecount();
    SightingsRecount(const SightingsRecount &) = delete;
    SightingsRecount &operator=(const SightingsRecount &) = delete;

    /// Replaces the table's rows with the count, in the transaction.
    bool store(QString *error);

    /// Whether the count runs on its own connection (false: store() counts in place).
    bool isAside() const { return m_count.valid(); }

    /// What the count found: its rows, or ok false when it could not finish (store() then
    /// counts in the transaction).
    struct Row
    {
        QByteArray branch;
        qint64 workstation = 0;
        QByteArray device;
        QByteArray firstAt;
        QByteArray lastAt;
        qint64 events = 0;
    };
    struct Count
    {
        bool ok = false;
        std::vector<Row> rows;
    };

private:
    Transaction &m_tx;
    std::future<Count> m_count;
};

} // namespace certdesk

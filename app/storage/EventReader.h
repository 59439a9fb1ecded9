#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlQuery>
#include <QString>

#include <array>
#include <optional>
#include <vector>

#include "domain/Event.h"

namespace certdesk {

class Database;
class SqliteStatement;

/// Event rows as stored (the columns of kEventColumns, UTF-8 as SQLite keeps them), many in
/// one buffer: cheap to take on the connection's thread, made into Events (time and data
/// parsed) on any thread.
struct EventBatch
{
    static constexpr int Columns = 10;
    struct Row
    {
        std::array<int, Columns + 1> offsets {};
        qint64 v = 0;
    };
    std::vector<char> bytes; ///< cleared keeping its capacity: a batch is refilled, not remade
    std::vector<Row> rows;

    QByteArrayView column(size_t row, int i) const
    {
        const Row &r = rows[row];
        return QByteArrayView(
            bytes.data() + r.offsets[size_t(i)], r.offsets[size_t(i) + 1] - r.offsets[size_t(i)]);
    }
    /// The same Event eventFromRow() makes of the row.
    Event event(size_t row) const;
    /// The event without its data parsed (data empty): for hashing with the stored data text.
    Event withoutData(size_t row) const;
    void clear()
    {
        bytes.clear();
        rows.clear();
    }
};

/// Reads event rows for the bulk paths (rebuild, audit, refreshing touched cases): a SELECT
/// whose first columns are kEventColumns, then any others. Through SQLite's own API prepared
/// once per connection (Database::direct) where that is allowed, else through QSqlQuery —
/// the same rows, the same bytes. Not reentrant for one SQL text: finish a read (or let the
/// reader go) before starting the same one again.
class EventReader
{
public:
    /// sql must stay alive as long as the connection (a string literal).
    EventReader(Database &database, const char *sql);
    ~EventReader();
    EventReader(const EventReader &) = delete;
    EventReader &operator=(const EventReader &) = delete;

    void bindText(int index, const QString &value);
    /// Runs the statement; false with the reason in error.
    bool exec(QString *error);
    /// The next row; false at the end or on a failure (then error() says which).
    bool next();
    QString error() const { return m_error; }

    /// Appends the current row to a batch.
    void appendTo(EventBatch &batch) const;
    /// The current row as eventFromRow() makes it.
    Event event() const;
    /// Any column of the current row, 0-based (valid until next()).
    QByteArrayView text(int column) const;
    qint64 integer(int column) const;
    /// Back to before the first row (done by the destructor).
    void finish();

private:
    Database &m_database;
    const char *m_sql;
    SqliteStatement *m_direct = nullptr;
    std::optional<QSqlQuery> m_query;
    mutable std::array<QByteArray, 16> m_columns; ///< the QSqlQuery path's UTF-8 copies
    mutable std::array<bool, 16> m_converted {};
    QString m_error;
};

} // namespace certdesk

#pragma once

#include <QStringList>

namespace certdesk {
class Database;
}

namespace certdesk::bench {

/// Records every SQL statement one product call executes on a connection, with its bound
/// values written in as literals (sqlite3_expanded_sql), so the limit replays exactly what
/// the product ran and can never drift from it. Uses the SQLite library Qt's driver already
/// loaded (resolved at run time: no SQLite headers are needed to build the bench).
class SqlTrace
{
public:
    explicit SqlTrace(Database &database);
    ~SqlTrace();
    SqlTrace(const SqlTrace &) = delete;
    SqlTrace &operator=(const SqlTrace &) = delete;

    bool isAvailable() const { return m_handle != nullptr; }
    /// Statements run since the last take(), in order; BEGIN and COMMIT included.
    QStringList take();

    /// Called by SQLite (internal).
    void record(const char *sql);

private:
    void *m_handle = nullptr;
    QStringList m_statements;
};

} // namespace certdesk::bench

#pragma once

#include <QString>

struct sqlite3;

namespace certdesk {

/// A connection of SQLite's own API, never Qt's: only the file is shared. For what Qt's
/// driver does not offer (the online backup API, storage/Backup) and for reading a file on
/// another thread while Qt's connection writes it (storage/SightingsRecount). Closed when it
/// goes.
class SqliteConnection
{
public:
    /// flags: SQLite's open flags (SQLITE_OPEN_READONLY, SQLITE_OPEN_READWRITE, ...).
    SqliteConnection(const QString &path, int flags);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    bool isOpen() const;
    sqlite3 *handle() const { return m_db; }
    /// SQLite's result code of the open or of the last exec().
    int code() const { return m_code; }
    QString message() const;
    int exec(const char *sql);
    void close();

private:
    sqlite3 *m_db = nullptr;
    int m_code = 0;
};

} // namespace certdesk

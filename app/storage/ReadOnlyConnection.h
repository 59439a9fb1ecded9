#pragma once

#include <QSqlDatabase>
#include <QString>

namespace certdesk {

/// A read-only SQLite connection of its own, removed when it goes: for looking at a file
/// (a backup, a database before it is opened for writing) without any way to change it.
/// A read-only connection cannot write pages, nor move its journal into the file on close.
class ReadOnlyConnection
{
public:
    enum class Journal {
        Read, ///< the file as SQLite sees it, its -wal journal included
        Ignored ///< the file's own bytes alone (SQLite's immutable open): no journal, no lock
    };

    explicit ReadOnlyConnection(const QString &path, Journal journal = Journal::Read);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const;

    /// PRAGMA user_version, or -1 when the file cannot be read as a database.
    int userVersion() const;
    /// PRAGMA quick_check(5): its findings, or the error that kept it from running; empty
    /// when the file is whole.
    QString quickCheckProblems() const;

private:
    QString m_name;
    bool m_open = false;
};

} // namespace certdesk

#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace certdesk {

class Database;

/// Drops the secondary indexes of some tables for a bulk load and creates them again after
/// it: CREATE INDEX sorts once, far faster than a million random inserts into each B-tree.
/// The index definitions are read from sqlite_master, so indexes added by later migrations
/// are covered. Indexes SQLite makes itself (UNIQUE, PRIMARY KEY) stay. Both calls run in
/// the caller's transaction, or each in its own when none is open. While suspended the
/// connection has a large page cache (up to 4 GiB, taken only as pages are touched) and a
/// second sorter thread: each CREATE INDEX scans the whole table, and a table written in
/// the same WAL transaction is read back page by page from the WAL file unless it stays in
/// the cache. restore() puts back the values it found.
class IndexSuspension
{
public:
    explicit IndexSuspension(Database &database);
    /// A load that failed before restore(): its transaction's rollback brings the indexes
    /// back, but not the connection's settings, which are put back here.
    ~IndexSuspension();
    IndexSuspension(const IndexSuspension &) = delete;
    IndexSuspension &operator=(const IndexSuspension &) = delete;

    bool suspend(const QStringList &tables, QString *error);
    /// Recreates what suspend() dropped; a no-op when nothing is suspended.
    bool restore(QString *error);
    bool isSuspended() const { return !m_indexes.isEmpty(); }

private:
    bool restoreSettings(QString *error);

    Database &m_database;
    QList<QPair<QString, QString>> m_indexes; ///< name, CREATE INDEX statement
    QString m_cacheSize; ///< PRAGMA values to put back
    QString m_threads;
};

} // namespace certdesk

#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace certdesk {

class Transaction;

/// Drops the secondary indexes of some tables for a bulk load and creates them again after
/// it: CREATE INDEX sorts once, far faster than a million random inserts into each B-tree.
/// The index definitions are read from sqlite_master, so indexes added by later migrations
/// are covered. Indexes SQLite makes itself (UNIQUE, PRIMARY KEY) stay.
///
/// It lives inside one transaction and both calls run in it: whatever moment the process
/// dies, the drop was never committed without the re-creation, so the file keeps every index
/// (and Database::open puts back any index a schema version promises and lacks, whoever
/// dropped it). While suspended the connection has a large page cache (up to 4 GiB, taken
/// only as pages are touched) and a second sorter thread: each CREATE INDEX scans the whole
/// table, and a table written in the same transaction is read back page by page from the WAL
/// file unless it stays in the cache. restore() puts back the values it found.
class IndexSuspension
{
public:
    explicit IndexSuspension(Transaction &tx);
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

    Transaction &m_tx;
    QList<QPair<QString, QString>> m_indexes; ///< name, CREATE INDEX statement
    QString m_cacheSize; ///< PRAGMA values to put back
    QString m_threads;
};

} // namespace certdesk

#pragma once

#include <QSqlDatabase>
#include <QString>

namespace certdesk {

/// Owns the SQLite connection of one thread: pragmas, migrations, transactions.
/// Nothing outside storage/ sees SQL; services take a Database& and ask typed questions.
class Database
{
public:
    enum class OpenResult { Ok, Failed, Newer, Damaged };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating when absent) and migrates to the latest version. A file written by a
    /// newer CertDesk is refused and left untouched; so is one that fails its quick check.
    OpenResult open(const QString &path, QString *error);
    /// Opens without migrating beyond targetVersion (tests of migrations).
    OpenResult openAtVersion(const QString &path, int targetVersion, QString *error);
    void close();
    bool isOpen() const;

    QSqlDatabase &db() { return m_db; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_name; }

    int schemaVersion();
    static int latestVersion();

    /// Brings an open database to targetVersion, one transaction per migration.
    bool migrate(int targetVersion, QString *error);

    /// This workstation's identity: generated once, kept in the database.
    QString deviceId();

    /// PRAGMA quick_check: false with a message naming the way out when the file is damaged.
    bool quickCheck(QString *error);

private:
    OpenResult openImpl(const QString &path, int targetVersion, QString *error);

    QSqlDatabase m_db;
    QString m_name;
    QString m_path;
};

/// A write transaction that rolls back unless committed: every write is one of these.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString *error = nullptr);

private:
    Database &m_database;
    bool m_active = false;
};

} // namespace certdesk

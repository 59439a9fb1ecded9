#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>

#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

namespace certdesk {

/// Owns the SQLite connection of one thread: pragmas, migrations, transactions.
/// Nothing outside storage/ sees SQL; services take a Database& and ask typed questions.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenResult { Ok, Failed, Newer, Damaged };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating when absent) and migrates to the latest version. A file written by a
    /// newer CertDesk is refused and left untouched; so is one that fails its quick check, and
    /// one whose schema was changed outside CertDesk (a trigger removed, say: Damaged, with
    /// the way out). Indexes its schema version promises and lacks — a bulk load killed
    /// half-way, a person with sqlite3 — are put back first, in one transaction (SchemaCheck).
    OpenResult open(const QString &path, QString *error);
    /// The GUI's start: the same without reading the whole file first (PRAGMA quick_check
    /// takes seconds on a big file); the caller runs quickCheck() on another connection
    /// (ui/IntegrityWatch) and refuses writes when it fails. A file that still needs a
    /// migration is checked here all the same: nothing is written to an unchecked file.
    OpenResult openCheckingLater(const QString &path, QString *error);
    /// Whether the open ran the quick check (false after openCheckingLater on most files).
    bool checkedAtOpen() const { return m_checkedAtOpen; }
    /// Opens without migrating beyond targetVersion (tests of migrations).
    OpenResult openAtVersion(const QString &path, int targetVersion, QString *error);
    /// For audit verification only: as openAtVersion(), but a schema changed outside CertDesk
    /// is opened as it is, so that AuditChain can report what was changed. Missing indexes
    /// are put back as by every open.
    OpenResult openForAudit(const QString &path, int targetVersion, QString *error);
    void close();
    bool isOpen() const;

    QSqlDatabase &db() { return m_db; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_name; }

    int schemaVersion();
    static int latestVersion();
    /// Whether the file at path is a database of an older CertDesk: its open checks it whole
    /// and brings it up to date first, seconds to minutes on a large branch.
    static bool needsUpgrade(const QString &path);

    /// Brings an open database to targetVersion, one transaction per migration.
    bool migrate(int targetVersion, QString *error);

    /// This workstation's identity: generated once, kept in the database.
    QString deviceId();

    /// For generating or loading a whole database at once: no fsync per commit and a large
    /// page cache. A crash in bulk mode may lose the load, never an earlier commit. Off again
    /// restores synchronous=FULL.
    bool setBulkMode(bool on, QString *error);

    /// While one lives, commits on this connection do not wait for the disk
    /// (synchronous=NORMAL: WAL keeps the file whole; a power cut may lose the last commits,
    /// never part of one, and the next commit that waits flushes them too). Only for writes
    /// whose loss is harmless — SyncInbox's pages, copies of what the server keeps stored
    /// with the position after them. Its end restores synchronous=FULL.
    class CommitsWithoutFlush
    {
    public:
        explicit CommitsWithoutFlush(Database &database);
        ~CommitsWithoutFlush();
        CommitsWithoutFlush(const CommitsWithoutFlush &) = delete;
        CommitsWithoutFlush &operator=(const CommitsWithoutFlush &) = delete;

    private:
        Database &m_database;
    };

    /// While one lives, this connection's page cache holds up to 64 MB: a transaction that
    /// writes many pages (a group of pulled pages: 5,000 events with their indexes) keeps them
    /// in memory until its commit instead of spilling them to the WAL half-way and reading
    /// them back. Its end restores the size the connection had.
    class LargePageCache
    {
    public:
        explicit LargePageCache(Database &database);
        ~LargePageCache();
        LargePageCache(const LargePageCache &) = delete;
        LargePageCache &operator=(const LargePageCache &) = delete;

    private:
        Database &m_database;
        QString m_before; ///< cache_size as it was; empty when it could not be read
    };

    /// A write statement prepared once per connection and reused (hot paths: the projection
    /// writes a case row on every event). Only for statements that return no rows: an
    /// unfinished SELECT kept here would block every COMMIT.
    QSqlQuery &preparedWrite(const QString &sql);
    /// A statement run through SQLite's own API on this connection (SqliteStatement) for the
    /// bulk paths, prepared once and kept until close(); nullptr when this build or driver
    /// does not allow it (SqliteStatement::handleOf) or the SQL does not prepare: the caller
    /// then uses QSqlQuery, with the same result. Use it inside SqliteStatement::Use.
    SqliteStatement *direct(const char *sql);
    /// For tests: whether direct() may hand out statements (to compare both paths).
    void setDirectAllowed(bool allowed);
    /// Whether this program may use SQLite's own API on this connection's file: direct()
    /// may hand out statements, so the driver holds this program's SQLite library, and a
    /// second connection of that API on the file shares its locks (storage/SqliteConnection).
    bool directAllowed();
    /// For tests: how many statements direct() keeps prepared. Each distinct SQL text stays
    /// until close(), so a statement must bind what varies, never spell it into the text.
    std::size_t directStatements() const { return m_direct.size(); }

    /// The moments of making a new file (open() on a path where none is): the schema is
    /// written into a file of its own beside the path (PATH.creating-XXXXXXXX) and renamed
    /// into place only once whole, so a process killed meanwhile never leaves at the path a
    /// file that is empty or half-made (which the next open would have to refuse).
    enum class CreationStep {
        FileCreated, ///< SQLite has made the new file; nothing is written to it yet
        Renaming, ///< the schema is whole; the file is about to take its name
    };
    /// For tests: called at every step of making a new file (the file at hand: the one being
    /// made); returning false at Renaming makes that rename fail as a locked file or a full
    /// folder would. nullptr: none.
    using CreationProbe = bool (*)(CreationStep step, const QString &file);
    static void setCreationProbe(CreationProbe probe);

    /// PRAGMA quick_check: false with a message naming the way out when the file is damaged.
    bool quickCheck(QString *error);

    /// From now on this connection writes nothing: every Transaction fails to start and
    /// SQLite refuses any write (query_only). For a file found damaged while in use.
    void refuseWrites(const QString &reason);
    bool writesRefused() const { return !m_refusal.isEmpty(); }
    QString refusal() const { return m_refusal; }

private:
    enum class SchemaPolicy { Refuse, Report };
    enum class Creation { Atomic, InPlace };
    OpenResult openImpl(const QString &path, int targetVersion, bool checkNow, SchemaPolicy policy,
        QString *error, Creation creation = Creation::Atomic);
    /// Makes a new database file at path, whole or not at all; false with the message when
    /// it could not be done. A file that another process put at path meanwhile is left to
    /// the open (madeHere false).
    static bool createFile(const QString &path, int targetVersion, bool *madeHere, QString *error);
    bool repairSchema(SchemaPolicy policy, QString *error);

    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_prepared;
    std::map<QByteArray, std::unique_ptr<SqliteStatement>> m_direct;
    sqlite3 *m_handle = nullptr;
    bool m_handleLooked = false;
    bool m_directAllowed = true;
    QString m_name;
    QString m_path;
    QString m_refusal;
    bool m_checkedAtOpen = false;
};

} // namespace certdesk

#include "storage/Database.h"

#include "storage/DatabaseFile.h"
#include "storage/Migrations.h"
#include "storage/SqlError.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace certdesk {

namespace {

QAtomicInt g_connections;

} // namespace

Database::Database()
    : m_name(QStringLiteral("certdesk-%1").arg(g_connections.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void Database::close()
{
    m_prepared.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

int Database::latestVersion()
{
    return Migrations::latest();
}

Database::OpenResult Database::open(const QString &path, QString *error)
{
    return openImpl(path, Migrations::latest(), true, error);
}

Database::OpenResult Database::openCheckingLater(const QString &path, QString *error)
{
    return openImpl(path, Migrations::latest(), false, error);
}

Database::OpenResult Database::openAtVersion(const QString &path, int targetVersion,
                                             QString *error)
{
    return openImpl(path, targetVersion, true, error);
}

Database::OpenResult Database::openImpl(const QString &path, int targetVersion, bool checkNow,
                                         QString *error)
{
    close();
    m_refusal.clear();
    // Before any connection that could write: a file that opening would change is refused.
    const DatabaseFile::Look look = DatabaseFile::look(path, checkNow);
    if (look.result != OpenResult::Ok) {
        if (error)
            *error = look.error;
        return look.result;
    }
    m_path = path;
    const bool existed = QFileInfo::exists(path);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        if (error)
            *error = QStringLiteral("cannot open the database %1: %2")
                         .arg(path, m_db.lastError().text());
        close();
        return OpenResult::Failed;
    }
    // Before anything writes to the file: a newer schema is refused untouched.
    const int version = schemaVersion();
    if (version < 0) {
        if (error)
            *error = QStringLiteral("%1 is not a CertDesk database or is damaged: it cannot be "
                                    "read. Restore it from a backup.")
                         .arg(path);
        close();
        return OpenResult::Damaged;
    }
    if (version > Migrations::latest()) {
        if (error)
            *error = QStringLiteral("%1 was written by a newer CertDesk (schema %2; this version "
                                    "knows up to %3). Install the newer CertDesk; the file was "
                                    "left untouched.")
                         .arg(path)
                         .arg(version)
                         .arg(Migrations::latest());
        close();
        return OpenResult::Newer;
    }
    m_checkedAtOpen = look.checked || (existed && (checkNow || version < targetVersion));
    if (m_checkedAtOpen && !look.checked && !quickCheck(error)) {
        close();
        return OpenResult::Damaged;
    }
    if (!existed)
        m_checkedAtOpen = true; // a new file has nothing to check
    // Owner only, also for a file created by an older version or copied in with wider
    // permissions: it holds the personal data of the branch's applicants.
    for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFileInfo::exists(file))
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }

    {
        // Scoped: this pragma returns a row, and an unfinished statement blocks every COMMIT.
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    }
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA busy_timeout=10000", "PRAGMA temp_store=MEMORY"}) {
        if (!execOrFail(m_db, QString::fromLatin1(pragma), error)) {
            close();
            return OpenResult::Failed;
        }
    }
    if (!migrate(targetVersion, error)) {
        close();
        return OpenResult::Failed;
    }
    return OpenResult::Ok;
}

bool Database::quickCheck(QString *error)
{
    // At start, a torn write or a disk error shows up here instead of as a wrong answer in the
    // middle of a working day.
    const QString found = quickCheckFindings(m_db);
    if (found.isEmpty())
        return true;
    if (error)
        *error = DatabaseFile::damagedMessage(m_path, found);
    return false;
}

void Database::refuseWrites(const QString &reason)
{
    m_refusal = reason.isEmpty() ? QStringLiteral("writes refused") : reason;
    m_prepared.clear();
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA query_only=ON"));
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::migrate(int targetVersion, QString *error)
{
    for (int v = schemaVersion() + 1; v <= targetVersion; ++v) {
        Transaction tx(*this);
        if (!tx.isActive()) {
            if (error)
                *error = QStringLiteral("cannot start the upgrade to schema %1: %2")
                             .arg(v)
                             .arg(m_db.lastError().text());
            return false;
        }
        const QStringList statements = Migrations::step(v);
        for (const QString &sql : statements) {
            if (!execOrFail(m_db, sql, error))
                return false;
        }
        if (!execOrFail(m_db, QStringLiteral("PRAGMA user_version=%1").arg(v), error))
            return false;
        if (!tx.commit(error))
            return false;
    }
    return true;
}

QString Database::deviceId()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'"));
    if (q.exec() && q.next())
        return q.value(0).toString();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES ('device_id', ?)"));
    insert.addBindValue(id);
    insert.exec();
    q.exec();
    return q.next() ? q.value(0).toString() : id;
}

bool Database::setBulkMode(bool on, QString *error)
{
    return execOrFail(m_db, on ? QStringLiteral("PRAGMA synchronous=OFF") : QStringLiteral("PRAGMA synchronous=FULL"), error)
           && execOrFail(m_db, on ? QStringLiteral("PRAGMA cache_size=-262144") : QStringLiteral("PRAGMA cache_size=-2000"), error);
}

QSqlQuery &Database::preparedWrite(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery q(m_db);
        q.prepare(sql);
        it = m_prepared.insert(sql, q);
    }
    return it.value();
}

Transaction::Transaction(Database &database)
    : m_database(database)
{
    if (m_database.writesRefused())
        return;
    // BEGIN IMMEDIATE takes the write lock up front, so two writers queue instead of
    // failing half-way with SQLITE_BUSY.
    QSqlQuery q(m_database.db());
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_database.db());
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        if (error && m_database.writesRefused())
            *error = m_database.refusal();
        return false;
    }
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = QStringLiteral("saving failed and nothing was written: %1")
                         .arg(q.lastError().text());
        return false;
    }
    m_active = false;
    return true;
}

} // namespace certdesk

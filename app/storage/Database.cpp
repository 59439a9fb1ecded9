#include "storage/Database.h"

#include "storage/DatabaseFile.h"
#include "storage/Migrations.h"
#include "storage/ReadOnlyConnection.h"
#include "storage/SchemaCheck.h"
#include "storage/SettingsStore.h"
#include "storage/SqlError.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <algorithm>

namespace certdesk {

namespace {

QAtomicInt g_connections;
Database::CreationProbe g_creationProbe = nullptr;
/// The migration that writes the branch's UTC offset.
constexpr int kBranchTimeVersion = 12;

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
    // Finalized before the driver closes: an open statement would keep the connection alive.
    m_direct.clear();
    m_handle = nullptr;
    m_handleLooked = false;
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
    return openImpl(path, Migrations::latest(), true, SchemaPolicy::Refuse, error);
}

Database::OpenResult Database::openCheckingLater(const QString &path, QString *error)
{
    return openImpl(path, Migrations::latest(), false, SchemaPolicy::Refuse, error);
}

Database::OpenResult Database::openAtVersion(const QString &path, int targetVersion, QString *error)
{
    return openImpl(path, targetVersion, true, SchemaPolicy::Refuse, error);
}

Database::OpenResult Database::openForAudit(const QString &path, int targetVersion, QString *error)
{
    return openImpl(path, targetVersion, true, SchemaPolicy::Report, error);
}

void Database::setCreationProbe(CreationProbe probe)
{
    g_creationProbe = probe;
}

Database::OpenResult Database::openImpl(const QString &path, int targetVersion, bool checkNow,
    SchemaPolicy policy, QString *error, Creation creation)
{
    close();
    m_refusal.clear();
    // A new file is made whole beside the path and renamed into place: killed half-way, a
    // process leaves no empty or half-made file there for the next open to refuse.
    bool madeHere = false;
    if (creation == Creation::Atomic && !QFileInfo::exists(path)
        && !createFile(path, targetVersion, &madeHere, error))
        return OpenResult::Failed;
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
    if (!existed && g_creationProbe)
        g_creationProbe(CreationStep::FileCreated, path);

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
    m_checkedAtOpen
        = look.checked || (existed && !madeHere && (checkNow || version < targetVersion));
    if (m_checkedAtOpen && !look.checked && !quickCheck(error)) {
        close();
        return OpenResult::Damaged;
    }
    if (!existed || madeHere)
        m_checkedAtOpen = true; // a new file has nothing to check
    // What the file's own version promises, compared before anything is written to it: a
    // file changed outside CertDesk is refused untouched.
    QList<SchemaCheck::Difference> differences;
    if (!SchemaCheck::compare(*this, version, &differences, error)) {
        close();
        return OpenResult::Failed;
    }
    QStringList changed;
    for (const SchemaCheck::Difference &d : std::as_const(differences)) {
        if (!d.repairable())
            changed.append(d.describe());
    }
    if (policy == SchemaPolicy::Refuse && !changed.isEmpty()) {
        if (error)
            *error = tr("%1 was changed outside CertDesk (%2), so CertDesk does not use it. See "
                        "what else was changed with certdeskctl --db %1 audit verify, then "
                        "restore the latest backup (certdeskctl --db %1 restore BACKUP, or "
                        "Restore in the window that reports this).")
                         .arg(path, changed.join(QStringLiteral("; ")));
        close();
        return OpenResult::Damaged;
    }
    // Owner only, also for a file created by an older version or copied in with wider
    // permissions: it holds the personal data of the branch's applicants.
    for (const QString &file :
        {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
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
    // Indexes the version promises are put back before the migrations, which may drop or
    // rebuild them, and before anything reads through them.
    const bool repair = std::any_of(differences.cbegin(), differences.cend(),
        [](const SchemaCheck::Difference &d) { return d.repairable(); });
    if (repair && !Transaction::run(*this, error, [&](Transaction &tx) {
            return SchemaCheck::repair(tx, differences, error);
        })) {
        close();
        return OpenResult::Failed;
    }
    if (!migrate(targetVersion, error)) {
        close();
        return OpenResult::Failed;
    }
    // Every date a person sees is read in branch time: a file without a valid offset is
    // not used (from the version that writes it).
    if (schemaVersion() >= kBranchTimeVersion && !SettingsStore(*this).checkUtcOffset(error)) {
        close();
        return OpenResult::Damaged;
    }
    return OpenResult::Ok;
}

bool Database::createFile(const QString &path, int targetVersion, bool *madeHere, QString *error)
{
    // A name of its own in the same folder: the rename then never crosses file systems, and
    // two CertDesks making the same new file at once do not share it.
    const QString made
        = path + QStringLiteral(".creating-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    auto removeMade = [&made]() {
        for (const QString &suffix :
            {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(made + suffix);
    };
    {
        Database scratch;
        if (scratch.openImpl(
                made, targetVersion, true, SchemaPolicy::Refuse, error, Creation::InPlace)
            != OpenResult::Ok) {
            if (error)
                *error = tr("%1 could not be created: %2").arg(path, *error);
            removeMade();
            return false;
        }
        // The journal folded into the file and removed, so that the file alone is the whole
        // database when it takes its name (the open under that name turns WAL on again).
        QString folded;
        {
            QSqlQuery q(scratch.m_db);
            if (q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && q.next())
                folded = q.value(0).toString();
            else
                folded = q.lastError().text();
        }
        scratch.close();
        if (folded != QLatin1String("delete") || QFileInfo::exists(made + QStringLiteral("-wal"))) {
            if (error)
                *error = tr("%1 could not be created: the new database, made as %2, kept its "
                            "journal (%3). Nothing was written to %1 and %2 was removed; try "
                            "again.")
                             .arg(path, made, folded);
            removeMade();
            return false;
        }
    }
    QFile file(made);
    const bool renamed
        = (!g_creationProbe || g_creationProbe(CreationStep::Renaming, made)) && file.rename(path);
    if (renamed) {
        *madeHere = true;
        return true;
    }
    removeMade();
    // Another process made the file in the meantime (two CertDesks started on one new path):
    // its file is the one, already in use perhaps; the open goes on with it.
    if (QFileInfo::exists(path))
        return true;
    if (error)
        *error = tr("%1 could not be created: the new database was made whole as %2 but could "
                    "not be renamed to %1 (%3). Nothing was written to %1 and %2 was removed. "
                    "Check that the folder %4 is writable and has free space, and that no "
                    "other program (an antivirus scan, a backup tool) holds the file; then try "
                    "again.")
                     .arg(path, made,
                         file.error() == QFileDevice::NoError ? tr("the rename was refused")
                                                              : file.errorString(),
                         QFileInfo(path).absolutePath());
    return false;
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
    m_direct.clear();
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
        const bool done = Transaction::run(*this, error, [&](Transaction &) {
            const QStringList statements = Migrations::step(v);
            for (const QString &sql : statements) {
                if (!execOrFail(m_db, sql, error))
                    return false;
            }
            return execOrFail(m_db, QStringLiteral("PRAGMA user_version=%1").arg(v), error);
        });
        if (!done) {
            if (error)
                *error = QStringLiteral("the upgrade to schema %1 failed: %2").arg(v).arg(*error);
            return false;
        }
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
    insert.prepare(
        QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES ('device_id', ?)"));
    insert.addBindValue(id);
    insert.exec();
    q.exec();
    const QString stored = q.next() ? q.value(0).toString() : id;
    q.finish();
    // The first of the ids this database will have had (DeviceLineage).
    QSqlQuery lineage(m_db);
    lineage.prepare(QStringLiteral("INSERT OR IGNORE INTO device_ids(device) VALUES (?)"));
    lineage.addBindValue(stored);
    lineage.exec();
    return stored;
}

bool Database::setBulkMode(bool on, QString *error)
{
    return execOrFail(m_db,
               on ? QStringLiteral("PRAGMA synchronous=OFF")
                  : QStringLiteral("PRAGMA synchronous=FULL"),
               error)
        && execOrFail(m_db,
            on ? QStringLiteral("PRAGMA cache_size=-262144")
               : QStringLiteral("PRAGMA cache_size=-2000"),
            error);
}

Database::CommitsWithoutFlush::CommitsWithoutFlush(Database &database)
    : m_database(database)
{
    // Failing, the commits simply keep waiting for the disk.
    execOrFail(m_database.m_db, QStringLiteral("PRAGMA synchronous=NORMAL"), nullptr);
}

Database::CommitsWithoutFlush::~CommitsWithoutFlush()
{
    execOrFail(m_database.m_db, QStringLiteral("PRAGMA synchronous=FULL"), nullptr);
}

Database::LargePageCache::LargePageCache(Database &database)
    : m_database(database)
{
    QSqlQuery q(m_database.m_db);
    m_before = q.exec(QStringLiteral("PRAGMA cache_size")) && q.next() ? q.value(0).toString()
                                                                       : QString();
    q.finish();
    // Failing, the transaction only spills earlier.
    if (!m_before.isEmpty())
        execOrFail(m_database.m_db, QStringLiteral("PRAGMA cache_size=-65536"), nullptr);
}

Database::LargePageCache::~LargePageCache()
{
    if (!m_before.isEmpty())
        execOrFail(m_database.m_db, QStringLiteral("PRAGMA cache_size=%1").arg(m_before), nullptr);
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

bool Database::needsUpgrade(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    const int version = ReadOnlyConnection(path).userVersion();
    return version > 0 && version < latestVersion();
}

bool Database::directAllowed()
{
    if (!m_directAllowed)
        return false;
    if (!m_handleLooked) {
        m_handle = SqliteStatement::handleOf(m_db);
        m_handleLooked = true;
    }
    return m_handle != nullptr;
}

SqliteStatement *Database::direct(const char *sql)
{
    if (!directAllowed())
        return nullptr;
    auto &slot = m_direct[QByteArray(sql)];
    if (!slot)
        slot = std::make_unique<SqliteStatement>(m_handle, sql);
    return slot->isValid() ? slot.get() : nullptr;
}

void Database::setDirectAllowed(bool allowed)
{
    m_directAllowed = allowed;
}

} // namespace certdesk

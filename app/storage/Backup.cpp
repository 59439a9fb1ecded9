#include "storage/Backup.h"

#include "storage/Database.h"
#include "storage/ReadOnlyConnection.h"
#include "storage/SqliteConnection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <filesystem>
#include <system_error>
#include <utility>

namespace certdesk {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Backup::Fault g_fault = Backup::Fault::None;

/// Copies every page of from's main database into to's, in one write transaction of to
/// (SQLite's online backup API); SQLITE_OK when done. A copy stopped half-way rolls to back.
int copyPages(SqliteConnection &from, SqliteConnection &to, Backup::Fault fault)
{
    sqlite3_backup *backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (!backup)
        return sqlite3_errcode(to.handle());
    int step = SQLITE_OK;
    if (fault == Backup::Fault::CopyIn) {
        // Some pages written, then the copy stops, as on a full disk.
        sqlite3_backup_step(backup, 1);
        step = SQLITE_IOERR;
    } else {
        step = sqlite3_backup_step(backup, -1);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (step == SQLITE_DONE)
        return finished;
    return step == SQLITE_OK ? SQLITE_ERROR : step;
}

/// Whether the file begins with SQLite's header string (an empty file is a new database).
bool startsAsDatabase(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // SQLite will say what is wrong with it
    const QByteArray head = file.read(16);
    return head.isEmpty() || head == QByteArrayLiteral("SQLite format 3\0");
}

/// A new file readable by its owner only, before SQLite writes anything into it.
bool createPrivate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    file.close();
    return QFile::setPermissions(path, kOwnerOnly);
}

/// target.replaced-YYYYMMDD-HHMMSS, numbered on when two restores fall into one second.
QString keptName(const QString &target)
{
    const QString base = target + QStringLiteral(".replaced-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int i = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal"));
         ++i)
        name = base + QStringLiteral("-%1").arg(i);
    return name;
}

qint64 countOf(const QSqlDatabase &db, const QString &table, bool *ok)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next())
        return q.value(0).toLongLong();
    *ok = false;
    return 0;
}

} // namespace

bool Backup::restrictToOwner(const QString &path)
{
    return QFile::setPermissions(path, kOwnerOnly);
}

bool Backup::isExposed(const QString &path)
{
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    return p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                | QFileDevice::WriteOther);
}

bool Backup::write(Database &database, const QString &path, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QFileInfo info(path);
    if (info.exists())
        return fail(tr("%1 already exists; choose a new file name for the backup.").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("The folder %1 cannot be created; choose another place for the backup.")
                        .arg(info.absolutePath()));
    // Create the file empty and private first: VACUUM INTO would create it with the
    // default permissions, readable by everyone for a moment.
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(tr("%1 cannot be written (%2); choose another place for the backup.")
                            .arg(path, file.errorString()));
        file.close();
        if (!restrictToOwner(path)) {
            QFile::remove(path);
            return fail(tr("The permissions of %1 cannot be narrowed to its owner; the backup "
                           "was not written.")
                            .arg(path));
        }
    }
    QSqlQuery q(database.db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(QDir::toNativeSeparators(info.absoluteFilePath()));
    if (!q.exec()) {
        const QString why = q.lastError().text();
        QFile::remove(path);
        return fail(tr("The backup to %1 failed (%2); nothing was written.").arg(path, why));
    }
    restrictToOwner(path);
    return true;
}

Backup::Inspection Backup::inspect(const QString &path)
{
    Inspection result;
    auto refuse = [&result](const QString &message) {
        result.error = message;
        return result;
    };
    const QFileInfo file(path);
    if (!file.isFile())
        return refuse(
            tr("%1 does not exist or is not a file: choose another backup file.").arg(path));
    if (file.size() == 0)
        return refuse(tr("%1 is empty (0 bytes): it is not a backup. Choose another backup "
                         "file.")
                          .arg(path));
    const ReadOnlyConnection connection(path);
    if (!connection.isOpen())
        return refuse(tr("%1 cannot be opened (%2): choose another backup file.")
                          .arg(path, connection.db().lastError().text()));
    result.schema = connection.userVersion();
    if (result.schema < 0)
        return refuse(tr("%1 is not a CertDesk backup, or is damaged beyond reading: choose "
                         "another backup file.")
                          .arg(path));
    if (result.schema > Database::latestVersion())
        return refuse(tr("%1 was written by a newer CertDesk (schema %2; this version knows up "
                         "to %3). Restore it with the newer CertDesk.")
                          .arg(path)
                          .arg(result.schema)
                          .arg(Database::latestVersion()));
    const QString found = connection.quickCheckProblems();
    if (!found.isEmpty())
        return refuse(
            tr("%1 is damaged (%2): choose another backup, an older one.").arg(path, found));
    QSqlDatabase db = connection.db();
    bool ok = result.schema >= 2;
    result.events = countOf(db, QStringLiteral("events"), &ok);
    result.cases = countOf(db, QStringLiteral("cases"), &ok);
    result.users = countOf(db, QStringLiteral("users"), &ok);
    if (!ok)
        return refuse(tr("%1 is a SQLite file but not a CertDesk backup: choose another backup "
                         "file.")
                          .arg(path));
    result.ok = true;
    return result;
}

void Backup::failNextRestoreAt(Fault fault)
{
    g_fault = fault;
}

bool Backup::restore(const QString &backup, const QString &target, QString *keptAs, QString *error)
{
    const Fault fault = std::exchange(g_fault, Fault::None);
    bool created = false; // the empty file made below goes again when the restore fails
    auto fail = [error, &created, &target](const QString &why) {
        if (created)
            QFile::remove(target);
        if (error)
            *error = why;
        return false;
    };
    const Inspection inspection = inspect(backup);
    if (!inspection.ok)
        return fail(inspection.error);
    const QFileInfo targetInfo(target);
    if (!QDir().mkpath(targetInfo.absolutePath()))
        return fail(tr("The folder %1 cannot be created.").arg(targetInfo.absolutePath()));
    const bool existed = targetInfo.exists();
    if (!existed) {
        // Restoring onto nothing: an empty, private file for the pages to go into.
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(tr("%1 cannot be created (%2).").arg(target, file.errorString()));
        file.close();
        restrictToOwner(target);
        created = true;
    }
    const QString kept = existed ? keptName(target) : QString();

    // The lock first: while it is held, no other connection (another CertDesk, a second
    // window, sqlite3) can read or write the file, and none had it open when it was taken.
    // A file that does not even start as a SQLite database is never handed to SQLite, which
    // would delete a journal beside it when it gives up on the file.
    if (existed && !startsAsDatabase(target))
        return replaceUnreadable(backup, target, kept, fault, keptAs, error);
    SqliteConnection live(target, SQLITE_OPEN_READWRITE);
    if (!live.isOpen())
        return fail(
            tr("%1 cannot be opened (%2); nothing was changed.").arg(target, live.message()));
    const int locked = live.exec("PRAGMA locking_mode=EXCLUSIVE") == SQLITE_OK
        ? live.exec("BEGIN EXCLUSIVE")
        : live.code();
    if (locked == SQLITE_NOTADB) {
        live.close(); // no handle may stay on a file that is to be replaced
        return replaceUnreadable(backup, target, kept, fault, keptAs, error);
    }
    if (locked == SQLITE_BUSY || locked == SQLITE_LOCKED)
        return fail(tr("%1 is in use by a CertDesk (or another program) that has it open: "
                       "close it, then restore again. Nothing was changed.")
                        .arg(target));
    if (locked != SQLITE_OK || live.exec("COMMIT") != SQLITE_OK)
        return fail(tr("%1 cannot be locked for the restore (%2); nothing was changed.")
                        .arg(target, live.message()));

    // The content being replaced is kept, consistent, as a database of its own (its WAL
    // included: the copy reads through it).
    if (existed) {
        if (!createPrivate(kept))
            return fail(tr("%1 cannot be written; check the free space and permissions. Nothing "
                           "was changed.")
                            .arg(kept));
        SqliteConnection copy(kept, SQLITE_OPEN_READWRITE);
        if (!copy.isOpen() || copyPages(live, copy, Fault::None) != SQLITE_OK) {
            const QString why = copy.message();
            copy.close();
            QFile::remove(kept);
            return fail(tr("The database %1 cannot be copied aside before the restore (%2); "
                           "nothing was changed.")
                            .arg(target, why));
        }
    }
    // The backup's pages in, in one write transaction of the live file: all or nothing.
    SqliteConnection source(backup, SQLITE_OPEN_READONLY);
    if (!source.isOpen() || copyPages(source, live, fault) != SQLITE_OK) {
        const QString why = source.isOpen() ? live.message() : source.message();
        if (existed)
            QFile::remove(kept);
        live.close();
        return fail(tr("Copying %1 into %2 failed (%3); the database was left as it was.")
                        .arg(backup, target, why));
    }
    live.close(); // the last connection: SQLite folds its WAL into the file and lets go
    restrictToOwner(target);
    if (keptAs)
        *keptAs = kept;
    return true;
}

bool Backup::replaceUnreadable(const QString &backup, const QString &target, const QString &kept,
    Fault fault, QString *keptAs, QString *error)
{
    // Not a database at all: nothing can be using it, and nothing in it reads as one. It is
    // kept byte for byte (with any WAL beside it), and the backup takes its place in one
    // rename, which replaces the old name or leaves it as it was.
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString wal = target + QStringLiteral("-wal");
    const QString shm = target + QStringLiteral("-shm");
    if (!QFile::copy(target, kept)
        || (QFileInfo::exists(wal) && !QFile::copy(wal, kept + QStringLiteral("-wal")))) {
        QFile::remove(kept);
        return fail(tr("%1 cannot be copied aside; check the free space and permissions. Nothing "
                       "was changed.")
                        .arg(target));
    }
    restrictToOwner(kept);
    const QString incoming = target + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backup, incoming)) {
        QFile::remove(kept);
        QFile::remove(kept + QStringLiteral("-wal"));
        return fail(tr("%1 cannot be copied next to %2; check the free space and permissions. "
                       "Nothing was changed.")
                        .arg(backup, target));
    }
    restrictToOwner(incoming);
    // A journal left by the unreadable file must never be read with the restored one.
    QFile::remove(wal);
    QFile::remove(shm);
    std::error_code ec;
    if (fault == Fault::Replace)
        ec = std::make_error_code(std::errc::io_error);
    else
        std::filesystem::rename(std::filesystem::path(incoming.toStdU16String()),
            std::filesystem::path(target.toStdU16String()), ec);
    if (ec) {
        QFile::remove(incoming);
        if (QFileInfo::exists(kept + QStringLiteral("-wal")))
            QFile::copy(kept + QStringLiteral("-wal"), wal);
        QFile::remove(kept);
        QFile::remove(kept + QStringLiteral("-wal"));
        return fail(tr("%1 cannot be put in place of %2 (%3); the old file was left as it was.")
                        .arg(incoming, target, QString::fromStdString(ec.message())));
    }
    if (keptAs)
        *keptAs = kept;
    return true;
}

} // namespace certdesk

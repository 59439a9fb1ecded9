#include "storage/Backup.h"

#include "storage/Database.h"
#include "storage/ReadOnlyConnection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace certdesk {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

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

bool Backup::restore(const QString &backup, const QString &target, QString *keptAs,
                     QString *error)
{
    auto fail = [error](const QString &why) {
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

    // Copy next to the target first, so the final step is a rename on one file system.
    const QString incoming = target + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backup, incoming))
        return fail(tr("%1 cannot be copied next to %2; check the free space and permissions.")
                        .arg(backup, target));
    restrictToOwner(incoming);

    // The replaced file goes aside with its journal: a stale -wal applied to the restored
    // file would corrupt it, and the old file may be needed to find out what happened.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString kept;
    if (targetInfo.exists()) {
        kept = target + QStringLiteral(".replaced-") + stamp;
        if (!QFile::rename(target, kept)) {
            QFile::remove(incoming);
            return fail(tr("%1 cannot be moved aside; close every CertDesk using it and try "
                           "again.")
                            .arg(target));
        }
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(target + suffix)) {
            if (!kept.isEmpty())
                QFile::rename(target + suffix, kept + suffix);
            QFile::remove(target + suffix);
        }
    }
    if (!QFile::rename(incoming, target)) {
        if (!kept.isEmpty())
            QFile::rename(kept, target);
        return fail(tr("%1 cannot be put in place of %2; the old file was left as it was.")
                        .arg(incoming, target));
    }
    if (keptAs)
        *keptAs = kept;
    return true;
}

} // namespace certdesk

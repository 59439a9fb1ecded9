#pragma once

#include <QCoreApplication>
#include <QString>

namespace certdesk {

class Database;

/// Copies of the branch database: an online backup of the open file, the check a backup
/// must pass before it may replace the database, and the replacement itself. Every file
/// written is readable by its owner only.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    /// What a backup file holds, as far as a read-only look can tell.
    struct Inspection
    {
        bool ok = false;
        QString error;   ///< why the file may not be restored
        int schema = 0;
        qint64 events = 0;
        qint64 cases = 0;
        qint64 users = 0;
    };

    /// Writes a consistent copy of the open database to path (VACUUM INTO: other connections
    /// keep working meanwhile). Refuses to overwrite an existing file.
    static bool write(Database &database, const QString &path, QString *error);
    /// Opens path read-only and checks it: a SQLite file, intact (quick_check), a CertDesk
    /// schema no newer than this version, with its tables.
    static Inspection inspect(const QString &path);
    /// Replaces the database file at target (closed by the caller) with backup, after
    /// inspect() accepted it. The replaced file and its journal are kept beside it, renamed
    /// to *.replaced-YYYYMMDD-HHMMSS, in keptAs.
    static bool restore(const QString &backup, const QString &target, QString *keptAs,
                        QString *error);
    /// Narrows a file to owner read/write (0600 on Linux); false when that cannot be done.
    static bool restrictToOwner(const QString &path);
    /// True when the file is readable or writable by anyone but its owner.
    static bool isExposed(const QString &path);
};

} // namespace certdesk

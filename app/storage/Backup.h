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
    /// Replaces the content of the database at target with backup's, after inspect()
    /// accepted it. The file is never moved: an exclusive lock is taken on it first, so a
    /// CertDesk (or any program) that still has it open makes the restore refuse, "in use",
    /// instead of writing afterwards into a copy nobody opens; then SQLite's online backup API
    /// keeps the content being replaced as target.replaced-YYYYMMDD-HHMMSS (keptAs, a
    /// database of its own) and copies the backup's pages in, in one write transaction. A
    /// failure at any step leaves the file, its WAL included, as it was. A target that is
    /// not a database at all (nothing can be using it) is kept byte for byte and replaced in
    /// one rename.
    static bool restore(
        const QString &backup, const QString &target, QString *keptAs, QString *error);

    /// For tests: the next restore fails at this step, as a full disk or a failed rename
    /// would make it (CopyIn: half-way through copying the backup in; Replace: the final
    /// rename of a target that is not a database).
    enum class Fault { None, CopyIn, Replace };
    static void failNextRestoreAt(Fault fault);
    /// Narrows a file to owner read/write (0600 on Linux); false when that cannot be done.
    static bool restrictToOwner(const QString &path);
    /// True when the file is readable or writable by anyone but its owner.
    static bool isExposed(const QString &path);

private:
    static bool replaceUnreadable(const QString &backup, const QString &target, const QString &kept,
        Fault fault, QString *keptAs, QString *error);
};

} // namespace certdesk

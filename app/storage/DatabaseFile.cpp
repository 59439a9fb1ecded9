#include "storage/DatabaseFile.h"

#include "storage/Migrations.h"
#include "storage/ReadOnlyConnection.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace certdesk {

namespace {

/// The file's own bytes, without its journal, read whole.
bool wholeWithoutJournal(const QString &path)
{
    const ReadOnlyConnection alone(path, ReadOnlyConnection::Journal::Ignored);
    return alone.userVersion() >= 0 && alone.quickCheckProblems().isEmpty();
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariant &bound = QVariant())
{
    QSqlQuery q(db);
    q.prepare(sql);
    if (bound.isValid())
        q.addBindValue(bound);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

/// Whether the journal rewrites what never changes once written: the events, which are only
/// ever appended (their id and hash stay even through a purge). A journal of another
/// database or another copy, laid over this file, shows other events, or pages that cannot
/// be read, at the row numbers this file already has. Reads 17 rows by number, whatever the
/// size of the file; a row the file alone cannot read is skipped (a checkpoint of a running
/// CertDesk may be copying pages into it at this moment).
bool journalRewritesHistory(const QString &path, const QSqlDatabase &withJournal)
{
    const ReadOnlyConnection alone(path, ReadOnlyConnection::Journal::Ignored);
    if (alone.userVersion() < 0)
        return false;
    const QSqlDatabase file = alone.db();
    const QVariant last = scalar(file, QStringLiteral("SELECT max(n) FROM events"));
    if (!last.isValid() || last.isNull())
        return false;
    const qint64 count = last.toLongLong();
    constexpr int kSamples = 16;
    const QString row = QStringLiteral("SELECT id || ' ' || hash FROM events WHERE n = ?");
    for (int i = 0; i <= kSamples; ++i) {
        const qint64 n = std::max<qint64>(1, count * i / kSamples);
        const QVariant own = scalar(file, row, n);
        if (own.isValid() && scalar(withJournal, row, n) != own)
            return true;
    }
    return false;
}

} // namespace

QString DatabaseFile::damagedMessage(const QString &path, const QString &found)
{
    return tr("%1 is damaged (%2) and was not used. Restore the latest backup (certdeskctl --db "
              "%1 restore BACKUP, or Restore in the window that reports this), then run "
              "certdeskctl --db %1 audit verify.")
        .arg(path, found);
}

DatabaseFile::Look DatabaseFile::look(const QString &path, bool quickCheck)
{
    Look look;
    const QFileInfo file(path);
    if (!file.isFile())
        return look; // a new database, or not a file at all (the open says so)
    auto refuse = [&look](Database::OpenResult result, const QString &message) {
        look.result = result;
        look.error = message;
        return look;
    };
    const QString journal = path + QStringLiteral("-wal");
    const qint64 journalSize = QFileInfo(journal).size();
    if (file.size() == 0 && journalSize == 0)
        return refuse(Database::OpenResult::Damaged,
            tr("%1 is empty (0 bytes): it holds no CertDesk data, as after a write "
               "cut short. It was not used. Restore the latest backup (certdeskctl "
               "--db %1 restore BACKUP, or Restore in the window that reports this), "
               "or delete the empty file to start a new database.")
                .arg(path));
    auto foreignJournal = [&]() {
        return refuse(Database::OpenResult::Damaged,
            tr("%1, the journal of recent changes beside %2, does not belong to it: it "
               "comes from another database or another copy of this one. Nothing was "
               "changed. If it was copied in by mistake, move %1 (and %2-shm) out of "
               "the folder and open %2 again; otherwise restore the latest backup "
               "(certdeskctl --db %2 restore BACKUP).")
                .arg(journal, path));
    };

    // Without a journal to read, the file alone: a read-only connection would otherwise
    // leave an empty journal beside it.
    const ReadOnlyConnection withJournal(path,
        journalSize > 0 ? ReadOnlyConnection::Journal::Read : ReadOnlyConnection::Journal::Ignored);
    const int version = withJournal.userVersion();
    if (version < 0) {
        if (journalSize > 0 && wholeWithoutJournal(path))
            return foreignJournal();
        return refuse(Database::OpenResult::Damaged,
            tr("%1 is not a CertDesk database or is damaged: it cannot be read, and "
               "was not used. Restore the latest backup (certdeskctl --db %1 restore "
               "BACKUP, or Restore in the window that reports this).")
                .arg(path));
    }
    if (version > Migrations::latest())
        return refuse(Database::OpenResult::Newer,
            tr("%1 was written by a newer CertDesk (schema %2; this version knows up "
               "to %3). Install the newer CertDesk; the file was left untouched.")
                .arg(path)
                .arg(version)
                .arg(Migrations::latest()));
    if (journalSize > 0) {
        if (quickCheck) {
            const QString found = withJournal.quickCheckProblems();
            if (!found.isEmpty()) {
                if (wholeWithoutJournal(path))
                    return foreignJournal();
                return refuse(Database::OpenResult::Damaged, damagedMessage(path, found));
            }
            look.checked = true;
        }
        if (journalRewritesHistory(path, withJournal.db()))
            return foreignJournal();
    }
    return look;
}

} // namespace certdesk

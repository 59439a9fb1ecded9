// Backups: on demand for supervisors, on a schedule for the workstation, private files,
// restore that refuses a damaged, foreign or newer file, and the check at open.
#include <QtTest>

#include <QSqlDatabase>
#include <QSqlQuery>

#include "common/TestDatabase.h"
#include "services/AuditService.h"
#include "services/BackupScheduler.h"
#include "services/BackupService.h"
#include "services/Session.h"
#include "storage/Backup.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"

using namespace certdesk;

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QFileDevice::Permissions unixPermissions(const QString &path)
{
    // QFileInfo reports "owner" and "user" bits; compare only the owner/group/other ones.
    return QFileInfo(path).permissions()
        & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
           | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
           | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

Event note(const QString &caseId)
{
    return Event::make(EventType::Note, caseId, {{QStringLiteral("text"), QStringLiteral("n")}});
}

bool runSql(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

void overwrite(const QString &path, qint64 offset, qint64 length)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > offset + length);
    f.seek(offset);
    f.write(QByteArray(length, '\xA5'));
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    Session as(Role role)
    {
        return Session(m_t->db(), m_t->clock(),
                       User{QStringLiteral("someone"), QStringLiteral("Someone"), QString(), role});
    }

    void addEvents(int count)
    {
        QList<Event> events;
        for (int i = 0; i < count; ++i)
            events.append(note(QStringLiteral("case-%1").arg(i)));
        QString error;
        QVERIFY2(EventStore(m_t->db(), m_t->clock())
                     .append(events,
                             Actor{QStringLiteral("clerk"), m_t->db().deviceId(),
                                   QStringLiteral("0101")},
                             &error),
                 qPrintable(error));
    }

    QString backupFile()
    {
        const QString path = m_t->dir() + QStringLiteral("/copy.db");
        Session supervisor = as(Role::Supervisor);
        QString error;
        [&] {
            QVERIFY2(BackupService(supervisor).backupNow(path, nullptr, &error), qPrintable(error));
        }();
        return path;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY(m_t->isValid());
        addEvents(50);
    }

    void newDatabaseIsPrivate()
    {
        QCOMPARE(unixPermissions(m_t->path()), kOwnerOnly);
        QVERIFY(!Backup::isExposed(m_t->path()));
    }

    void existingDatabaseIsMadePrivateAtOpen()
    {
        const QString path = m_t->path();
        m_t->db().close();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(Backup::isExposed(path));
        Database db;
        QString error;
        QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
        QCOMPARE(unixPermissions(path), kOwnerOnly);
    }

    void clerkMayNotBackUp()
    {
        Session clerk = as(Role::Clerk);
        QString error;
        QVERIFY(
            !BackupService(clerk).backupNow(m_t->dir() + QStringLiteral("/x.db"), nullptr, &error));
        QVERIFY(error.contains(QStringLiteral("back up")));
        QVERIFY(!QFile::exists(m_t->dir() + QStringLiteral("/x.db")));
    }

    void onDemandBackupIsPrivateCompleteAndRecorded()
    {
        const QString path = backupFile();
        QCOMPARE(unixPermissions(path), kOwnerOnly);
        const Backup::Inspection copy = Backup::inspect(path);
        QVERIFY2(copy.ok, qPrintable(copy.error));
        QCOMPARE(copy.events, 50);
        QCOMPARE(copy.schema, Database::latestVersion());
        // The live database records the backup (after the copy was taken).
        QCOMPARE(EventStore(m_t->db(), m_t->clock()).eventCount(), 51);
        QVERIFY(BackupService::lastBackup(m_t->db()).isValid());
        // An existing file is never overwritten.
        Session supervisor = as(Role::Supervisor);
        QString error;
        QVERIFY(!BackupService(supervisor).backupNow(path, nullptr, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
    }

    void backupTakenWhileAnotherConnectionWrites()
    {
        // VACUUM INTO reads one snapshot: a second connection may write meanwhile.
        Database other;
        QString error;
        QCOMPARE(other.open(m_t->path(), &error), Database::OpenResult::Ok);
        QList<Event> more{note(QStringLiteral("x"))};
        QVERIFY(
            EventStore(other, m_t->clock())
                .append(more,
                        Actor{QStringLiteral("clerk"), other.deviceId(), QStringLiteral("0101")},
                        &error));
        const QString path = backupFile();
        QCOMPARE(Backup::inspect(path).events, 51);
    }

    void scheduledBackupRunsWhenDueAndKeepsTheNewest()
    {
        QString error;
        QVERIFY(SettingsStore(m_t->db()).setValue(
            QStringLiteral("backup.keep"), QStringLiteral("2"), QStringLiteral("t"), &error));
        QString written;
        QVERIFY2(BackupService::backupIfDue(m_t->db(), m_t->clock(), &written, &error),
                 qPrintable(error));
        QVERIFY(!written.isEmpty());
        QCOMPARE(QFileInfo(written).absolutePath(),
                 QDir(m_t->dir()).filePath(QStringLiteral("backups")));
        QCOMPARE(unixPermissions(written), kOwnerOnly);

        m_t->clock().advanceSeconds(23 * 3600);
        QVERIFY(BackupService::backupIfDue(m_t->db(), m_t->clock(), &written, &error));
        QVERIFY(written.isEmpty()); // not due yet

        for (int day = 0; day < 3; ++day) {
            m_t->clock().advanceSeconds(24 * 3600);
            QVERIFY(BackupService::backupIfDue(m_t->db(), m_t->clock(), &written, &error));
            QVERIFY(!written.isEmpty());
        }
        const QStringList files
            = QDir(m_t->dir() + QStringLiteral("/backups")).entryList(QDir::Files);
        QCOMPARE(files.size(), 2);
        QVERIFY(files.contains(QFileInfo(written).fileName()));
    }

    void schedulerReportsWhatItDid()
    {
        BackupScheduler scheduler(m_t->db(), m_t->clock());
        QSignalSpy done(&scheduler, &BackupScheduler::backedUp);
        QSignalSpy failed(&scheduler, &BackupScheduler::failed);
        QVERIFY(scheduler.checkNow());
        QCOMPARE(done.count(), 1);
        QVERIFY(scheduler.checkNow()); // not due again yet
        QCOMPARE(done.count(), 1);
        // An unwritable folder is reported, not hidden.
        QString error;
        QVERIFY(SettingsStore(m_t->db()).setValue(QStringLiteral("backup.folder"),
                                                  QStringLiteral("/proc/no-such/place"),
                                                  QStringLiteral("t"), &error));
        m_t->clock().advanceSeconds(25 * 3600);
        QVERIFY(!scheduler.checkNow());
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        // The timer drives the same check.
        QVERIFY(SettingsStore(m_t->db()).setValue(QStringLiteral("backup.folder"), m_t->dir(),
                                                  QStringLiteral("t"), &error));
        scheduler.setCheckInterval(20);
        scheduler.start();
        QTRY_COMPARE(done.count(), 2);
        scheduler.stop();
    }

    void scheduleCanBeSwitchedOff()
    {
        QString error;
        QVERIFY(SettingsStore(m_t->db()).setValue(QStringLiteral("backup.interval_hours"),
                                                  QStringLiteral("0"), QStringLiteral("t"),
                                                  &error));
        QString written;
        QVERIFY(BackupService::backupIfDue(m_t->db(), m_t->clock(), &written, &error));
        QVERIFY(written.isEmpty());
    }

    void inspectRefusesBadFiles()
    {
        const QString good = backupFile();

        const QString damaged = m_t->dir() + QStringLiteral("/damaged.db");
        QVERIFY(QFile::copy(good, damaged));
        overwrite(damaged, 4096, 3 * 4096);
        Backup::Inspection r = Backup::inspect(damaged);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("damaged"))
                     || r.error.contains(QStringLiteral("not a CertDesk")),
                 qPrintable(r.error));

        const QString newer = m_t->dir() + QStringLiteral("/newer.db");
        QVERIFY(QFile::copy(good, newer));
        QVERIFY(runSql(newer, QStringLiteral("PRAGMA user_version = 999")));
        r = Backup::inspect(newer);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("newer CertDesk")), qPrintable(r.error));

        const QString text = m_t->dir() + QStringLiteral("/notes.txt");
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        QVERIFY(!Backup::inspect(text).ok);

        const QString foreign = m_t->dir() + QStringLiteral("/other.db");
        QVERIFY(runSql(foreign, QStringLiteral("CREATE TABLE t (x)")));
        r = Backup::inspect(foreign);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("not a CertDesk")), qPrintable(r.error));

        QVERIFY(!Backup::inspect(m_t->dir() + QStringLiteral("/missing.db")).ok);
    }

    void restoreReplacesAndKeepsTheOldFile()
    {
        const QString copy = backupFile();
        addEvents(5); // after the backup: lost by the restore, kept in the replaced file
        const QString target = m_t->path();
        const QString device = m_t->db().deviceId();
        m_t->db().close();
        QString kept;
        QString error;
        QVERIFY2(BackupService::restore(copy, target, m_t->clock(), QStringLiteral("admin"), &kept,
                                        &error),
                 qPrintable(error));
        QVERIFY(QFile::exists(kept));
        QVERIFY(!QFile::exists(target + QStringLiteral(".restoring")));
        QCOMPARE(unixPermissions(target), kOwnerOnly);

        Database restored;
        QCOMPARE(restored.open(target, &error), Database::OpenResult::Ok);
        EventStore events(restored, m_t->clock());
        // 50 + the restored file's new device id (the server keeps what the old one wrote
        // after the backup) + the "restored" record, both in the new chain.
        QCOMPARE(events.eventCount(), 52);
        QVERIFY(restored.deviceId() != device);
        AuditReport report;
        QVERIFY(AuditService::verifyDatabase(restored, &report, &error));
        QVERIFY2(report.ok(),
                 qPrintable(QString::fromUtf8(QJsonDocument(report.toJson()).toJson())));
    }

    void restoreLosesNothingACertDeskStillUsingTheFileWrites()
    {
        // m_t->db() stays open, as the window at the counter would while someone restores
        // from the command line. Whatever the restore decides, every event that CertDesk
        // commits afterwards must be in the branch's file.
        const QString copy = backupFile();
        const QString target = m_t->path();
        QString kept;
        QString error;
        QVERIFY(!BackupService::restore(
            copy, target, m_t->clock(), QStringLiteral("admin"), &kept, &error));
        QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
        QVERIFY(kept.isEmpty());
        QList<Event> after {note(QStringLiteral("written-after-the-restore"))};
        QVERIFY2(
            EventStore(m_t->db(), m_t->clock())
                .append(after,
                    Actor {QStringLiteral("clerk"), m_t->db().deviceId(), QStringLiteral("0101")},
                    &error),
            qPrintable(error));
        m_t->db().close();

        Database reopened;
        QCOMPARE(reopened.open(target, &error), Database::OpenResult::Ok);
        QVERIFY2(EventStore(reopened, m_t->clock()).hasEvent(after.first().id),
            "an event committed by the open CertDesk went into a file nobody opens");
        AuditReport report;
        QVERIFY(AuditService::verifyDatabase(reopened, &report, &error));
        QVERIFY2(
            report.ok(), qPrintable(QString::fromUtf8(QJsonDocument(report.toJson()).toJson())));
    }

    void failedCopyInLeavesTheDatabaseWithItsWal()
    {
        // A file whose last commits live in its WAL only, as after a crash (copied while a
        // connection still had it open, so nothing was folded into the file). The copy of
        // the backup into it fails half-way: those commits must all still be there.
        const QString copy = backupFile();
        addEvents(7); // after the backup: only in the WAL of the copy below
        const QString crashed = m_t->dir() + QStringLiteral("/crashed.db");
        QVERIFY(QFile::copy(m_t->path(), crashed));
        QVERIFY(
            QFile::copy(m_t->path() + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        const qint64 before = 51 + 7;

        Backup::failNextRestoreAt(Backup::Fault::CopyIn);
        QString kept;
        QString error;
        QVERIFY(!BackupService::restore(
            copy, crashed, m_t->clock(), QStringLiteral("admin"), &kept, &error));
        QVERIFY2(error.contains(QStringLiteral("left as it was")), qPrintable(error));
        QVERIFY(kept.isEmpty());
        QVERIFY(QDir(m_t->dir()).entryList({QStringLiteral("crashed.db.replaced-*")}).isEmpty());
        {
            Database db;
            QCOMPARE(db.open(crashed, &error), Database::OpenResult::Ok);
            QCOMPARE(EventStore(db, m_t->clock()).eventCount(), before);
        }
        // The same restore without the fault goes through, and keeps what it replaced.
        QVERIFY2(BackupService::restore(
                     copy, crashed, m_t->clock(), QStringLiteral("admin"), &kept, &error),
            qPrintable(error));
        Database restored;
        QCOMPARE(restored.open(crashed, &error), Database::OpenResult::Ok);
        QCOMPARE(EventStore(restored, m_t->clock()).eventCount(), 50 + 2); // + device_renewed, restored
        Database replaced;
        QCOMPARE(replaced.open(kept, &error), Database::OpenResult::Ok);
        QCOMPARE(EventStore(replaced, m_t->clock()).eventCount(), before);
        QCOMPARE(unixPermissions(kept), kOwnerOnly);
    }

    void failedRenameOverAnUnreadableFileLeavesItAsItWas()
    {
        // A target that is no database at all is replaced by renaming the backup over it; when
        // that rename fails, the file and what lies beside it stay as they were.
        const QString copy = backupFile();
        const QString broken = m_t->dir() + QStringLiteral("/broken.db");
        const QByteArray garbage(8192, 'x');
        const QByteArray journal(4096, 'j');
        for (const auto &[path, bytes] :
            {std::pair {broken, garbage}, std::pair {broken + QStringLiteral("-wal"), journal}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        Backup::failNextRestoreAt(Backup::Fault::Replace);
        QString kept;
        QString error;
        QVERIFY(!BackupService::restore(
            copy, broken, m_t->clock(), QStringLiteral("admin"), &kept, &error));
        QVERIFY2(error.contains(QStringLiteral("left as it was")), qPrintable(error));
        QCOMPARE(read(broken), garbage);
        QCOMPARE(read(broken + QStringLiteral("-wal")), journal);
        QVERIFY(!QFile::exists(broken + QStringLiteral(".restoring")));

        QVERIFY2(BackupService::restore(
                     copy, broken, m_t->clock(), QStringLiteral("admin"), &kept, &error),
            qPrintable(error));
        QCOMPARE(read(kept), garbage);
        QCOMPARE(read(kept + QStringLiteral("-wal")), journal);
        Database restored;
        QCOMPARE(restored.open(broken, &error), Database::OpenResult::Ok);
        QCOMPARE(EventStore(restored, m_t->clock()).eventCount(), 50 + 2); // + device_renewed, restored
    }

    void restoreRefusesADamagedBackupAndLeavesTheDatabase()
    {
        const QString copy = backupFile();
        overwrite(copy, 4096, 3 * 4096);
        const QString target = m_t->path();
        const qint64 before = EventStore(m_t->db(), m_t->clock()).eventCount();
        m_t->db().close();
        QString error;
        QVERIFY(!BackupService::restore(copy, target, m_t->clock(), QStringLiteral("admin"),
                                        nullptr, &error));
        QVERIFY(!error.isEmpty());
        Database db;
        QCOMPARE(db.open(target, &error), Database::OpenResult::Ok);
        QCOMPARE(EventStore(db, m_t->clock()).eventCount(), before);
    }

    void damagedDatabaseIsRefusedAtOpenWithTheWayOut()
    {
        const QString copy = backupFile();
        const QString damaged = m_t->dir() + QStringLiteral("/live.db");
        QVERIFY(QFile::copy(copy, damaged));
        overwrite(damaged, 4096, 3 * 4096);
        Database db;
        QString error;
        QCOMPARE(db.open(damaged, &error), Database::OpenResult::Damaged);
        QVERIFY2(error.contains(QStringLiteral("restore")), qPrintable(error));
        QVERIFY(!db.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"

// Database: file permissions, pragmas, numbered migrations from every earlier version, and
// the refusals that must leave a file untouched (newer schema, not a database at all).
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/DamagedFile.h"
#include "common/TestDatabase.h"
#include "storage/CalendarStore.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/IndexSuspension.h"
#include "storage/SettingsStore.h"

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace certdesk;
using certdesk::test::fileHash;

namespace {

/// A row put into a table at the schema version that created it, and the question that
/// finds it again after the upgrade.
struct Probe
{
    int since; ///< the migration step that creates the table (or gives it this shape)
    const char *insert;
    const char *find;
    int until = 0; ///< the step from which the insert no longer fits (0: never)

    bool fits(int version) const { return since <= version && (until == 0 || version < until); }
};

const Probe kProbes[] = {
    {1, "INSERT INTO meta(key, value) VALUES ('probe', 'kept')",
        "SELECT 1 FROM meta WHERE key = 'probe' AND value = 'kept'"},
    {1,
        "INSERT INTO settings(key, value, updated_at, updated_by) "
        "VALUES ('branch.code', '0101', '2026-01-05T04:00:00.000Z', 'admin')",
        "SELECT 1 FROM settings WHERE key = 'branch.code' AND value = '0101' AND updated_by = "
        "'admin'"},
    {1,
        "INSERT INTO events(n, id, type, case_id, branch, at, by_user, device, v, data, prev, "
        "hash, local) VALUES (7, 'ev-1', 'received', 'case-1', '0101', "
        "'2026-01-05T05:00:00.000Z', 'clerk1', 'dev-1', 1, '{\"receipt\":\"R-1\"}', '', "
        "'abc', 1)",
        "SELECT 1 FROM events WHERE n = 7 AND id = 'ev-1' AND case_id = 'case-1' "
        "AND data = '{\"receipt\":\"R-1\"}' AND hash = 'abc' AND local = 1"},
    {1, "INSERT INTO outbox(n) VALUES (7)", "SELECT 1 FROM outbox WHERE n = 7"},
    {1,
        "INSERT INTO cases(case_id, receipt, surname, status, state) "
        "VALUES ('case-1', 'R-1', 'Ахметова', 'submitted', '{}')",
        "SELECT 1 FROM cases WHERE case_id = 'case-1' AND receipt = 'R-1' "
        "AND surname = 'Ахметова' AND status = 'submitted'",
        11},
    // From step 11 on, the column "state" is "anomaly_list".
    {11,
        "INSERT INTO cases(case_id, receipt, surname, status, anomaly_list) "
        "VALUES ('case-2', 'R-2', 'Омаров', 'issued', '[]')",
        "SELECT 1 FROM cases WHERE case_id = 'case-2' AND receipt = 'R-2' AND status = 'issued'"},
    {2,
        "INSERT INTO users(login, full_name, role, salt, hash, iterations, created_at) "
        "VALUES ('clerk1', 'Ахметова Айгуль', 'clerk', x'0102', x'0304', 1000, "
        "'2026-01-05T04:00:00.000Z')",
        "SELECT 1 FROM users WHERE login = 'clerk1' AND salt = x'0102' AND iterations = 1000 "
        "AND active = 1"},
    {3,
        "INSERT INTO calendar_holidays(date, name_kk, name_ru, name_en, carries_over) "
        "VALUES ('2026-12-16', 'Тәуелсіздік күні', 'День Независимости', 'Independence Day', 1)",
        "SELECT 1 FROM calendar_holidays WHERE date = '2026-12-16' AND name_en = 'Independence "
        "Day'"},
    {3, "INSERT INTO calendar_swaps(date, working, reason) VALUES ('2026-01-03', 0, 'decree')",
        "SELECT 1 FROM calendar_swaps WHERE date = '2026-01-03' AND working = 0"},
    {4, "INSERT INTO sync_state(key, value) VALUES ('pull.since', '\"12-abc\"')",
        "SELECT 1 FROM sync_state WHERE key = 'pull.since' AND value = '\"12-abc\"'"},
    {4, "INSERT INTO receipt_counter(day, last) VALUES ('2026-03-02', 17)",
        "SELECT 1 FROM receipt_counter WHERE day = '2026-03-02' AND last = 17"},
    {8,
        "INSERT INTO appeals(appeal_id, number, status, iin, case_id, received_at, next_due, "
        "state) VALUES ('appeal-1', 'A-1', 'received', '850101300123', 'case-1', "
        "'2026-03-02T05:00:00.000Z', '2026-03-09', '{}')",
        "SELECT 1 FROM appeals WHERE appeal_id = 'appeal-1' AND number = 'A-1' "
        "AND next_due = '2026-03-09'"},
    {8, "INSERT INTO appeal_counter(day, last) VALUES ('2026-03-02', 4)",
        "SELECT 1 FROM appeal_counter WHERE day = '2026-03-02' AND last = 4"},
    {13,
        "INSERT INTO device_ids(device, since, until, until_n, reason) VALUES ('dev-0', "
        "'2026-01-05T04:00:00.000Z', '2026-02-05T04:00:00.000Z', 6, 'new_machine')",
        "SELECT 1 FROM device_ids WHERE device = 'dev-0' AND until_n = 6 AND reason = "
        "'new_machine'"},
    // The sightings are a projection of the events (recounted by step 16): a row with the
    // event it counts.
    {13,
        "INSERT INTO events(n, id, type, case_id, branch, at, by_user, device, v, data, prev, "
        "hash, local) VALUES (8, 'ev-2', 'received', 'case-3', '0101', "
        "'2026-01-05T04:00:00.000Z', 'clerk2', 'dev-2', 1, '{\"receipt\":\"01010226010500011\"}', "
        "'', 'def', 0)",
        "SELECT 1 FROM events WHERE n = 8 AND id = 'ev-2' AND device = 'dev-2'"},
    {13,
        "INSERT INTO workstation_sightings(branch, workstation, device, first_at, last_at, "
        "events) VALUES ('0101', 2, 'dev-2', '2026-01-05T04:00:00.000Z', "
        "'2026-01-05T04:00:00.000Z', 1)",
        "SELECT 1 FROM workstation_sightings WHERE branch = '0101' AND workstation = 2 AND "
        "device = 'dev-2' AND first_at = '2026-01-05T04:00:00.000Z' AND events = 1"},
    {13,
        "INSERT INTO workstation_alerts(id, kind, detected_at, branch, workstation, device) "
        "VALUES (5, 'workstation_shared', '2026-01-06T04:00:00.000Z', '0101', 1, 'dev-2')",
        "SELECT 1 FROM workstation_alerts WHERE id = 5 AND kind = 'workstation_shared' AND "
        "cleared_at = ''"},
    {13, "INSERT INTO receipt_clashes(receipt, case_id) VALUES ('R-9', 'case-9')",
        "SELECT 1 FROM receipt_clashes WHERE receipt = 'R-9' AND case_id = 'case-9'"},
    {14,
        "INSERT INTO sync_quarantine(doc_id, reason, first_seen, reader) VALUES ('doc-1', "
        "'not an event', '2026-01-06T04:00:00.000Z', '1.0/v1')",
        "SELECT 1 FROM sync_quarantine WHERE doc_id = 'doc-1' AND reader = '1.0/v1'"},
    {14,
        "INSERT INTO sync_anomalies(event_id, server_rev, kind, case_id, first_seen) VALUES "
        "('ev-1', '2-b', 'changed', 'case-1', '2026-01-06T04:00:00.000Z')",
        "SELECT 1 FROM sync_anomalies WHERE event_id = 'ev-1' AND kind = 'changed'"},
};

bool exec(Database &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db.db());
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

bool tableExists(Database &db, const QString &name)
{
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next();
}

/// Every schema object with its SQL: an upgraded file must end up with exactly this.
QStringList schema(Database &db)
{
    QStringList out;
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_master "
                          "ORDER BY type, name"));
    while (q.next())
        out.append(
            q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString());
    return out;
}

#ifdef Q_OS_UNIX
int modeBits(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}
#endif

} // namespace

class DatabaseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsPrivateFile();
    void failedRenameOfANewFileLeavesNothing();
    void newFileMadeMeanwhileIsOpenedAsItIs();
    void pragmasInEffect();
    void largePageCacheEndsWithTheSizeBefore();
    void migratesFromEveryVersion_data();
    void migratesFromEveryVersion();
    void failedStepKeepsPreviousVersion();
    void newerSchemaIsRefusedUntouched();
    void notADatabaseIsDamaged();
    void damagedPageIsDamaged();
    void checkingLaterStillChecksBeforeAMigration();
    void deviceIdIsStable();
    void refusedWritesSayWhy();
    void failedLoadPutsTheConnectionBack();
    void failedBeginWritesNothing();
    void missingIndexesAreRepairedAtOpen();
    void interruptedSuspensionLeavesEveryIndex();
    void removedTriggerIsRefusedAtOpen();
    void branchTimeIsAValueOfTheFile();
};

void DatabaseTest::createsPrivateFile()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("branch.db"));
    Database db;
    QString error;
    QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Personal data: nobody but the owner may read the file or its journal.
    QCOMPARE(modeBits(path), 0600);
    QVERIFY(exec(db, QStringLiteral("INSERT INTO meta(key, value) VALUES ('x', 'y')")));
    const QString wal = path + QStringLiteral("-wal");
    QVERIFY(QFile::exists(wal));
    QCOMPARE(modeBits(wal), 0600);
#else
    QSKIP("file modes are checked on Unix only");
#endif
}

void DatabaseTest::failedRenameOfANewFileLeavesNothing()
{
    // A new file is made whole beside its path and then renamed into place; when that rename
    // fails (a locked file, a folder that became read-only), the open says so and leaves
    // neither the file nor the half of it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("branch.db"));
    static QString s_renamed;
    s_renamed.clear();
    Database::setCreationProbe([](Database::CreationStep step, const QString &file) {
        if (step != Database::CreationStep::Renaming)
            return true;
        s_renamed = file;
        return false;
    });
    Database db;
    QString error;
    const Database::OpenResult result = db.open(path, &error);
    Database::setCreationProbe(nullptr);
    QCOMPARE(result, Database::OpenResult::Failed);
    QVERIFY(!db.isOpen());
    QVERIFY2(!s_renamed.isEmpty(), "the new file was never about to be renamed");
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("could not be renamed")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("try again")), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    // Nothing stands in the way of the next attempt.
    QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).first(),
        QStringLiteral("branch.db"));
}

void DatabaseTest::newFileMadeMeanwhileIsOpenedAsItIs()
{
    // Two CertDesks starting on one new path at once: the second to finish its file finds
    // the first one's in place, keeps it (it may already hold writes) and opens it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    static QString s_path;
    s_path = dir.filePath(QStringLiteral("branch.db"));
    Database::setCreationProbe([](Database::CreationStep step, const QString &) {
        if (step != Database::CreationStep::Renaming)
            return true;
        Database::setCreationProbe(nullptr);
        Database first;
        QString error;
        if (first.open(s_path, &error) != Database::OpenResult::Ok)
            qWarning("%s", qPrintable(error));
        exec(first, QStringLiteral("INSERT INTO meta(key, value) VALUES ('first', 'kept')"));
        return true;
    });
    Database db;
    QString error;
    const Database::OpenResult result = db.open(s_path, &error);
    Database::setCreationProbe(nullptr);
    QVERIFY2(result == Database::OpenResult::Ok, qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'first'")).toString(),
        QStringLiteral("kept"));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*creating*")}, QDir::Files | QDir::Hidden),
        QStringList());
}

void DatabaseTest::pragmasInEffect()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QCOMPARE(db.open(dir.filePath(QStringLiteral("p.db")), &error), Database::OpenResult::Ok);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    // foreign_keys is not just reported but enforced: the outbox cannot name a missing event.
    QVERIFY(!exec(db, QStringLiteral("INSERT INTO outbox(n) VALUES (12345)")));
}

void DatabaseTest::largePageCacheEndsWithTheSizeBefore()
{
    // A group of pulled pages is written with a large page cache; whatever the connection had
    // before (the default, or bulk mode's) is what it has after.
    QTemporaryDir dir;
    Database db;
    QString error;
    QCOMPARE(db.open(dir.filePath(QStringLiteral("c.db")), &error), Database::OpenResult::Ok);
    QVERIFY(exec(db, QStringLiteral("PRAGMA cache_size=-3000")));
    {
        const Database::LargePageCache cache(db);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA cache_size")).toInt(), -65536);
    }
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA cache_size")).toInt(), -3000);
}

void DatabaseTest::migratesFromEveryVersion_data()
{
    QTest::addColumn<int>("from");
    for (int k = 0; k < Database::latestVersion(); ++k)
        QTest::addRow("from %d", k) << k;
}

void DatabaseTest::migratesFromEveryVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    QString error;
    int written = 0;
    {
        Database db;
        QCOMPARE(db.openAtVersion(path, from, &error), Database::OpenResult::Ok);
        QCOMPARE(db.schemaVersion(), from);
        for (const Probe &p : kProbes) {
            if (!p.fits(from))
                continue;
            QVERIFY2(exec(db, QString::fromUtf8(p.insert), &error),
                qPrintable(QString::fromUtf8(p.insert) + u' ' + error));
            ++written;
        }
        // A table that a later step adds must get its representative row here too.
        QSqlQuery tables(db.db());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'")));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            // Empty by design outside a purge's own transaction: a row would mean an open window.
            if (table == QLatin1String("purge_window"))
                continue;
            bool probed = false;
            for (const Probe &p : kProbes)
                probed = probed
                    || (p.fits(from) && QString::fromUtf8(p.insert).contains(u' ' + table + u'('));
            QVERIFY2(probed,
                qPrintable(QStringLiteral("table %1 exists at version %2 but kProbes "
                                          "puts no row in it")
                               .arg(table)
                               .arg(from)));
        }
        tables.finish();
        db.close();
    }
    QCOMPARE(written > 0, from > 0);

    QStringList upgraded;
    {
        Database db;
        QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        for (const Probe &p : kProbes) {
            if (p.fits(from))
                QVERIFY2(scalar(db, QString::fromUtf8(p.find)).toInt() == 1, p.find);
            // Tables created by the upgrade start empty.
        }
        upgraded = schema(db);
    }
    Database fresh;
    QCOMPARE(
        fresh.open(dir.filePath(QStringLiteral("fresh.db")), &error), Database::OpenResult::Ok);
    QCOMPARE(upgraded, schema(fresh));
}

void DatabaseTest::failedStepKeepsPreviousVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conflict.db"));
    QString error;
    {
        Database db;
        QCOMPARE(db.openAtVersion(path, 2, &error), Database::OpenResult::Ok);
        QVERIFY(exec(db, QStringLiteral("INSERT INTO meta(key, value) VALUES ('probe', 'kept')")));
        // Step 3 creates calendar_holidays, then calendar_swaps: the second one now fails,
        // after the first has succeeded inside the same transaction.
        QVERIFY(exec(db, QStringLiteral("CREATE TABLE calendar_swaps (x INTEGER)")));
    }
    {
        Database db;
        error.clear();
        QCOMPARE(db.open(path, &error), Database::OpenResult::Failed);
        QVERIFY2(error.contains(QLatin1String("calendar_swaps")), qPrintable(error));
        QVERIFY(!db.isOpen());
    }
    Database db;
    QCOMPARE(db.openAtVersion(path, 2, &error), Database::OpenResult::Ok);
    QCOMPARE(db.schemaVersion(), 2);
    QVERIFY(!tableExists(db, QStringLiteral("calendar_holidays")));
    QVERIFY(tableExists(db, QStringLiteral("users")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'probe'")).toString(),
        QStringLiteral("kept"));

    // Once the obstacle is gone the same file upgrades normally.
    QVERIFY(exec(db, QStringLiteral("DROP TABLE calendar_swaps")));
    db.close();
    QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
}

void DatabaseTest::newerSchemaIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    QString error;
    const int newer = Database::latestVersion() + 1;
    {
        Database db;
        QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
        QVERIFY(exec(db, QStringLiteral("INSERT INTO meta(key, value) VALUES ('probe', 'kept')")));
        QVERIFY(exec(db, QStringLiteral("PRAGMA user_version=%1").arg(newer)));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    Database db;
    error.clear();
    QCOMPARE(db.open(path, &error), Database::OpenResult::Newer);
    QVERIFY(!db.isOpen());
    QVERIFY2(error.contains(QString::number(newer)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));

    // openAtVersion refuses it the same way.
    QCOMPARE(db.openAtVersion(path, 1, &error), Database::OpenResult::Newer);
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void DatabaseTest::notADatabaseIsDamaged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            file.write("This is a text file that somebody named like a database.\n");
    }
    const QByteArray before = fileHash(path);
    Database db;
    QString error;
    QCOMPARE(db.open(path, &error), Database::OpenResult::Damaged);
    QVERIFY(!db.isOpen());
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("backup")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void DatabaseTest::damagedPageIsDamaged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("torn.db"));
    QString error;
    QVERIFY(test::makeFilledFile(path));
    QVERIFY(test::tearNearEnd(path));
    const QByteArray before = fileHash(path);
    Database db;
    error.clear();
    QCOMPARE(db.open(path, &error), Database::OpenResult::Damaged);
    QVERIFY(!db.isOpen());
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("damaged")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void DatabaseTest::checkingLaterStillChecksBeforeAMigration()
{
    // The GUI opens without reading the whole file and checks it beside the window; only a
    // file it is about to migrate (write to) is checked first.
    QTemporaryDir dir;
    QString error;
    auto tornAt = [&](const QString &name, int version) {
        const QString path = dir.filePath(name);
        {
            Database db;
            if (db.openAtVersion(path, version, &error) != Database::OpenResult::Ok
                || !test::fillWithRows(db))
                return QString();
        }
        return test::tearNearEnd(path) ? path : QString();
    };
    const QString current = tornAt(QStringLiteral("current.db"), Database::latestVersion());
    QVERIFY(!current.isEmpty());
    Database later;
    QCOMPARE(later.openCheckingLater(current, &error), Database::OpenResult::Ok);
    QVERIFY(!later.checkedAtOpen());
    QVERIFY(!later.quickCheck(&error));
    later.close();

    const QString older = tornAt(QStringLiteral("older.db"), Database::latestVersion() - 1);
    QVERIFY(!older.isEmpty());
    const QByteArray before = fileHash(older);
    Database upgrade;
    QCOMPARE(upgrade.openCheckingLater(older, &error), Database::OpenResult::Damaged);
    QCOMPARE(fileHash(older), before);

    Database fresh;
    QCOMPARE(fresh.openCheckingLater(dir.filePath(QStringLiteral("new.db")), &error),
        Database::OpenResult::Ok);
    QVERIFY(fresh.checkedAtOpen());
}

void DatabaseTest::deviceIdIsStable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("device.db"));
    QString error;
    QString first;
    {
        Database db;
        QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
        first = db.deviceId();
        QVERIFY(!first.isEmpty());
        QCOMPARE(db.deviceId(), first);
    }
    Database db;
    QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
    QCOMPARE(db.deviceId(), first);
}

QTEST_GUILESS_MAIN(DatabaseTest)
void DatabaseTest::refusedWritesSayWhy()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QCOMPARE(db.open(dir.filePath(QStringLiteral("branch.db")), &error), Database::OpenResult::Ok);
    db.refuseWrites(QStringLiteral("the file is damaged"));
    bool ran = false;
    QVERIFY(!Transaction::run(db, &error, [&](Transaction &) { return ran = true; }));
    QVERIFY(!ran);
    QCOMPARE(error, QStringLiteral("the file is damaged"));
}

void DatabaseTest::failedLoadPutsTheConnectionBack()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QCOMPARE(db.open(dir.filePath(QStringLiteral("branch.db")), &error), Database::OpenResult::Ok);
    const QVariant cache = scalar(db, QStringLiteral("PRAGMA cache_size"));
    const QVariant threads = scalar(db, QStringLiteral("PRAGMA threads"));
    const QStringList before = schema(db);
    QVERIFY(!Transaction::run(db, &error, [&](Transaction &tx) {
        IndexSuspension suspension(tx);
        if (!suspension.suspend({QStringLiteral("cases")}, &error) || !suspension.isSuspended()
            || scalar(db, QStringLiteral("PRAGMA cache_size")) == cache)
            return true; // the test fails below: the work was meant to fail
        error = QStringLiteral("the load fails here");
        return false; // no restore(): the transaction rolls back
    }));
    QCOMPARE(error, QStringLiteral("the load fails here"));
    QCOMPARE(schema(db), before);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA cache_size")), cache);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA threads")), threads);
}

void DatabaseTest::failedBeginWritesNothing()
{
    // BEGIN fails when the database is busy, read-only, refused, or already inside a
    // transaction. A writer must then write nothing at all: statements run one by one (or
    // inside someone else's transaction, committed later with it) are the half-saved state
    // every write exists to rule out. Here an outer transaction makes BEGIN fail; whatever the
    // writers did is committed with it at the end, so nothing may have been done.
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    CalendarStore calendar(t.db());
    const qsizetype holidays = calendar.load().holidays().size();
    QVERIFY(holidays > 0);
    EventStore store(t.db(), t.clock());
    QList<Event> events {Event::make(EventType::Note, QStringLiteral("c1")),
        Event::make(EventType::Note, QStringLiteral("c2"))};
    QString error;
    QVERIFY2(
        store.append(events,
            Actor {QStringLiteral("clerk"), t.db().deviceId(), QStringLiteral("0101")}, &error),
        qPrintable(error));
    QCOMPARE(store.unpushedCount(), 2);

    QVERIFY(exec(t.db(), QStringLiteral("SAVEPOINT outer_work")));
    QString calendarError;
    QVERIFY(!calendar.save(WorkCalendar(), &calendarError));
    QString outboxError;
    QVERIFY(!store.markPushed({events.at(0).id, events.at(1).id}, &outboxError));
    QString appendError;
    QList<Event> more {Event::make(EventType::Note, QStringLiteral("c3"))};
    QVERIFY(!store.append(more,
        Actor {QStringLiteral("clerk"), t.db().deviceId(), QStringLiteral("0101")}, &appendError));
    QVERIFY(exec(t.db(), QStringLiteral("RELEASE outer_work")));

    QCOMPARE(calendar.load().holidays().size(), holidays);
    QCOMPARE(store.unpushedCount(), 2);
    QCOMPARE(store.eventCount(), 2);
    // And each refusal says why.
    QVERIFY2(!calendarError.isEmpty(), "the calendar's refusal says nothing");
    QVERIFY2(!outboxError.isEmpty(), "the outbox's refusal says nothing");
    QVERIFY2(!appendError.isEmpty(), "the event store's refusal says nothing");
}

void DatabaseTest::missingIndexesAreRepairedAtOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("branch.db"));
    QString error;
    QStringList whole;
    {
        Database db;
        QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
        whole = schema(db);
        // What a process killed in the middle of a bulk load (or a person with sqlite3)
        // leaves: the file's user_version promises indexes that are not there.
        QVERIFY(exec(db, QStringLiteral("DROP INDEX cases_by_iin")));
        QVERIFY(exec(db, QStringLiteral("DROP INDEX cases_at_branch")));
        QVERIFY(exec(db, QStringLiteral("DROP INDEX events_by_case")));
        QVERIFY(exec(db, QStringLiteral("DROP INDEX appeals_pending")));
    }
    Database db;
    QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
    QCOMPARE(schema(db), whole);
}

void DatabaseTest::interruptedSuspensionLeavesEveryIndex()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("branch.db"));
    QString error;
    QStringList whole;
    {
        Database db;
        QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
        whole = schema(db);
        // The suspension lives inside one transaction: dying before restore() rolls the drop
        // back. Even a transaction that did commit without restore() — a bug, or a person
        // with sqlite3 — leaves a file the next open puts right.
        QVERIFY(Transaction::run(db, &error, [&](Transaction &tx) {
            IndexSuspension suspension(tx);
            return suspension.suspend({QStringLiteral("cases"), QStringLiteral("events")}, &error);
        }));
        QVERIFY(schema(db) != whole);
    }
    Database db;
    QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
    QCOMPARE(schema(db), whole);
}

void DatabaseTest::removedTriggerIsRefusedAtOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("branch.db"));
    QString error;
    {
        Database db;
        QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
        QVERIFY(exec(db, QStringLiteral("DROP TRIGGER events_immutable_delete")));
    }
    const QByteArray before = fileHash(path);
    Database db;
    QVERIFY(db.open(path, &error) != Database::OpenResult::Ok);
    QVERIFY(!db.isOpen());
    QVERIFY2(error.contains(QLatin1String("events_immutable_delete")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("outside CertDesk")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("audit verify")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void DatabaseTest::branchTimeIsAValueOfTheFile()
{
    // No code below the services assumes an offset: every file holds its branch's, and a file
    // whose value is gone or garbled is not used (its dates could not be read).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("branch.db"));
    QString error;
    {
        Database db;
        QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
        QCOMPARE(SettingsStore(db).utcOffsetSeconds(), 5 * 3600);
        QVERIFY(exec(db,
            QStringLiteral("UPDATE settings SET value = '360' "
                           "WHERE key = 'branch.utc_offset_minutes'")));
    }
    {
        Database db;
        QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
        QCOMPARE(SettingsStore(db).utcOffsetSeconds(), 6 * 3600);
    }
    for (const char *broken :
        {"UPDATE settings SET value = 'six hours' WHERE key = 'branch.utc_offset_minutes'",
            "UPDATE settings SET value = '900' WHERE key = 'branch.utc_offset_minutes'",
            "DELETE FROM settings WHERE key = 'branch.utc_offset_minutes'"}) {
        {
            Database db;
            QCOMPARE(db.openAtVersion(path, Database::latestVersion(), &error),
                Database::OpenResult::Ok);
            QVERIFY(exec(db, QString::fromLatin1(broken)));
        }
        Database db;
        QCOMPARE(db.open(path, &error), Database::OpenResult::Damaged);
        QVERIFY2(error.contains(QLatin1String("branch.utc_offset_minutes")), qPrintable(error));
        QVERIFY(!db.isOpen());
        // Put back for the next round, as a restore would.
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) "
                                                   "VALUES ('branch.utc_offset_minutes', '300')")));
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
}

#include "tst_database.moc"
